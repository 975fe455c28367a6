import { ExcelContext } from './api';

/**
 * The core counts dates as serial numbers of the 1900 date system (day 1 = 1900-01-01). A workbook may count
 * from 1904 instead (Excel for Mac's old default; File → Options → Advanced → "Use 1904 date system"): there
 * the same day is 1462 lower. This adapter converts on the way in and back on the way out.
 */
export const DAYS_1900_TO_1904 = 1462;

/**
 * Queue the probe: `DATE(1904, 1, 1)` is 0 in the 1904 system and 1462 in the 1900 one ("Is a number from 1900
 * or 1904 (depending on the workbook's date system)", Functions.date, ExcelApi 1.2). It reads no cell and
 * writes nothing. (`Workbook.use1904DateSystem` says the same, but no released requirement set has it.)
 * Call the returned function after the next sync.
 */
export function probeDateSystem(context: ExcelContext): () => boolean {
  const probe = context.workbook.functions.date(1904, 1, 1).load('value');
  return () => probe.value === 0;
}

/** Strip what a number format shows literally: quoted text, escaped characters, [colours] and [$-locales]. */
function formatTokens(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '');
}

/**
 * Whether a number format shows a date: it has a day or a year code. A time of day alone (`hh:mm`) or a
 * duration (`[h]:mm`) counts the same in both systems and is not converted.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === 'General' || format === '@') return false;
  return /[dy]/i.test(formatTokens(format.split(';')[0]));
}
