/**
 * Step 5: peers, in the same run and on the same generated data, each timed around the same work:
 * - pandas: groupby-sum per goal area (with the per-line deviation) on a DataFrame already in memory;
 * - openpyxl: a read-only read of every row of the same .xlsx the command line reads;
 * - hledger: its budget report (`balance --budget`) on the same rows written as a journal.
 * Python is Debian's own /usr/bin/python3 (the one first on PATH may be a pyenv one that cannot see Debian's
 * packages). A missing peer is reported as missing, with the apt command that installs it. BENCH_PYTHON and
 * BENCH_HLEDGER override the executables.
 */
import Decimal from 'decimal.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, failure, median, runCommand } from './spawn';

/** The peers' executables; BENCH_PYTHON and BENCH_HLEDGER point elsewhere (a path that does not exist tests a machine without them). */
export const PYTHON = process.env.BENCH_PYTHON || '/usr/bin/python3';
export const HLEDGER = process.env.BENCH_HLEDGER || 'hledger';

export interface PeerNumbers {
  missing?: false;
  failed?: undefined;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  version: string;
  /** pandas: the float64 total budget minus the exact one, in kronor. */
  floatErrorKr?: string;
  [more: string]: unknown;
}

export type PeerResult = { missing: true; install: string; reason: string } | { missing?: false; failed: string } | PeerNumbers;

const missing = (pkg: string, reason: string): PeerResult => ({ missing: true, install: `apt-get install -y ${pkg}`, reason });

async function pythonModule(module: string): Promise<string | null> {
  if (PYTHON.includes('/') && !existsSync(PYTHON)) return `${PYTHON} not found`;
  const probe = await runCommand(PYTHON, ['-c', `import ${module}`], 60_000);
  return probe.code === 0 ? null : `${PYTHON} cannot import ${module}`;
}

/** pandas' groupby on the ledger CSV loaded into a DataFrame (the load is not timed). */
export async function pandasPeer(csv: string, rows: number, exactBudget: string): Promise<PeerResult> {
  const why = await pythonModule('pandas');
  if (why) return missing('python3-pandas', why);
  const timeout = 600_000;
  const run = await runCommand(PYTHON, [join(ROOT, 'bench/peers/pandas_groupby.py'), csv, rows >= 1_000_000 ? '5' : '9'], timeout);
  if (run.code !== 0) return { failed: failure(run, timeout) };
  const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
    rows: number;
    seconds: number;
    runs: number[];
    rowsPerSecond: number;
    totalBudget: string;
    version: string;
  };
  // float64 sums: how far the total is from the exact sum, and whether it is still right once rounded to the öre.
  const error = new Decimal(r.totalBudget).minus(exactBudget);
  const roundsRight = new Decimal(r.totalBudget).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).equals(exactBudget);
  return {
    ...r,
    exactTotalBudget: exactBudget,
    floatTotalBudget: r.totalBudget,
    floatErrorKr: error.toString(),
    exact: error.isZero(),
    exactToOre: roundsRight,
  };
}

/** openpyxl's read-only read of every row; timed inside Python and, as the command line is, by the wall clock. */
export async function openpyxlPeer(xlsx: string, rows: number, repeats = 3): Promise<PeerResult> {
  const why = await pythonModule('openpyxl');
  if (why) return missing('python3-openpyxl', why);
  const timeout = 600_000;
  const wall: number[] = [];
  const inner: number[] = [];
  let version = '';
  for (let i = 0; i < repeats; i++) {
    const run = await runCommand(PYTHON, [join(ROOT, 'bench/peers/openpyxl_read.py'), xlsx], timeout);
    if (run.code !== 0) return { failed: failure(run, timeout) };
    const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as { seconds: number; version: string };
    wall.push(run.seconds);
    inner.push(r.seconds);
    version = r.version;
  }
  const seconds = median(wall);
  return { rows, seconds, rowsPerSecond: rows / seconds, readSecondsInPython: median(inner), runs: wall, version };
}

/** hledger's budget report over the year on the journal (parse, compute, render). */
export async function hledgerPeer(journal: string, rows: number, repeats = 1): Promise<PeerResult> {
  const version = await runCommand(HLEDGER, ['--version'], 60_000);
  if (version.code !== 0) return missing('hledger', `${HLEDGER} cannot be run${version.stderr ? ` (${version.stderr.trim().split('\n')[0]})` : ''}`);
  const timeout = 900_000;
  const runs: number[] = [];
  let lines = 0;
  for (let i = 0; i < repeats; i++) {
    const run = await runCommand(HLEDGER, ['-f', journal, 'balance', '--budget', '-Y', '-b', '2024-01-01', '-e', '2025-01-01'], timeout);
    if (run.code !== 0) return { failed: failure(run, timeout) };
    runs.push(run.seconds);
    lines = run.stdout.split('\n').length;
  }
  const seconds = median(runs);
  return { rows, seconds, rowsPerSecond: rows / seconds, runs, reportLines: lines, version: version.stdout.trim() };
}
