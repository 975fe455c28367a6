/**
 * The report: one table (measure, value, goal, peer, ratio, result), printed and written to bench/results.md,
 * and every number to bench/results.json. Ratios are speeds, ours / peer: above 1 we are faster, below 1 the
 * peer is (for times, that is the peer's seconds over ours). A missing peer is never a number.
 */
import { DEFAULT_LIMITS, EXCEL_PAYLOAD_BYTES } from '../src/excel/blocks';
import type { BundleSample } from './bundle';
import type { CliBreakdown, CliLargeSample, CliSample } from './cli';
import type { CoreSample } from './core';
import type { ExcelSample } from './excel';
import type { NaiveSample } from './naive';
import type { PathSample } from './paths';
import type { PeerNumbers, PeerResult } from './peers';
import type { Outcome } from './spawn';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  command: string;
  quick: boolean;
  seed: number;
  /** How the measuring children ran: compiled by tsc (as the product runs), or under tsx where that failed. */
  children?: 'compiled' | 'tsx';
  /** os.loadavg() (1, 5, 15 minutes) when the run started and when it ended: the machine may be shared. */
  loadAverage?: { start: number[]; end?: number[] };
}

export interface Results {
  machine: Machine;
  sizes: number[];
  core: { bySize: Record<string, Outcome<CoreSample>> };
  naiveDecimal: { bySize: Record<string, Outcome<NaiveSample>> };
  cli: Outcome<CliSample>;
  /** The command line's steps timed in one process, to say where its time goes. */
  cliBreakdown: Outcome<CliBreakdown>;
  /** The command line once at the largest size (not with --quick), for information: how it scales. */
  cliLarge?: Outcome<CliLargeSample>;
  excel: { bySize: Record<string, Outcome<ExcelSample>> };
  bundle: Outcome<BundleSample>;
  /** 200 000 transactions against a 2 000-account budget on another sheet, joined by account. */
  join: Outcome<PathSample>;
  /** The ledger at the headline size with its outcome through August: the budget prorated 8/12. */
  ytd: Outcome<PathSample>;
  peers: { pandas: Record<string, PeerResult>; openpyxl: PeerResult; hledger: PeerResult };
}

/** A run before any step has reported: every step 'not run', so a step that never runs still reads as such. */
export function notRunYet(machine: Machine, sizes: number[]): Results {
  const notRun = { ok: false as const, error: 'not run' };
  return {
    machine,
    sizes,
    core: { bySize: {} },
    naiveDecimal: { bySize: {} },
    cli: notRun,
    cliBreakdown: notRun,
    excel: { bySize: {} },
    bundle: notRun,
    join: notRun,
    ytd: notRun,
    peers: { pandas: {}, openpyxl: { failed: 'not run' }, hledger: { failed: 'not run' } },
  };
}

export interface GoalRow {
  measure: string;
  value: string;
  goal: string;
  peer: string;
  ratio: string;
  result: string;
  /** Why a goal was missed, or what a number means. */
  note?: string;
}

export interface Goal {
  id: string;
  goal: string;
  met: boolean | null;
  /** For a goal with a floor (a lesser bar the issue accepts): whether that was met. */
  floorMet?: boolean | null;
  value: number | null;
  target: number | null;
  floor?: number | null;
  /** e.g. "missed by 4.6× (needs 9.1× faster)" */
  by: string;
  why?: string;
}

/** Every formatter takes what a failed or missing step leaves (null, undefined, NaN) and prints a dash, never throws. */
type Maybe = number | null | undefined;
const known = (x: Maybe): x is number => typeof x === 'number' && Number.isFinite(x);
const num = (x: Maybe, digits = 0) =>
  known(x) ? x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }).replace(/,/g, '\u202f') : '–';
const rate = (x: Maybe) => (!known(x) ? '–' : x >= 1e6 ? `${num(x / 1e6, 2)} M rows/s` : `${num(x / 1e3, 0)} k rows/s`);
const secs = (x: Maybe) => (known(x) ? `${num(x, x < 1 ? 3 : 2)} s` : '–');
const ratio = (x: Maybe) => (known(x) ? `${num(x, x < 10 ? 2 : 1)}×` : '–');
const mb = (x: Maybe) => (known(x) ? `${num(x, x < 10 ? 1 : 0)} MB` : '–');
const rowsLabel = (n: Maybe) => (!known(n) ? '?' : n >= 1e6 ? `${n / 1e6} M` : `${n / 1e3} k`);
const ok = <T>(o: Outcome<T> | undefined): T | null => (o && o.ok ? o.value : null);
const err = <T>(o: Outcome<T> | undefined): string => (!o ? 'not run' : o.ok ? '' : o.error.startsWith('skipped') ? o.error : `FAILED: ${o.error}`);
const peerOk = (p: PeerResult | undefined): PeerNumbers | null => (p && !p.missing && !('failed' in p && p.failed) ? (p as PeerNumbers) : null);
const peerText = (p: PeerResult | undefined, value: (x: PeerNumbers) => string): string => {
  if (!p) return 'not run';
  if (p.missing) return `missing (${p.install})`;
  if ('failed' in p && p.failed) return p.failed === 'not run' ? 'not run' : `failed: ${p.failed}`;
  return value(peerOk(p)!);
};
const met = (m: boolean | null, by: string) => (m === null ? `not measured (${by.replace(/^not measured: /, '')})` : m ? `met (${by})` : `**missed** (${by})`);

/** The Excel payload limit, and the adapter's own cut below it (src/excel/blocks.ts). */
const EXCEL_LIMIT = EXCEL_PAYLOAD_BYTES;
const ADAPTER_CUT = DEFAULT_LIMITS.maxBytes;

/** The goals of issue 18, with their floors: ratios in one run on the same data. */
export const GOALS = {
  vsPandas: { target: 2, floor: 1 },
  peakMB: 300,
  vsOpenpyxl: { target: 3, floor: 2 },
  bundleKiB: 200,
  /** Payload syncs within one of ⌈payload / 5 MB⌉. */
  extraSyncs: 1,
} as const;

/** The headline size: one million rows in a full run, the largest run otherwise. */
export function headline(r: Results): number {
  return r.sizes.length ? Math.max(...r.sizes) : 0;
}

/** `1.4× pandas: floor met, goal missed (needs 1.4× faster)` */
function againstGoal(x: number, target: number, floor: number, peer: string): { met: boolean; floorMet: boolean; by: string } {
  const m = x >= target;
  const f = x >= floor;
  const where = x >= 1 ? `${ratio(x)} ${peer}` : `${peer} is ${ratio(1 / x)} faster`;
  return {
    met: m,
    floorMet: f,
    by: m
      ? `${where}, goal ${ratio(target)} met`
      : f
        ? `${where}: floor ${ratio(floor)} met, goal ${ratio(target)} missed (needs ${ratio(target / x)} faster)`
        : `${where}: floor ${ratio(floor)} missed (needs ${ratio(floor / x)} faster for the floor, ${ratio(target / x)} for the goal)`,
  };
}

export function goalsOf(r: Results): Goal[] {
  const n = headline(r);
  const core = ok(r.core.bySize[n]);
  const naive = ok(r.naiveDecimal.bySize[n]);
  const cli = ok(r.cli);
  const pandas = peerOk(r.peers.pandas[n]);
  const openpyxl = peerOk(r.peers.openpyxl);
  const bundle = ok(r.bundle);
  const goals: Goal[] = [];
  const vsPandasGoal = `core ≥ ${GOALS.vsPandas.target}× pandas groupby-sum (floor ≥ ${GOALS.vsPandas.floor}×), exact to the öre, same data (${rowsLabel(n)} rows)`;
  const peakGoal = `core ≤ ${GOALS.peakMB} MB peak at ${rowsLabel(n)} rows, input included`;
  const openpyxlGoal = `command line end to end ≥ ${GOALS.vsOpenpyxl.target}× faster than openpyxl's read-only read (floor ≥ ${GOALS.vsOpenpyxl.floor}×), ${rowsLabel(cli?.rows ?? 100_000)} rows`;
  const syncGoal = `Excel adapter: no sync over 5 MB, payload syncs within ${GOALS.extraSyncs} of ⌈payload / 5 MB⌉`;
  const bundleGoal = `task pane start bundle ≤ ${GOALS.bundleKiB} KiB gzip`;

  if (core && pandas) {
    const x = core.rowsPerSecond / pandas.rowsPerSecond;
    const a = againstGoal(x, GOALS.vsPandas.target, GOALS.vsPandas.floor, 'pandas');
    const cpuNote =
      typeof core.cpuSeconds === 'number' && typeof pandas.cpuSeconds === 'number' && core.cpuSeconds > 0
        ? ` In CPU seconds, which a shared machine bends less than wall time: the core ${secs(core.cpuSeconds)}, pandas ${secs(pandas.cpuSeconds)}, so ${ratio(pandas.cpuSeconds / core.cpuSeconds)} pandas.`
        : '';
    const naiveNote = naive
      ? ` Plain decimal.js per cell runs at ${rate(naive.rowsPerSecond)} (the core is ${ratio(core.rowsPerSecond / naive.rowsPerSecond)} that).`
      : '';
    goals.push({
      id: 'core.vsPandas',
      goal: vsPandasGoal,
      met: a.met && core.exact.ok,
      floorMet: a.floorMet && core.exact.ok,
      value: x,
      target: GOALS.vsPandas.target,
      floor: GOALS.vsPandas.floor,
      by: core.exact.ok ? a.by : `NOT EXACT (${core.exact.details.join('; ')}); ${a.by}`,
      why: a.met
        ? undefined
        : `pandas' groupby-sum is a vectorised C loop over float64 columns already in memory (not exact: its total budget is off by ${String(pandas.floatErrorKr)} kr before rounding); analyseWorkbook does the whole reconciliation in exact integer öre: it finds the tables by their headers, reads and classifies every row, builds a line with deviation, forecast deviation and flags, sums per goal area, matches each Summa row against what it covers and runs the cross-sheet and unmapped checks (a warm run: ${secs(core.seconds)} for ${num(n)} rows, ${rate(core.rowsPerSecond)}).${cpuNote}${naiveNote}`,
    });
  }
  if (core) {
    const peak = core.memory.peakRssMB;
    goals.push({
      id: 'core.peakMB',
      goal: peakGoal,
      met: peak <= GOALS.peakMB,
      value: peak,
      target: GOALS.peakMB,
      by:
        peak <= GOALS.peakMB
          ? `${num(peak)} MB, ${num(GOALS.peakMB - peak)} MB to spare`
          : `${num(peak)} MB, over by ${num(peak - GOALS.peakMB)} MB (${ratio(peak / GOALS.peakMB)})`,
      why:
        peak <= GOALS.peakMB
          ? undefined
          : `peak RSS of the whole process: ${baseline(core)}the input sheets bring it to ${num(core.memory.inputRssMB)} MB (${num(n)} rows as JS arrays of cells), and the computation adds ${num(core.memory.computeMB)} MB at its peak; its result (one line object per row) keeps ${num(core.memory.resultHeapMB)} MB of heap alive.`,
    });
  }
  if (cli && openpyxl) {
    const x = openpyxl.seconds / cli.seconds;
    const a = againstGoal(x, GOALS.vsOpenpyxl.target, GOALS.vsOpenpyxl.floor, 'openpyxl');
    const b = ok(r.cliBreakdown);
    const steps = b
      ? ` In one process the steps take: reading (own package reader: unzip, parse, cells to sheets) ${secs(b.openSeconds + b.readSheetsSeconds)}, reconcileSheets ${secs(b.computeSeconds)}, the output sheets as worksheet XML in the package ${secs(b.writeSheetsSeconds)} (${Object.entries(
          b.outputRows ?? {},
        )
          .map(([k, v]) => `${k} ${num(v)} rows`)
          .join(
            ', ',
          )}), the JSON made and written while they compress ${secs(b.jsonSeconds)}, then the rest of the compression and writing the .xlsx ${secs(b.saveSeconds)}.`
      : ` (no breakdown: ${err(r.cliBreakdown)})`;
    goals.push({
      id: 'cli.vsOpenpyxl',
      goal: openpyxlGoal,
      met: a.met,
      floorMet: a.floorMet,
      value: x,
      target: GOALS.vsOpenpyxl.target,
      floor: GOALS.vsOpenpyxl.floor,
      by: a.by,
      why: `openpyxl only reads (${secs(openpyxl.seconds)} wall clock with Python's start-up); the command line reads, reconciles and writes (${secs(cli.seconds)}); the own reader alone takes ${secs(cli.readOnlySeconds)}.${steps}`,
    });
  }
  const sizes = r.sizes.filter((s) => r.excel.bySize[s] !== undefined);
  const excelFailed = sizes.filter((s) => !ok(r.excel.bySize[s]));
  const excelN = sizes.map((s) => ok(r.excel.bySize[s])).filter((e): e is ExcelSample => e !== null);
  if (excelFailed.length) {
    goals.push({
      id: 'excel.syncs',
      goal: syncGoal,
      met: null,
      value: null,
      target: EXCEL_LIMIT,
      by: `not measured at ${excelFailed.map(rowsLabel).join(', ')} rows: ${err(r.excel.bySize[excelFailed[0]])}`,
    });
  } else if (excelN.length) {
    // Payload syncs: those that carried cell data, refused ones included (the fake host counts them); the
    // others only looked (sheet lists, used ranges, marks) or set formats.
    const per = excelN.map((e) => ({
      rows: e.rows,
      read: { payload: e.read.payloadSyncs, min: e.read.minimumSyncs },
      write: { payload: e.write.payloadSyncs, min: e.write.minimumSyncs },
    }));
    const extra = Math.max(...per.map((e) => Math.max(e.read.payload - e.read.min, e.write.payload - e.write.min)));
    const worst = Math.max(...excelN.map((e) => e.maxPayloadBytes));
    const refused = excelN.reduce((n, e) => n + e.read.refusedSyncs + e.write.refusedSyncs, 0);
    const under = worst <= EXCEL_LIMIT;
    const m = under && extra <= GOALS.extraSyncs;
    goals.push({
      id: 'excel.syncs',
      goal: syncGoal,
      met: m,
      value: extra,
      target: GOALS.extraSyncs,
      by: `largest sync ${num(worst / 1024 / 1024, 3)} MB${under ? '' : ' (OVER 5 MB)'}; payload syncs read/write against ⌈payload / 5 MB⌉: ${per.map((e) => `${rowsLabel(e.rows)} ${e.read.payload}/${e.write.payload} vs ${e.read.min}/${e.write.min}`).join(', ')}; at most ${extra} more; ${refused} refused for size`,
      why: `Margin kept: ${num(EXCEL_LIMIT - ADAPTER_CUT)} bytes (${num((1 - ADAPTER_CUT / EXCEL_LIMIT) * 100, 1)} %) under Excel's 5 MB in every sync, for the request's own wrapper and the few operations each sync begins with; cell data are measured as their JSON and every operation counted at ${num(DEFAULT_LIMITS.operationBytes)} bytes, so writes fill each sync to that. Reads cannot know a block's size before it comes back: blocks are sized on the bytes per cell of the sheet's latest rows (a quarter of a sync) with ${num(DEFAULT_LIMITS.readHeadroom * 100)} % to spare (a block denser than that is refused and read again), so read syncs are about ${num(100 / (1 + DEFAULT_LIMITS.readHeadroom))} % full where the data's density stays even.${m ? '' : ` Missed: ${under ? 'more syncs than the minimum allows' : 'a sync over the limit'}.`}`,
    });
  }
  if (bundle) {
    goals.push({
      id: 'bundle.startGzipKiB',
      goal: bundleGoal,
      met: bundle.startGzipKiB <= GOALS.bundleKiB,
      value: bundle.startGzipKiB,
      target: GOALS.bundleKiB,
      by:
        bundle.startGzipKiB <= GOALS.bundleKiB
          ? `${num(bundle.startGzipKiB, 1)} KiB, ${num(GOALS.bundleKiB - bundle.startGzipKiB, 1)} KiB to spare`
          : `${num(bundle.startGzipKiB, 1)} KiB, over by ${num(bundle.startGzipKiB - GOALS.bundleKiB, 1)} KiB`,
    });
  }
  for (const [id, name, o] of [
    ['join.exact', 'the join', r.join],
    ['ytd.exact', 'the year so far', r.ytd],
  ] as const) {
    const v = ok(o);
    if (!v) continue;
    goals.push({
      id,
      goal: `${name} (${pathLabel(id === 'join.exact' ? 'join' : 'ytd', v)}) exact to the öre against BigInt sums`,
      met: v.exact.ok,
      value: v.rowsPerSecond,
      target: null,
      by: `${v.exact.ok ? 'exact' : `NOT EXACT: ${v.exact.details.join('; ')}`}; ${rate(v.rowsPerSecond)} (${secs(v.seconds)}), peak ${num(v.peakRssMB)} MB`,
    });
  }
  // A goal whose numbers are missing is listed as not measured, with why.
  const notMeasured: [string, string, string][] = [
    ['core.vsPandas', vsPandasGoal, core ? peerText(r.peers.pandas[n], () => '') : err(r.core.bySize[n])],
    ['core.peakMB', peakGoal, err(r.core.bySize[n])],
    ['cli.vsOpenpyxl', openpyxlGoal, cli ? peerText(r.peers.openpyxl, () => '') : err(r.cli)],
    ['excel.syncs', syncGoal, 'no Excel adapter step ran'],
    ['bundle.startGzipKiB', bundleGoal, err(r.bundle)],
    ['join.exact', 'the join exact to the öre against BigInt sums', err(r.join)],
    ['ytd.exact', 'the year so far exact to the öre against BigInt sums', err(r.ytd)],
  ];
  for (const [id, goal, why] of notMeasured)
    if (!goals.some((g) => g.id === id)) goals.push({ id, goal, met: null, value: null, target: null, by: `not measured: ${why}` });
  return goals;
}

function pathLabel(path: 'join' | 'ytd', v: PathSample | null): string {
  if (path === 'join')
    return `${v ? num(v.rows) : '200 000'} transactions against a ${v && typeof v.info.budgetAccounts === 'number' ? num(v.info.budgetAccounts) : '2 000'}-account budget, joined by ${v?.info.key ?? 'account'}`;
  return `${v ? rowsLabel(v.rows) : '?'} rows, Utfall jan–aug, budget prorated ${v?.info.through ?? 8}/12`;
}

export function tableRows(r: Results, goals: Goal[]): GoalRow[] {
  const n = headline(r);
  const goal = (id: string) => goals.find((g) => g.id === id);
  const result = (id: string) => {
    const g = goal(id);
    return g ? met(g.met, g.by) : '';
  };
  const rows: GoalRow[] = [];
  const pandasAt = (s: number) => peerOk(r.peers.pandas[s]);
  for (const s of r.sizes) {
    const c = r.core.bySize[s];
    const core = ok(c);
    const pandas = pandasAt(s);
    const headlineRow = s === n;
    rows.push({
      measure: `Core: analyseWorkbook, ${rowsLabel(s)} rows in memory (median of ${core?.runs.length ?? '?'} warm runs)`,
      value: core ? `${rate(core.rowsPerSecond)} (${secs(core.seconds)})${core.exact.ok ? ', exact' : ', NOT EXACT'}` : err(c),
      goal: headlineRow ? `≥ ${GOALS.vsPandas.target}× pandas (floor ${GOALS.vsPandas.floor}×), exact` : '',
      peer: peerText(r.peers.pandas[s], (p) => `pandas groupby-sum ${rate(p.rowsPerSecond)}`),
      ratio: core && pandas ? `${ratio(core.rowsPerSecond / pandas.rowsPerSecond)} pandas` : '–',
      result: headlineRow ? result('core.vsPandas') : '',
    });
  }
  const core = ok(r.core.bySize[n]);
  for (const s of r.sizes) {
    const nv = r.naiveDecimal.bySize[s];
    const naive = ok(nv);
    const c = ok(r.core.bySize[s]);
    rows.push({
      measure: `Plain decimal.js per cell, same computation, ${rowsLabel(s)} rows`,
      value: naive ? `${rate(naive.rowsPerSecond)} (${secs(naive.seconds)})` : err(nv),
      goal: '(what the representation buys)',
      peer: '',
      ratio: naive && c ? `core ${ratio(c.rowsPerSecond / naive.rowsPerSecond)} decimal.js` : '–',
      result: '',
    });
  }
  rows.push({
    measure: `Core peak memory, ${rowsLabel(n)} rows (process peak RSS: node + input + computation)`,
    value: core
      ? `${num(core.memory.peakRssMB)} MB (input ${num(core.memory.inputRssMB)} MB + computation ${num(core.memory.computeMB)} MB)`
      : err(r.core.bySize[n]),
    goal: `≤ ${GOALS.peakMB} MB`,
    peer: '',
    ratio: '',
    result: result('core.peakMB'),
  });
  if (core)
    rows.push({
      measure: `reconcileSheets (adds goals, fees, output sheets), ${rowsLabel(n)} rows`,
      value: core.reconcileSeconds === null ? `FAILED: ${core.reconcileError}` : secs(core.reconcileSeconds),
      goal: '(information)',
      peer: '',
      ratio: '',
      result: '',
    });
  for (const [path, o, id] of [
    ['join', r.join, 'join.exact'],
    ['ytd', r.ytd, 'ytd.exact'],
  ] as const) {
    const v = ok(o);
    rows.push({
      measure: `${path === 'join' ? 'Join' : 'Year so far'}: analyseWorkbook, ${pathLabel(path, v)} (median of ${v?.runs.length ?? '?'} warm runs)`,
      value: v
        ? `${rate(v.rowsPerSecond)} (${secs(v.seconds)}), peak ${num(v.peakRssMB)} MB (input ${num(v.inputRssMB)} MB)${v.exact.ok ? ', exact' : ', NOT EXACT'}`
        : err(o),
      goal: 'exact to the öre',
      peer: '',
      ratio: '',
      result: result(id),
    });
  }

  const cli = ok(r.cli);
  const hledger = peerOk(r.peers.hledger);
  const openpyxl = peerOk(r.peers.openpyxl);
  rows.push({
    measure: `Command line end to end, ${cli ? rowsLabel(cli.rows) : '100 k'} rows .xlsx (read, compute, write .xlsx + JSON; wall clock, median of ${cli?.runs.length ?? 3})`,
    value: cli ? secs(cli.seconds) : err(r.cli),
    goal: `≥ ${GOALS.vsOpenpyxl.target}× openpyxl read (floor ${GOALS.vsOpenpyxl.floor}×)`,
    peer: peerText(r.peers.openpyxl, (p) => `openpyxl read-only read ${secs(p.seconds)}`),
    ratio: cli && openpyxl ? `${ratio(openpyxl.seconds / cli.seconds)} openpyxl` : '–',
    result: result('cli.vsOpenpyxl'),
  });
  rows.push({
    measure: 'Own package reader alone (src/xlsx, what the command line reads with), same file (wall clock, same node start-up)',
    value: cli ? `${secs(cli.readOnlySeconds)} (node start-up ${secs(cli.nodeStartSeconds)}); command line ${ratio(cli.ratioToRead)} the read` : err(r.cli),
    goal: '(reference)',
    peer: peerText(r.peers.openpyxl, (p) => `openpyxl ${secs(p.seconds)}`),
    ratio: cli && openpyxl ? `${ratio(openpyxl.seconds / cli.readOnlySeconds)} openpyxl` : '–',
    result: '',
  });
  if (r.cliLarge) {
    const large = ok(r.cliLarge);
    rows.push({
      measure: `Command line end to end, ${large ? rowsLabel(large.rows) : '1 M'} rows .xlsx (one run, wall clock; peak RSS of the process)`,
      value: large ? `${secs(large.seconds)}, peak ${mb(large.peakRssMB)} (${mb(large.fileMB)} .xlsx)` : err(r.cliLarge),
      goal: '(information)',
      peer: '',
      ratio: large && cli ? `${ratio(large.seconds / cli.seconds)} the ${rowsLabel(cli.rows)} time for ${ratio(large.rows / cli.rows)} the rows` : '–',
      result: '',
    });
  }
  if (cli)
    rows.push({
      measure: 'ExcelJS read alone, same file (one run; a devDependency, no longer what the command line reads with)',
      value: cli.excelJsReadSeconds === null || cli.excelJsReadSeconds === undefined ? 'failed' : secs(cli.excelJsReadSeconds),
      goal: '(information)',
      peer: '',
      ratio: cli.excelJsReadSeconds ? `own reader ${ratio(cli.excelJsReadSeconds / cli.readOnlySeconds)} ExcelJS` : '–',
      result: '',
    });
  rows.push({
    measure: `hledger balance --budget -Y on the same ${hledger ? rowsLabel(hledger.rows) : '100 k'} rows as a journal, vs the command line`,
    value: cli ? `ours ${secs(cli.seconds)}` : err(r.cli),
    goal: '(peer)',
    peer: peerText(r.peers.hledger, (p) => `hledger ${secs(p.seconds)} (${rate(p.rowsPerSecond)})`),
    ratio: cli && hledger ? `${ratio(hledger.seconds / cli.seconds)} hledger` : '–',
    result: '',
  });

  for (const s of r.sizes) {
    const e = ok(r.excel.bySize[s]);
    rows.push({
      measure: `Excel adapter (fake host), ${rowsLabel(s)} rows: payload syncs read / write (all syncs; refused), bytes, largest sync`,
      value: e
        ? `${e.read.payloadSyncs} / ${e.write.payloadSyncs} (${e.read.syncs} / ${e.write.syncs}; ${e.read.refusedSyncs + e.write.refusedSyncs} refused); ${num(e.read.bytes / 1024 / 1024, 1)} MB / ${num(e.write.bytes / 1024 / 1024, 1)} MB; max ${num(e.maxPayloadBytes / 1024 / 1024, 3)} MB`
        : err(r.excel.bySize[s]),
      goal: `(⌈payload / 5 MB⌉ = ${e ? `${e.read.minimumSyncs} / ${e.write.minimumSyncs}` : '?'})`,
      peer: '',
      ratio: '',
      result: s === n ? result('excel.syncs') : '',
    });
  }
  const b = ok(r.bundle);
  rows.push({
    measure: 'Task pane: what taskpane.html loads at start, gzip -9 (office.js from the CDN not counted)',
    value: b ? `${num(b.startGzipKiB, 1)} KiB (${b.start.map((f) => f.file).join(', ')}); lazy preview chunks ${num(b.lazyGzipKiB, 1)} KiB` : err(r.bundle),
    goal: `≤ ${GOALS.bundleKiB} KiB`,
    peer: '',
    ratio: '',
    result: result('bundle.startGzipKiB'),
  });
  const render = b?.render;
  rows.push({
    measure: 'Task pane: time to first render in headless Chromium (fake Excel host; median of 3, cold)',
    value:
      !b || !render
        ? err(r.bundle)
        : 'runs' in render
          ? `${num(render.firstRenderMs)} ms to the first element, ${num(render.readyMs)} ms to Sammanställ`
          : 'missing' in render
            ? `missing (${render.install})`
            : `failed: ${render.failed}`,
    goal: '(information)',
    peer: '',
    ratio: '',
    result: '',
  });
  return rows;
}

const escape = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdownTable(rows: GoalRow[]): string {
  const head = ['Measure', 'Value', 'Goal', 'Peer', 'Ratio (speed, ours / peer)', 'Result'];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${[r.measure, r.value, r.goal, r.peer, r.ratio, r.result].map(escape).join(' | ')} |`),
  ].join('\n');
}

/** The table for a terminal: fixed-width columns, long cells cut. */
export function plainTable(rows: GoalRow[]): string {
  const cols: (keyof GoalRow)[] = ['measure', 'value', 'goal', 'peer', 'ratio', 'result'];
  const widths = [58, 46, 24, 34, 20, 40];
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => cut(c.replace(/\*\*/g, ''), widths[i]))
      .join(' ')
      .trimEnd();
  return [
    line(['Measure', 'Value', 'Goal', 'Peer', 'Ratio ours/peer', 'Result']),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(cols.map((c) => r[c] ?? ''))),
  ].join('\n');
}

/** What the process held before its input: node and the code loaded. */
const baseline = (core: CoreSample) =>
  core.memory.baselineRssMB === undefined ? '' : `node and the code loaded hold ${num(core.memory.baselineRssMB)} MB before the input, `;

export function markdown(r: Results, goals: Goal[], rows: GoalRow[]): string {
  const m = r.machine;
  const misses = goals.filter((g) => g.met === false);
  const n = headline(r);
  const core = ok(r.core.bySize[n]);
  return `# Avstämning benchmark

${m.date} · ${m.cpu} (${m.cores} cores, ${num(m.memoryGB)} GB) · node ${m.node} · ${m.os} · \`${m.command}\`${m.quick ? ' · **quick mode: 10 k and 100 k rows only**' : ''}${m.loadAverage ? ` · load average ${load(m.loadAverage.start)} at the start${m.loadAverage.end ? `, ${load(m.loadAverage.end)} at the end` : ''} (1, 5, 15 min; above the core count means the machine was shared and every time is longer than it would be alone; the ratios were measured in the same run on the same data)` : ''}

Synthetic ledger (bench/generate.ts, seed ${m.seed}): a detail table \`Målområde | Konto | Budget | Utfall | Prognos\` in kronor
with öre, 8 goal areas, 300 line labels, a \`Summa\` row after each goal area and a \`Totalt\` row, a few lines without
budget or outcome, and a goal-area summary sheet with one deliberate 1 000 kr difference; sizes ${r.sizes.map(rowsLabel).join(', ')} rows.
Ratios are speeds, ours / peer: above 1× we are faster, below 1× the peer is.

${markdownTable(rows)}

## Goals (issue 18)

${goals.map((g) => `- **${g.goal}**: ${g.met === null ? 'not measured' : g.met ? 'met' : g.floorMet ? 'missed (floor met)' : 'missed'} — ${g.by}.${g.why ? ` ${g.why}` : ''}`).join('\n')}
${misses.length === 0 ? '\nEvery goal measured was met.\n' : ''}
## What the numbers mean

- **Core rows/s**: detail rows ÷ the median wall time of \`analyseWorkbook(sheets)\` (every deviation, rollup and check) on
  sheets already in memory, after one cold run; \`process.hrtime.bigint\`. *Exact* means the table total and every
  goal area equal the generator's BigInt sums to the öre, the Summa/Totalt rows give no control-total finding, and
  the cross-sheet check finds exactly the planted 1 000 kr.
- **core.peakMB**: the peak resident memory (getrusage maxRSS) of the child process that built the ${rowsLabel(n)}-row input
  and ran the computation once, cold: node itself, the input sheets and the computation's peak together. Also in
  results.json: \`core.inputMB\` (RSS with the input built and collected, before computing) and \`core.computeMB\`
  (peak − input: what the computation added).${core ? ` Here: ${num(core.memory.peakRssMB)} MB = ${num(core.memory.inputRssMB)} MB input + ${num(core.memory.computeMB)} MB computation; ${baseline(core)}measured in a child ${r.machine.children === 'tsx' ? 'run under tsx (its compile failed), whose loader adds some 35 MB' : 'compiled by tsc and run by plain node, as the product runs'}.` : ''}
  ${core && core.memory.peakRssMB <= core.memory.generationPeakRssMB + 1 ? "Note: the peak equals the peak while the input was generated, so the computation's own peak may be lower than shown." : ''}
- **Plain decimal.js**: bench/naive.ts, the same deviations, rollups and checks written straightforwardly with a
  \`new Decimal\` per amount; it knows the layout, so it skips the table finding the core does.
- **Join**: bench/paths.ts, a budget \`Konto | Benämning | Budget\` (codes as text, whole hundreds of kronor) on one
  sheet and a transaction list \`Datum | Ver.nr | Konto | Belopp | Text\` (codes as numbers, amounts to the öre) on
  another; one budgeted account has no transactions, one booked account no budget. *Exact* means it was joined on
  the account, both sides' totals and every account's budget and summed transactions equal the generator's
  BigInt sums. Rows/s are transactions ÷ the median warm \`analyseWorkbook\`; peak is the child's maxRSS.
- **Year so far**: the core's ledger at the headline size with \`Utfall jan–aug\` for \`Utfall\` and no summary
  sheet; *exact* means the period is through August, prorated, and the year budget, the outcome and the prorated
  budget (each line × 8 / 12 to the öre, half away from zero, then summed, in BigInt) equal the table's totals.
- **Command line**: \`node dist/cli/main.js in.xlsx --out … --json …\` as a child process, wall clock, median of 3;
  *own reader alone* is a child \`node -e\` that only does \`openXlsxFile(in)\` from dist/xlsx/files.js (the reader
  the command line uses: unzip, shared strings, styles, every cell to sheets). Both include node's start-up
  (shown), so does the openpyxl process (Python start-up and import included, its in-Python read time is in
  results.json). ExcelJS's \`readFile\` is timed once for information. Not with --quick, the command line runs once
  more on the 1 M-row workbook (one run, wall clock), in a node process that prints its own peak RSS when done
  (\`cli.large\` in results.json): how time and memory grow from 100 k rows.
- **Excel adapter**: the use case (src/reconcile.ts) over \`OfficeWorkbook\` on the fake Excel host, whose payload limit
  is Excel's 5 MB (5 × 1024 × 1024 bytes; it refuses a larger sync as Excel does, and the adapter reads that block
  again smaller). Read = the syncs before computing, write = those after; bytes are the JSON of everything sent
  and loaded, with each operation's action and object path as Office.js writes them into its request. *Payload
  syncs* are those that carried cell data (values, value types, number formats), refused ones included; the
  others only looked (sheet lists, used ranges, marks) or set formats.
- **Bundle**: a production build (webpack --mode production, to bench/out/web); start = the local scripts
  taskpane.html loads plus any local script Chromium fetched before the pane was ready; office.js (CDN) excluded;
  the ExcelJS chunk for the browser preview is lazy and reported apart. First render: from navigation start to the
  first element React puts in #root / the Sammanställ button, with the e2e tests' fake Excel host in place of office.js.
- **Peers**: pandas ${peerVersion(r.peers.pandas[n])} (Debian's /usr/bin/python3): the CSV loaded into a DataFrame (not timed), then
  per-line deviation + \`groupby('goal').sum()\` + totals, median of several runs, float64. openpyxl ${peerVersion(r.peers.openpyxl)}:
  \`load_workbook(read_only=True)\` and every row of the same .xlsx. hledger ${peerVersion(r.peers.hledger)}: \`balance --budget -Y\` on the
  same rows as a journal (each budget a \`~ yearly\` periodic transaction, each outcome a transaction; no forecast);
  it parses, computes and renders, so it is set against the command line.
`;
}

const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(' / ');

function peerVersion(p: PeerResult | undefined): string {
  const ok = peerOk(p);
  return ok && typeof ok.version === 'string' ? ok.version.replace(/^hledger\s*/, '').split(',')[0] : '';
}

/** results.json: the keys the issue names at the top, everything measured below them. */
export function json(r: Results, goals: Goal[]): unknown {
  const n = headline(r);
  const core = ok(r.core.bySize[n]);
  const naive = ok(r.naiveDecimal.bySize[n]);
  const cli = ok(r.cli);
  const excel = ok(r.excel.bySize[n]);
  const bundle = ok(r.bundle);
  const peer = (p: PeerResult | undefined) => {
    if (!p) return { missing: true, reason: 'not run' };
    if (p.missing) return p;
    if ('failed' in p && p.failed) return { failed: p.failed };
    return p;
  };
  const failedOf = <T>(o: Outcome<T> | undefined) => (o && !o.ok ? { failed: o.error } : {});
  const path = (o: Outcome<PathSample> | undefined) => {
    const v = ok(o);
    return v
      ? { rows: v.rows, rowsPerSecond: v.rowsPerSecond, seconds: v.seconds, peakMB: v.peakRssMB, inputMB: v.inputRssMB, exact: v.exact.ok, ...v.info }
      : failedOf(o);
  };
  return {
    machine: r.machine,
    rows: n,
    core: core
      ? {
          rows: n,
          rowsPerSecond: core.rowsPerSecond,
          seconds: core.seconds,
          cpuSeconds: core.cpuSeconds ?? null,
          peakMB: core.memory.peakRssMB,
          inputMB: core.memory.inputRssMB,
          computeMB: core.memory.computeMB,
          exact: core.exact.ok,
          reconcileSeconds: core.reconcileSeconds,
        }
      : { rows: n, ...failedOf(r.core.bySize[n]) },
    naiveDecimal: naive ? { rows: n, rowsPerSecond: naive.rowsPerSecond, seconds: naive.seconds } : { rows: n, ...failedOf(r.naiveDecimal.bySize[n]) },
    cli: cli
      ? {
          rows: cli.rows,
          seconds: cli.seconds,
          readOnlySeconds: cli.readOnlySeconds,
          readOnlyReader: 'own (dist/xlsx/files.js openXlsxFile)',
          excelJsReadSeconds: cli.excelJsReadSeconds ?? null,
          nodeStartSeconds: cli.nodeStartSeconds,
          ratioToRead: cli.ratioToRead,
          breakdown: ok(r.cliBreakdown),
          large: r.cliLarge ? (ok(r.cliLarge) ?? failedOf(r.cliLarge)) : null,
        }
      : failedOf(r.cli),
    join: path(r.join),
    ytd: path(r.ytd),
    excel: excel
      ? {
          rows: n,
          readSyncs: excel.read.syncs,
          writeSyncs: excel.write.syncs,
          readPayloadSyncs: excel.read.payloadSyncs,
          writePayloadSyncs: excel.write.payloadSyncs,
          refusedSyncs: excel.read.refusedSyncs + excel.write.refusedSyncs,
          maxPayloadBytes: excel.maxPayloadBytes,
          readBytes: excel.read.bytes,
          writeBytes: excel.write.bytes,
        }
      : { rows: n, ...failedOf(r.excel.bySize[n]) },
    bundle: bundle
      ? {
          startGzipKiB: bundle.startGzipKiB,
          startFiles: bundle.start,
          lazyGzipKiB: bundle.lazyGzipKiB,
          lazyFiles: bundle.lazy,
          firstRenderMs: bundle.render && 'runs' in bundle.render ? bundle.render.firstRenderMs : null,
          readyMs: bundle.render && 'runs' in bundle.render ? bundle.render.readyMs : null,
          render: bundle.render && 'runs' in bundle.render ? undefined : bundle.render,
        }
      : failedOf(r.bundle),
    peers: { pandas: peer(r.peers.pandas[n]), openpyxl: peer(r.peers.openpyxl), hledger: peer(r.peers.hledger) },
    goals,
    detail: r,
  };
}
