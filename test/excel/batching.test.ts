import { DEFAULT_LIMITS, SyncPlan } from '../../src/excel/blocks';
import { OfficeWorkbook } from '../../src/excel/workbook';
import { FakeWorkbook, fakeRun } from '../fakes/excel';
import { bigBudget, bigDeviations } from './budgets';

const MB5 = 5 * 1024 * 1024;
const SIZES = [100, 10_000, 200_000] as const;

interface Measured {
  syncs: number;
  maxPayload: number;
  totalPayload: number;
}

async function measureRead(n: number): Promise<Measured & { rows: number; last: unknown; refused: number }> {
  const wb = new FakeWorkbook();
  wb.addSheet('Drift', bigBudget(n));
  const sheets = await new OfficeWorkbook(fakeRun(wb)).readSheets();
  const values = sheets[0].values;
  return { syncs: wb.syncs, maxPayload: wb.maxPayload, totalPayload: wb.totalPayload, rows: values.length, last: values[values.length - 1], refused: wb.refused.length };
}

/**
 * A write on a host with `apiVersion`: 1.15 writes text through `values` (behind the Text format), 1.16 and
 * later as String cell values (`valuesAsJson`), about 30 bytes more per text cell.
 */
async function measureWrite(n: number, apiVersion = '1.20'): Promise<Measured & { writtenBytes: number; rows: number }> {
  const wb = new FakeWorkbook({ apiVersion });
  wb.addSheet('Drift', [['Driftredovisning (kr)']]);
  await new OfficeWorkbook(fakeRun(wb), { supports: wb.supports }).writeSheets([bigDeviations(n)]);
  // The first two syncs only look (names, marks); the rest carry what is written.
  const writtenBytes = wb.payloads.slice(2).reduce((a, b) => a + b, 0);
  return { syncs: wb.syncs, maxPayload: wb.maxPayload, totalPayload: wb.totalPayload, writtenBytes, rows: wb.sheet('Avvikelser').cells.length };
}

describe('sync counts do not grow with rows, only with payload chunks', () => {
  const read = new Map<number, Awaited<ReturnType<typeof measureRead>>>();
  const write = new Map<number, Awaited<ReturnType<typeof measureWrite>>>();
  const writeValues = new Map<number, Awaited<ReturnType<typeof measureWrite>>>();

  beforeAll(async () => {
    for (const n of SIZES) {
      read.set(n, await measureRead(n));
      write.set(n, await measureWrite(n));
      writeValues.set(n, await measureWrite(n, '1.15'));
    }
    const line = (what: string, m: Map<number, Measured>) =>
      SIZES.map((n) => `${what} ${n} rows: ${m.get(n)!.syncs} syncs, max ${m.get(n)!.maxPayload} B, total ${m.get(n)!.totalPayload} B`).join('\n');
    console.log(`${line('read', read)}\n${line('write (String cell values)', write)}\n${line('write (values, Text format)', writeValues)}`);
  }, 120_000);

  test('reading: three syncs (names, used ranges, values) up to one payload; then one per block sized from the cells read', () => {
    expect(read.get(100)!.syncs).toBe(3);
    expect(read.get(10_000)!.syncs).toBe(3);
    // Blocks are cut on the bytes per cell the sheet has shown so far (with a quarter to spare), so the count
    // follows the data: at least what 5 MB syncs would need, at most what the budget less its margin needs.
    const r = read.get(200_000)!;
    const valueBytes = r.totalPayload - read.get(100)!.totalPayload;
    expect(r.syncs).toBeGreaterThanOrEqual(2 + Math.ceil(valueBytes / MB5));
    expect(r.syncs).toBeLessThanOrEqual(3 + Math.ceil(valueBytes / (DEFAULT_LIMITS.maxBytes / 1.25)));
    expect(r.refused).toBe(0);
  });

  test('reading 200 000 rows gives every row, the last one intact', () => {
    expect(read.get(200_000)!.rows).toBe(200_003);
    expect(read.get(200_000)!.last).toEqual(['Administration', 'Konto 203999 Konsulttjänster', expect.any(Number), expect.any(Number)]);
  });

  test('writing: three syncs (what is there, sheet-level names and marks, then everything) up to one payload; one more per 4 MB written', () => {
    for (const m of [write, writeValues]) {
      expect(m.get(100)!.syncs).toBe(3);
      for (const n of SIZES) {
        // Each sync is filled to the 4 MB budget before the next begins.
        const chunks = Math.ceil(m.get(n)!.writtenBytes / DEFAULT_LIMITS.maxBytes);
        expect(m.get(n)!.syncs - 2).toBeGreaterThanOrEqual(chunks);
        expect(m.get(n)!.syncs - 2).toBeLessThanOrEqual(chunks + 1);
      }
      expect(m.get(200_000)!.syncs).toBeGreaterThan(m.get(100)!.syncs + 3);
      expect(m.get(200_000)!.rows).toBe(200_000 + 5 + 1 + 5);
    }
    expect(writeValues.get(10_000)!.syncs).toBe(3);
  });

  test('no sync carries more than Excel’s 5 MB, as the host counts it (the JSON of request and response)', () => {
    for (const n of SIZES) {
      expect(read.get(n)!.maxPayload).toBeLessThanOrEqual(MB5);
      expect(write.get(n)!.maxPayload).toBeLessThanOrEqual(MB5);
      expect(writeValues.get(n)!.maxPayload).toBeLessThanOrEqual(MB5);
    }
  });
});

describe('the sync plan', () => {
  test('fills each sync before it begins the next, cutting rows to the room left', async () => {
    const plan = new SyncPlan(1000);
    const blocks: [number, number][] = [];
    plan.add(300, () => {});
    plan.addRows(25, () => 100, 1000, (first, count) => blocks.push([first, count]));
    expect(plan.syncs).toBe(3);
    await plan.run({ sync: async () => undefined });
    expect(blocks).toEqual([
      [0, 7],
      [7, 10],
      [17, 8],
    ]);
  });

  test('keeps a block within the cell limit', async () => {
    const plan = new SyncPlan(1_000_000);
    const blocks: number[] = [];
    plan.addRows(10, () => 1, 4, (_first, count) => blocks.push(count));
    await plan.run({ sync: async () => undefined });
    expect(blocks).toEqual([4, 4, 2]);
  });

  test('sends a single row larger than the limit alone rather than never', async () => {
    const plan = new SyncPlan(100);
    const blocks: number[] = [];
    plan.add(50, () => {});
    plan.addRows(2, () => 500, 10, (_first, count) => blocks.push(count));
    let syncs = 0;
    await plan.run({ sync: async () => void syncs++ });
    expect([syncs, blocks]).toEqual([3, [1, 1]]);
  });
});
