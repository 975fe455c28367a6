import { DEFAULT_LIMITS, SyncPlan, jsonBytes } from '../../src/excel/blocks';
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

async function measureRead(n: number): Promise<Measured & { rows: number; last: unknown }> {
  const wb = new FakeWorkbook();
  wb.addSheet('Drift', bigBudget(n));
  const sheets = await new OfficeWorkbook(fakeRun(wb)).readSheets();
  const values = sheets[0].values;
  return { syncs: wb.syncs, maxPayload: wb.maxPayload, totalPayload: wb.totalPayload, rows: values.length, last: values[values.length - 1] };
}

async function measureWrite(n: number): Promise<Measured & { bodyBytes: number; rows: number }> {
  const wb = new FakeWorkbook();
  wb.addSheet('Drift', [['Driftredovisning (kr)']]);
  const out = bigDeviations(n);
  await new OfficeWorkbook(fakeRun(wb)).writeSheets([out]);
  const bodyBytes = out.table.rows.reduce((s, r) => s + jsonBytes(r) + 1, 0);
  return { syncs: wb.syncs, maxPayload: wb.maxPayload, totalPayload: wb.totalPayload, bodyBytes, rows: wb.sheet('Avvikelser').cells.length };
}

describe('sync counts do not grow with rows, only with payload chunks', () => {
  const read = new Map<number, Awaited<ReturnType<typeof measureRead>>>();
  const write = new Map<number, Awaited<ReturnType<typeof measureWrite>>>();

  beforeAll(async () => {
    for (const n of SIZES) {
      read.set(n, await measureRead(n));
      write.set(n, await measureWrite(n));
    }
    const line = (what: string, m: Map<number, Measured>) =>
      SIZES.map((n) => `${what} ${n} rows: ${m.get(n)!.syncs} syncs, max ${m.get(n)!.maxPayload} B, total ${m.get(n)!.totalPayload} B`).join('\n');
    console.log(`${line('read', read)}\n${line('write', write)}`);
  }, 120_000);

  test('reading: three syncs (names, used ranges, values) up to one payload; one more per ~4 MB block', () => {
    expect(read.get(100)!.syncs).toBe(3);
    expect(read.get(10_000)!.syncs).toBe(3);
    // The value blocks are cut on the estimate (40 bytes a cell), not on what the cells turn out to hold.
    const cells = (200_000 + 3) * 4;
    const extraChunks = Math.ceil((cells * DEFAULT_LIMITS.readBytesPerCell) / DEFAULT_LIMITS.maxBytes) - 1;
    expect(extraChunks).toBe(8);
    expect(read.get(200_000)!.syncs).toBe(read.get(100)!.syncs + extraChunks);
  });

  test('reading 200 000 rows gives every row, the last one intact', () => {
    expect(read.get(200_000)!.rows).toBe(200_003);
    expect(read.get(200_000)!.last).toEqual(['Administration', 'Konto 203999 Konsulttjänster', expect.any(Number), expect.any(Number)]);
  });

  test('writing: two syncs (names, then everything) up to one payload; one more per 4 MB of body', () => {
    expect(write.get(100)!.syncs).toBe(2);
    expect(write.get(10_000)!.syncs).toBe(2);
    const body = write.get(200_000)!.bodyBytes;
    const extraChunks = Math.ceil(body / DEFAULT_LIMITS.maxBytes) - 1;
    expect(extraChunks).toBeGreaterThan(3);
    expect(write.get(200_000)!.syncs).toBe(write.get(100)!.syncs + extraChunks);
    expect(write.get(200_000)!.rows).toBe(200_000 + 5 + 1 + 5);
  });

  test('no sync carries more than the 4 MB budget, well under Excel’s 5 MB', () => {
    for (const n of SIZES) {
      expect(read.get(n)!.maxPayload).toBeLessThanOrEqual(DEFAULT_LIMITS.maxBytes);
      expect(write.get(n)!.maxPayload).toBeLessThanOrEqual(DEFAULT_LIMITS.maxBytes);
      expect(write.get(n)!.maxPayload).toBeLessThan(MB5);
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
