/**
 * Step 2: the command line end to end on an .xlsx (read, compute, write the output workbook and the JSON), as
 * a child process timed by the wall clock; and, for reference, a child process that only reads the same file
 * with the project's own package reader (src/xlsx, `openXlsxFile`: unzip, shared strings, every cell to
 * sheets), the reader the command line itself uses. Both pay the same node start-up, so the ratio compares the
 * work after it. ExcelJS's read (a devDependency now, no longer the command line's) is timed once, for information.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { reconcileSheets } from '../src/core/reconcile';
import { writeJson } from '../src/core/render/json';
import { openXlsxFile, saveXlsxFile, stageFile } from '../src/xlsx/files';
import { MB, OUT, Outcome, ROOT, failure, median, runChild, runCommand, secondsAsync, seconds as time } from './spawn';

export interface CliSample {
  rows: number;
  fileMB: number;
  /** Median wall-clock seconds of `node dist/cli/main.js in.xlsx --out … --json …`. */
  seconds: number;
  runs: number[];
  /** Median wall-clock seconds of a node process that only reads the file with the own reader (dist/xlsx/files.js openXlsxFile). */
  readOnlySeconds: number;
  readOnlyRuns: number[];
  /** One run of a node process that only does `new ExcelJS.Workbook().xlsx.readFile(in)`; null if it failed. */
  excelJsReadSeconds: number | null;
  /** Wall-clock seconds of a bare `node -e 0`: the start-up both include. */
  nodeStartSeconds: number;
  /** seconds / readOnlySeconds. */
  ratioToRead: number;
  exitCode: number | null;
}

const CLI = join(ROOT, 'dist/cli/main.js');
const READER = join(ROOT, 'dist/xlsx/files.js');
/** Reads the file with the reader the command line uses, and nothing else. */
const READ_ONLY = `require(${JSON.stringify(READER)}).openXlsxFile(process.argv[1]).then(()=>{},e=>{console.error(e);process.exit(1)})`;
const EXCELJS_READ = "const E=require('exceljs');new E.Workbook().xlsx.readFile(process.argv[1]).then(()=>{},e=>{console.error(e);process.exit(1)})";

/** `npm run build:cli`, so the command line measured is the source's; a build error fails the step. */
export async function buildCli(): Promise<string | null> {
  const run = await runCommand(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], 300_000);
  return run.code === 0 ? null : `npm run build:cli failed: ${failure(run, 300_000)}`;
}

export async function measureCli(xlsx: string, rows: number, repeats = 3): Promise<Outcome<CliSample>> {
  const buildError = await buildCli();
  if (buildError) return { ok: false, error: buildError };
  if (!existsSync(CLI)) return { ok: false, error: 'dist/cli/main.js is missing: run npm run build:cli' };
  const timeout = 600_000;
  const runs: number[] = [];
  const readOnlyRuns: number[] = [];
  const starts: number[] = [];
  let exitCode: number | null = null;
  for (let i = 0; i < repeats; i++) {
    const cli = await runCommand(
      process.execPath,
      [CLI, xlsx, '--out', join(OUT, `cli-${rows}-out.xlsx`), '--json', join(OUT, `cli-${rows}-out.json`)],
      timeout,
    );
    if (cli.code !== 0) return { ok: false, error: `the command line: ${failure(cli, timeout)}` };
    exitCode = cli.code;
    runs.push(cli.seconds);
    const read = await runCommand(process.execPath, ['-e', READ_ONLY, xlsx], timeout);
    if (read.code !== 0) return { ok: false, error: `the own reader alone: ${failure(read, timeout)}` };
    readOnlyRuns.push(read.seconds);
    starts.push((await runCommand(process.execPath, ['-e', '0'], timeout)).seconds);
  }
  const excelJs = await runCommand(process.execPath, ['-e', EXCELJS_READ, xlsx], timeout);
  const seconds = median(runs);
  const readOnlySeconds = median(readOnlyRuns);
  return {
    ok: true,
    value: {
      rows,
      fileMB: statSync(xlsx).size / MB,
      seconds,
      runs,
      readOnlySeconds,
      readOnlyRuns,
      excelJsReadSeconds: excelJs.code === 0 ? excelJs.seconds : null,
      nodeStartSeconds: median(starts),
      ratioToRead: seconds / readOnlySeconds,
      exitCode,
    },
  };
}

/** The command line once on a workbook of Excel's size (1 M rows), for information: how it scales from 100 k. */
export interface CliLargeSample {
  rows: number;
  fileMB: number;
  /** Wall-clock seconds of one run, node start-up included. */
  seconds: number;
  /** The process's peak RSS (getrusage maxRSS). */
  peakRssMB: number;
}

/**
 * The command line's own code (runCli from dist/cli/main.js, the same as `node dist/cli/main.js …`) in a node
 * process that prints its peak RSS when the run is done: a child's peak memory is not otherwise known here.
 */
const CLI_WITH_PEAK = `require(${JSON.stringify(CLI)}).runCli(process.argv.slice(1)).then((code)=>{process.stderr.write('@@PEAK-RSS '+process.resourceUsage().maxRSS+'\\n');process.exitCode=code},(e)=>{console.error(e);process.exit(1)})`;

export async function measureCliLarge(xlsx: string, rows: number): Promise<Outcome<CliLargeSample>> {
  if (!existsSync(CLI)) return { ok: false, error: 'dist/cli/main.js is missing: run npm run build:cli' };
  const timeout = 900_000;
  const run = await runCommand(
    process.execPath,
    ['-e', CLI_WITH_PEAK, xlsx, '--out', join(OUT, `cli-${rows}-out.xlsx`), '--json', join(OUT, `cli-${rows}-out.json`)],
    timeout,
  );
  const peak = /@@PEAK-RSS (\d+)/.exec(run.stderr);
  if (run.code !== 0 || !peak) return { ok: false, error: `the command line: ${failure(run, timeout)}` };
  return { ok: true, value: { rows, fileMB: statSync(xlsx).size / MB, seconds: run.seconds, peakRssMB: (Number(peak[1]) * 1024) / MB } };
}

/** Where the command line's time goes: its steps, in one process, timed one after the other (one run). */
export interface CliBreakdown {
  openSeconds: number;
  readSheetsSeconds: number;
  computeSeconds: number;
  writeSheetsSeconds: number;
  saveSeconds: number;
  jsonSeconds: number;
  outputRows: Record<string, number>;
}

/** In the child: the command line's work (src/cli/main.ts) step by step, through the same adapter. */
export async function cliBreakdownTask(xlsx: string): Promise<CliBreakdown> {
  const open = await secondsAsync(() => openXlsxFile(xlsx));
  const workbook = open.value;
  const read = await secondsAsync(() => workbook.readSheets());
  const compute = time(() => reconcileSheets(read.value, { lang: 'sv', today: '2025-01-31' }));
  const write = await secondsAsync(() => workbook.writeSheets(compute.value.sheets));
  // As the command line does it: the JSON made as it is written, while the sheets compress on other threads;
  // then the .xlsx, which waits for what is left of the compression.
  const json = await secondsAsync(async () => {
    const file = await stageFile(join(OUT, 'cli-breakdown-out.json'), (out) => {
      writeJson(compute.value, 'sv', out);
      out(new Uint8Array([0x0a]));
    });
    await file.commit();
  });
  const save = await secondsAsync(() => saveXlsxFile(workbook, join(OUT, 'cli-breakdown-out.xlsx')));
  return {
    openSeconds: open.seconds,
    readSheetsSeconds: read.seconds,
    computeSeconds: compute.seconds,
    writeSheetsSeconds: write.seconds,
    saveSeconds: save.seconds,
    jsonSeconds: json.seconds,
    outputRows: Object.fromEntries(compute.value.sheets.map((s) => [s.name, s.table.rows.length])),
  };
}

export function measureCliBreakdown(xlsx: string): Promise<Outcome<CliBreakdown>> {
  return runChild<CliBreakdown>('cli-breakdown', [xlsx], 600_000);
}
