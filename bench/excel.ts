/**
 * Step 3: the Office.js adapter on the fake Excel host (test/fakes/excel.ts), through the use case every face
 * calls (src/reconcile.ts): syncs and payload bytes to read the workbook and to write the generated sheets.
 * The fake rejects any sync above Excel's real 5 MB limit, so a violation fails the step instead of hiding.
 */
import { OfficeWorkbook } from '../src/excel/workbook';
import { reconcile } from '../src/reconcile';
import { FakeWorkbook, fakeRun } from '../test/fakes/excel';
import { generateLedger, ledgerSheets } from './generate';
import { Outcome, collect, runChild, secondsAsync } from './spawn';

export const EXCEL_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SyncCounts {
  /** Every round trip of the phase: syncs that went through and syncs the host refused for their size. */
  syncs: number;
  /**
   * Round trips that carried cell data (values, value types, number formats read or written), refused ones
   * included; the others only looked (sheet names, used ranges, where the values are, marks) or set formats.
   */
  payloadSyncs: number;
  /** Syncs the host refused for their size (ResponsePayloadSizeLimitExceeded, RequestPayloadSizeLimitExceeded). */
  refusedSyncs: number;
  bytes: number;
  maxPayloadBytes: number;
  /** The fewest syncs this payload could take at 5 MB each: ceil(bytes / 5 MB). */
  minimumSyncs: number;
}

export interface ExcelSample {
  rows: number;
  read: SyncCounts;
  write: SyncCounts;
  maxPayloadBytes: number;
  sheetsWritten: string[];
  /** Wall time of the whole run on the fake (its own JSON sizing included, so only a rough guide). */
  seconds: number;
}

function counts(payloads: readonly number[], cellPayloads: readonly number[], refused: readonly { cellBytes: number }[]): SyncCounts {
  const bytes = payloads.reduce((a, b) => a + b, 0);
  return {
    syncs: payloads.length + refused.length,
    payloadSyncs: cellPayloads.filter((b) => b > 0).length + refused.filter((r) => r.cellBytes > 0).length,
    refusedSyncs: refused.length,
    bytes,
    maxPayloadBytes: Math.max(0, ...payloads),
    minimumSyncs: Math.max(1, Math.ceil(bytes / EXCEL_LIMIT_BYTES)),
  };
}

export async function excelTask(rows: number): Promise<ExcelSample> {
  const wb = new FakeWorkbook(EXCEL_LIMIT_BYTES);
  for (const sheet of ledgerSheets(generateLedger(rows))) wb.addSheet(sheet.name, sheet.values);
  collect();
  let readSyncs = -1;
  let readRefused = -1;
  const run = await secondsAsync(() =>
    reconcile(new OfficeWorkbook(fakeRun(wb)), { lang: 'sv', today: '2025-01-31' }, (step) => {
      if (step !== 'compute') return;
      readSyncs = wb.payloads.length;
      readRefused = wb.refused.length;
    }),
  );
  const read = counts(wb.payloads.slice(0, readSyncs), wb.cellPayloads.slice(0, readSyncs), wb.refused.slice(0, readRefused));
  const write = counts(wb.payloads.slice(readSyncs), wb.cellPayloads.slice(readSyncs), wb.refused.slice(readRefused));
  return { rows, read, write, maxPayloadBytes: Math.max(read.maxPayloadBytes, write.maxPayloadBytes), sheetsWritten: run.value.written, seconds: run.seconds };
}

export function measureExcel(rows: number): Promise<Outcome<ExcelSample>> {
  return runChild<ExcelSample>('excel', [rows], rows >= 1_000_000 ? 1_200_000 : 300_000, 12_288);
}
