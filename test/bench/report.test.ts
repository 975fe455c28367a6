/**
 * The bench's report on what a run can leave behind: steps failed or skipped, peers missing or failed, numbers
 * absent. It must print every case in words (a missing peer as missing, with its install command) and never
 * throw. No timing here: the numbers below are made up to exercise the report, not measured.
 */
import type { CliSample } from '../../bench/cli';
import type { CoreSample } from '../../bench/core';
import type { ExcelSample } from '../../bench/excel';
import type { PathSample } from '../../bench/paths';
import type { PeerNumbers, PeerResult } from '../../bench/peers';
import { Results, goalsOf, json, markdown, notRunYet, plainTable, tableRows } from '../../bench/report';

const SIZES = [10_000, 100_000];
const failed = { ok: false as const, error: 'exit 1: Error: boom' };
const skipped = { ok: false as const, error: 'skipped (--skip)' };
const missingPandas: PeerResult = { missing: true, install: 'apt-get install -y python3-pandas', reason: '/nonexistent not found' };
const missingOpenpyxl: PeerResult = { missing: true, install: 'apt-get install -y python3-openpyxl', reason: '/nonexistent not found' };
const missingHledger: PeerResult = { missing: true, install: 'apt-get install -y hledger', reason: '/nonexistent cannot be run' };

function base(): Results {
  const machine = {
    date: '2026-12-07T00:00:00.000Z',
    cpu: 'test CPU',
    cores: 2,
    memoryGB: 8,
    node: 'v20',
    os: 'Linux',
    command: 'npm run bench -- --quick',
    quick: true,
    seed: 1,
    loadAverage: { start: [3, 2, 1] },
  };
  return notRunYet(machine, SIZES);
}

const coreSample = (rows: number, rowsPerSecond: number, exact = true): CoreSample => ({
  rows,
  coldSeconds: 1,
  seconds: rows / rowsPerSecond,
  runs: [rows / rowsPerSecond],
  rowsPerSecond,
  reconcileSeconds: null,
  reconcileError: 'exit 1',
  memory: { inputRssMB: 100, peakRssMB: 350, computeMB: 250, generationPeakRssMB: 120, resultHeapMB: 80 },
  checks: 9,
  exact: { ok: exact, details: exact ? [] : ['total budget: 1 öre, expected 2'] },
});
const pandasAt = (rows: number, rowsPerSecond: number): PeerNumbers => ({
  rows,
  seconds: rows / rowsPerSecond,
  rowsPerSecond,
  version: '1.5.3',
  floatErrorKr: '0.0000036',
});
const cliSample: CliSample = {
  rows: 100_000,
  fileMB: 4,
  seconds: 1.5,
  runs: [1.5],
  readOnlySeconds: 0.8,
  readOnlyRuns: [0.8],
  excelJsReadSeconds: null,
  nodeStartSeconds: 0.05,
  ratioToRead: 1.9,
  exitCode: 0,
};
/** Read and write each `mb` megabytes in `readSyncs` / `writeSyncs` payload syncs, two more syncs that only looked. */
const excelSample = (rows: number, readSyncs: number, writeSyncs: number, mb: number, refusedSyncs = 0): ExcelSample => ({
  rows,
  read: {
    syncs: readSyncs + 2,
    payloadSyncs: readSyncs,
    refusedSyncs,
    bytes: mb * 1024 * 1024,
    maxPayloadBytes: 3e6,
    minimumSyncs: Math.max(1, Math.ceil(mb / 5)),
  },
  write: {
    syncs: writeSyncs + 2,
    payloadSyncs: writeSyncs,
    refusedSyncs: 0,
    bytes: mb * 1024 * 1024,
    maxPayloadBytes: 4e6,
    minimumSyncs: Math.max(1, Math.ceil(mb / 5)),
  },
  maxPayloadBytes: 4e6,
  sheetsWritten: ['Avvikelser'],
  seconds: 1,
});
const pathSample = (rows: number, exact: boolean): PathSample => ({
  rows,
  coldSeconds: 1,
  seconds: 0.5,
  runs: [0.5],
  rowsPerSecond: rows / 0.5,
  peakRssMB: 200,
  inputRssMB: 150,
  exact: { ok: exact, details: exact ? [] : ['budget total 1 öre, expected 2'] },
  info: { key: 'account', budgetAccounts: 2000, through: 8 },
});

/** Every report function on one run's results; returns the texts, having thrown nothing. */
function report(r: Results) {
  const goals = goalsOf(r);
  const rows = tableRows(r, goals);
  const md = markdown(r, goals, rows);
  const table = plainTable(rows);
  const data = JSON.stringify(json(r, goals));
  return { goals, rows, md, table, data };
}

const goalOf = (r: ReturnType<typeof report>, id: string) => {
  const g = r.goals.find((x) => x.id === id);
  if (!g) throw new Error(`no goal ${id}`);
  return g;
};

describe('bench report', () => {
  it('reports a run where every step failed or was skipped, with no peer run, without throwing', () => {
    const r = base();
    for (const n of SIZES) {
      r.core.bySize[n] = failed;
      r.naiveDecimal.bySize[n] = skipped;
      r.excel.bySize[n] = failed;
    }
    r.cli = failed;
    r.cliBreakdown = skipped;
    r.bundle = skipped;
    r.join = failed;
    r.ytd = skipped;
    const out = report(r);
    for (const id of ['core.vsPandas', 'core.peakMB', 'cli.vsOpenpyxl', 'excel.syncs', 'bundle.startGzipKiB', 'join.exact', 'ytd.exact'])
      expect(goalOf(out, id).met).toBeNull();
    expect(out.md).toContain('FAILED: exit 1: Error: boom');
    expect(out.md).toContain('skipped (--skip)');
    expect(out.md).not.toMatch(/NaN|undefined|Infinity/);
    expect(out.table).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('reports missing peers as missing, with the command that installs them, and no ratio', () => {
    const r = base();
    for (const n of SIZES) {
      r.core.bySize[n] = { ok: true, value: coreSample(n, 1e6) };
      r.peers.pandas[n] = missingPandas;
    }
    r.cli = { ok: true, value: cliSample };
    r.peers.openpyxl = missingOpenpyxl;
    r.peers.hledger = missingHledger;
    const out = report(r);
    expect(out.md).toContain('missing (apt-get install -y python3-pandas)');
    expect(out.md).toContain('missing (apt-get install -y python3-openpyxl)');
    expect(out.md).toContain('missing (apt-get install -y hledger)');
    expect(goalOf(out, 'core.vsPandas')).toMatchObject({ met: null, value: null });
    expect(goalOf(out, 'core.vsPandas').by).toContain('apt-get install -y python3-pandas');
    expect(goalOf(out, 'cli.vsOpenpyxl')).toMatchObject({ met: null, value: null });
    expect(out.md).not.toMatch(/NaN|undefined|Infinity/);
    expect(JSON.parse(out.data).peers.pandas).toMatchObject({ missing: true, install: 'apt-get install -y python3-pandas' });
  });

  it('reports failed peers as failed, and a pandas at one size only', () => {
    const r = base();
    for (const n of SIZES) r.core.bySize[n] = { ok: true, value: coreSample(n, 1e6) };
    r.peers.pandas[SIZES[0]] = pandasAt(SIZES[0], 8e6);
    r.peers.pandas[SIZES[1]] = { failed: 'exit 1: ModuleNotFoundError' };
    r.peers.openpyxl = { failed: 'timed out after 600 s' };
    r.cli = { ok: true, value: cliSample };
    const out = report(r);
    expect(out.md).toContain('failed: exit 1: ModuleNotFoundError');
    expect(out.md).toContain('failed: timed out after 600 s');
    expect(goalOf(out, 'core.vsPandas').met).toBeNull();
    expect(out.md).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('tells the goal from its floor, and an inexact core from an exact one', () => {
    const r = base();
    for (const n of SIZES) {
      r.core.bySize[n] = { ok: true, value: coreSample(n, 15e6) };
      r.peers.pandas[n] = pandasAt(n, 10e6);
    }
    r.cli = { ok: true, value: { ...cliSample, seconds: 1 } };
    r.peers.openpyxl = { rows: 100_000, seconds: 5, rowsPerSecond: 20_000, version: '3.0.9' };
    let out = report(r);
    expect(goalOf(out, 'core.vsPandas')).toMatchObject({ met: false, floorMet: true });
    expect(goalOf(out, 'core.vsPandas').value).toBeCloseTo(1.5);
    expect(goalOf(out, 'cli.vsOpenpyxl')).toMatchObject({ met: true, floorMet: true });
    expect(goalOf(out, 'core.peakMB').met).toBe(false);
    r.core.bySize[SIZES[1]] = { ok: true, value: coreSample(SIZES[1], 30e6, false) };
    out = report(r);
    expect(goalOf(out, 'core.vsPandas')).toMatchObject({ met: false, floorMet: false });
    expect(goalOf(out, 'core.vsPandas').by).toContain('NOT EXACT');
  });

  it('counts payload syncs against the minimum, refused ones among them, and reports the join and the year so far', () => {
    const r = base();
    // 10 k: 1 payload sync for 1.3 MB; 100 k: 13 MB needs 3, took 6 reading (2 of them refused): 3 more than the minimum.
    r.excel.bySize[SIZES[0]] = { ok: true, value: excelSample(SIZES[0], 1, 1, 1.3) };
    r.excel.bySize[SIZES[1]] = { ok: true, value: excelSample(SIZES[1], 6, 4, 13, 2) };
    r.join = { ok: true, value: pathSample(200_000, true) };
    r.ytd = { ok: true, value: pathSample(100_000, false) };
    let out = report(r);
    expect(goalOf(out, 'excel.syncs')).toMatchObject({ met: false, value: 3 });
    expect(goalOf(out, 'excel.syncs').by).toMatch(/100\sk 6\/4 vs 3\/3/);
    expect(goalOf(out, 'excel.syncs').by).toContain('2 refused');
    expect(JSON.parse(out.data).excel).toMatchObject({ readPayloadSyncs: 6, writePayloadSyncs: 4, refusedSyncs: 2 });
    r.excel.bySize[SIZES[1]] = { ok: true, value: excelSample(SIZES[1], 4, 3, 13) };
    out = report(r);
    expect(goalOf(out, 'excel.syncs')).toMatchObject({ met: true, value: 1 });
    expect(goalOf(out, 'join.exact').met).toBe(true);
    expect(goalOf(out, 'ytd.exact').met).toBe(false);
    expect(out.md).toMatch(/200\s000 transactions against a 2\s000-account budget/);
    const data = JSON.parse(out.data);
    expect(data.join).toMatchObject({ rows: 200_000, exact: true });
    expect(data.ytd).toMatchObject({ rows: 100_000, exact: false });
  });

  it('reports the command line at 1 M rows beside the 100 k run, and its failure in words', () => {
    const r = base();
    r.cli = { ok: true, value: cliSample };
    r.cliLarge = { ok: true, value: { rows: 1_000_000, fileMB: 42, seconds: 18, peakRssMB: 1600 } };
    const done = report(r);
    const row = done.rows.find((x) => x.measure.startsWith('Command line end to end, 1 M rows'));
    expect(row?.value).toBe('18.00 s, peak 1\u202f600 MB (42 MB .xlsx)');
    expect(row?.ratio).toBe('12.0× the 100 k time for 10.0× the rows');
    expect((JSON.parse(done.data) as { cli: { large: unknown } }).cli.large).toEqual({ rows: 1_000_000, fileMB: 42, seconds: 18, peakRssMB: 1600 });
    r.cliLarge = failed;
    const broken = report(r);
    expect(broken.rows.find((x) => x.measure.startsWith('Command line end to end, 1 M rows'))?.value).toBe('FAILED: exit 1: Error: boom');
    expect((JSON.parse(broken.data) as { cli: { large: unknown } }).cli.large).toEqual({ failed: 'exit 1: Error: boom' });
  });

  it('survives a bundle whose render is missing and an empty run', () => {
    const r = base();
    r.bundle = {
      ok: true,
      value: {
        start: [],
        startBytes: 0,
        startGzipKiB: 150,
        lazy: [],
        lazyGzipKiB: 0,
        buildSeconds: 1,
        render: { missing: true, install: 'apt-get install -y chromium' },
      },
    };
    expect(report(r).md).toContain('missing (apt-get install -y chromium)');
    expect(() => report({ ...base(), sizes: [] })).not.toThrow();
  });
});
