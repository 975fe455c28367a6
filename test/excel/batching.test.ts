import { CellValue } from '../../src/core/cells';
import { DEFAULT_LIMITS, EXCEL_PAYLOAD_BYTES, SyncPlan, rowMeter } from '../../src/excel/blocks';
import { OfficeWorkbook } from '../../src/excel/workbook';
import { FakeWorkbook, fakeRun } from '../fakes/excel';
import { bigBudget, bigDeviations } from './budgets';

const SIZES = [100, 10_000, 200_000] as const;

interface Measured {
  syncs: number;
  /** Bytes of each sync that went through, in order. */
  payloads: number[];
  /** Syncs that carried cell data, refused ones included. */
  payloadSyncs: number;
  /** The fewest syncs the bytes could take at Excel's 5 MB each. */
  minimumSyncs: number;
  refused: number;
  maxPayload: number;
  totalPayload: number;
}

function measured(wb: FakeWorkbook): Measured {
  return {
    syncs: wb.syncs,
    payloads: [...wb.payloads],
    payloadSyncs: wb.cellPayloads.filter((b) => b > 0).length + wb.refused.filter((r) => r.cellBytes > 0).length,
    minimumSyncs: Math.ceil(wb.totalPayload / EXCEL_PAYLOAD_BYTES),
    refused: wb.refused.length,
    maxPayload: wb.maxPayload,
    totalPayload: wb.totalPayload,
  };
}

async function measureRead(n: number, sheet = bigBudget(n)): Promise<Measured & { values: CellValue[][] }> {
  const wb = new FakeWorkbook();
  wb.addSheet('Drift', sheet);
  const sheets = await new OfficeWorkbook(fakeRun(wb)).readSheets();
  return { ...measured(wb), values: sheets[0].values };
}

/**
 * A write on a host with `apiVersion`: 1.15 writes text through `values` (behind the Text format), 1.16 and
 * later as String cell values (`valuesAsJson`), about 30 bytes more per text cell.
 */
async function measureWrite(n: number, apiVersion = '1.20'): Promise<Measured & { rows: number }> {
  const wb = new FakeWorkbook({ apiVersion });
  wb.addSheet('Drift', [['Driftredovisning (kr)']]);
  await new OfficeWorkbook(fakeRun(wb), { supports: wb.supports }).writeSheets([bigDeviations(n)]);
  return { ...measured(wb), rows: wb.sheet('Avvikelser').cells.length };
}

describe('sync counts do not grow with rows, only with payload: each sync filled near Excel’s 5 MB', () => {
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
      SIZES.map((n) => {
        const x = m.get(n)!;
        return `${what} ${n} rows: ${x.syncs} syncs, ${x.payloadSyncs} with cells (at least ${x.minimumSyncs}), ${x.refused} refused, max ${x.maxPayload} B, total ${x.totalPayload} B`;
      }).join('\n');
    console.log(`${line('read', read)}\n${line('write (String cell values)', write)}\n${line('write (values, Text format)', writeValues)}`);
  }, 120_000);

  test('reading: three syncs (names, used ranges, values) up to one payload', () => {
    expect(read.get(100)!.syncs).toBe(3);
    expect(read.get(10_000)!.syncs).toBe(3);
    expect(read.get(10_000)!.payloadSyncs).toBe(1);
  });

  test('writing: three syncs (what is there, sheet-level names and marks, then everything) up to one payload', () => {
    for (const m of [write, writeValues]) {
      expect(m.get(100)!.syncs).toBe(3);
      expect(m.get(100)!.payloadSyncs).toBe(1);
      expect(m.get(200_000)!.rows).toBe(200_000 + 5 + 1 + 5);
    }
    expect(writeValues.get(10_000)!.syncs).toBe(3);
  });

  test('200 000 rows: read and written in at most one sync more than ⌈payload / 5 MB⌉, none refused', () => {
    for (const m of [read.get(200_000)!, write.get(200_000)!, writeValues.get(200_000)!]) {
      expect(m.minimumSyncs).toBeGreaterThan(3);
      expect(m.payloadSyncs).toBeLessThanOrEqual(m.minimumSyncs + 1);
      expect(m.refused).toBe(0);
    }
  });

  test('writing 200 000 rows: each sync of the body filled to the budget less a row, its bytes measured, not guessed', () => {
    for (const m of [write.get(200_000)!, writeValues.get(200_000)!]) {
      // Past the two that look and the first (the set-up's operations are estimated), before the last.
      const body = m.payloads.slice(3, -1);
      expect(body.length).toBeGreaterThan(3);
      // A row is about 250 bytes; the fake counts each operation's request parts at some 300 bytes, the adapter at 400.
      for (const bytes of body) expect(bytes).toBeGreaterThan(DEFAULT_LIMITS.maxBytes - 1_000);
    }
  });

  test('reading 200 000 rows gives every row, the last one intact', () => {
    expect(read.get(200_000)!.values.length).toBe(200_003);
    expect(read.get(200_000)!.values[200_002]).toEqual(['Administration', 'Konto 203999 Konsulttjänster', expect.any(Number), expect.any(Number)]);
  });

  test('no sync carries more than Excel’s 5 MB, as the host counts it (the JSON of request and response)', () => {
    for (const n of SIZES) for (const m of [read, write, writeValues]) expect(m.get(n)!.maxPayload).toBeLessThanOrEqual(EXCEL_PAYLOAD_BYTES);
  });

  test('the host, not the adapter, says what a sync weighs: an adapter leaving no room for the request’s own parts is refused', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Drift', [['Driftredovisning (kr)']]);
    // Cells counted to the byte but no operation, no wrapper: the syncs come to just over 5 MB.
    const careless = new OfficeWorkbook(fakeRun(wb), { limits: { maxBytes: EXCEL_PAYLOAD_BYTES, operationBytes: 0 } });
    await expect(careless.writeSheets([bigDeviations(30_000)])).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.refused[0].bytes).toBeGreaterThan(EXCEL_PAYLOAD_BYTES);
  });

  test('a sheet whose text turns longer halfway is read whole, a refused block read again, and refusals stay rare', async () => {
    // 100 000 short rows, then 100 000 whose line text is three times as long.
    const sheet = bigBudget(200_000).map((row, i) => (i > 100_003 ? [row[0], `${row[1]} ${row[1]} ${row[1]}`, row[2], row[3]] : row));
    const m = await measureRead(200_000, sheet);
    expect(m.values).toEqual(sheet);
    expect(m.maxPayload).toBeLessThanOrEqual(EXCEL_PAYLOAD_BYTES);
    expect(m.refused).toBeLessThanOrEqual(2);
    expect(m.payloadSyncs).toBeLessThanOrEqual(m.minimumSyncs + 1 + m.refused);
  });
});

describe('the sync plan', () => {
  test('fills each sync before it begins the next, cutting rows to the room left', async () => {
    const plan = new SyncPlan(1000);
    const blocks: [number, number][] = [];
    plan.add(300, () => {});
    plan.addRows(
      25,
      rowMeter(() => 100),
      1000,
      (first, count) => blocks.push([first, count]),
    );
    expect(plan.syncs).toBe(3);
    await plan.run({ sync: async () => undefined });
    expect(blocks).toEqual([
      [0, 7],
      [7, 10],
      [17, 8],
    ]);
  });

  test('counts what each block costs besides its rows (its operations) in the room it takes', async () => {
    const plan = new SyncPlan(1000);
    const blocks: [number, number][] = [];
    plan.add(300, () => {});
    // 300 + 50 + 6 × 100 fits, a seventh row would not; then 50 + 9 × 100 per sync.
    plan.addRows(
      25,
      rowMeter(() => 100, 50),
      1000,
      (first, count) => blocks.push([first, count]),
    );
    await plan.run({ sync: async () => undefined });
    expect(blocks).toEqual([
      [0, 6],
      [6, 9],
      [15, 9],
      [24, 1],
    ]);
  });

  test('keeps a block within the cell limit', async () => {
    const plan = new SyncPlan(1_000_000);
    const blocks: number[] = [];
    plan.addRows(
      10,
      rowMeter(() => 1),
      4,
      (_first, count) => blocks.push(count),
    );
    await plan.run({ sync: async () => undefined });
    expect(blocks).toEqual([4, 4, 2]);
  });

  test('sends a single row larger than the limit alone rather than never', async () => {
    const plan = new SyncPlan(100);
    const blocks: number[] = [];
    plan.add(50, () => {});
    plan.addRows(
      2,
      rowMeter(() => 500),
      10,
      (_first, count) => blocks.push(count),
    );
    let syncs = 0;
    await plan.run({ sync: async () => void syncs++ });
    expect([syncs, blocks]).toEqual([3, [1, 1]]);
  });
});
