import { SheetData } from '../cells';
import { formatAt, formatKnown } from '../cell-formats';
import type { MessageParam, MessageParams } from '../messages';
import { formatMayScale, formatScale } from './format-scale';
import type { TableLayout } from './tables';
import { AMOUNT_ROLES, ColumnRole } from './vocabulary';
import { Unit } from './units';

/**
 * The unit stated for a table (header, title, sheet name) is the unit its figures are shown in. A number
 * format that shows a number divided by 1 000 (`#,##0,`, format-scale.ts) shows a cell of kronor as tkr:
 * under `(tkr)` such a cell holds kronor, and multiplying it by 1 000 would make it 1 000 times too large.
 * So each amount column's cells are read in the stated unit divided by 1 000 per comma of the format most of
 * its number cells carry. A cell whose format shows another scale than that is not read (which unit it holds
 * cannot be told), nor is a cell whose format would put it below kronor (`#,##0,` under `(kr)`).
 */

/** What an amount column's number formats say. */
export interface ColumnFormat {
  /** Thousands the format most of its number cells carry divides by; null when no one scale has the most (or the most cannot be told). */
  scale: number | null;
  /** Whether some of its number cells show another scale than `scale`: those are not read. */
  mixed: boolean;
  /** The first format met for each scale (`-1`: a format whose scale cannot be told), for messages. */
  formats: Map<number, string>;
}

/** A column read in another unit than the one stated, or checked cell by cell: its formats and the units. */
export interface ShownScaled extends ColumnFormat {
  /** The unit stated for the column (its header's, else the table's). */
  stated: Unit;
  /** The unit its cells hold; null where the scale would put it below kronor, or no scale has the most. */
  stored: Unit | null;
}

const GENERAL = 'General';
/** The bucket of a format whose scale depends on conditions not read here. */
const UNTOLD = -1;

/**
 * The formats of a column's number cells from `firstRow` to `lastRow` (zero left out: it shows the same at
 * any scale); null when none of them shows a number scaled, which leaves the column as it was.
 */
export function columnFormat(sheet: SheetData, col: number, firstRow: number, lastRow: number): ColumnFormat | null {
  const formats = sheet.formats;
  const runs = formats?.runs[col];
  if (!formats || !runs) return null;
  let scaled = false;
  for (let k = 0; k < runs.length && !scaled; k += 3)
    if (runs[k + 1] >= firstRow && runs[k] <= lastRow && formatMayScale(formats.codes[runs[k + 2]])) scaled = true;
  if (!scaled) return null;
  const counts = new Map<number, number>();
  const first = new Map<number, string>();
  let k = 0;
  const end = Math.min(lastRow, sheet.values.length - 1);
  for (let r = firstRow; r <= end; r++) {
    const v = sheet.values[r]?.[col];
    if (typeof v !== 'number' || v === 0 || !formatKnown(formats, r, col)) continue;
    // Rows ascend: the run that may hold this row is at or after the last one.
    while (k < runs.length && runs[k + 1] < r) k += 3;
    const code = k < runs.length && runs[k] <= r ? formats.codes[runs[k + 2]] : null;
    const scale = formatScale(code, v) ?? UNTOLD;
    counts.set(scale, (counts.get(scale) ?? 0) + 1);
    if (!first.has(scale)) first.set(scale, code ?? GENERAL);
  }
  if (![...counts.keys()].some((s) => s > 0 || s === UNTOLD)) return null;
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const top = ranked.length > 1 && ranked[1][1] === ranked[0][1] ? null : ranked[0][0];
  return { scale: top === UNTOLD ? null : top, mixed: counts.size > 1, formats: first };
}

/** The scale a number cell's own format shows it at (a row whose format was not read: the column's). */
export function cellScale(sheet: SheetData, row: number, col: number, value: number, column: ColumnFormat): number | null {
  const formats = sheet.formats;
  if (!formats || !formatKnown(formats, row, col)) return column.scale;
  return formatScale(formatAt(formats, row, col), value);
}

/**
 * Why a nonzero number in a column checked cell by cell cannot be read (the reason amountIssueKey turns into a
 * message key), with the params of its message; null when it reads in `shown.stored`. Its own format shows
 * another scale than the column's (or the column has no one scale), or the scale puts it below kronor.
 */
export function scaleProblem(
  sheet: SheetData,
  row: number,
  col: number,
  value: number,
  shown: ShownScaled,
): { reason: 'format-scale' | 'format-unit'; params: MessageParams } | null {
  const own = cellScale(sheet, row, col, value, shown);
  const formatOf = (scale: number | null): MessageParam => {
    const code = shown.formats.get(scale ?? UNTOLD) ?? GENERAL;
    return code === GENERAL ? { key: 'format.general' } : code;
  };
  if (own !== shown.scale || shown.scale === null) {
    // The format most of the column's numbers carry; on a tie, the first other one.
    const others = formatOf(shown.scale ?? [...shown.formats.keys()].find((s) => s !== (own ?? UNTOLD)) ?? null);
    return { reason: 'format-scale', params: { format: formatOf(own), columnFormat: others, unit: shown.stated } };
  }
  if (shown.stored === null) return { reason: 'format-unit', params: { format: formatOf(own), unit: shown.stated } };
  return null;
}

const UNITS: readonly Unit[] = ['kr', 'tkr', 'mnkr'];

/** The stated unit `scale` steps of 1 000 down: what a cell shown in `stated` by such a format holds; null below kronor. */
export function storedUnit(stated: Unit, scale: number): Unit | null {
  const i = UNITS.indexOf(stated) - scale;
  return i >= 0 ? UNITS[i] : null;
}

/**
 * What the formats of a column's number cells from `firstRow` to `lastRow` say, read under the unit `stated`
 * (one read from the workbook); null when none of them shows a number scaled.
 */
export function shownScaled(sheet: SheetData, col: number, firstRow: number, lastRow: number, stated: Unit): ShownScaled | null {
  const format = columnFormat(sheet, col, firstRow, lastRow);
  if (!format) return null;
  return { ...format, stated, stored: format.scale === null ? null : storedUnit(stated, format.scale) };
}

/** The sheet columns a table reads amounts from, each with its role. */
function amountColumns(layout: TableLayout): { col: number; role: ColumnRole }[] {
  const out: { col: number; role: ColumnRole }[] = [];
  for (const role of AMOUNT_ROLES) {
    const col = layout.columns[role];
    if (col !== undefined) out.push({ col, role });
  }
  for (const role of ['budget', 'outcome', 'forecast'] as const) for (const col of layout.months[role] ?? []) if (col >= 0) out.push({ col, role });
  if (layout.creditCol !== undefined) out.push({ col: layout.creditCol, role: 'outcome' });
  return out;
}

const COARSENESS: Record<Unit, number> = { kr: 0, tkr: 1, mnkr: 2 };

/**
 * A table with what its amount columns' formats say: `shownScaled` for each column whose format scales its
 * numbers. When every amount column holds another unit than the one stated, that is the table's unit (the
 * coarsest of them), said to come from the format. Only a unit read from the workbook is taken as the unit
 * shown: with none stated the cells are kronor whatever they show, and a unit the user gave is the cells'.
 */
export function withFormatUnits(sheet: SheetData, layout: TableLayout): TableLayout {
  if (!sheet.formats || layout.view || !['header', 'title', 'sheet'].includes(layout.unitSource)) return layout;
  const columns = amountColumns(layout);
  const shown: Record<number, ShownScaled> = {};
  let any = false;
  for (const { col, role } of columns) {
    if (shown[col]) continue;
    const s = shownScaled(sheet, col, layout.firstRow, layout.lastRow, layout.columnUnits[role] ?? layout.unit);
    if (!s) continue;
    shown[col] = s;
    any = true;
  }
  if (!any) return layout;
  const reading = layout.reading.map((c) => {
    const s = shown[c.col];
    return s?.stored && s.stored !== s.stated ? { ...c, held: s.stored } : c;
  });
  const stored: Unit[] = [];
  for (const { col } of columns) {
    const u = shown[col]?.stored;
    if (!u) return { ...layout, shownScaled: shown, reading };
    stored.push(u);
  }
  const unit = stored.reduce((a, b) => (COARSENESS[b] > COARSENESS[a] ? b : a));
  if (unit === layout.unit) return { ...layout, shownScaled: shown, reading };
  const first = Object.values(shown).find((s) => s.stored === unit && s.scale !== null)!;
  const unitShown = { unit: layout.unit, format: first.formats.get(first.scale!)! };
  return { ...layout, shownScaled: shown, reading, unit, unitSource: 'format', unitShown };
}
