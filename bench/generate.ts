/**
 * The bench's own synthetic workbooks, from a fixed seed: a ledger-like detail table (goal area, line, budget,
 * outcome, forecast in kronor with öre) with a `Summa` row after each goal area and a `Totalt` row, and a
 * goal-area summary table on a second sheet, so deviations, rollups, control totals, the cross-sheet check and
 * the unmapped-row check all run. The same rows are written as .xlsx, CSV (pandas) and an hledger journal.
 */
import { writeFileSync } from 'node:fs';
import type { CellValue, SheetData } from '../src/core/cells';

export const SEED = 20240607;

/** mulberry32: a small, fast, well-spread 32-bit PRNG; the same seed always gives the same workbook. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const GOAL_AREAS = [
  'Mål 1 Utbildning och kompetens',
  'Mål 2 Infrastruktur och kommunikationer',
  'Mål 3 Näringsliv och innovation',
  'Mål 4 Livsmiljö och klimat',
  'Mål 5 Hälsa och omsorg',
  'Mål 6 Kultur och fritid',
  'Mål 7 Samverkan och påverkan',
  'Mål 8 Administration',
];

const ACCOUNT_NAMES = [
  'Lokalhyra',
  'Löner',
  'Arbetsgivaravgifter',
  'Pensionskostnader',
  'Konsulttjänster',
  'Resor',
  'Kurser och konferenser',
  'Förbrukningsmaterial',
  'IT-tjänster',
  'Licenser',
  'Telefoni',
  'Porto',
  'Tryckkostnader',
  'Representation',
  'Annonsering',
  'Försäkringar',
  'Revision',
  'Juridiska tjänster',
  'Bidrag till föreningar',
  'Projektmedel',
  'Städning',
  'El och värme',
  'Inventarier',
  'Leasing',
  'Bankkostnader',
  'Medlemskap',
  'Tolkning',
  'Översättning',
  'Hyra av utrustning',
  'Övriga tjänster',
];

/** About three hundred distinct line labels, `Konto 4010 Lokalhyra`. */
export const LINE_LABELS: string[] = (() => {
  const rnd = mulberry32(SEED ^ 0x5eed);
  const seen = new Set<number>();
  const labels: string[] = [];
  while (labels.length < 300) {
    const account = 4000 + Math.floor(rnd() * 4000);
    if (seen.has(account)) continue;
    seen.add(account);
    labels.push(`Konto ${account} ${ACCOUNT_NAMES[Math.floor(rnd() * ACCOUNT_NAMES.length)]}`);
  }
  return labels;
})();

/** Every how-many rows a budget (resp. an outcome) is missing: unbudgeted lines and lines with no outcome. */
const NO_BUDGET_EVERY = 4999;
const NO_OUTCOME_EVERY = 7001;
/** The summary table's deliberate mismatch: mål 3's budget is 1 000 kr above what its lines sum to. */
export const SUMMARY_MISMATCH_ORE = 100_000;

/** Rows in columns; amounts in whole öre (integers), NaN where the cell is empty. Sorted by goal area. */
export interface Ledger {
  rows: number;
  goal: Uint8Array;
  line: Uint16Array;
  budget: Float64Array;
  outcome: Float64Array;
  forecast: Float64Array;
  /** Exact sums per goal area, in öre (BigInt, so no question of float error). */
  sums: { budget: bigint; outcome: bigint; forecast: bigint }[];
}

export function generateLedger(rows: number, seed = SEED): Ledger {
  const rnd = mulberry32(seed ^ rows);
  const goal = new Uint8Array(rows);
  const line = new Uint16Array(rows);
  const budget = new Float64Array(rows);
  const outcome = new Float64Array(rows);
  const forecast = new Float64Array(rows);
  const sums = GOAL_AREAS.map(() => ({ budget: 0n, outcome: 0n, forecast: 0n }));
  for (let i = 0; i < rows; i++) {
    const g = Math.floor((i * GOAL_AREAS.length) / rows);
    goal[i] = g;
    line[i] = Math.floor(rnd() * LINE_LABELS.length);
    // 1 000,00 – 500 000,00 kr, outcome and forecast within ±20 % of it, all to the öre.
    const b = 100_000 + Math.floor(rnd() * 49_900_000);
    const o = Math.round(b * (0.8 + rnd() * 0.4));
    const f = Math.round((b + o) / 2 + (rnd() - 0.5) * b * 0.1);
    budget[i] = i % NO_BUDGET_EVERY === NO_BUDGET_EVERY - 1 ? NaN : b;
    outcome[i] = i % NO_OUTCOME_EVERY === NO_OUTCOME_EVERY - 1 ? NaN : o;
    forecast[i] = f;
    const s = sums[g];
    if (!Number.isNaN(budget[i])) s.budget += BigInt(b);
    if (!Number.isNaN(outcome[i])) s.outcome += BigInt(o);
    s.forecast += BigInt(f);
  }
  return { rows, goal, line, budget, outcome, forecast, sums };
}

/** Öre to kronor as Excel stores them: the double nearest to the two-decimal amount. */
const kr = (ore: number): number | null => (Number.isNaN(ore) ? null : ore / 100);
const krBig = (ore: bigint): number => Number(ore) / 100;

export const LEDGER_SHEET = 'Huvudbok';
export const SUMMARY_SHEET = 'Målområden';
export const LEDGER_HEADER = ['Målområde', 'Konto', 'Budget', 'Utfall', 'Prognos'];

/** Calls `row` with every row of the ledger sheet, in order, as Excel would hold them. */
export function eachLedgerRow(l: Ledger, row: (cells: CellValue[]) => void): void {
  row(['Huvudbok 2024 (kr)']);
  row([]);
  row(LEDGER_HEADER);
  let g = 0;
  const summa = (goal: number) => {
    const s = l.sums[goal];
    row([null, `Summa ${GOAL_AREAS[goal]}`, krBig(s.budget), krBig(s.outcome), krBig(s.forecast)]);
  };
  for (let i = 0; i < l.rows; i++) {
    if (l.goal[i] !== g) {
      summa(g);
      g = l.goal[i];
    }
    row([GOAL_AREAS[g], LINE_LABELS[l.line[i]], kr(l.budget[i]), kr(l.outcome[i]), kr(l.forecast[i])]);
  }
  summa(g);
  const t = total(l);
  row([null, 'Totalt', krBig(t.budget), krBig(t.outcome), krBig(t.forecast)]);
}

export function total(l: Ledger): { budget: bigint; outcome: bigint; forecast: bigint } {
  return l.sums.reduce((a, s) => ({ budget: a.budget + s.budget, outcome: a.outcome + s.outcome, forecast: a.forecast + s.forecast }), {
    budget: 0n,
    outcome: 0n,
    forecast: 0n,
  });
}

export function summaryRows(l: Ledger): CellValue[][] {
  const rows: CellValue[][] = [['Målområden 2024 (kr)'], [], ['Målområde', 'Budget', 'Utfall', 'Prognos']];
  l.sums.forEach((s, g) => rows.push([GOAL_AREAS[g], krBig(s.budget + (g === 2 ? BigInt(SUMMARY_MISMATCH_ORE) : 0n)), krBig(s.outcome), krBig(s.forecast)]));
  const t = total(l);
  rows.push(['Totalt', krBig(t.budget + BigInt(SUMMARY_MISMATCH_ORE)), krBig(t.outcome), krBig(t.forecast)]);
  return rows;
}

/** The workbook as the core reads it: plain sheets in memory. */
export function ledgerSheets(l: Ledger): SheetData[] {
  const values: CellValue[][] = [];
  eachLedgerRow(l, (cells) => values.push(cells));
  return [
    { name: LEDGER_SHEET, values },
    { name: SUMMARY_SHEET, values: summaryRows(l) },
  ];
}

/** The year so far: the outcome column says it runs through August, so the core prorates the budget 8/12. */
export const YTD_THROUGH = 8;
export const YTD_OUTCOME_HEADER = 'Utfall jan–aug';

/** The ledger sheet alone with `Utfall jan–aug` for `Utfall` (no summary sheet: it would compare whole years). */
export function ytdSheets(l: Ledger): SheetData[] {
  const values: CellValue[][] = [];
  eachLedgerRow(l, (cells) => values.push(cells));
  values[2] = LEDGER_HEADER.map((h) => (h === 'Utfall' ? YTD_OUTCOME_HEADER : h));
  return [{ name: LEDGER_SHEET, values }];
}

/** The year's budget × months / 12 to the öre, half away from zero, as SPEC and src/core/deviations/figures.ts say. */
export function proratedOre(budget: bigint, months: number): bigint {
  const negative = budget < 0n;
  const magnitude = ((negative ? -budget : budget) * BigInt(months) * 2n + 12n) / 24n;
  return negative ? -magnitude : magnitude;
}

/** The exact prorated budget of the whole table: each line prorated to the öre, then summed. */
export function proratedBudgetTotal(l: Ledger, months: number): bigint {
  let s = 0n;
  for (let i = 0; i < l.rows; i++) if (!Number.isNaN(l.budget[i])) s += proratedOre(BigInt(l.budget[i]), months);
  return s;
}

/**
 * A budget per account on one sheet and the year's transactions on another, as an economist has them before
 * joining by hand: `Konto | Benämning | Budget` (codes as text) and a transaction list `Datum | Ver.nr | Konto |
 * Belopp | Text` (codes as numbers, dates as serial numbers). Cost accounts, ledger signs (costs positive).
 * One budgeted account has no transactions and one booked account has no budget, so the join is a full one.
 */
export interface JoinLedger {
  accounts: number[];
  /** Per account (same order), in öre. */
  budget: bigint[];
  outcome: bigint[];
  transactions: number;
  /** The account with budget and nothing booked, and the one booked without budget. */
  unbooked: number;
  unbudgeted: number;
  budgetTotal: bigint;
  outcomeTotal: bigint;
  sheets: SheetData[];
}

export const JOIN_BUDGET_SHEET = 'Budget 2024';
export const JOIN_LEDGER_SHEET = 'Transaktioner';
const TX_TEXTS = ['Faktura', 'Leverantörsfaktura', 'Kortköp', 'Internfakturering', 'Periodisering', 'Omföring', 'Utlägg'];

export function generateJoin(transactions: number, accountCount: number, seed = SEED): JoinLedger {
  const rnd = mulberry32(seed ^ transactions ^ (accountCount << 20));
  const codes = new Set<number>();
  while (codes.size < accountCount + 1) codes.add(4000 + Math.floor(rnd() * 4000));
  const all = [...codes].sort((a, b) => a - b);
  // The last code drawn is booked without a budget; the budget's first account gets no transactions.
  const unbudgeted = all.splice(Math.floor(rnd() * all.length), 1)[0];
  const accounts = all;
  const unbooked = accounts[0];
  const index = new Map(accounts.map((a, i) => [a, i]));
  const budget = accounts.map(() => BigInt((10 + Math.floor(rnd() * 19_990)) * 100) * 100n);
  const outcome = accounts.map(() => 0n);
  let unbudgetedOutcome = 0n;
  const budgetRows: CellValue[][] = [['Konto', 'Benämning', 'Budget']];
  accounts.forEach((a, i) => budgetRows.push([String(a), ACCOUNT_NAMES[a % ACCOUNT_NAMES.length], Number(budget[i]) / 100]));
  const ledgerRows: CellValue[][] = [['Datum', 'Ver.nr', 'Konto', 'Belopp', 'Text']];
  const jan1 = 45292; // 2024-01-01 as a 1900-system serial
  for (let t = 0; t < transactions; t++) {
    const booked = t % 997 === 996 ? unbudgeted : accounts[1 + Math.floor(rnd() * (accounts.length - 1))];
    // 10,00 – 50 000,00 kr to the öre, a credit now and then.
    const ore = BigInt(1_000 + Math.floor(rnd() * 4_999_000)) * (rnd() < 0.05 ? -1n : 1n);
    if (booked === unbudgeted) unbudgetedOutcome += ore;
    else outcome[index.get(booked)!] += ore;
    ledgerRows.push([jan1 + Math.floor((t * 366) / transactions), 10_000 + t, booked, Number(ore) / 100, TX_TEXTS[t % TX_TEXTS.length]]);
  }
  const budgetTotal = budget.reduce((a, b) => a + b, 0n);
  const outcomeTotal = outcome.reduce((a, b) => a + b, 0n) + unbudgetedOutcome;
  return {
    accounts: [...accounts, unbudgeted],
    budget: [...budget, 0n],
    outcome: [...outcome, unbudgetedOutcome],
    transactions,
    unbooked,
    unbudgeted,
    budgetTotal,
    outcomeTotal,
    sheets: [
      { name: JOIN_BUDGET_SHEET, values: budgetRows },
      { name: JOIN_LEDGER_SHEET, values: ledgerRows },
    ],
  };
}

/** The workbook as an .xlsx file (ExcelJS's streaming writer, shared strings as Excel writes them). */
export async function writeLedgerXlsx(l: Ledger, path: string): Promise<void> {
  // Loaded here, not at the top: the core's child process never writes a file, and ExcelJS would add some 20 MB
  // to the peak memory it measures.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet(LEDGER_SHEET);
  eachLedgerRow(l, (cells) => ws.addRow(cells).commit());
  ws.commit();
  const summary = wb.addWorksheet(SUMMARY_SHEET);
  for (const r of summaryRows(l)) summary.addRow(r).commit();
  summary.commit();
  await wb.commit();
}

const oreText = (ore: number) => (Number.isNaN(ore) ? '' : (ore / 100).toFixed(2));

/** The detail rows as CSV (goal,line,budget,outcome,forecast), for pandas. */
export function writeLedgerCsv(l: Ledger, path: string): void {
  const parts: string[] = ['goal,line,budget,outcome,forecast'];
  for (let i = 0; i < l.rows; i++)
    parts.push(`${GOAL_AREAS[l.goal[i]]},${LINE_LABELS[l.line[i]]},${oreText(l.budget[i])},${oreText(l.outcome[i])},${oreText(l.forecast[i])}`);
  writeFileSync(path, parts.join('\n') + '\n');
}

/** hledger's account for a row: `expenses:mål1:konto4010`. */
function account(l: Ledger, i: number): string {
  const goalNo = GOAL_AREAS[l.goal[i]].split(' ')[1];
  const accountNo = LINE_LABELS[l.line[i]].split(' ')[1];
  return `expenses:mål${goalNo}:konto${accountNo}`;
}

/**
 * The detail rows as an hledger journal: each row's budget as a yearly periodic transaction (`~ yearly`, which
 * `balance --budget` reads as the goal) and its outcome as an actual transaction. hledger has no forecast
 * column; the forecast is left out.
 */
export function writeLedgerJournal(l: Ledger, path: string): void {
  const parts: string[] = ['commodity 1000.00 kr', ''];
  for (let i = 0; i < l.rows; i++) {
    if (Number.isNaN(l.budget[i])) continue;
    parts.push(`~ yearly from 2024-01-01 to 2025-01-01\n    ${account(l, i)}    ${oreText(l.budget[i])} kr\n    assets:budget\n`);
  }
  for (let i = 0; i < l.rows; i++) {
    if (Number.isNaN(l.outcome[i])) continue;
    parts.push(`2024-06-30 ${LINE_LABELS[l.line[i]]}\n    ${account(l, i)}    ${oreText(l.outcome[i])} kr\n    assets:bank\n`);
  }
  writeFileSync(path, parts.join('\n'));
}
