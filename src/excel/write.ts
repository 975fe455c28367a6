import { cellAddress, columnLetter, rangeAddress } from '../core/cells';
import { SETTINGS_SHEET, chooseSheetName, isGeneratedSheet, isSettingsSheet, sheetNameKey } from '../core/marks';
import { Lang } from '../core/messages';
import { ConditionalRule, NUMBER_FORMATS, OutputCell, OutputSheet, tableHeaderRow } from '../core/render/output';
import { hasReplaceableName, replacedSheetNames } from '../core/render/sheet-names';
import { ExcelContext, Supports, XlRange, XlWorksheet } from './api';
import { PayloadLimits, SyncPlan, jsonBytes } from './blocks';

const STYLE_COLOURS: Record<ConditionalRule['style'], { fill: string; font: string }> = {
  bad: { fill: '#FFC7CE', font: '#9C0006' },
  warn: { fill: '#FFEB9C', font: '#9C5700' },
  good: { fill: '#C6EFCE', font: '#006100' },
};
const TAB_COLOUR = '#0F6CBD';
const NOTE_COLOUR = '#605E5C';
const TABLE_STYLE = 'TableStyleMedium2';

/**
 * Formula injection: Excel turns a string assigned to `range.values` into a formula when it starts with
 * `=`, `+` or `-` (and reads numbers and dates out of text that looks like one), so a line label such as
 * `=HYPERLINK(…)` copied from the user's sheet would become a live formula. Every cell that may hold text
 * (title, notes, header, text columns, the chart's category column) gets the Text number format `@`
 * BEFORE its value is assigned; with `@` Excel stores the string exactly as given. The format goes in the
 * same request as the values, ahead of them: a request's operations run in the order they were queued.
 * (The alternative, a leading apostrophe, would change the text every reader of `values` sees.)
 */
const TEXT_FORMAT = '@';

/** Excel's column width unit is about 7 pixels per character plus 5 pixels of padding; `columnWidth` is in points. */
export function columnWidthPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

/** Excel formula text for a string literal. */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export interface WriteOptions {
  supports: Supports;
  limits: PayloadLimits;
}

/** Queued operations with their estimated request size. */
interface Step {
  bytes: number;
  queue: () => void;
}

interface SheetPlan {
  out: OutputSheet;
  name: string;
  tableName: string;
  headerRow: number;
  /** The table body; a table needs at least one row. */
  rows: OutputCell[][];
  rowBytes: number[];
  sheet?: XlWorksheet;
}

const lower = sheetNameKey;

function freeName(wanted: string, taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? wanted : `${wanted}_${i}`;
    if (!taken.has(lower(name))) return name;
  }
}

function sheetPlan(out: OutputSheet, name: string, tableName: string): SheetPlan {
  const rows = out.table.rows.length ? out.table.rows : [out.table.columns.map(() => null)];
  // Each row as it travels inside the block's JSON array, comma included.
  const rowBytes = rows.map((r) => jsonBytes(r) + 1);
  return { out, name, tableName, headerRow: tableHeaderRow(out), rows, rowBytes };
}

/** Add the sheet and queue what precedes the body: number formats (text first), title, notes, header, widths. */
function setUpStep(context: ExcelContext, p: SheetPlan, supports: Supports, op: number): Step {
  const { out, headerRow, rows } = p;
  const columns = out.table.columns;
  const firstBody = headerRow + 1;
  const lastBody = headerRow + rows.length;
  const lastCol = columns.length - 1;
  const strayText: [number, number][] = [];
  columns.forEach((c, col) => {
    if (c.kind === 'text') return;
    rows.forEach((row, r) => {
      if (typeof row[col] === 'string') strayText.push([firstBody + r, col]);
    });
  });
  return {
    bytes: jsonBytes([out.title, out.notes, columns.map((c) => c.header)]) + op * (10 + columns.length * 2 + strayText.length),
    queue: () => {
      const ws = context.workbook.worksheets.add(p.name);
      p.sheet = ws;
      if (supports('ExcelApi', '1.7')) ws.tabColor = TAB_COLOUR;
      ws.getRange(rangeAddress(0, 0, out.notes.length, 0)).numberFormat = [[TEXT_FORMAT]];
      ws.getRange(rangeAddress(headerRow, 0, headerRow, lastCol)).numberFormat = [[TEXT_FORMAT]];
      columns.forEach((c, col) => {
        ws.getRange(rangeAddress(firstBody, col, lastBody, col)).numberFormat = [[NUMBER_FORMATS[c.kind]]];
        ws.getRange(cellAddress(headerRow, col)).format.columnWidth = columnWidthPoints(c.width);
      });
      // A string in a number column is rare; it is text all the same.
      for (const [r, col] of strayText) ws.getRange(cellAddress(r, col)).numberFormat = [[TEXT_FORMAT]];
      const title = ws.getRange('A1');
      title.values = [[out.title]];
      title.format.font.bold = true;
      title.format.font.size = 14;
      if (out.notes.length) {
        const notes = ws.getRange(rangeAddress(1, 0, out.notes.length, 0));
        notes.values = out.notes.map((n) => [n]);
        notes.format.font.italic = true;
        notes.format.font.color = NOTE_COLOUR;
      }
      ws.getRange(rangeAddress(headerRow, 0, headerRow, lastCol)).values = [columns.map((c) => c.header)];
    },
  };
}

/** The body in row blocks that fill the syncs: one 2-D `values` assignment per block. */
function addBody(plan: SyncPlan, p: SheetPlan, maxCells: number): void {
  const lastCol = p.out.table.columns.length - 1;
  const maxRows = Math.max(1, Math.floor(maxCells / p.out.table.columns.length));
  plan.addRows(p.rows.length, (i) => p.rowBytes[i], maxRows, (first, count) => {
    const top = p.headerRow + 1 + first;
    p.sheet!.getRange(rangeAddress(top, 0, top + count - 1, lastCol)).values = p.rows.slice(first, first + count);
  });
}

/** Rows of the body with a style other than 'normal', as runs of consecutive rows. */
function styledRuns(p: SheetPlan): [number, number][] {
  const runs: [number, number][] = [];
  p.out.table.rowStyles.forEach((style, i) => {
    if (style === 'normal') return;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  return runs;
}

/**
 * The chart's data: the category column and the value columns of the listed rows, copied to a small helper
 * range one column right of the table. The listed rows need not be contiguous (one block per summary table,
 * with total rows between) and the columns are not adjacent, so charting the table directly would need
 * series-by-series set-up (ExcelApi 1.7); a helper range keeps it to one `charts.add` on one plain range.
 */
function chartData(p: SheetPlan): { left: number; data: OutputCell[][]; formats: string[]; widths: number[]; strayText: [number, number][] } | null {
  const chart = p.out.chart;
  const columns = p.out.table.columns;
  if (!chart || !chart.rows.length) return null;
  const cols = [chart.categoryColumn, ...chart.valueColumns];
  if (cols.some((c) => c < 0 || c >= columns.length)) return null;
  const data = [cols.map((c) => columns[c].header), ...chart.rows.map((r) => cols.map((c) => p.rows[r]?.[c] ?? null))];
  // The categories are the user's goal-area names: text, like every text column.
  const formats = cols.map((c, i) => (i === 0 ? TEXT_FORMAT : NUMBER_FORMATS[columns[c].kind]));
  // A string among the values is copied as text too, as in the table (row 0 is the header, already text).
  const strayText: [number, number][] = [];
  data.forEach((row, r) =>
    row.forEach((v, i) => {
      if (r > 0 && i > 0 && typeof v === 'string') strayText.push([r, i]);
    }),
  );
  return { left: columns.length + 1, data, formats, widths: cols.map((c) => columns[c].width), strayText };
}

/** After the body: the table, bold group and total rows, conditional formats, the chart and frozen header. */
function finishStep(p: SheetPlan, supports: Supports, op: number): Step {
  const { out, headerRow, rows } = p;
  const columns = out.table.columns;
  const firstBody = headerRow + 1;
  const lastBody = headerRow + rows.length;
  const lastCol = columns.length - 1;
  const runs = styledRuns(p);
  const chart = chartData(p);
  const conditional = supports('ExcelApi', '1.6') ? out.table.conditional.filter((r) => r.column >= 0 && r.column <= lastCol) : [];
  return {
    bytes: op * (4 + runs.length + conditional.length * 3 + (chart ? 8 + chart.strayText.length : 0)) + (chart ? jsonBytes(chart.data) : 0),
    queue: () => {
      const ws = p.sheet!;
      const table = ws.tables.add(ws.getRange(rangeAddress(headerRow, 0, lastBody, lastCol)), true);
      table.name = p.tableName;
      table.style = TABLE_STYLE;
      for (const [from, to] of runs) ws.getRange(rangeAddress(firstBody + from, 0, firstBody + to, lastCol)).format.font.bold = true;
      for (const rule of conditional) {
        const col = columnLetter(rule.column);
        const cell = `$${col}${firstBody + 1}`;
        const test = 'equals' in rule.when ? `=${cell}=${quote(rule.when.equals)}` : `=AND(ISNUMBER(${cell}),${cell}<${rule.when.lessThan})`;
        const target = rule.wholeRow ? rangeAddress(firstBody, 0, lastBody, lastCol) : rangeAddress(firstBody, rule.column, lastBody, rule.column);
        const cf = ws.getRange(target).conditionalFormats.add('Custom');
        cf.custom.rule.formula = test;
        const colours = STYLE_COLOURS[rule.style];
        if (rule.wholeRow) cf.custom.format.fill.color = colours.fill;
        cf.custom.format.font.color = colours.font;
      }
      if (chart && out.chart) {
        const { left, data, formats, widths, strayText } = chart;
        const right = left + formats.length - 1;
        const bottom = headerRow + data.length - 1;
        ws.getRange(rangeAddress(headerRow, left, headerRow, right)).numberFormat = [[TEXT_FORMAT]];
        formats.forEach((format, i) => {
          ws.getRange(rangeAddress(headerRow + 1, left + i, bottom, left + i)).numberFormat = [[format]];
          ws.getRange(cellAddress(headerRow, left + i)).format.columnWidth = columnWidthPoints(widths[i]);
        });
        for (const [r, i] of strayText) ws.getRange(cellAddress(headerRow + r, left + i)).numberFormat = [[TEXT_FORMAT]];
        const source: XlRange = ws.getRange(rangeAddress(headerRow, left, bottom, right));
        source.values = data;
        const bar = ws.charts.add('BarClustered', source, 'Columns');
        bar.title.text = out.chart.title;
        bar.legend.visible = formats.length > 2;
        bar.setPosition(cellAddress(headerRow, right + 2), cellAddress(headerRow + Math.max(16, data.length + 2), right + 9));
      }
      if (supports('ExcelApi', '1.7')) ws.freezePanes.freezeRows(headerRow + 1);
    },
  };
}

/**
 * Replace Avstämning's sheets with the described ones, in a fixed number of syncs whatever the row count:
 * 1. the sheet and table names (and whether events are on);
 * 2. A2 of each sheet that a run may replace (only when there is one): only a sheet carrying the
 *    generated mark is deleted, so a user's sheet is never touched;
 * 3. everything else, cut into further syncs only where the body passes the payload limit.
 * Every cell written is on a sheet added in this run. Returns the names the sheets got.
 */
export async function writeOutputSheets(context: ExcelContext, sheets: readonly OutputSheet[], { supports, limits }: WriteOptions): Promise<string[]> {
  const op = limits.operationBytes;
  const canToggleEvents = supports('ExcelApi', '1.8');
  const canSuspendCalculation = supports('ExcelApi', '1.6');
  const worksheets = context.workbook.worksheets.load('items/name');
  const allTables = context.workbook.tables.load('items/name');
  const runtime = canToggleEvents ? context.runtime.load('enableEvents') : null;
  await context.sync();

  const wanted = replacedSheetNames(sheets);
  const candidates = worksheets.items
    .filter((ws) => hasReplaceableName(ws.name, wanted))
    .map((ws) => ({ ws, mark: ws.getRange('A2').load('values'), tables: ws.tables.load('items/name') }));
  if (candidates.length) await context.sync();
  const replaced = candidates.filter((c) => {
    const a2 = c.mark.values[0]?.[0];
    return isGeneratedSheet({ name: c.ws.name, values: [[], [typeof a2 === 'string' ? a2 : null]] });
  });

  const gone = new Set(replaced.map((c) => c.ws));
  const existing = worksheets.items.filter((ws) => !gone.has(ws)).map((ws) => ({ name: ws.name, generated: false }));
  const freed = new Set(replaced.flatMap((c) => c.tables.items.map((t) => lower(t.name))));
  const takenTables = new Set(allTables.items.map((t) => lower(t.name)).filter((n) => !freed.has(n)));
  const takenSheets = new Set<string>();
  const plans = sheets.map((out) => {
    const name = chooseSheetName(out.name, existing, takenSheets);
    takenSheets.add(lower(name));
    const tableName = freeName(out.table.name, takenTables);
    takenTables.add(lower(tableName));
    return sheetPlan(out, name, tableName);
  });

  const eventsWereOn = runtime !== null && runtime.enableEvents;
  const plan = new SyncPlan(limits.maxBytes);
  plan.add(op * (1 + replaced.length), () => {
    if (eventsWereOn) context.runtime.enableEvents = false;
    for (const c of replaced) c.ws.delete();
  });
  for (const p of plans) {
    const setUp = setUpStep(context, p, supports, op);
    plan.add(setUp.bytes, setUp.queue);
    addBody(plan, p, limits.maxCells);
    const finish = finishStep(p, supports, op);
    plan.add(finish.bytes, finish.queue);
  }
  if (eventsWereOn) plan.add(op, () => void (context.runtime.enableEvents = true));

  try {
    // Suspension lasts until the next sync, so each sync asks again.
    await plan.run(context, () => {
      if (canSuspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    });
  } catch (error) {
    if (eventsWereOn) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
  return plans.map((p) => p.name);
}

/**
 * The settings sheet (`Avstämning inställningar`) is Avstämning's own, found by its name: it is replaced by a
 * new sheet of the same name holding the rows, as the ExcelJS adapter does. Two syncs. The rows carry text
 * the user typed, so every string cell is Text (`@`) before its value lands, like the generated sheets.
 */
export async function writeSettingsSheet(context: ExcelContext, rows: readonly (readonly (string | number)[])[], lang: Lang): Promise<string> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const existing = worksheets.items.find((ws) => isSettingsSheet({ name: ws.name, values: [] }));
  const name = existing ? existing.name : SETTINGS_SHEET[lang];
  if (existing) existing.delete();
  const ws = context.workbook.worksheets.add(name);
  const width = Math.max(1, ...rows.map((r) => r.length));
  if (rows.length) {
    const grid = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
    const range = ws.getRange(rangeAddress(0, 0, rows.length - 1, width - 1));
    range.numberFormat = grid.map((r) => r.map((v) => (typeof v === 'string' ? TEXT_FORMAT : 'General')));
    range.values = grid;
    ws.getRange(rangeAddress(0, 0, 0, width - 1)).format.font.bold = true;
  }
  ws.getRange('A1').format.columnWidth = columnWidthPoints(34);
  ws.getRange('B1').format.columnWidth = columnWidthPoints(18);
  await context.sync();
  return name;
}
