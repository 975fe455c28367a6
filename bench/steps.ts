/**
 * Where reconcileSheets' time goes, step by step, for a given build of the core: the settings, the analysis,
 * the goals, the fees, the reading report, the output sheets. Like ab.ts, not a step of `npm run bench`: for a
 * before and after of a change, build each side and run both (the last of `runs` warm runs is printed):
 *
 *   npx tsc -p tsconfig.build.json --outDir bench/out/ab/before      (on the commit before)
 *   node --expose-gc --max-old-space-size=4096 --import tsx bench/steps.ts bench/out/ab/before 300000 3
 *   node --expose-gc --max-old-space-size=4096 --import tsx bench/steps.ts dist 300000 3
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type * as Analyze from '../src/core/deviations/analyze';
import type * as Goals from '../src/core/goals';
import type * as Fees from '../src/core/fees';
import type * as Reading from '../src/core/reading';
import type * as Comments from '../src/core/render/comments';
import type * as Detail from '../src/core/render/deviations-sheet';
import type * as ChecksSheet from '../src/core/render/checks-sheet';
import type * as Settings from '../src/core/settings';
import { generateLedger, ledgerSheets } from './generate';
import { collect } from './spawn';

const [dir, rowsText, runsText] = process.argv.slice(2);
const load = createRequire(__filename);
const core = <T>(path: string) => load(resolve(dir, 'core', path)) as T;
const { analyseWorkbook } = core<typeof Analyze>('deviations/analyze.js');
const { evaluateGoals } = core<typeof Goals>('goals/index.js');
const { computeFees } = core<typeof Fees>('fees/index.js');
const { readingReport } = core<typeof Reading>('reading.js');
const { keptComments } = core<typeof Comments>('render/comments.js');
const { deviationsDetail } = core<typeof Detail>('render/deviations-sheet.js');
const { checksSheet } = core<typeof ChecksSheet>('render/checks-sheet.js');
const { readSettings } = core<typeof Settings>('settings.js');

const input = ledgerSheets(generateLedger(Number(rowsText)));
const runs = Number(runsText ?? 3);
let laps: string[] = [];
for (let i = 0; i < runs; i++) {
  collect();
  laps = [];
  let start = process.hrtime.bigint();
  const lap = <T>(step: string, value: T): T => {
    const now = process.hrtime.bigint();
    laps.push(`${step} ${(Number(now - start) / 1e6).toFixed(0)} ms`);
    start = now;
    return value;
  };
  start = process.hrtime.bigint();
  const settings = lap('settings', readSettings(input, []));
  const analysis = lap('analyse', analyseWorkbook(input, { thresholds: settings.thresholds, conventions: settings.conventions, mappings: settings.mappings }));
  const goals = lap('goals', evaluateGoals(input, null));
  const fees = lap('fees', computeFees(input, '2025-01-31'));
  const reading = lap('reading', readingReport(input, analysis, fees, goals));
  const kept = lap('comments', keptComments(input));
  lap('detail sheet', deviationsDetail(analysis, 'sv', settings.thresholds, kept.deviations));
  lap('checks sheet', checksSheet(analysis, 'sv', reading));
}
process.stdout.write(`${dir}, ${rowsText} rows, run ${runs}: ${laps.join(' | ')}\n`);
