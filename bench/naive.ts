/**
 * Step 1b: the same computation done straightforwardly with plain decimal.js, a `new Decimal` per amount:
 * per-line deviation, deviation %, forecast deviation and accuracy, flags; sums per goal area and in total;
 * each Summa/Totalt row against the rows it covers; the summary sheet against the goal-area sums; lines with
 * no budget or no outcome. Its own small implementation, knowing the bench's layout (it does not look for
 * tables, units or sign conventions as the core does), so it is if anything the easier job.
 */
import Decimal from 'decimal.js';
import type { CellValue, SheetData } from '../src/core/cells';
import { LEDGER_SHEET, SUMMARY_SHEET, generateLedger, ledgerSheets } from './generate';
import { Outcome, collect, median, runChild, seconds } from './spawn';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

interface Sums {
  budget: Dec;
  outcome: Dec;
  forecast: Dec;
}
interface NaiveLine {
  row: number;
  goal: string;
  name: string;
  budget: Dec | null;
  outcome: Dec | null;
  forecast: Dec | null;
  deviation: Dec;
  deviationPercent: Dec | null;
  forecastDeviation: Dec | null;
  forecastAccuracy: Dec | null;
  flagged: boolean;
}
interface NaiveFinding {
  kind: string;
  row: number;
  difference: Dec;
}

const amount = (v: CellValue | undefined): Dec | null => (typeof v === 'number' ? new D(v) : null);
const zero = () => ({ budget: new D(0), outcome: new D(0), forecast: new D(0) });
const plus = (s: Sums, b: Dec | null, o: Dec | null, f: Dec | null): Sums => ({
  budget: b ? s.budget.plus(b) : s.budget,
  outcome: o ? s.outcome.plus(o) : s.outcome,
  forecast: f ? s.forecast.plus(f) : s.forecast,
});

const AMOUNT_LIMIT = new D(100_000);
const PERCENT_LIMIT = new D(5);

export function naiveReconcile(sheets: readonly SheetData[]) {
  const ledger = sheets.find((s) => s.name === LEDGER_SHEET)!.values;
  const header = ledger.findIndex((r) => r[0] === 'Målområde');
  const col = (name: string) => ledger[header].indexOf(name);
  const [cg, cl, cb, co, cf] = ['Målområde', 'Konto', 'Budget', 'Utfall', 'Prognos'].map(col);
  const lines: NaiveLine[] = [];
  const findings: NaiveFinding[] = [];
  const groups = new Map<string, Sums>();
  let sinceTotal = zero();
  let all = zero();
  for (let r = header + 1; r < ledger.length; r++) {
    const row = ledger[r];
    const label = String(row[cl] ?? '');
    const b = amount(row[cb]);
    const o = amount(row[co]);
    const f = amount(row[cf]);
    if (/^(summa|totalt)/i.test(label)) {
      const covered = /^totalt/i.test(label) ? all : sinceTotal;
      for (const [key, found] of [
        ['budget', b],
        ['outcome', o],
        ['forecast', f],
      ] as const) {
        if (found && !found.equals(covered[key])) findings.push({ kind: 'control-total', row: r, difference: found.minus(covered[key]) });
      }
      sinceTotal = zero();
      continue;
    }
    // All amounts non-negative: costs, deviation = budget − outcome (positive is favourable).
    const deviation = (b ?? new D(0)).minus(o ?? new D(0));
    const deviationPercent = b && !b.isZero() ? deviation.dividedBy(b.abs()).times(100) : null;
    lines.push({
      row: r,
      goal: String(row[cg]),
      name: label,
      budget: b,
      outcome: o,
      forecast: f,
      deviation,
      deviationPercent,
      forecastDeviation: b && f ? b.minus(f) : null,
      forecastAccuracy: o && f ? f.minus(o) : null,
      flagged: deviation.abs().gte(AMOUNT_LIMIT) && deviationPercent !== null && deviationPercent.abs().gte(PERCENT_LIMIT),
    });
    if (!b || !o) findings.push({ kind: 'unmapped', row: r, difference: deviation });
    const goal = String(row[cg]);
    groups.set(goal, plus(groups.get(goal) ?? zero(), b, o, f));
    sinceTotal = plus(sinceTotal, b, o, f);
    all = plus(all, b, o, f);
  }
  const rollup = [...groups].map(([name, s]) => {
    const deviation = s.budget.minus(s.outcome);
    return { name, ...s, deviation, deviationPercent: s.budget.isZero() ? null : deviation.dividedBy(s.budget.abs()).times(100) };
  });
  const summary = sheets.find((s) => s.name === SUMMARY_SHEET)!.values;
  for (let r = 0; r < summary.length; r++) {
    const s = groups.get(String(summary[r][0]));
    if (!s) continue;
    for (const [key, c] of [
      ['budget', 1],
      ['outcome', 2],
      ['forecast', 3],
    ] as const) {
      const found = amount(summary[r][c]);
      if (found && !found.equals(s[key])) findings.push({ kind: 'cross-sheet', row: r, difference: found.minus(s[key]) });
    }
  }
  return { lines, rollup, total: all, findings };
}

export interface NaiveSample {
  rows: number;
  seconds: number;
  runs: number[];
  rowsPerSecond: number;
  findings: number;
}

export function naiveTask(rows: number, runs: number): NaiveSample {
  const sheets = ledgerSheets(generateLedger(rows));
  collect();
  const result = naiveReconcile(sheets); // warm-up
  const findings = result.findings.length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    times.push(seconds(() => naiveReconcile(sheets)).seconds);
  }
  const s = median(times);
  return { rows, seconds: s, runs: times, rowsPerSecond: rows / s, findings };
}

export function measureNaive(rows: number): Promise<Outcome<NaiveSample>> {
  return runChild<NaiveSample>('naive', [rows, rows >= 1_000_000 ? 2 : 5], 600_000);
}
