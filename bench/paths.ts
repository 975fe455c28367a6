/**
 * Step 1b: the core's newer paths on sheets in memory, each in its own child process so its peak memory is
 * its own:
 * - the join: a 2 000-account budget on one sheet against 200 000 transactions on another, joined by account
 *   (src/core/model/join.ts: summed per key, full outer join);
 * - the year so far: the ledger with `Utfall jan–aug`, so the budget is prorated 8/12 line by line.
 * Each is checked against the generator's BigInt sums to the öre, as the core's main path is.
 */
import { createRequire } from 'node:module';
import { join as joinPath } from 'node:path';
import type * as Analyze from '../src/core/deviations/analyze';
import { JOIN_BUDGET_SHEET, JOIN_LEDGER_SHEET, YTD_THROUGH, generateJoin, generateLedger, proratedBudgetTotal, total, ytdSheets } from './generate';
import { MB, Outcome, ROOT, collect, median, runChild, seconds } from './spawn';

const shipped = createRequire(__filename);
const { analyseWorkbook } = shipped(joinPath(ROOT, 'dist/core/deviations/analyze.js')) as typeof Analyze;

export interface PathSample {
  /** Input rows: transactions for the join, ledger lines for the year so far. */
  rows: number;
  coldSeconds: number;
  /** Median of the warm runs. */
  seconds: number;
  runs: number[];
  rowsPerSecond: number;
  /** Peak RSS of the child (node + input + the cold computation), and RSS with the input alone. */
  peakRssMB: number;
  inputRssMB: number;
  exact: { ok: boolean; details: string[] };
  /** What the path produced: joined keys, or the months the budget was prorated for. */
  info: Record<string, string | number | null>;
}

const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;
const ore = (m: unknown): string => (m === null || m === undefined ? 'null' : String(m));

function timed(
  rows: number,
  runs: number,
  input: Parameters<typeof analyseWorkbook>[0],
  check: (a: Analyze.Analysis, details: string[], info: PathSample['info']) => void,
): PathSample {
  collect();
  const inputRss = process.memoryUsage().rss;
  const cold = seconds(() => analyseWorkbook(input));
  const peakRss = maxRssBytes();
  const details: string[] = [];
  const info: PathSample['info'] = {};
  check(cold.value, details, info);
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    warm.push(seconds(() => analyseWorkbook(input)).seconds);
  }
  const s = runs ? median(warm) : cold.seconds;
  return {
    rows,
    coldSeconds: cold.seconds,
    seconds: s,
    runs: warm,
    rowsPerSecond: rows / s,
    peakRssMB: peakRss / MB,
    inputRssMB: inputRss / MB,
    exact: { ok: details.length === 0, details },
    info,
  };
}

/** In the child: the join of `transactions` against `accounts` budget lines. */
export function joinTask(transactions: number, accounts: number, runs: number): PathSample {
  const g = generateJoin(transactions, accounts);
  const { sheets } = g;
  return timed(transactions, runs, sheets, (a, details, info) => {
    const t = a.tables.find((x) => x.join);
    if (!t || !t.join) {
      details.push(
        `no join found (tables: ${a.tables.map((x) => x.sheet).join(', ') || 'none'}; one-sided: ${a.oneSided.map((x) => `${x.layout.sheet}:${x.has}`).join(', ') || 'none'})`,
      );
      return;
    }
    const j = t.join;
    info.key = j.key.map((p) => p.kind).join('+');
    info.budgetSheet = j.budget.layout.sheet;
    info.outcomeSheet = j.outcome.layout.sheet;
    info.keys = j.keyRows.length;
    info.budgetAccounts = accounts;
    info.convention = t.convention;
    if (j.budget.layout.sheet !== JOIN_BUDGET_SHEET || j.outcome.layout.sheet !== JOIN_LEDGER_SHEET)
      details.push(`joined ${j.budget.layout.sheet} × ${j.outcome.layout.sheet}`);
    if (info.key !== 'account') details.push(`joined on ${String(info.key)}, expected the account`);
    if (ore(j.budgetTotal) !== String(g.budgetTotal)) details.push(`budget total ${ore(j.budgetTotal)} öre, expected ${g.budgetTotal}`);
    if (ore(j.outcomeTotal) !== String(g.outcomeTotal)) details.push(`outcome total ${ore(j.outcomeTotal)} öre, expected ${g.outcomeTotal}`);
    if (t.lines.length !== g.accounts.length) details.push(`${t.lines.length} joined lines, expected ${g.accounts.length} accounts`);
    // Every account's line: its budget and the sum of its transactions, to the öre.
    const want = new Map(g.accounts.map((acc, i) => [String(acc), { budget: g.budget[i], outcome: g.outcome[i] }]));
    let wrong = 0;
    for (const [i, line] of t.lines.entries()) {
      const code = j.keyRows[i]?.key[0];
      const w = code === undefined ? undefined : want.get(code);
      const budgetOk = code === String(g.unbudgeted) ? line.budget === null : ore(line.budget) === String(w?.budget);
      const outcomeOk = code === String(g.unbooked) ? line.outcome === null : ore(line.outcome) === String(w?.outcome);
      if (!w || !budgetOk || !outcomeOk) {
        if (wrong++ < 3)
          details.push(
            `account ${code}: budget ${ore(line.budget)}, outcome ${ore(line.outcome)}; expected ${w ? `${w.budget}, ${w.outcome}` : 'no such account'}`,
          );
      }
    }
    if (wrong > 3) details.push(`… ${wrong} accounts wrong in all`);
  });
}

/** In the child: the ledger of `rows` lines with its outcome through August. */
export function ytdTask(rows: number, runs: number): PathSample {
  let ledger: ReturnType<typeof generateLedger> | null = generateLedger(rows);
  const sheets = ytdSheets(ledger);
  const all = total(ledger);
  const prorated = proratedBudgetTotal(ledger, YTD_THROUGH);
  ledger = null;
  return timed(rows, runs, sheets, (a, details, info) => {
    const t = a.tables[0];
    if (!t) return void details.push('no table found');
    info.through = t.period?.through ?? null;
    info.periodBudget = t.period?.budget ?? null;
    if (t.period?.through !== YTD_THROUGH || t.period.budget !== 'prorated')
      details.push(`period ${JSON.stringify(t.period)}, expected through ${YTD_THROUGH}, prorated`);
    if (ore(t.total.budget) !== String(all.budget)) details.push(`year budget ${ore(t.total.budget)} öre, expected ${all.budget}`);
    if (ore(t.total.periodBudget) !== String(prorated)) details.push(`prorated budget ${ore(t.total.periodBudget)} öre, expected ${prorated}`);
    if (ore(t.total.outcome) !== String(all.outcome)) details.push(`outcome ${ore(t.total.outcome)} öre, expected ${all.outcome}`);
    if (t.lines.length !== rows) details.push(`${t.lines.length} lines, expected ${rows}`);
  });
}

export const JOIN_TRANSACTIONS = 200_000;
export const JOIN_ACCOUNTS = 2_000;

export function measureJoin(transactions = JOIN_TRANSACTIONS, accounts = JOIN_ACCOUNTS): Promise<Outcome<PathSample>> {
  return runChild<PathSample>('join', [transactions, accounts, 3], 600_000);
}

export function measureYtd(rows: number): Promise<Outcome<PathSample>> {
  return runChild<PathSample>('ytd', [rows, rows >= 1_000_000 ? 2 : 3], rows >= 1_000_000 ? 900_000 : 300_000);
}
