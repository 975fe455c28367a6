/**
 * What a careful economist expects from one layout fixture (test/fixtures/layouts/<name>.expected.json).
 *
 * The format is semantic on purpose: it says which figures a workbook holds, not how the product names its
 * output, so the same file can judge today's reader and tomorrow's. Amounts are kronor as plain decimal strings
 * ("-1234.5"), as SPEC 7's JSON writes them; `null` means "no value" (not zero). A field left out is not judged.
 */

/** Money in kronor as a plain decimal string, or null for no value. */
export type Amount = string | null;

export type Unit = 'kr' | 'tkr' | 'mnkr';
export type Convention = 'signed' | 'unsigned' | 'ledger';

/** The roles a column can have (SPEC 1.1), for the reading report. */
export type Role =
  | 'budget'
  | 'periodBudget'
  | 'outcome'
  | 'forecast'
  | 'deviation'
  | 'forecastDeviation'
  | 'priorYear'
  | 'line'
  | 'code'
  | 'goalArea'
  | 'dimension'
  | 'type'
  | 'comment';

export interface ExpectedLine {
  /** The label or code as it appears in the sheet; matched leniently (normalised text, contained in the name). */
  key: string;
  /** One-based sheet row the line stands in: disambiguates repeated labels (one account under many ansvar). */
  row?: number;
  /** Full-year budget (or the only budget the table has). */
  budget?: Amount;
  /** The budget for the months compared, when the table is an interim one (given, or pro rata when `period.basis` says so). */
  periodBudget?: Amount;
  outcome?: Amount;
  forecast?: Amount;
  /** Per SPEC 2.1 and 1.5: positive is favourable; null when budget or outcome is missing. */
  deviation?: Amount;
  /** Forecast against the full-year budget, same sign rule. */
  forecastDeviation?: Amount;
  favourable?: boolean | null;
  /** Null: the line must have no deviation percentage (its budget is zero); left out, not judged. */
  deviationPercent?: null;
  /** Income or cost, as the economist reads the line (decides the sign rule of unsigned tables). */
  side?: 'income' | 'cost';
  /** The group (goal area, dimension value, account class) the line belongs to. */
  group?: string;
}

export interface ExpectedFigures {
  budget?: Amount;
  periodBudget?: Amount;
  outcome?: Amount;
  forecast?: Amount;
  deviation?: Amount;
  forecastDeviation?: Amount;
  /**
   * The group mixes income and costs in an unsigned table: budget and outcome are given as the result
   * (income − costs); the net cost (the negation) is just as usual, so either sign is accepted. The deviation is
   * the same under both readings and is compared exactly.
   */
  net?: boolean;
  /** Lines with budget or outcome missing: left out of the deviation (SPEC 2.1 "rollups say how many"). */
  leftOut?: number;
  /**
   * With lines left out, budget and outcome may be summed over every value present (as above) or over the
   * compared lines only (these); either is accepted, the deviation is the same.
   */
  comparedOnly?: { budget: Amount; outcome: Amount };
}

export interface ExpectedGroup extends ExpectedFigures {
  key: string;
}

export interface ExpectedTable {
  sheet: string;
  /** One-based row of the (last) header row. */
  headerRow: number;
  unit: Unit;
  convention: Convention;
  /** False: the table must give no deviation and no flag at all (a role is missing). */
  deviations: boolean;
  missingRole?: 'budget' | 'outcome';
  /** The column letter each role should be read from, for the reading report. */
  columns?: Partial<Record<Role, string>>;
  /** What the summary is grouped by: a goal area, the text of a dimension header, or the Kommun-Bas class. */
  groupBy?: string;
  /** For interim tables: months of outcome and how the period budget is had. */
  period?: { months: number; basis: 'column' | 'months' | 'pro-rata' };
  /** All item lines, or a sample of at least 10 for a big ledger (then `lineCount` says how many there are). */
  lines?: ExpectedLine[];
  /** How many item lines the table has (totals and headers are not lines). */
  lineCount?: number;
  groups?: ExpectedGroup[];
  total?: ExpectedFigures;
}

export interface ExpectedJoinLine {
  /** The join key as it appears, one part per key column (`['5011']`, `['0210', '5011']`). */
  key: string[];
  /** Full-year budget (summed when the key is twice on the budget side). */
  budget: Amount;
  /** The budget for the months compared, in an interim join. */
  periodBudget?: Amount;
  outcome: Amount;
  /** Ledger convention: budget − outcome; null when one side is missing. */
  deviation: Amount;
}

export interface ExpectedJoin {
  budgetSheet: string;
  outcomeSheet: string;
  /** What the key columns hold. */
  key: ('account' | 'ansvar' | 'verksamhet' | 'projekt' | 'goalArea')[];
  convention: Convention;
  /** All joined keys with both sides summed (a key twice on one side is summed). */
  lines: ExpectedJoinLine[];
  /** Keys with budget and no outcome ("inget utfall"). */
  onlyBudget: string[][];
  /** Keys with outcome and no budget ("ej budgeterat"). */
  onlyOutcome: string[][];
  /** Keys that occur more than once on the budget side (summed and reported). */
  duplicates: string[][];
  groupBy?: string;
  groups?: ExpectedGroup[];
  /** Keys the mapping table (`Konto | Målområde`, ranges) does not place: listed, never dropped. */
  unmapped?: string[][];
  /** Each side's own total; equal to the joined totals to the öre. */
  total: { budget: Amount; outcome: Amount };
  /** Year to date: outcome for `months`, against the budget for the same months. */
  ytd?: { months: number; basis: 'months' | 'column' | 'pro-rata'; budget: Amount; outcome: Amount; deviation: Amount };
  /**
   * Rows of either sheet that are no part of the join (a balance account beside a result budget, a transaction of
   * another year, a Summa at the foot): no line, no total and no finding may count them.
   */
  notJoined?: { sheet: string; rows: number[]; why: string }[];
}

export interface ExpectedCheck {
  /** `goal`: a goal table's own verdict (Uppfyllt, Ja) that the figures contradict. */
  kind: 'control-total' | 'reported-deviation' | 'cross-sheet' | 'unmapped' | 'goal';
  sheet: string;
  cell: string;
  /** Why it is a finding, for people reading the expectation. */
  why?: string;
}

export interface ExpectedFees {
  /** The total of the year's fees. */
  total: Amount;
  members: { member: string; fee: Amount }[];
  /** Fee cells the user typed that do not agree with the recomputed fee. */
  stale?: { sheet: string; cell: string; found: Amount; expected: Amount }[];
  /** Member fees may differ from `fee` by less than this many kronor (rounding of an allocation), the total never. */
  memberTolerance?: string;
}

export interface ExpectedGoal {
  /** The sentence as the workbook writes it. */
  text: string;
  /** A word of the metric, matched in the product's goal name or metric (`soliditet`, `resultat`, `likviditet`). */
  metric: string;
  /** The computed value: kronor for an amount, percent for a percent goal, the ratio itself for a ratio goal. */
  value: string;
  unit: 'kr' | '%' | 'ratio';
  met: boolean;
  /** The year judged, when it is not 2024 (a report for 2025 with 2024 beside it). */
  year?: string;
}

/**
 * A member's invoices for the fee year (SPEC 4): how many, and what they add up to (the fee rounded once to whole
 * kronor, half away from zero; SPEC 3.3). Every amount is whole kronor.
 */
export interface ExpectedInvoices {
  member: string;
  count: number;
  total: string;
}

export interface Expected {
  file: string;
  family: Family;
  system?: 'Raindance' | 'Unit4' | 'Visma' | 'Excel pivot' | 'Hogia' | 'Fortnox' | 'Ekonomi Plus' | 'Business Central';
  /** What a careful economist expects from this workbook, and why. */
  description: string;
  /** The real document this imitates. */
  source?: string;
  /** What the fixture tests, in a few words (for the README table). */
  tests: string;
  tables: ExpectedTable[];
  join?: ExpectedJoin;
  /** Findings that must be reported (sheet and cell). */
  checks?: ExpectedCheck[];
  /** No line of any table may be flagged (a missing column must not produce flags). */
  mustNotFlag?: boolean;
  /** Bad cells that must be reported. */
  errors?: { sheet: string; cell: string; why?: string }[];
  fees?: ExpectedFees;
  invoices?: ExpectedInvoices[];
  goals?: ExpectedGoal[];
}

export type Family = 'ledger' | 'pivot' | 'statement' | 'interim' | 'goal-area' | 'months' | 'english' | 'missing-role' | 'join' | 'fees' | 'goals' | 'odd';
