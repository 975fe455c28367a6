/**
 * The child process of a measurement: `node --expose-gc bench/out/js/bench/child.js <task> <rows or file> [runs]`
 * (join: <transactions> <accounts> <runs>), compiled by `tsc -p bench/tsconfig.json`; `node --import tsx bench/child.ts …` runs it uncompiled.
 */
import { report } from './spawn';

// Each task's module is loaded only for its task: the core's peak memory is not to hold ExcelJS, the fake
// Office host or the command line's code, which the other tasks need.

async function main(): Promise<void> {
  const [task, rowsText, runsText, moreText] = process.argv.slice(2);
  const rows = Number(rowsText);
  const runs = Number(runsText ?? 1);
  if (task === 'core') return report((await import('./core')).coreTask(rows, runs));
  if (task === 'naive') return report((await import('./naive')).naiveTask(rows, runs));
  // join <transactions> <accounts> <runs>
  if (task === 'join') return report((await import('./paths')).joinTask(rows, Number(runsText), Number(moreText ?? 1)));
  if (task === 'ytd') return report((await import('./paths')).ytdTask(rows, runs));
  if (task === 'excel') return report(await (await import('./excel')).excelTask(rows));
  if (task === 'cli-breakdown') return report(await (await import('./cli')).cliBreakdownTask(rowsText));
  throw new Error(`unknown task ${task}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
