/**
 * Step 1: the core on sheets already in memory. analyseWorkbook computes every deviation, rollup and check;
 * reconcileSheets (timed once, for information) adds goals, fees and the description of the output sheets.
 * Each size runs in its own child process, so its peak memory is its own.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Analyze from '../src/core/deviations/analyze';
import type * as Reconcile from '../src/core/reconcile';
import { GOAL_AREAS, SUMMARY_MISMATCH_ORE, SUMMARY_SHEET, generateLedger, ledgerSheets, total } from './generate';
import { MB, Outcome, ROOT, collect, median, runChild, seconds } from './spawn';

/**
 * The core as it ships: the tsc build the command line runs (`npm run build:cli`, done by run.ts first). Run
 * through tsx instead, every call across modules would go through an export getter and measure tsx, not us.
 */
const shipped = createRequire(__filename);
const { analyseWorkbook } = shipped(join(ROOT, 'dist/core/deviations/analyze.js')) as typeof Analyze;
const { reconcileSheets } = shipped(join(ROOT, 'dist/core/reconcile.js')) as typeof Reconcile;

export interface CoreSample {
  rows: number;
  /** The first run, cold: also the run whose peak memory is measured. */
  coldSeconds: number;
  /** The median of the warm runs, and each of them. */
  seconds: number;
  runs: number[];
  rowsPerSecond: number;
  /** Median CPU seconds (user + system, every thread of the process) of the warm runs: less bent by a shared machine than wall time. */
  cpuSeconds?: number;
  /** reconcileSheets (deviations, checks, goals, fees, output sheet descriptions), once, warm. */
  reconcileSeconds: number | null;
  reconcileError?: string;
  memory: {
    /** RSS before the input is built: node and the code loaded (the core's and the bench's own). */
    baselineRssMB?: number;
    /** RSS with the input sheets built and garbage collected, before the first computation. */
    inputRssMB: number;
    /** The process's peak RSS (getrusage maxRSS) after the first computation: node + input + computation. */
    peakRssMB: number;
    /** peakRssMB − inputRssMB: what the computation added above its input at its peak. */
    computeMB: number;
    /** The peak RSS while the input was built (generation), to show it does not hide the computation's. */
    generationPeakRssMB: number;
    /** JS heap in use after the computation with its result still alive, minus before. */
    resultHeapMB: number;
  };
  checks: number;
  /** The sums are exact to the öre: totals and goal areas equal the generator's integer sums, etc. */
  exact: { ok: boolean; details: string[] };
}

const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;

/** Öre of a core amount: Money is an integer number of öre or a Decimal of öre; both print as öre. */
const ore = (m: unknown): string => (m === null || m === undefined ? 'null' : String(m));

/** In the child: generate, then time analyseWorkbook `runs` times after a cold first run. */
export function coreTask(rows: number, runs: number): CoreSample {
  collect();
  const baselineRss = process.memoryUsage().rss;
  let ledger: ReturnType<typeof generateLedger> | null = generateLedger(rows);
  const sheets = ledgerSheets(ledger);
  const sums = ledger.sums.map((s) => ({ ...s }));
  const all = total(ledger);
  ledger = null;
  collect();
  const generationPeak = maxRssBytes();
  const inputRss = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;

  const cold = seconds(() => analyseWorkbook(sheets));
  const peakRss = maxRssBytes();
  const resultHeap = process.memoryUsage().heapUsed - heapBefore;
  const analysis = cold.value;

  // Exact to the öre: the table's total and every goal area equal the generator's BigInt sums; the
  // Summa rows (exact sums) give no control-total finding; the summary's deliberate 1 000 kr shows as it is.
  const details: string[] = [];
  const table = analysis.tables.find((t) => t.sheet !== SUMMARY_SHEET);
  if (!table) details.push('no ledger table found');
  else {
    const want = (label: string, got: unknown, expected: bigint) => {
      if (ore(got) !== String(expected)) details.push(`${label}: ${ore(got)} öre, expected ${expected}`);
    };
    want('total budget', table.total.budget, all.budget);
    want('total outcome', table.total.outcome, all.outcome);
    want('total forecast', table.total.forecast, all.forecast);
    if (table.lines.length !== rows) details.push(`${table.lines.length} lines, expected ${rows}`);
    GOAL_AREAS.forEach((name, g) => {
      const group = table.groups.find((x) => x.name === name);
      if (!group) return void details.push(`no group ${name}`);
      want(`${name} budget`, group.budget, sums[g].budget);
      want(`${name} outcome`, group.outcome, sums[g].outcome);
    });
  }
  const controlFindings = analysis.checks.filter((c) => c.kind === 'control-total');
  if (controlFindings.length) details.push(`${controlFindings.length} control-total findings, expected none`);
  const cross = analysis.checks.filter((c) => c.kind === 'cross-sheet' && c.class !== 'info');
  const mismatch = cross.find((c) => ore(c.difference).replace('-', '') === String(SUMMARY_MISMATCH_ORE));
  if (cross.length !== 1 || !mismatch)
    details.push(
      `cross-sheet findings ${cross.map((c) => `${c.cell}:${ore(c.difference)}`).join(', ') || 'none'}, expected one of ${SUMMARY_MISMATCH_ORE} öre`,
    );
  const checks = analysis.checks.length;

  const warm: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const before = process.cpuUsage();
    warm.push(seconds(() => analyseWorkbook(sheets)).seconds);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1e6);
  }
  collect();
  let reconcileSeconds: number | null = null;
  let reconcileError: string | undefined;
  try {
    reconcileSeconds = seconds(() => reconcileSheets(sheets, { lang: 'sv', today: '2025-01-31' })).seconds;
  } catch (e) {
    reconcileError = e instanceof Error ? e.message : String(e);
  }
  const warmMedian = runs ? median(warm) : cold.seconds;
  return {
    rows,
    coldSeconds: cold.seconds,
    seconds: warmMedian,
    runs: warm,
    rowsPerSecond: rows / warmMedian,
    cpuSeconds: runs ? median(cpu) : undefined,
    reconcileSeconds,
    reconcileError,
    memory: {
      baselineRssMB: baselineRss / MB,
      inputRssMB: inputRss / MB,
      peakRssMB: peakRss / MB,
      computeMB: (peakRss - inputRss) / MB,
      generationPeakRssMB: generationPeak / MB,
      resultHeapMB: resultHeap / MB,
    },
    checks,
    exact: { ok: details.length === 0, details },
  };
}

/** Warm runs per size: a few where a run is quick, fewer at a million rows. */
export function coreRuns(rows: number): number {
  return rows <= 10_000 ? 7 : rows <= 100_000 ? 5 : 2;
}

export function measureCore(rows: number): Promise<Outcome<CoreSample>> {
  return runChild<CoreSample>('core', [rows, coreRuns(rows)], rows >= 1_000_000 ? 900_000 : 300_000);
}
