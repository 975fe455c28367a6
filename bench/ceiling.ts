/**
 * Not a step of `npm run bench`: how fast the least the core could do runs on its input as it is today (one
 * array of cells per row). One pass over the generated ledger's rows: each goal area and label given an id once
 * per distinct text, the three amounts as integer öre into typed columns, then the deviations summed per goal
 * area. No table finding, no checks, no lines: a floor for any core fed arrays of cells, to set beside pandas'
 * groupby-sum on columns already in memory.
 *
 *   node --expose-gc --import tsx bench/ceiling.ts 1000000 5
 */
import { generateLedger, ledgerSheets } from './generate';
import { collect, median } from './spawn';

const [rowsText, runsText] = process.argv.slice(2);
const rows = ledgerSheets(generateLedger(Number(rowsText ?? 1_000_000)))[0].values;

/** Öre of a cell holding kronor with at most two decimals; NaN for anything else. */
function ore(x: unknown): number {
  if (typeof x !== 'number') return NaN;
  const o = Math.round(x * 100);
  return o / 100 === x ? o : NaN;
}

function pass(): Float64Array {
  const n = rows.length;
  const budget = new Float64Array(n);
  const outcome = new Float64Array(n);
  const goalOf = new Int32Array(n).fill(-1);
  const labelOf = new Int32Array(n).fill(-1);
  const goals = new Map<string, number>();
  const labels = new Map<string, number>();
  let goal = -1;
  for (let r = 1; r < n; r++) {
    const cells = rows[r];
    if (!cells) continue;
    const [g, l, b, o] = cells;
    if (typeof g === 'string' && g !== '') {
      let id = goals.get(g);
      if (id === undefined) goals.set(g, (id = goals.size));
      goal = id;
    }
    goalOf[r] = goal;
    if (typeof l === 'string') {
      let id = labels.get(l);
      if (id === undefined) labels.set(l, (id = labels.size));
      labelOf[r] = id;
    }
    budget[r] = ore(b);
    outcome[r] = ore(o);
  }
  const sums = new Float64Array(goals.size);
  for (let r = 0; r < n; r++) {
    const d = outcome[r] - budget[r];
    if (goalOf[r] >= 0 && d === d) sums[goalOf[r]] += d;
  }
  return sums;
}

const times: number[] = [];
for (let i = 0; i < Number(runsText ?? 5); i++) {
  collect();
  const start = process.hrtime.bigint();
  pass();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
process.stdout.write(`${rows.length - 1} rows: median ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')} ms)\n`);
