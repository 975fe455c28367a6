/**
 * Every word Avstämning reads a workbook by, as data: header words per column role, total and statement
 * labels, income and cost words, months and unit words, in Swedish and English. To teach it a new header,
 * add the word here (lower case, single spaces, no years, periods or units: those are read apart) and a
 * case to test/core/read/vocabulary.test.ts.
 */

/** What a column holds (SPEC 1.1). */
export type ColumnRole =
  | 'budget'
  | 'periodBudget'
  | 'outcome'
  | 'forecast'
  | 'deviation'
  | 'forecastDeviation'
  | 'priorYear'
  | 'percent'
  | 'goalArea'
  | 'line'
  | 'code'
  | 'dimension'
  | 'type'
  | 'comment'
  | 'key'
  | 'period'
  | 'date'
  | 'voucher'
  | 'member'
  | 'population'
  | 'municipalityCode'
  | 'orgNumber'
  | 'share';

/** Roles whose cells are amounts in the table's unit. */
export const AMOUNT_ROLES = ['budget', 'periodBudget', 'outcome', 'forecast', 'deviation', 'forecastDeviation', 'priorYear'] as const;
export type AmountRole = (typeof AMOUNT_ROLES)[number];

export function isAmountRole(role: ColumnRole): role is AmountRole {
  return (AMOUNT_ROLES as readonly ColumnRole[]).includes(role);
}

/**
 * Header words by role, after normalising (lower case, `Summa av` of pivots, years, dates, periods, units and
 * trailing colons removed). A word listed under two roles is settled by the table around it (see tables.ts).
 */
export const HEADER_WORDS: Record<ColumnRole, readonly string[]> = {
  budget: [
    // An investment report's year (`Investeringsbudget 2025`) and a project's whole budget (`Total projektbudget`).
    'investeringsbudget', 'investeringsram', 'projektbudget', 'total projektbudget', 'driftbudget', 'investment budget', 'capital budget',
    'capex budget', 'project budget', 'total project budget', 'operating budget',
    'budget', 'budget helår', 'helårsbudget', 'årsbudget', 'lagd budget', 'budget år', 'budget totalt', 'total budget',
    'rev budget', 'rev. budget', 'reviderad budget', 'budget rev', 'budget rev.', 'budget reviderad', 'ursprunglig budget',
    'budgeterat', 'budgeterad', 'budgetbelopp', 'budget belopp', 'nettobudget', 'budget netto', 'fastställd budget',
    'budget kr', 'budgeted', 'annual budget', 'revised budget', 'original budget', 'approved budget', 'budget full year',
    'full year budget', 'full-year budget', 'fy budget', 'budget fy', 'yearly budget', 'beviljat', 'beviljad', 'beviljade', 'beviljat belopp',
    'beviljade medel', 'beviljad budget', 'tilldelat', 'tilldelade medel', 'granted', 'amount granted', 'grant awarded', 'allocated',
    'approved amount',
    // A budget changed during the year, and a kommun nämnd's ram (its kommunbidrag) as the budget it is judged against.
    'justerad budget', 'budget justerad', 'korrigerad budget', 'ändrad budget', 'budget efter ändringar', 'budget inkl ombudgeteringar',
    'budget inkl. ombudgeteringar', 'aktuell budget', 'adjusted budget', 'kommunbidrag', 'budgetram', 'ram', 'nettoram', 'kommunbidrag/ram',
    'ram/kommunbidrag', 'tilldelad ram',
  ],
  periodBudget: [
    'periodiserad budget', 'budget periodiserad', 'budget ack', 'budget ack.', 'ack budget', 'ack. budget', 'ackumulerad budget',
    'budget ackumulerad', 'budget period', 'periodbudget', 'periodens budget', 'budget hittills', 'budget ytd', 'ytd budget',
    'budget to date', 'period budget', 'budget year to date', 'cumulative budget', 'budget perioden', 'budget för perioden',
  ],
  outcome: [
    'utfall', 'utfall helår', 'bokfört', 'bokfört belopp', 'bokfört utfall', 'redovisat', 'redovisat belopp', 'belopp', 'ack', 'ack.',
    'ackumulerat', 'ackumulerat utfall', 'ack utfall', 'ack. utfall', 'utfall ack', 'utfall ack.', 'utfall ackumulerat', 'verkligt utfall',
    'utfall period', 'periodens utfall', 'utfall netto', 'nettoutfall', 'utfall år', 'utfall i år', 'årets utfall', 'utfall kr',
    'actual', 'actuals', 'outcome', 'actual ytd', 'ytd actual', 'actuals ytd', 'ytd actuals', 'amount', 'actual amount',
    'result to date', 'actual to date', 'actual year to date', 'förbrukat', 'förbrukning', 'förbrukad', 'använt', 'nyttjat',
    'spent', 'used', 'utfall hittills', 'perioden', 'utfall perioden', 'utfall månad', 'månadens utfall', 'this period', 'current period',
    'period actual', 'saldo period', 'saldo perioden', 'periodens saldo', 'debet', 'debit', 'kredit', 'credit', 'saldo', 'utgående saldo', 'ack saldo', 'saldo ack', 'ackumulerat saldo',
    'closing balance', 'bokslut', 'utfall bokslut', 'bokslut utfall', 'årsbokslut', 'nettokostnad', 'nettokostnader', 'utfall nettokostnad', 'nettokostnad utfall', 'net cost', 'net costs',
    'year to date', 'ytd', 'to date', 'hittills', 'hittills i år', 'i år hittills', 'ack i år',
    'upparbetat', 'upparbetad', 'upparbetade', 'upparbetade medel', 'upparbetat belopp', 'nedlagt', 'nedlagda kostnader', 'förbrukade medel',
    'använda medel', 'utnyttjat', 'utnyttjade medel', 'incurred', 'costs incurred', 'expended', 'spent to date',
  ],
  forecast: [
    'prognos', 'prognos helår', 'helårsprognos', 'årsprognos', 'prognos i delårsbokslut', 'prognos delårsbokslut', 'prognos delår',
    'prognos tertial', 'prognos år', 'prognos för året', 'prognos helåret', 'beräknat utfall', 'beräknat utfall helår', 'prognos kr',
    'forecast', 'full year forecast', 'full-year forecast', 'fy forecast', 'year-end forecast', 'year end forecast', 'outlook',
    'forecast full year', 'annual forecast',
  ],
  deviation: [
    'avvikelse', 'budgetavvikelse', 'budget-avvikelse', 'avvikelse budget', 'avvikelse budget-utfall', 'avvikelse budget/utfall',
    'avvikelse budget - utfall', 'avvikelse mot budget', 'avvikelse utfall-budget', 'avvikelse utfall/budget', 'avvikelse utfall mot budget',
    'avvikelse utfall - budget', 'avvikelse ack', 'avvikelse ack.', 'ack avvikelse', 'ack. avvikelse', 'avvikelse period', 'avv',
    'avv.', 'avv budget', 'avv. budget', 'differens', 'diff', 'diff.', 'budgetdiff', 'differens budget', 'differens mot budget',
    'variance', 'deviation', 'budget variance', 'variance ytd', 'ytd variance', 'variance to budget', 'var', 'var.', 'difference',
    'avvikelse kr', 'kvar', 'återstår', 'kvar att förbruka', 'kvar av budget', 'återstående', 'remaining', 'balance remaining',
    'kvar att återbetala', 'att återbetala', 'återbetalning', 'ej förbrukat', 'ej förbrukade medel', 'ej upparbetat', 'outnyttjat', 'unspent',
    'to be repaid', 'unused',
  ],
  forecastDeviation: [
    'avvikelse prognos', 'avvikelse prognos mot budget', 'avvikelse prognos-budget', 'avvikelse prognos/budget', 'avvikelse prognos - budget',
    'avvikelse budget-prognos', 'avvikelse budget/prognos', 'avvikelse budget - prognos', 'avvikelse budget mot prognos', 'prognosavvikelse',
    'budgetavvikelse prognos', 'prognos avvikelse', 'prognos jmf budget', 'prognos mot budget', 'avvikelse helårsprognos',
    'avvikelse årsprognos', 'avv prognos', 'avv. prognos', 'forecast variance', 'forecast deviation', 'variance forecast',
    'forecast vs budget', 'full year variance', 'full-year variance',
  ],
  priorYear: [
    'utfall föregående år', 'föregående år', 'utfall fg år', 'fg år', 'utfall fg. år', 'fg. år', 'utfall fjol', 'fjolår', 'utfall förra året',
    'föregående års utfall', 'utfall år-1', 'utfall år−1', 'utfall år - 1', 'utfall år − 1', 'prior year', 'previous year', 'last year', 'py', 'prior year actual', 'actual prior year',
    'ly',
  ],
  percent: [],
  goalArea: [
    'målområde', 'målområden', 'mål', 'fokusområde', 'prioriterad inriktning', 'verksamhetsområde', 'område', 'strategiskt mål',
    'strategiskt område', 'goal area', 'goal', 'focus area', 'strategic goal', 'objective',
  ],
  line: [
    'projekt', 'projektnamn', 'insats', 'insatser', 'post', 'rad', 'kontonamn', 'kontobenämning', 'kontotext', 'konto namn',
    'konto benämning', 'konto text', 'benämning', 'budgetavstämning', 'radetiketter', 'beskrivning', 'specifikation', 'namn',
    'line', 'item', 'account name', 'account description', 'description', 'row labels', 'name', 'project', 'budget line',
  ],
  code: [
    'konto', 'kontonummer', 'kontonr', 'kontonr.', 'konto nr', 'konto nr.', 'kto', 'ktonr', 'kod', 'baskonto', 'account',
    'account no', 'account no.', 'account number', 'account code', 'code', 'acct', 'gl account',
  ],
  dimension: [
    'verksamhet', 'ansvar', 'kostnadsställe', 'kst', 'avdelning', 'nämnd', 'aktivitet', 'ansvarsområde', 'enhet', 'förvaltning',
    'objekt', 'verksamhetsgren', 'resultatenhet', 'ansvarsenhet', 'projektnummer', 'projektnr', 'cost centre', 'cost center',
    'department', 'responsibility', 'activity', 'business unit', 'division', 'huvudman', 'projektägare', 'utförare', 'lead partner', 'project owner',
  ],
  type: ['typ', 'intäkt/kostnad', 'kostnad/intäkt', 'intäkt eller kostnad', 'kontotyp', 'kontoslag', 'type', 'account type'],
  comment: [
    'kommentar', 'kommentarer', 'förklaring', 'åtgärd', 'åtgärder', 'analys', 'notering', 'anmärkning', 'orsak', 'comment',
    'comments', 'explanation', 'action', 'note', 'notes',
  ],
  key: ['nyckel', 'key', 'id'],
  period: ['period', 'månad', 'bokföringsperiod', 'redovisningsperiod', 'per', 'month', 'accounting period', 'fiscal period'],
  date: ['datum', 'bokföringsdatum', 'transaktionsdatum', 'verifikationsdatum', 'bokf.datum', 'bokf datum', 'date', 'posting date', 'transaction date'],
  voucher: ['ver.nr', 'vernr', 'ver nr', 'ver.nr.', 'verifikation', 'verifikationsnummer', 'verifikat', 'voucher', 'voucher no', 'voucher number', 'text', 'transaktionstext'],
  member: ['medlem', 'kommun', 'region', 'landsting', 'medlemskommun', 'medlemmar', 'member', 'municipality', 'member municipality'],
  population: [
    'invånare', 'folkmängd', 'folkbokförda', 'befolkning', 'antal invånare', 'invånarantal', 'antal folkbokförda', 'population',
    'inhabitants', 'residents', 'number of inhabitants',
  ],
  municipalityCode: ['kommunkod', 'kommunnummer', 'kommunnr', 'municipality code'],
  orgNumber: [
    'organisationsnummer', 'org.nr', 'org nr', 'orgnr', 'org. nr', 'org.nr.', 'org.nummer', 'org. number', 'organisation number',
    'organization number', 'corporate identity number',
  ],
  share: [
    'andel', 'fast andel', 'fast belopp', 'avgift', 'medlemsavgift', 'ägarandel', 'fördelningsandel', 'andel %', 'share', 'fixed amount',
    'fee', 'member fee',
  ],
};

/** Pivot tables write their value fields as `Summa av Budget` (`Sum of Budget`); counts are not amounts. */
export const PIVOT_SUM_PREFIXES = ['summa av ', 'sum of ', 'summa - ', 'sum - ', 'summa: ', 'summa av: '] as const;

/** A header that sums month columns beside it (`Summa budget`, `Totalt utfall`) holds that role for the year. */
export const HEADER_TOTAL_PREFIXES = ['summa ', 'totalt ', 'total ', 's:a ', 'sa '] as const;
export const PIVOT_COUNT_PREFIXES = ['antal av ', 'count of ', 'medel av ', 'average of ', 'max av ', 'min av ', 'max of ', 'min of '] as const;

/** Words after which a `(T)`/`namn`/`text` column holds the name of the code beside it (`Ansvar | Ansvar namn`). */
export const NAME_SUFFIXES = ['namn', 'benämning', 'text', '(t)', 'name', 'description', 'desc'] as const;

/**
 * Labels that start a total (SPEC 1.4), and the subtotals and results of Swedish and English statements.
 * A row whose label (in any of the table's label columns) starts with one of these is a control total.
 */
export const TOTAL_WORDS = ['summa', 'total', 'totalt', 'totalsumma', 'grand total', 'subtotal', 'delsumma', 'resultat', 'årets resultat', 'periodens resultat', 'netto', 'totals',
  // `S:a Intäkter`: the abbreviation of Summa that printed reports and hand-kept sheets use.
  's:a'] as const;

/** Statement lines that are subtotals or results whatever word they start with. */
export const STATEMENT_TOTALS = [
  'verksamhetens intäkter', 'verksamhetens kostnader', 'verksamhetens nettokostnad', 'verksamhetens nettokostnader', 'verksamhetens resultat',
  'finansnetto', 'finansiella poster netto', 'resultat före', 'resultat efter', 'beräknat resultat', 'budgeterat resultat',
  'årets resultat', 'periodens resultat', 'nettokostnad', 'nettokostnader', 'summa', 'net result', 'rörelseresultat', 'rörelsens resultat', 'result for the year', 'net cost',
  'net costs', 'operating result', 'operating income', 'total income', 'total costs', 'total expenses', 'total revenue', 'net financial items',
  'result before', 'calculated result', 'profit/loss', 'profit for the year', 'balanskravsresultat', 'resultat enligt balanskravet', 'över-/underskott', 'överskott/underskott', 'surplus/deficit',
] as const;

/**
 * The net of the financial items (`Finansnetto`): a subtotal of the financial lines above it, or, in a short
 * statement that shows no financial line, a line of its own.
 */
export const FINANCIAL_NET_LINES = [
  'finansnetto', 'finansiella poster netto', 'finansiella poster, netto', 'netto finansiella poster', 'net financial items', 'financial items net', 'financial items, net',
] as const;

/** Subtotals of the financial items alone: they add up the financial lines, whatever else stands above them. */
export const FINANCIAL_SUBTOTALS = [
  ...FINANCIAL_NET_LINES, 'summa finansiella poster', 'resultat från finansiella poster', 'summa resultat från finansiella poster', 'finansiella poster', 'total financial items',
] as const;

/** Word starts that make a line a financial item (`Finansiella intäkter`, `Övriga ränteintäkter`, `Interest expense`). */
export const FINANCIAL_ITEM_STEMS = ['finansiell', 'ränt', 'utdelning', 'financial', 'interest', 'dividend'] as const;

/** Totals that are a result: income minus costs (SPEC 1.4), never the sum of one kind. */
export const RESULT_WORDS = [
  'resultat', 'årets resultat', 'periodens resultat', 'beräknat resultat', 'budgeterat resultat', 'verksamhetens resultat', 'resultat före',
  'resultat efter', 'net result', 'result', 'calculated result', 'profit/loss', 'profit for the year', 'operating result', 'rörelseresultat', 'rörelsens resultat', 'result for the year', 'result before', 'över-/underskott', 'överskott/underskott',
  'surplus/deficit', 'balanskravsresultat', 'nettokostnad', 'nettokostnader', 'verksamhetens nettokostnad', 'verksamhetens nettokostnader',
  'finansnetto', 'net cost', 'net costs', 'netto',
] as const;

/**
 * Labels and section headers that are income (SPEC 1.5): fees and grants received, sales. Matched at the start
 * of the label, so `Medlemsavgifter 2024` and `Bidrag från Region Dalarna` are income.
 */
export const INCOME_WORDS = [
  'intäkt', 'intäkter', 'inkomst', 'medlemsavgift', 'medlemsavgifter', 'medlemsbidrag', 'medlemsinsats', 'bidrag', 'statsbidrag', 'erhållna',
  'erhållet', 'projektintäkter', 'projektintäkt', 'försäljning', 'försäljningsintäkter', 'ersättning', 'ersättningar', 'avgifter', 'taxor',
  'hyresintäkter', 'hyror och arrenden', 'medel från', 'tilldelade medel', 'finansiering från', 'finansiella intäkter', 'ränteintäkter',
  'kommunbidrag', 'landstingsbidrag', 'regionbidrag', 'driftbidrag', 'verksamhetsbidrag', 'extern finansiering', 'externa intäkter',
  'övriga intäkter', 'income', 'revenue', 'revenues', 'grant', 'grants', 'member contributions', 'member contribution', 'member fees',
  'membership fees', 'fees received', 'sales', 'contributions received', 'financial income', 'interest income', 'funding from',
] as const;

/**
 * Money received to fund the work, wherever it stands in a label (`EU co-financing received`, `Statliga bidrag`,
 * `Övriga ersättningar`, `EU-bidrag`): income, unless the label says it is paid out (PAID_OUT_WORDS).
 */
export const FUNDING_WORDS = [
  'bidrag', 'statsbidrag', 'ersättning', 'ersättningar', 'medfinansiering', 'finansiering', 'co-financing', 'cofinancing',
  'co financing', 'funding', 'grant', 'grants', 'contribution', 'contributions', 'subsidy', 'subsidies',
] as const;

/**
 * Words that make funding money paid out (`Bidrag till föreningar`, `Grants paid to partners`) or a staff cost
 * (`Pension contributions`, `Ersättningar förtroendevalda`): a cost.
 */
export const PAID_OUT_WORDS = [
  'till', 'paid', 'paid to', 'lämnade', 'lämnat', 'utbetalda', 'utbetalt', 'utbetalningar', 'given', 'payable', 'partner', 'partners',
  'pension', 'pensions', 'social security', 'employer', 'employers', 'sociala', 'förtroendevalda', 'förtroendevaldas', 'politiker', 'personal',
  'anställda', 'staff', 'employees',
] as const;

/** Words that make funding money received (`Bidrag från staten till …`), whatever else the label says. */
export const RECEIVED_WORDS = ['från', 'from', 'received', 'erhållna', 'erhållet', 'erhållen', 'erhållit', 'inkomna', 'mottagna'] as const;

/**
 * Words that make a line a sale (`Utbildning externa kunder`, `Services to external customers`): income, even
 * where the label starts with a cost word. Whole words only: `Kundförluster` (bad debts) is a cost.
 */
export const SOLD_TO_WORDS = ['kund', 'kunder', 'externa kunder', 'customer', 'customers', 'external customers', 'clients'] as const;

/** Labels and section headers that are costs, for tables with nothing else to tell. */
export const COST_WORDS = [
  'kostnad', 'kostnader', 'utgift', 'utgifter', 'personalkostnader', 'personal', 'löner', 'lönekostnader', 'arvoden', 'sociala avgifter',
  'lokalkostnader', 'lokaler', 'lokalhyra', 'hyra', 'hyror', 'köpta tjänster', 'köp av', 'konsulter', 'material', 'övriga kostnader',
  'övriga verksamhetskostnader', 'avskrivningar', 'finansiella kostnader', 'räntekostnader', 'lämnade bidrag', 'insatser', 'administration',
  'resor', 'utbildning', 'cost', 'costs', 'expense', 'expenses', 'expenditure', 'staff', 'salaries', 'premises', 'rent', 'depreciation',
  'financial costs', 'interest expense', 'purchased services', 'consultants',
] as const;

export const MONTHS: readonly (readonly string[])[] = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'february'],
  ['mars', 'mar', 'march'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['augusti', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** Tertials and quarters as interim reports name them, with the month they end. */
export const PERIOD_ENDS: Readonly<Record<string, number>> = {
  'tertial 1': 4, 't1': 4, 'tertial 2': 8, 't2': 8, 'tertial 3': 12, 't3': 12, 'delår': 8, 'delårsrapport': 8, 'delårsbokslut': 8,
  'tertialrapport 1': 4, 'tertialrapport 2': 8, 'tertialuppföljning 1': 4, 'tertialuppföljning 2': 8, 'tertialbokslut 1': 4,
  'kvartalsrapport 1': 3, 'kvartalsrapport 2': 6, 'kvartalsrapport 3': 9,
  'kvartal 1': 3, 'q1': 3, 'kvartal 2': 6, 'q2': 6, 'kvartal 3': 9, 'q3': 9, 'kvartal 4': 12, 'q4': 12, 'halvår': 6, 'halvårsrapport': 6,
};

/**
 * A ledger's two amount columns (Visma's and SIE exports' `Debet | Kredit`): together one outcome, debit −
 * credit, costs positive and income negative as a ledger books them. Either alone is no outcome.
 */
export const DEBIT_WORDS = ['debet', 'debit'] as const;
export const CREDIT_WORDS = ['kredit', 'credit'] as const;

/** Words that make an outcome one period's alone (Visma's `Perioden` beside `Ackumulerat`): never the year so far. */
export const SINGLE_PERIOD_WORDS = [
  'perioden', 'utfall perioden', 'utfall månad', 'månadens utfall', 'this period', 'current period', 'period actual',
  // Agresso's `Budget period | Saldo period` beside `Budget ack | Saldo ack`: the month alone.
  'saldo period', 'saldo perioden', 'periodens saldo', 'budget period', 'budget perioden', 'periodens budget', 'budget för perioden',
] as const;

/** Words that make an amount header cumulative (year to date) when no month is given. */
export const YEAR_TO_DATE_WORDS = ['ack', 'ack.', 'ackumulerat', 'ackumulerad', 'ytd', 'year to date', 'hittills', 'to date'] as const;

/** Words that make an amount header the full year. */
export const FULL_YEAR_WORDS = ['helår', 'helåret', 'år', 'full year', 'full-year', 'fy', 'annual', 'årsbudget', 'årsprognos', 'helårsprognos'] as const;
