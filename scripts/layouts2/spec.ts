/**
 * What a fixture of the second corpus declares, and how its expectation follows from it.
 *
 * A fixture writes a workbook and declares, beside it, its tables, joins, fees and goals as source data (BigInt
 * öre) together with the cells each figure stands in. The expectation is computed from the source data
 * (`expectTable`, `expectJoin`, …). The verifier (verify.ts) reads the written workbook back, replaces every
 * source figure by what the declared cells hold, and computes the expectation again: both must agree.
 */
import ExcelJS from 'exceljs';
import {
  Convention,
  Expected,
  ExpectedCheck,
  ExpectedFees,
  ExpectedFigures,
  ExpectedGoal,
  ExpectedGroup,
  ExpectedJoin,
  ExpectedJoinLine,
  ExpectedLine,
  ExpectedTable,
  Role,
  Unit,
} from '../layouts/expected';
import { divRound, krText, Ore, sum } from './money';

export type Side = 'income' | 'cost';

/** One item line of a table: its source figures (öre) and where it stands. */
export interface SpecLine {
  row: number;
  key: string;
  group?: string;
  side: Side;
  budget: Ore | null;
  outcome: Ore | null;
  /** Given for a 'column' or 'months' period basis; computed for 'pro-rata'. */
  periodBudget?: Ore | null;
  forecast?: Ore | null;
  /** False: the line is not listed in the expectation (a sample of a big ledger), but counts in groups and totals. */
  listed?: boolean;
  /** The line's deviation has no percentage (a budget of zero): the expectation says the product must give none. */
  noPercent?: boolean;
}

/** A table as the fixture declares it. */
export interface TableSpec {
  sheet: string;
  headerRow: number;
  unit: Unit;
  convention: Convention;
  deviations: boolean;
  missingRole?: 'budget' | 'outcome';
  columns?: Partial<Record<Role, string>>;
  groupBy?: string;
  period?: { months: number; basis: 'column' | 'months' | 'pro-rata' };
  /** The columns (letters) whose cells, summed, hold each figure of an item line (several for month columns). */
  cells: { budget?: string[]; periodBudget?: string[]; outcome?: string[]; forecast?: string[] };
  lines: SpecLine[];
  /** Give groups (by `group` of the lines) and the total. */
  groups?: boolean;
  total?: boolean;
  /** List only lines with `listed !== false` and give `lineCount`. */
  sample?: boolean;
  /** Give `lineCount` even when every line is listed. */
  count?: boolean;
}

/** A printed total row: the sum of the rows it covers (a row with sign -1 is subtracted, as costs under a result). */
export interface TotalSpec {
  sheet: string;
  unit: Unit;
  row: number;
  /** The amount columns whose cell in this row is a total. */
  cols: string[];
  covers: (number | [number, -1])[];
  /** Columns where the printed total is deliberately wrong (a finding the product must report). */
  mismatch?: { col: string; why: string }[];
  /** The printed total may differ from the sum by rounding (at most this many units of the table). */
  rounding?: number;
}

/** A reported deviation column: each line's cell equals `expect` of that line's figures (in the table's unit). */
export interface ReportedSpec {
  table: number;
  col: string;
  expect: (l: LineFigures) => Ore | null;
  /** Rows where the reported figure is deliberately wrong. */
  mismatchRows?: { row: number; why: string }[];
}

/** Summary cells that must equal the groups of a detail table, except declared mismatches. */
export interface CrossSpec {
  table: number;
  sheet: string;
  unit: Unit;
  rows: { row: number; group: string }[];
  cols: { budget?: string; outcome?: string };
  mismatch?: { row: number; col: string; why: string }[];
}

/** The figures of one line after reading. */
export interface LineFigures {
  budget: Ore | null;
  periodBudget: Ore | null;
  outcome: Ore | null;
  forecast: Ore | null;
  deviation: Ore | null;
  forecastDeviation: Ore | null;
  side: Side;
}

export interface JoinRowSpec {
  row: number;
  key: string[];
  amount: Ore;
  /** Budget for the months compared (months basis: the budget's own months). */
  periodAmount?: Ore;
  /** An outcome row whose period cannot be read (a date that reads two ways): its key has no outcome, and no total counts it. */
  unreadable?: boolean;
}

export interface JoinSpec {
  budgetSheet: string;
  outcomeSheet: string;
  key: ExpectedJoin['key'];
  convention: Convention;
  unit: Unit;
  /** Key columns (letters, in key order) and amount columns (summed) on each side. */
  budgetCols: { key: string[]; amount: string[]; period?: string[] };
  outcomeCols: { key: string[]; amount: string[] };
  budgetRows: JoinRowSpec[];
  outcomeRows: JoinRowSpec[];
  groupBy?: string;
  /** The group of a key: the mapping the fixture states; null when it is not mapped. */
  mapping?: MappingSpec;
  /** Kommun-Bas classes as the default grouping of a plain account list. */
  kbasGroups?: boolean;
  /** Group by one part of the key (a dimension such as ansvar). */
  keyGroup?: number;
  ytd?: { months: number; basis: 'months' | 'column' | 'pro-rata' };
}

/** A mapping table in the workbook: `Konto | Målområde`, one code or a range per row. */
export interface MappingSpec {
  sheet: string;
  keyCol: string;
  groupCol: string;
  rows: { row: number; from: string; to?: string; group: string }[];
}

export interface ErrorSpec {
  sheet: string;
  cell: string;
  why: string;
}

/** A cell as the verifier reads it back: its value, or the cached result of its formula. */
export type ReadValue = string | number | boolean | Date | { error: string } | null;

/** Fees: members and the rule, as the sheet states them; `compute` gives each member's fee in öre. */
export interface FeeSpec {
  sheet: string;
  members: { name: string; row: number; nameCol: string; population?: number; popCol?: string; given?: Ore | null; givenCol?: string }[];
  /** Parameters of the rule: their source value, and how the verifier reads them back from their cell. */
  params: Record<string, { sheet: string; cell: string; value: FeeParam; read: (v: ReadValue) => FeeParam }>;
  compute: (members: { name: string; population?: number }[], params: Record<string, FeeParam>) => { name: string; fee: Ore }[];
  memberTolerance?: string;
}

export type FeeParam = Ore | number | string;

export interface GoalSpec {
  text: string;
  metric: string;
  unit: ExpectedGoal['unit'];
  /** The cells the value is computed from, with their source amounts. */
  cells: Record<string, { sheet: string; cell: string; unit: Unit; value: Ore }>;
  value: (v: Record<string, Ore>) => string;
  met: (v: Record<string, Ore>) => boolean;
}

/** Everything a fixture declares beside its workbook. */
export interface Declared {
  family: Expected['family'];
  system?: Expected['system'];
  description: string;
  source: string;
  tests: string;
  tables: TableSpec[];
  totals?: TotalSpec[];
  reported?: ReportedSpec[];
  cross?: CrossSpec[];
  join?: JoinSpec;
  errors?: ErrorSpec[];
  fees?: FeeSpec;
  goals?: GoalSpec[];
  mustNotFlag?: boolean;
}

export interface Built {
  wb: ExcelJS.Workbook;
  declared: Declared;
  expected: Omit<Expected, 'file'>;
}

export interface Fixture {
  name: string;
  build: () => Built;
}

// ---------------------------------------------------------------------------------------------
// Lines

/** The deviation of a budget against an outcome under a convention (SPEC 1.5): positive is favourable. */
export function deviationOf(conv: Convention, side: Side, budget: Ore | null, outcome: Ore | null): Ore | null {
  if (budget === null || outcome === null) return null;
  if (conv === 'signed') return outcome - budget;
  if (conv === 'ledger') return budget - outcome;
  return side === 'income' ? outcome - budget : budget - outcome;
}

export function figuresOf(t: Pick<TableSpec, 'convention' | 'period'>, l: SpecLine): LineFigures {
  const periodBudget = periodBudgetOf(t, l);
  const compared = t.period ? periodBudget : l.budget;
  return {
    budget: l.budget,
    periodBudget,
    outcome: l.outcome,
    forecast: l.forecast ?? null,
    deviation: deviationOf(t.convention, l.side, compared, l.outcome),
    forecastDeviation: l.forecast === undefined ? null : deviationOf(t.convention, l.side, l.budget, l.forecast ?? null),
    side: l.side,
  };
}

function periodBudgetOf(t: Pick<TableSpec, 'period'>, l: SpecLine): Ore | null {
  if (!t.period) return null;
  if (t.period.basis === 'pro-rata') return l.budget === null ? null : divRound(l.budget * BigInt(t.period.months), 12n);
  if (l.periodBudget === undefined) throw new Error(`line ${l.key}: period budget missing for basis ${t.period.basis}`);
  return l.periodBudget;
}

function favourable(d: Ore | null): boolean | null | undefined {
  if (d === null) return null;
  if (d === 0n) return undefined;
  return d > 0n;
}

// ---------------------------------------------------------------------------------------------
// Tables

export function expectTable(t: TableSpec): ExpectedTable {
  const out: ExpectedTable = { sheet: t.sheet, headerRow: t.headerRow, unit: t.unit, convention: t.convention, deviations: t.deviations };
  if (t.missingRole) out.missingRole = t.missingRole;
  if (t.columns) out.columns = t.columns;
  if (t.groupBy) out.groupBy = t.groupBy;
  if (t.period) out.period = t.period;
  const hasForecast = (t.cells.forecast ?? []).length > 0;
  out.lines = t.lines
    .filter((l) => !t.sample || l.listed !== false)
    .map((l) => {
      const f = figuresOf(t, l);
      const e: ExpectedLine = { key: l.key, row: l.row };
      if (t.cells.budget) e.budget = krText(f.budget);
      if (t.period) e.periodBudget = krText(f.periodBudget);
      if (t.cells.outcome) e.outcome = krText(f.outcome);
      if (hasForecast) e.forecast = krText(f.forecast);
      if (t.deviations) {
        e.deviation = krText(f.deviation);
        if (hasForecast) e.forecastDeviation = krText(f.forecastDeviation);
        const fav = favourable(f.deviation);
        if (fav !== undefined) e.favourable = fav;
        if (l.noPercent) e.deviationPercent = null;
      }
      e.side = l.side;
      if (l.group !== undefined) e.group = l.group;
      return e;
    });
  if (t.sample || t.count) out.lineCount = t.lines.length;
  if (t.deviations && t.groups) {
    const names = [...new Set(t.lines.map((l) => l.group).filter((g): g is string => g !== undefined))];
    out.groups = names.map((g): ExpectedGroup => ({
      key: g,
      ...rollup(
        t,
        t.lines.filter((l) => l.group === g),
      ),
    }));
  }
  if (t.deviations && t.total !== false) out.total = rollup(t, t.lines);
  return out;
}

/** Figures of several lines (SPEC 2.1): summed amounts, the deviation of the compared lines, how many were left out. */
export function rollup(t: Pick<TableSpec, 'convention' | 'period' | 'cells'>, lines: SpecLine[]): ExpectedFigures {
  const fs = lines.map((l) => figuresOf(t, l));
  const mixed = t.convention === 'unsigned' && fs.some((f) => f.side === 'income') && fs.some((f) => f.side === 'cost');
  // An unsigned group of income and costs is given as its result (income − costs).
  const signed = (f: LineFigures, x: Ore | null) => (x === null ? null : mixed && f.side === 'cost' ? -x : x);
  const pick = (sel: (f: LineFigures) => Ore | null, only?: (f: LineFigures) => boolean) => {
    const xs = fs.filter((f) => (only ? only(f) : true)).map((f) => signed(f, sel(f)));
    return xs.some((x) => x !== null) ? sum(xs) : null;
  };
  const compared = (f: LineFigures) => f.deviation !== null;
  const out: ExpectedFigures = {};
  if (t.cells.budget) out.budget = krText(pick((f) => f.budget));
  if (t.period) out.periodBudget = krText(pick((f) => f.periodBudget));
  if (t.cells.outcome) out.outcome = krText(pick((f) => f.outcome));
  if ((t.cells.forecast ?? []).length) out.forecast = krText(pick((f) => f.forecast));
  out.deviation = krText(fs.some(compared) ? sum(fs.map((f) => f.deviation)) : null);
  if ((t.cells.forecast ?? []).length) {
    const fd = fs.filter((f) => f.forecastDeviation !== null);
    out.forecastDeviation = krText(fd.length ? sum(fd.map((f) => f.forecastDeviation)) : null);
  }
  if (mixed) out.net = true;
  const leftOut = fs.filter((f) => !compared(f)).length;
  if (leftOut) {
    out.leftOut = leftOut;
    const b = pick((f) => (t.period ? f.periodBudget : f.budget), compared);
    const o = pick((f) => f.outcome, compared);
    out.comparedOnly = { budget: krText(b ?? 0n), outcome: krText(o ?? 0n) };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Joins

const keyText = (k: string[]) => k.join('\u0001');

export function expectJoin(j: JoinSpec): ExpectedJoin {
  const budget = new Map<string, { key: string[]; amount: Ore; period: Ore; n: number }>();
  for (const r of j.budgetRows) {
    const k = keyText(r.key);
    const e = budget.get(k) ?? { key: r.key, amount: 0n, period: 0n, n: 0 };
    e.amount += r.amount;
    e.period += periodAmount(j, r);
    e.n++;
    budget.set(k, e);
  }
  const outcome = new Map<string, { key: string[]; amount: Ore }>();
  // A key with an outcome row that cannot be placed in the period has no outcome at all (the rest would look right).
  const unknown = new Set(j.outcomeRows.filter((r) => r.unreadable).map((r) => keyText(r.key)));
  for (const r of j.outcomeRows) {
    const k = keyText(r.key);
    const e = outcome.get(k) ?? { key: r.key, amount: 0n };
    e.amount += r.amount;
    outcome.set(k, e);
  }
  const known = (k: string) => !unknown.has(k);
  const keys = [...new Set([...budget.keys(), ...outcome.keys()])].sort(compareKeys);
  const lines: ExpectedJoinLine[] = keys.map((k) => {
    const b = budget.get(k);
    const o = outcome.get(k);
    const compared = j.ytd ? b?.period : b?.amount;
    const line: ExpectedJoinLine = {
      key: (b ?? o)!.key,
      budget: krText(b ? b.amount : null),
      outcome: krText(o && known(k) ? o.amount : null),
      deviation: krText(compared !== undefined && o && known(k) ? deviationOf(j.convention, 'cost', compared, o.amount) : null),
    };
    if (j.ytd) line.periodBudget = krText(b ? b.period : null);
    return line;
  });
  const out: ExpectedJoin = {
    budgetSheet: j.budgetSheet,
    outcomeSheet: j.outcomeSheet,
    key: j.key,
    convention: j.convention,
    lines,
    onlyBudget: keys.filter((k) => budget.has(k) && !outcome.has(k)).map((k) => budget.get(k)!.key),
    onlyOutcome: keys.filter((k) => outcome.has(k) && !budget.has(k)).map((k) => outcome.get(k)!.key),
    duplicates: keys.filter((k) => (budget.get(k)?.n ?? 0) > 1).map((k) => budget.get(k)!.key),
    total: {
      budget: krText(sum(j.budgetRows.map((r) => r.amount))),
      outcome: krText(sum(j.outcomeRows.filter((r) => known(keyText(r.key))).map((r) => r.amount))),
    },
  };
  const groupOf = groupingOf(j);
  if (groupOf) {
    if (j.groupBy) out.groupBy = j.groupBy;
    const names: string[] = [];
    for (const k of keys) {
      const g = groupOf((budget.get(k) ?? outcome.get(k))!.key);
      if (g !== null && !names.includes(g)) names.push(g);
    }
    out.groups = names.map((g) => {
      const ks = keys.filter((k) => groupOf((budget.get(k) ?? outcome.get(k))!.key) === g);
      const bs = ks.map((k) => budget.get(k)).filter((x) => x !== undefined);
      const os = ks
        .filter(known)
        .map((k) => outcome.get(k))
        .filter((x) => x !== undefined);
      const both = ks.filter((k) => budget.has(k) && outcome.has(k) && known(k));
      const fig: ExpectedGroup = {
        key: g,
        budget: krText(bs.length ? sum(bs.map((x) => x.amount)) : null),
        outcome: krText(os.length ? sum(os.map((x) => x.amount)) : null),
        deviation: krText(
          both.length
            ? sum(both.map((k) => deviationOf(j.convention, 'cost', j.ytd ? budget.get(k)!.period : budget.get(k)!.amount, outcome.get(k)!.amount)))
            : null,
        ),
      };
      if (j.ytd) fig.periodBudget = krText(bs.length ? sum(bs.map((x) => x.period)) : null);
      const left = ks.length - both.length;
      if (left) {
        fig.leftOut = left;
        fig.comparedOnly = {
          budget: krText(sum(both.map((k) => (j.ytd ? budget.get(k)!.period : budget.get(k)!.amount)))),
          outcome: krText(sum(both.map((k) => outcome.get(k)!.amount))),
        };
      }
      return fig;
    });
    const unmapped = keys.filter((k) => groupOf((budget.get(k) ?? outcome.get(k))!.key) === null).map((k) => (budget.get(k) ?? outcome.get(k))!.key);
    if (j.mapping) out.unmapped = unmapped;
  }
  if (j.ytd) {
    // Each side's own total for the months compared; the deviation of the keys that have both sides (SPEC 2.1).
    const b = sum(j.budgetRows.map((r) => periodAmount(j, r)));
    const o = sum(j.outcomeRows.filter((r) => known(keyText(r.key))).map((r) => r.amount));
    const both = keys.filter((k) => budget.has(k) && outcome.has(k) && known(k));
    const d = sum(both.map((k) => deviationOf(j.convention, 'cost', budget.get(k)!.period, outcome.get(k)!.amount)));
    out.ytd = { months: j.ytd.months, basis: j.ytd.basis, budget: krText(b), outcome: krText(o), deviation: krText(d) };
  }
  return out;
}

function periodAmount(j: JoinSpec, r: JoinRowSpec): Ore {
  if (!j.ytd) return r.amount;
  if (j.ytd.basis === 'pro-rata') return divRound(r.amount * BigInt(j.ytd.months), 12n);
  if (r.periodAmount === undefined) throw new Error(`budget row ${r.row}: period amount missing`);
  return r.periodAmount;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Kommun-Bas account classes (SPEC 1.8: the default grouping of a plain account list). */
export function kbasClass(account: string): string | null {
  const d = account.trim()[0];
  if (d === '3') return 'Intäkter';
  if (d === '4' || d === '5' || d === '6' || d === '7') return d === '5' ? 'Personalkostnader' : 'Övriga kostnader';
  if (d === '8') return 'Finansiella poster';
  return null;
}

function groupingOf(j: JoinSpec): ((key: string[]) => string | null) | null {
  if (j.mapping) return mapper(j.mapping.rows);
  if (j.kbasGroups) return (k) => kbasClass(k[k.length - 1]);
  if (j.keyGroup !== undefined) return (k) => k[j.keyGroup!];
  return null;
}

/** A `Konto | Målområde` mapping: a code or a range of codes of the same length, compared as numbers. */
export function mapper(rows: { from: string; to?: string; group: string }[]): (key: string[]) => string | null {
  return (key) => {
    const code = key[key.length - 1];
    for (const r of rows) {
      if (r.to === undefined ? code === r.from : code.length === r.from.length && Number(code) >= Number(r.from) && Number(code) <= Number(r.to))
        return r.group;
    }
    return null;
  };
}

// ---------------------------------------------------------------------------------------------
// Fees and goals

export function expectFees(
  f: FeeSpec,
  members: { name: string; population?: number; given?: Ore | null; givenCell?: string }[],
  params: Record<string, FeeParam>,
): ExpectedFees {
  const fees = f.compute(members, params);
  const out: ExpectedFees = { total: krText(sum(fees.map((x) => x.fee))), members: fees.map((x) => ({ member: x.name, fee: krText(x.fee) })) };
  const stale = members
    .map((m) => ({ m, fee: fees.find((x) => x.name === m.name)?.fee }))
    .filter(({ m, fee }) => m.given !== undefined && m.given !== null && fee !== undefined && m.given !== fee)
    .map(({ m, fee }) => ({ sheet: f.sheet, cell: m.givenCell!, found: krText(m.given!)!, expected: krText(fee!)! }));
  if (stale.length) out.stale = stale;
  if (f.memberTolerance) out.memberTolerance = f.memberTolerance;
  return out;
}

export function expectGoal(g: GoalSpec, values: Record<string, Ore>): ExpectedGoal {
  return { text: g.text, metric: g.metric, value: g.value(values), unit: g.unit, met: g.met(values) };
}

/** The findings a fixture plants: a total that does not foot, a wrong reported deviation, a summary that disagrees. */
export function plantedChecks(d: Declared): ExpectedCheck[] {
  const out: ExpectedCheck[] = [];
  for (const t of d.totals ?? []) for (const m of t.mismatch ?? []) out.push({ kind: 'control-total', sheet: t.sheet, cell: `${m.col}${t.row}`, why: m.why });
  for (const r of d.reported ?? [])
    for (const m of r.mismatchRows ?? []) out.push({ kind: 'reported-deviation', sheet: d.tables[r.table].sheet, cell: `${r.col}${m.row}`, why: m.why });
  for (const c of d.cross ?? []) for (const m of c.mismatch ?? []) out.push({ kind: 'cross-sheet', sheet: c.sheet, cell: `${m.col}${m.row}`, why: m.why });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Everything

export function expectAll(d: Declared): Omit<Expected, 'file'> {
  const e: Omit<Expected, 'file'> = {
    family: d.family,
    description: d.description,
    source: d.source,
    tests: d.tests,
    tables: d.tables.map(expectTable),
  };
  if (d.system) e.system = d.system;
  if (d.join) e.join = expectJoin(d.join);
  const checks = plantedChecks(d);
  if (checks.length) e.checks = checks;
  if (d.mustNotFlag) e.mustNotFlag = true;
  if (d.errors?.length) e.errors = d.errors.map((x) => ({ sheet: x.sheet, cell: x.cell, why: x.why }));
  if (d.fees) {
    const params = Object.fromEntries(Object.entries(d.fees.params).map(([k, p]) => [k, p.value]));
    e.fees = expectFees(
      d.fees,
      d.fees.members.map((m) => ({ name: m.name, population: m.population, given: m.given, givenCell: m.givenCol ? `${m.givenCol}${m.row}` : undefined })),
      params,
    );
  }
  if (d.goals) e.goals = d.goals.map((g) => expectGoal(g, Object.fromEntries(Object.entries(g.cells).map(([k, c]) => [k, c.value]))));
  return e;
}

/** A built fixture: its workbook, what it declares, and the expectation computed from the declaration. */
export function built(wb: ExcelJS.Workbook, declared: Declared): Built {
  return { wb, declared, expected: expectAll(declared) };
}
