/** The child process of a measurement: `node --expose-gc --import tsx bench/child.ts <task> <rows or file> [runs]` (join: <transactions> <accounts> <runs>). */
import { cliBreakdownTask } from './cli';
import { coreTask } from './core';
import { excelTask } from './excel';
import { naiveTask } from './naive';
import { joinTask, ytdTask } from './paths';
import { report } from './spawn';

async function main(): Promise<void> {
  const [task, rowsText, runsText, moreText] = process.argv.slice(2);
  const rows = Number(rowsText);
  const runs = Number(runsText ?? 1);
  if (task === 'core') return report(coreTask(rows, runs));
  if (task === 'naive') return report(naiveTask(rows, runs));
  // join <transactions> <accounts> <runs>
  if (task === 'join') return report(joinTask(rows, Number(runsText), Number(moreText ?? 1)));
  if (task === 'ytd') return report(ytdTask(rows, runs));
  if (task === 'excel') return report(await excelTask(rows));
  if (task === 'cli-breakdown') return report(await cliBreakdownTask(rowsText));
  throw new Error(`unknown task ${task}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
