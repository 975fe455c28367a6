/**
 * Not a step of `npm run bench`: how fast the least the core could do runs on its input as it is today (one
 * array of cells per row). One pass over the generated ledger's rows: each goal area and label given an id once
 * per distinct text, the three amounts as integer öre into typed columns, then the deviations summed per goal
 * area. No table finding, no checks, no lines: a floor for any core fed arrays of cells, to set beside pandas'
 * groupby-sum on columns already in memory.
 *
 * `columns`: the same work on the input a columnar reader would hand the core (the three amounts as the doubles
 * Excel stores, in Float64Arrays, and the goal area and label as ids), with each line's deviation and flag kept
 * in columns too: what the columnar core of issue 18 could reach, and the memory its input takes.
 *
 *   node --expose-gc --import tsx bench/ceiling.ts 1000000 5
 *   node --expose-gc --import tsx bench/ceiling.ts 1000000 5 columns
 */
import { generateLedger, ledgerSheets } from './generate';
import { collect, median } from './spawn';

const [rowsText, runsText, mode] = process.argv.slice(2);
const ledger = generateLedger(Number(rowsText ?? 1_000_000));
const rssBefore = process.memoryUsage().rss;
const rows = mode === 'columns' ? [] : ledgerSheets(ledger)[0].values;

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

/** The ledger as a columnar reader would give it: kronor as Excel's doubles (NaN for an empty cell), texts as ids. */
function asColumns() {
  const n = ledger.rows;
  const kr = (ore: Float64Array) => ore.map((o) => o / 100);
  return {
    n,
    goal: Int32Array.from(ledger.goal),
    label: Int32Array.from(ledger.line),
    budget: kr(ledger.budget),
    outcome: kr(ledger.outcome),
    forecast: kr(ledger.forecast),
  };
}
const columns = mode === 'columns' ? asColumns() : null;

/** Öre of kronor held as a double, exactly, or NaN (empty, or more than two decimals: the core's Decimal path). */
function oreOf(x: number): number {
  const o = Math.round(x * 100);
  return o / 100 === x ? o : NaN;
}

/** One pass over the columns: each line's deviation and flag into columns of their own, sums per goal area. */
function columnPass(c: NonNullable<typeof columns>): Float64Array {
  const { n } = c;
  const deviation = new Float64Array(n);
  const flagged = new Uint8Array(n);
  const sums = new Float64Array(64 * 4);
  for (let r = 0; r < n; r++) {
    const b = oreOf(c.budget[r]);
    const o = oreOf(c.outcome[r]);
    const f = oreOf(c.forecast[r]);
    const d = b - o;
    deviation[r] = d;
    // 100 000 kr and 5 %, compared in integers as the core does.
    flagged[r] = d === d && Math.abs(d) >= 10_000_000 && Math.abs(d) * 100 * 1 >= Math.abs(b) * 5 ? 1 : 0;
    const g = c.goal[r] * 4;
    if (b === b) sums[g] += b;
    if (o === o) sums[g + 1] += o;
    if (f === f) sums[g + 2] += f;
    if (d === d) sums[g + 3] += d;
  }
  return sums;
}

const times: number[] = [];
for (let i = 0; i < Number(runsText ?? 5); i++) {
  collect();
  const start = process.hrtime.bigint();
  if (columns) columnPass(columns);
  else pass();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
collect();
const inputMB = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
process.stdout.write(
  `${mode === 'columns' ? `${ledger.rows} rows as columns (input ${inputMB.toFixed(0)} MB above the generator's)` : `${rows.length - 1} rows as arrays of cells (input ${inputMB.toFixed(0)} MB above the generator's)`}: median ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')} ms)\n`,
);
