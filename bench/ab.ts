/**
 * Before and after of a change to the core, on a shared machine: CPU seconds (process.cpuUsage, every thread of
 * the process) and wall seconds of analyseWorkbook on the generated ledger, and the cold run's peak RSS. Build
 * each side with `npx tsc -p tsconfig.build.json --outDir bench/out/ab/<name>` and alternate the two:
 *
 *   node --expose-gc --max-old-space-size=4096 --import tsx bench/ab.ts bench/out/ab/before 1000000 3
 *   node --expose-gc --max-old-space-size=4096 --import tsx bench/ab.ts bench/out/ab/after 1000000 3
 *
 * With `join` after the runs, the join instead: that many transactions against a 2 000-account budget.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type * as Analyze from '../src/core/deviations/analyze';
import { generateJoin, generateLedger, ledgerSheets } from './generate';
import { MB, collect } from './spawn';

const [dir, rowsText, runsText, what] = process.argv.slice(2);
const { analyseWorkbook } = createRequire(__filename)(resolve(dir, 'core/deviations/analyze.js')) as typeof Analyze;
const sheets = what === 'join' ? generateJoin(Number(rowsText), 2_000).sheets : ledgerSheets(generateLedger(Number(rowsText)));
collect();
const inputRss = process.memoryUsage().rss;
const out: string[] = [];
for (let i = 0; i < Number(runsText ?? 3); i++) {
  collect();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const analysis = analyseWorkbook(sheets);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  if (analysis.tables.length === 0) throw new Error('no table found');
  if (i === 0) out.push(`peak RSS ${((process.resourceUsage().maxRSS * 1024) / MB).toFixed(0)} MB (input ${(inputRss / MB).toFixed(0)} MB)`);
  out.push(`cpu ${((used.user + used.system) / 1e6).toFixed(2)} s, wall ${wall.toFixed(2)} s`);
}
process.stdout.write(`${dir}: ${out.join(' | ')}\n`);
