/**
 * The report: one table (measure, value, goal, peer, ratio, result), printed and written to bench/results.md,
 * and every number to bench/results.json. Ratios are speeds, ours / peer: above 1 we are faster, below 1 the
 * peer is (for times, that is the peer's seconds over ours). A missing peer is never a number.
 */
import type { BundleSample } from './bundle';
import type { CliBreakdown, CliSample } from './cli';
import type { CoreSample } from './core';
import type { ExcelSample } from './excel';
import type { NaiveSample } from './naive';
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
}

export interface Results {
  machine: Machine;
  sizes: number[];
  core: { bySize: Record<string, Outcome<CoreSample>> };
  naiveDecimal: { bySize: Record<string, Outcome<NaiveSample>> };
  cli: Outcome<CliSample>;
  /** The command line's steps timed in one process, to say where its time goes. */
  cliBreakdown: Outcome<CliBreakdown>;
  excel: { bySize: Record<string, Outcome<ExcelSample>> };
  bundle: Outcome<BundleSample>;
  peers: { pandas: Record<string, PeerResult>; openpyxl: PeerResult; hledger: PeerResult };
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
  value: number | null;
  target: number | null;
  /** e.g. "missed by 4.6× (needs 9.1× faster)" */
  by: string;
  why?: string;
}

const num = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }).replace(/,/g, '\u202f');
const rate = (x: number) => (x >= 1e6 ? `${num(x / 1e6, 2)} M rows/s` : `${num(x / 1e3, 0)} k rows/s`);
const secs = (x: number) => `${num(x, x < 1 ? 3 : 2)} s`;
const ratio = (x: number) => `${num(x, x < 10 ? 2 : 1)}×`;
const rowsLabel = (n: number) => (n >= 1e6 ? `${n / 1e6} M` : `${n / 1e3} k`);
const ok = <T>(o: Outcome<T> | undefined): T | null => (o && o.ok ? o.value : null);
const err = <T>(o: Outcome<T> | undefined): string => (!o ? 'not run' : o.ok ? '' : `FAILED: ${o.error}`);
const peerOk = (p: PeerResult | undefined): PeerNumbers | null => (p && !p.missing && !('failed' in p && p.failed) ? (p as PeerNumbers) : null);
const peerText = (p: PeerResult | undefined, value: (x: NonNullable<ReturnType<typeof peerOk>>) => string): string => {
  if (!p) return 'not run';
  if (p.missing) return `missing (${p.install})`;
  if ('failed' in p && p.failed) return `failed: ${p.failed}`;
  return value(peerOk(p)!);
};
const met = (m: boolean | null, by: string) => (m === null ? `not measured (${by.replace(/^not measured: /, '')})` : m ? `met (${by})` : `**missed** (${by})`);

/** The headline size: one million rows in a full run, the largest run otherwise. */
export function headline(r: Results): number {
  return Math.max(...r.sizes);
}

export function goalsOf(r: Results): Goal[] {
  const n = headline(r);
  const core = ok(r.core.bySize[n]);
  const naive = ok(r.naiveDecimal.bySize[n]);
  const cli = ok(r.cli);
  const pandas = peerOk(r.peers.pandas[n]);
  const openpyxl = peerOk(r.peers.openpyxl);
  const excelAll = r.sizes.map((s) => ok(r.excel.bySize[s]));
  const bundle = ok(r.bundle);
  const goals: Goal[] = [];

  if (core) {
    const target = 5e6;
    const slower = target / core.rowsPerSecond;
    const naiveNote = naive ? ` Plain decimal.js per cell runs at ${rate(naive.rowsPerSecond)} (${ratio(core.rowsPerSecond / naive.rowsPerSecond)} slower than the core).` : '';
    goals.push({
      id: 'core.rowsPerSecond',
      goal: `core ≥ 5 M rows/s exact (${rowsLabel(n)} rows)`,
      met: core.rowsPerSecond >= target && core.exact.ok,
      value: core.rowsPerSecond,
      target,
      by: core.rowsPerSecond >= target ? `${ratio(core.rowsPerSecond / target)} the goal` : `needs ${ratio(slower)} faster`,
      why:
        core.rowsPerSecond >= target
          ? undefined
          : `analyseWorkbook does more per row than a group-sum: it finds the tables by their headers, reads and classifies every row (item, total, header), builds a line object with deviation, forecast deviation and accuracy and a flag for each, sums per goal area, matches each Summa row against the readings of what it covers, and runs the cross-sheet and unmapped checks; a warm run takes ${secs(core.seconds)} for ${num(n)} rows.${naiveNote}`,
    });
    const peak = core.memory.peakRssMB;
    goals.push({
      id: 'core.peakMB',
      goal: `core ≤ 300 MB at ${rowsLabel(n)} rows`,
      met: peak <= 300,
      value: peak,
      target: 300,
      by: peak <= 300 ? `${num(300 - peak)} MB to spare` : `over by ${num(peak - 300)} MB (${ratio(peak / 300)})`,
      why:
        peak <= 300
          ? undefined
          : `peak RSS of the whole process: the input sheets alone hold ${num(core.memory.inputRssMB)} MB RSS (node itself ≈ 40 MB; ${num(n)} rows as JS arrays of cells), and the computation adds ${num(core.memory.computeMB)} MB at its peak; its result (one line object per row) keeps ${num(core.memory.resultHeapMB)} MB of heap alive.`,
    });
    if (pandas) {
      const x = core.rowsPerSecond / pandas.rowsPerSecond;
      goals.push({
        id: 'core.vsPandas',
        goal: `core at least as fast as pandas groupby on the same in-memory data, exact to the öre (${rowsLabel(n)} rows)`,
        met: x >= 1 && core.exact.ok,
        value: x,
        target: 1,
        by: x >= 1 ? `${ratio(x)} pandas` : `pandas is ${ratio(1 / x)} faster`,
        why:
          x >= 1
            ? undefined
            : `pandas' groupby-sum is a vectorised C loop over float64 columns (not exact: its total budget is off by ${String(pandas.floatErrorKr)} kr before rounding); the core does the whole reconciliation per row (see the rows/s note) in exact integer öre.`,
      });
    }
  }
  if (cli) {
    const limit = 1.5 * cli.readOnlySeconds;
    const b = ok(r.cliBreakdown);
    const steps = b
      ? `In one process the steps take: reading (ExcelJS load and cells to sheets) ${secs(b.openSeconds + b.readSheetsSeconds)}, reconcileSheets ${secs(b.computeSeconds)}, the output sheets as worksheet XML in the package ${secs(b.writeSheetsSeconds)} (${Object.entries(b.outputRows).map(([k, v]) => `${k} ${num(v)} rows`).join(', ')}), compressing and writing the .xlsx ${secs(b.saveSeconds)}, JSON ${secs(b.jsonSeconds)}.`
      : `(no breakdown: ${err(r.cliBreakdown)})`;
    // The read is the reference itself; what counts against the goal is the work after it.
    const after = b ? Object.entries({ 'the output sheets as worksheet XML': b.writeSheetsSeconds, 'the JSON': b.jsonSeconds, 'compressing and writing the .xlsx': b.saveSeconds, 'the computation': b.computeSeconds }).sort((x, y) => y[1] - x[1]) : [];
    const slowest = after.length ? [`${after[0][0]} (${secs(after[0][1])} of ${secs(after.reduce((n, [, v]) => n + v, 0))} after the read, which is the reference itself)`] : null;
    goals.push({
      id: 'cli.vsRead',
      goal: 'command line on 100 k rows ≤ 1.5 × ExcelJS read alone',
      met: cli.seconds <= limit,
      value: cli.ratioToRead,
      target: 1.5,
      by: cli.seconds <= limit ? `${num(cli.ratioToRead, 2)}× the read` : `${num(cli.ratioToRead, 2)}× the read, ${secs(cli.seconds - limit)} over`,
      why: cli.seconds <= limit ? steps : `${steps}${slowest ? ` The largest step after reading is ${slowest[0]}.` : ''}`,
    });
    if (openpyxl) {
      const x = openpyxl.seconds / cli.seconds;
      goals.push({
        id: 'cli.vsOpenpyxl',
        goal: "command line faster than openpyxl's read-only read (100 k rows)",
        met: x > 1,
        value: x,
        target: 1,
        by: x > 1 ? `${ratio(x)} openpyxl` : `openpyxl is ${ratio(1 / x)} faster`,
        why: x > 1 ? undefined : `openpyxl only reads (${secs(openpyxl.seconds)}); ExcelJS's read alone takes ${secs(cli.readOnlySeconds)}, so the command line loses on what it does after reading (see the previous goal).`,
      });
    }
  }
  const excelN = excelAll.filter((e): e is ExcelSample => e !== null);
  const excelFailed = r.sizes.filter((s) => !ok(r.excel.bySize[s]));
  if (excelFailed.length) {
    goals.push({ id: 'excel.syncs', goal: 'constant syncs: chunks only past 5 MB, no sync above 5 MB', met: null, value: null, target: 5 * 1024 * 1024, by: `not measured at ${excelFailed.map(rowsLabel).join(', ')} rows: ${err(r.excel.bySize[excelFailed[0]])}` });
  } else if (excelN.length) {
    const base = excelN[0];
    const worst = Math.max(...excelN.map((e) => e.maxPayloadBytes));
    const excess = excelN.map((e) => ({
      rows: e.rows,
      read: e.read.syncs - base.read.syncs - (e.read.minimumSyncs - base.read.minimumSyncs),
      write: e.write.syncs - base.write.syncs - (e.write.minimumSyncs - base.write.minimumSyncs),
    }));
    const extra = Math.max(...excess.map((e) => Math.max(e.read, e.write)));
    const under = worst <= 5 * 1024 * 1024;
    goals.push({
      id: 'excel.syncs',
      goal: 'constant syncs: chunks only past 5 MB, no sync above 5 MB',
      met: under && extra <= 0,
      value: worst,
      target: 5 * 1024 * 1024,
      by: `largest sync ${num(worst / 1024 / 1024, 2)} MB; ${extra <= 0 ? 'no sync beyond what 5 MB chunks need' : `up to ${extra} sync${extra === 1 ? '' : 's'} more than 5 MB chunks would need`}`,
      why:
        extra <= 0
          ? undefined
          : `the adapter cuts its blocks at 4 000 000 bytes (DEFAULT_LIMITS.maxBytes in src/excel/blocks.ts), a margin under Excel's 5 MB, and sizes read blocks on an estimate of 40 bytes a cell; so a payload of P bytes takes ⌈P / 4 MB⌉ syncs, not ⌈P / 5 MB⌉. Per size (extra syncs read/write): ${excess.map((e) => `${rowsLabel(e.rows)} ${e.read}/${e.write}`).join(', ')}.`,
    });
  }
  if (bundle) {
    goals.push({
      id: 'bundle.startGzipKiB',
      goal: 'start bundle ≤ 200 KiB gzip',
      met: bundle.startGzipKiB <= 200,
      value: bundle.startGzipKiB,
      target: 200,
      by: bundle.startGzipKiB <= 200 ? `${num(200 - bundle.startGzipKiB, 1)} KiB to spare` : `over by ${num(bundle.startGzipKiB - 200, 1)} KiB`,
    });
  }
  // A goal whose numbers are missing is listed as not measured, with why.
  const notMeasured: [string, string, string][] = [
    ['core.rowsPerSecond', `core ≥ 5 M rows/s exact (${rowsLabel(n)} rows)`, err(r.core.bySize[n])],
    ['core.peakMB', `core ≤ 300 MB at ${rowsLabel(n)} rows`, err(r.core.bySize[n])],
    ['core.vsPandas', `core at least as fast as pandas groupby on the same in-memory data, exact to the öre (${rowsLabel(n)} rows)`, core ? peerText(r.peers.pandas[n], () => '') : err(r.core.bySize[n])],
    ['cli.vsRead', 'command line on 100 k rows ≤ 1.5 × ExcelJS read alone', err(r.cli)],
    ['cli.vsOpenpyxl', "command line faster than openpyxl's read-only read (100 k rows)", cli ? peerText(r.peers.openpyxl, () => '') : err(r.cli)],
    ['bundle.startGzipKiB', 'start bundle ≤ 200 KiB gzip', err(r.bundle)],
  ];
  for (const [id, goal, why] of notMeasured)
    if (!goals.some((g) => g.id === id)) goals.push({ id, goal, met: null, value: null, target: null, by: `not measured: ${why}` });
  return goals;
}

export function tableRows(r: Results, goals: Goal[]): GoalRow[] {
  const n = headline(r);
  const goal = (id: string) => goals.find((g) => g.id === id);
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
      goal: headlineRow ? '≥ 5 M rows/s, exact' : '',
      peer: peerText(r.peers.pandas[s], (p) => `pandas groupby-sum ${rate(p.rowsPerSecond)}`),
      ratio: core && pandas ? `${ratio(core.rowsPerSecond / pandas.rowsPerSecond)} pandas` : '–',
      result: headlineRow && goal('core.rowsPerSecond') ? met(goal('core.rowsPerSecond')!.met, goal('core.rowsPerSecond')!.by) : '',
    });
  }
  const core = ok(r.core.bySize[n]);
  const vsPandas = goal('core.vsPandas');
  if (vsPandas) rows.push({ measure: `Core vs pandas groupby, same data (${rowsLabel(n)} rows)`, value: core?.exact.ok ? 'exact to the öre' : 'not exact', goal: '≥ pandas, exact', peer: peerText(r.peers.pandas[n], (p) => `float64, total off by ${String(p.floatErrorKr)} kr`), ratio: `${ratio(vsPandas.value!)} pandas`, result: met(vsPandas.met, vsPandas.by) });
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
  const peakGoal = goal('core.peakMB');
  rows.push({
    measure: `Core peak memory, ${rowsLabel(n)} rows (process peak RSS: node + input + computation)`,
    value: core ? `${num(core.memory.peakRssMB)} MB (input ${num(core.memory.inputRssMB)} MB + computation ${num(core.memory.computeMB)} MB)` : err(r.core.bySize[n]),
    goal: '≤ 300 MB',
    peer: '',
    ratio: '',
    result: peakGoal ? met(peakGoal.met, peakGoal.by) : '',
  });
  if (core) rows.push({ measure: `reconcileSheets (adds goals, fees, output sheets), ${rowsLabel(n)} rows`, value: core.reconcileSeconds === null ? `FAILED: ${core.reconcileError}` : secs(core.reconcileSeconds), goal: '(information)', peer: '', ratio: '', result: '' });

  const cli = ok(r.cli);
  const hledger = peerOk(r.peers.hledger);
  const openpyxl = peerOk(r.peers.openpyxl);
  const vsRead = goal('cli.vsRead');
  const vsOpenpyxl = goal('cli.vsOpenpyxl');
  rows.push({
    measure: `Command line end to end, ${cli ? rowsLabel(cli.rows) : '100 k'} rows .xlsx (read, compute, write .xlsx + JSON; wall clock, median of ${cli?.runs.length ?? 3})`,
    value: cli ? secs(cli.seconds) : err(r.cli),
    goal: '≤ 1.5 × ExcelJS read alone; < openpyxl read',
    peer: peerText(r.peers.openpyxl, (p) => `openpyxl read-only read ${secs(p.seconds)}`),
    ratio: cli && openpyxl ? `${ratio(openpyxl.seconds / cli.seconds)} openpyxl` : '–',
    result: [vsRead && met(vsRead.met, vsRead.by), vsOpenpyxl && met(vsOpenpyxl.met, vsOpenpyxl.by)].filter(Boolean).join('; '),
  });
  rows.push({ measure: 'ExcelJS read alone, same file (wall clock, same node start-up)', value: cli ? `${secs(cli.readOnlySeconds)} (node start-up ${secs(cli.nodeStartSeconds)})` : err(r.cli), goal: '(reference)', peer: peerText(r.peers.openpyxl, (p) => `openpyxl ${secs(p.seconds)}`), ratio: cli && openpyxl ? `${ratio(openpyxl.seconds / cli.readOnlySeconds)} openpyxl` : '–', result: '' });
  rows.push({
    measure: `hledger balance --budget -Y on the same ${hledger ? rowsLabel(hledger.rows) : '100 k'} rows as a journal, vs the command line`,
    value: cli ? `ours ${secs(cli.seconds)}` : err(r.cli),
    goal: '(peer)',
    peer: peerText(r.peers.hledger, (p) => `hledger ${secs(p.seconds)} (${rate(p.rowsPerSecond)})`),
    ratio: cli && hledger ? `${ratio(hledger.seconds / cli.seconds)} hledger` : '–',
    result: '',
  });

  const syncGoal = goal('excel.syncs');
  for (const s of r.sizes) {
    const e = ok(r.excel.bySize[s]);
    rows.push({
      measure: `Excel adapter (fake host), ${rowsLabel(s)} rows: syncs read / write, bytes, largest sync`,
      value: e ? `${e.read.syncs} / ${e.write.syncs} syncs; ${num(e.read.bytes / 1024 / 1024, 1)} MB / ${num(e.write.bytes / 1024 / 1024, 1)} MB; max ${num(e.maxPayloadBytes / 1024 / 1024, 2)} MB` : err(r.excel.bySize[s]),
      goal: s === n ? 'constant; chunks only past 5 MB; ≤ 5 MB each' : `(5 MB chunks need ${e ? `${e.read.minimumSyncs} / ${e.write.minimumSyncs}` : '?'} payload syncs)`,
      peer: '',
      ratio: '',
      result: s === n && syncGoal ? met(syncGoal.met, syncGoal.by) : '',
    });
  }
  const b = ok(r.bundle);
  const bundleGoal = goal('bundle.startGzipKiB');
  rows.push({
    measure: 'Task pane: what taskpane.html loads at start, gzip -9 (office.js from the CDN not counted)',
    value: b ? `${num(b.startGzipKiB, 1)} KiB (${b.start.map((f) => f.file).join(', ')}); lazy preview chunks ${num(b.lazyGzipKiB, 1)} KiB` : err(r.bundle),
    goal: '≤ 200 KiB',
    peer: '',
    ratio: '',
    result: bundleGoal ? met(bundleGoal.met, bundleGoal.by) : '',
  });
  const render = b?.render;
  rows.push({
    measure: 'Task pane: time to first render in headless Chromium (fake Excel host; median of 3, cold)',
    value: !b ? err(r.bundle) : render && 'runs' in render ? `${num(render.firstRenderMs)} ms to the first element, ${num(render.readyMs)} ms to Sammanställ` : render && 'missing' in render ? `missing (${render.install})` : `failed: ${(render as { failed: string }).failed}`,
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
  const line = (cells: string[]) => cells.map((c, i) => cut(c.replace(/\*\*/g, ''), widths[i])).join(' ').trimEnd();
  return [line(['Measure', 'Value', 'Goal', 'Peer', 'Ratio ours/peer', 'Result']), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => r[c] ?? '')))].join('\n');
}

export function markdown(r: Results, goals: Goal[], rows: GoalRow[]): string {
  const m = r.machine;
  const misses = goals.filter((g) => g.met === false);
  const n = headline(r);
  const core = ok(r.core.bySize[n]);
  return `# Avstämning benchmark

${m.date} · ${m.cpu} (${m.cores} cores, ${num(m.memoryGB)} GB) · node ${m.node} · ${m.os} · \`${m.command}\`${m.quick ? ' · **quick mode: 10 k and 100 k rows only**' : ''}

Synthetic ledger (bench/generate.ts, seed ${m.seed}): a detail table \`Målområde | Konto | Budget | Utfall | Prognos\` in kronor
with öre, 8 goal areas, 300 line labels, a \`Summa\` row after each goal area and a \`Totalt\` row, a few lines without
budget or outcome, and a goal-area summary sheet with one deliberate 1 000 kr difference; sizes ${r.sizes.map(rowsLabel).join(', ')} rows.
Ratios are speeds, ours / peer: above 1× we are faster, below 1× the peer is.

${markdownTable(rows)}

## Goals

${goals.map((g) => `- **${g.goal}**: ${g.met === null ? 'not measured' : g.met ? 'met' : 'missed'} — ${g.by}.${g.why ? ` ${g.why}` : ''}`).join('\n')}
${misses.length === 0 ? '\nEvery goal measured was met.\n' : ''}
## What the numbers mean

- **Core rows/s**: detail rows ÷ the median wall time of \`analyseWorkbook(sheets)\` (every deviation, rollup and check) on
  sheets already in memory, after one cold run; \`process.hrtime.bigint\`. *Exact* means the table total and every
  goal area equal the generator's BigInt sums to the öre, the Summa/Totalt rows give no control-total finding, and
  the cross-sheet check finds exactly the planted 1 000 kr.
- **core.peakMB**: the peak resident memory (getrusage maxRSS) of the child process that built the ${rowsLabel(n)}-row input
  and ran the computation once, cold: node itself, the input sheets and the computation's peak together. Also in
  results.json: \`core.inputMB\` (RSS with the input built and collected, before computing) and \`core.computeMB\`
  (peak − input: what the computation added).${core ? ` Here: ${num(core.memory.peakRssMB)} MB = ${num(core.memory.inputRssMB)} MB input + ${num(core.memory.computeMB)} MB computation.` : ''}
  ${core && core.memory.peakRssMB <= core.memory.generationPeakRssMB + 1 ? 'Note: the peak equals the peak while the input was generated, so the computation\'s own peak may be lower than shown.' : ''}
- **Plain decimal.js**: bench/naive.ts, the same deviations, rollups and checks written straightforwardly with a
  \`new Decimal\` per amount; it knows the layout, so it skips the table finding the core does.
- **Command line**: \`node dist/cli/main.js in.xlsx --out … --json …\` as a child process, wall clock, median of 3;
  *ExcelJS read alone* is a child \`node -e\` that only does \`new ExcelJS.Workbook().xlsx.readFile(in)\`. Both include
  node's start-up (shown), so does the openpyxl process (Python start-up and import included, its in-Python read
  time is in results.json).
- **Excel adapter**: the use case (src/reconcile.ts) over \`OfficeWorkbook\` on the fake Excel host, whose payload limit
  is Excel's 5 MB (5 × 1024 × 1024 bytes; a larger sync would fail the step). Read = the syncs before computing,
  write = those after; bytes are the JSON of everything sent and loaded.
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
  return {
    machine: r.machine,
    rows: n,
    core: core
      ? { rows: n, rowsPerSecond: core.rowsPerSecond, seconds: core.seconds, peakMB: core.memory.peakRssMB, inputMB: core.memory.inputRssMB, computeMB: core.memory.computeMB, exact: core.exact.ok, reconcileSeconds: core.reconcileSeconds }
      : { rows: n, ...failedOf(r.core.bySize[n]) },
    naiveDecimal: naive ? { rows: n, rowsPerSecond: naive.rowsPerSecond, seconds: naive.seconds } : { rows: n, ...failedOf(r.naiveDecimal.bySize[n]) },
    cli: cli ? { rows: cli.rows, seconds: cli.seconds, readOnlySeconds: cli.readOnlySeconds, nodeStartSeconds: cli.nodeStartSeconds, ratioToRead: cli.ratioToRead, breakdown: ok(r.cliBreakdown) } : failedOf(r.cli),
    excel: excel
      ? { rows: n, readSyncs: excel.read.syncs, writeSyncs: excel.write.syncs, maxPayloadBytes: excel.maxPayloadBytes, readBytes: excel.read.bytes, writeBytes: excel.write.bytes }
      : { rows: n, ...failedOf(r.excel.bySize[n]) },
    bundle: bundle
      ? {
          startGzipKiB: bundle.startGzipKiB,
          startFiles: bundle.start,
          lazyGzipKiB: bundle.lazyGzipKiB,
          lazyFiles: bundle.lazy,
          firstRenderMs: 'runs' in bundle.render ? bundle.render.firstRenderMs : null,
          readyMs: 'runs' in bundle.render ? bundle.render.readyMs : null,
          render: 'runs' in bundle.render ? undefined : bundle.render,
        }
      : failedOf(r.bundle),
    peers: { pandas: peer(r.peers.pandas[n]), openpyxl: peer(r.peers.openpyxl), hledger: peer(r.peers.hledger) },
    goals,
    detail: r,
  };
}
