/**
 * `npm run bench` (add `-- --quick` for 10 k and 100 k rows only, `-- --skip=bundle,peers` to leave steps out).
 * Runs every step in turn, each in its own process where it measures memory or may take long; a step that
 * fails or runs out of time is reported as failed with its error, and the others still run. Prints one table
 * and writes bench/results.md and bench/results.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { measureBundle } from './bundle';
import { buildCli, measureCli, measureCliBreakdown, measureCliLarge } from './cli';
import { measureCore } from './core';
import { measureExcel } from './excel';
import { SEED, generateLedger, total, writeLedgerCsv, writeLedgerJournal, writeLedgerXlsx } from './generate';
import { measureNaive } from './naive';
import { measureJoin, measureYtd } from './paths';
import { hledgerPeer, openpyxlPeer, pandasPeer } from './peers';
import { Machine, Results, goalsOf, json, markdown, notRunYet, plainTable, tableRows } from './report';
import { OUT, Outcome, ROOT, compileChildren } from './spawn';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const skip = new Set((args.find((a) => a.startsWith('--skip='))?.slice(7) ?? '').split(',').filter(Boolean));
const SIZES = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const CLI_ROWS = 100_000;

const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);
const label = (n: number) => (n >= 1e6 ? `${n / 1e6}m` : `${n / 1e3}k`);

async function step<T>(name: string, run: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  if (skip.has(name.split(' ')[0])) return { ok: false, error: 'skipped (--skip)' };
  log(`${name} …`);
  const start = Date.now();
  let outcome: Outcome<T>;
  try {
    outcome = await run();
  } catch (e) {
    outcome = { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  log(`${name}: ${outcome.ok ? 'done' : `FAILED: ${outcome.error}`} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  return outcome;
}

function machine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux: os.cpus() is enough
  }
  return {
    date: new Date().toISOString(),
    cpu,
    cores: cpus().length,
    memoryGB: totalmem() / 1024 ** 3,
    node: process.version,
    os: `${type()} ${release()}`,
    command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
    quick,
    seed: SEED,
    loadAverage: { start: loadavg() },
  };
}

const kronor = (ore: bigint) => `${ore < 0n ? '-' : ''}${(ore < 0n ? -ore : ore) / 100n}.${String((ore < 0n ? -ore : ore) % 100n).padStart(2, '0')}`;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();

  // The files the command line and the peers read, from the same generator and seed as the in-memory sheets.
  log('generating files in bench/out …');
  const csv = new Map<number, { path: string; exactBudget: string }>();
  for (const n of SIZES) {
    const l = generateLedger(n);
    const path = join(OUT, `ledger-${label(n)}.csv`);
    writeLedgerCsv(l, path);
    csv.set(n, { path, exactBudget: kronor(total(l).budget) });
  }
  const cliLedger = generateLedger(CLI_ROWS);
  const xlsx = join(OUT, `ledger-${label(CLI_ROWS)}.xlsx`);
  await writeLedgerXlsx(cliLedger, xlsx);
  // The command line once more at the largest size, for information: how it scales from 100 k.
  const largeRows = Math.max(...SIZES);
  const largeXlsx = largeRows > CLI_ROWS && !skip.has('cli') ? join(OUT, `ledger-${label(largeRows)}.xlsx`) : null;
  if (largeXlsx) await writeLedgerXlsx(generateLedger(largeRows), largeXlsx);
  const journal = join(OUT, `ledger-${label(CLI_ROWS)}.journal`);
  writeLedgerJournal(cliLedger, journal);

  const results: Results = notRunYet(machine(), SIZES);
  // The core and the command line are measured as built: a build error fails those steps, not the bench.
  const buildError = await buildCli();
  const childError = await compileChildren();
  if (childError) log(`${childError}: the children run under tsx, and every peak memory includes it`);
  results.machine.children = childError ? 'tsx' : 'compiled';
  for (const n of SIZES) results.core.bySize[n] = await step(`core ${label(n)}`, async () => (buildError ? { ok: false, error: buildError } : measureCore(n)));
  const headlineRows = Math.max(...SIZES);
  results.join = await step('join 200k', async () => (buildError ? { ok: false, error: buildError } : measureJoin()));
  results.ytd = await step(`ytd ${label(headlineRows)}`, async () => (buildError ? { ok: false, error: buildError } : measureYtd(headlineRows)));
  for (const n of SIZES) results.naiveDecimal.bySize[n] = await step(`naive ${label(n)}`, () => measureNaive(n));
  for (const n of SIZES) results.excel.bySize[n] = await step(`excel ${label(n)}`, () => measureExcel(n));
  results.cli = await step(`cli ${label(CLI_ROWS)}`, () => measureCli(xlsx, CLI_ROWS));
  results.cliBreakdown = await step(`cli breakdown ${label(CLI_ROWS)}`, () => measureCliBreakdown(xlsx));
  if (largeXlsx)
    results.cliLarge = await step(`cli ${label(largeRows)}`, async () =>
      buildError ? { ok: false, error: buildError } : measureCliLarge(largeXlsx, largeRows),
    );
  if (!skip.has('peers')) {
    for (const n of SIZES) {
      log(`peer pandas ${label(n)} …`);
      results.peers.pandas[n] = await pandasPeer(csv.get(n)!.path, n, csv.get(n)!.exactBudget).catch((e: unknown) => ({ failed: String(e) }));
    }
    log('peer openpyxl …');
    results.peers.openpyxl = await openpyxlPeer(xlsx, CLI_ROWS).catch((e: unknown) => ({ failed: String(e) }));
    log('peer hledger …');
    results.peers.hledger = await hledgerPeer(journal, CLI_ROWS).catch((e: unknown) => ({ failed: String(e) }));
  }
  results.bundle = await step('bundle', () => measureBundle(!args.includes('--no-build')));

  results.machine.loadAverage = { start: results.machine.loadAverage?.start ?? [], end: loadavg() };
  const goals = goalsOf(results);
  const rows = tableRows(results, goals);
  writeFileSync(join(ROOT, 'bench/results.md'), markdown(results, goals, rows));
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(json(results, goals), null, 2)}\n`);
  process.stdout.write(`\n${plainTable(rows)}\n\n`);
  for (const g of goals) process.stdout.write(`${g.met === null ? '–' : g.met ? 'met   ' : 'MISSED'} ${g.goal}: ${g.by}\n`);
  process.stdout.write(`\nWrote bench/results.md and bench/results.json (${((Date.now() - started) / 1000).toFixed(0)} s).\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
