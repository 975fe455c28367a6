import { cellAddress, columnLetter, rangeAddress } from '../core/cells';
import { SETTINGS_SHEET, chooseSheetName, isSettingsSheet, marksOwnSheet, sheetNameKey } from '../core/marks';
import { Lang } from '../core/messages';
import {
  CHART_COLOURS,
  CHART_COLUMNS,
  ColumnKind,
  HighlightStyle,
  LinkTarget,
  NARROW_PRINT_SCALE,
  NUMBER_FORMATS,
  OutputCell,
  OutputSheet,
  afterRow,
  chartPlacement,
  headerLines,
  pageCode,
  rowHeightPoints,
  tableHeaderRow,
  textSpan,
  wrappedLines,
} from '../core/render/output';
import { hasReplaceableName, outputKeyOf, replacedSheetNames, sheetMarkedAs } from '../core/render/sheet-names';
import { ExcelContext, Supports, XlCellValue, XlChart, XlRange, XlTable, XlWorksheet } from './api';
import { BlockMeter, PayloadLimits, SyncPlan, cellJsonBytes, jsonBytes } from './blocks';
import { DAYS_1900_TO_1904, probeDateSystem } from './date-system';
import { ExcelRunError, officeErrorCode } from './errors';

const STYLE_COLOURS: Record<HighlightStyle, { fill: string; font: string }> = {
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
 * `=HYPERLINK(…)` copied from the user's sheet would become a live formula. Two defences:
 * - where the host has ExcelApi 1.16, text is written through `range.valuesAsJson` as String cell values,
 *   whose documented meaning is the string itself ("the value that would be returned by Range.values for a
 *   cell with this value", StringCellValue.basicValue): nothing is parsed;
 * - everywhere, every cell that may hold text (title, notes, header, text columns, the chart's category
 *   column) gets the Text number format `@` BEFORE its value is assigned, in the same request (a request's
 *   operations run in the order they were queued). Where 1.16 is missing this is the defence: Excel stores
 *   text typed into a Text cell as it is; the Range.values reference does not state it for the API, which is
 *   why 1.16 hosts do not rely on it. It also keeps a label text when the user edits it later.
 * (A leading apostrophe would change the text every reader of `values` sees.)
 */
const TEXT_FORMAT = '@';
/** Every row of a worksheet. */
const ALL_ROWS = '1:1048576';
const JSON_API = '1.16';

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

/** How cell values travel: text as String cell values (ExcelApi 1.16) or through `values`; dates in which system. */
interface CellWriting {
  json: boolean;
  date1904: boolean;
}

const asJson = (v: OutputCell): XlCellValue =>
  typeof v === 'string' ? { type: 'String', basicValue: v } : typeof v === 'number' ? { type: 'Double', basicValue: v } : { type: 'Empty', basicValue: '' };
/** Bytes of `asJson(v)`'s JSON, `{"type":"String","basicValue":…}`, without building it. */
const asJsonBytes = (v: OutputCell): number => (typeof v === 'string' ? 31 + cellJsonBytes(v) : typeof v === 'number' ? 31 + cellJsonBytes(v) : 32);
/** Bytes a text cell adds as a String cell value, for the small steps' estimates. */
const JSON_CELL_BYTES = 32;

/** Columns `from … to` of a block written by one assignment: as String cell values (`text`) or through `values`. */
interface ColumnRun {
  from: number;
  to: number;
  text: boolean;
}

/** Adjacent columns written the same way, as runs; a text column `skip` says is empty is left out. */
function columnRuns(kinds: readonly ColumnKind[], how: CellWriting, skip: (column: number) => boolean): ColumnRun[] {
  const runs: ColumnRun[] = [];
  kinds.forEach((kind, c) => {
    const text = how.json && kind === 'text';
    if (text && skip(c)) return;
    const last = runs[runs.length - 1];
    if (last && last.text === text && last.to === c - 1) last.to = c;
    else runs.push({ from: c, to: c, text });
  });
  return runs;
}

/**
 * A cell as it goes into `values`: a string where the host takes String cell values goes apart (null here,
 * the cell is left as it is), a date column's serial moved to the 1904 system where the workbook counts from 1904.
 */
function valuesCell(v: OutputCell, kind: ColumnKind, how: CellWriting): OutputCell {
  if (typeof v === 'string' && how.json) return null;
  return typeof v === 'number' && how.date1904 && kind === 'date' ? v - DAYS_1900_TO_1904 : v;
}

/**
 * Queue `rows` into the rectangle from (`top`, `left`), columns of `kinds`: text columns as String cell values
 * where the host has them, the others through `values` (a string among them, rare, as its own String cell);
 * a date column's serials moved to the 1904 system where the workbook counts from 1904.
 */
function queueCells(
  ws: XlWorksheet,
  top: number,
  left: number,
  rows: readonly (readonly OutputCell[])[],
  kinds: readonly ColumnKind[],
  how: CellWriting,
): void {
  if (!rows.length) return;
  const bottom = top + rows.length - 1;
  // A text column empty in all these rows has nothing to write (the sheet is new or cleared): skipped.
  const runs = columnRuns(kinds, how, (c) => rows.every((r) => r[c] === null || r[c] === undefined));
  for (const { from, to, text } of runs) {
    const range = ws.getRange(rangeAddress(top, left + from, bottom, left + to));
    if (text) {
      range.valuesAsJson = rows.map((r) => r.slice(from, to + 1).map(asJson));
      continue;
    }
    const stray: [number, number, string][] = [];
    range.values = rows.map((r, i) =>
      r.slice(from, to + 1).map((v, j) => {
        if (typeof v === 'string' && how.json) stray.push([top + i, left + from + j, v]);
        return valuesCell(v, kinds[from + j], how);
      }),
    );
    for (const [r, c, v] of stray) ws.getRange(cellAddress(r, c)).valuesAsJson = [[asJson(v)]];
  }
}

/**
 * What a block of the table body weighs in a request, measured row by row on the cells as `queueCells`
 * sends them: per run of columns an operation, the array's brackets and each row's, the cells' JSON with a
 * comma each, and a stray string's own assignment. A text column empty in all the block's rows is not sent
 * (`queueCells` skips it), so it is counted only from the first row that has a value in it, for every row
 * of the block, and the runs are counted again then.
 */
function bodyMeter(rows: readonly (readonly OutputCell[])[], kinds: readonly ColumnKind[], how: CellWriting, op: number): BlockMeter {
  const skippable = kinds.map((k) => how.json && k === 'text');
  const sums = new Float64Array(kinds.length);
  const present = skippable.map((s) => !s);
  let count = 0;
  let stray = 0;
  let runs = 0;
  let columns = 0;
  const recount = () => {
    runs = columnRuns(kinds, how, (c) => !present[c]).length;
    columns = present.filter(Boolean).length;
  };
  return {
    reset: () => {
      sums.fill(0);
      skippable.forEach((s, c) => (present[c] = !s));
      count = 0;
      stray = 0;
      recount();
    },
    add: (i) => {
      const row = rows[i];
      count++;
      let appeared = false;
      for (let c = 0; c < kinds.length; c++) {
        const v = row[c] ?? null;
        if (skippable[c]) {
          sums[c] += asJsonBytes(v);
          if (v !== null && !present[c]) {
            present[c] = true;
            appeared = true;
          }
          continue;
        }
        sums[c] += cellJsonBytes(valuesCell(v, kinds[c], how));
        // `[[{"type":"String","basicValue":…}]]` on a range of its own.
        if (typeof v === 'string' && how.json) stray += op + 4 + asJsonBytes(v);
      }
      if (appeared) recount();
      // Per run its operation, and `[`, `]` less the last row's comma; per row and run `[`, `]` and a comma;
      // per cell a comma, less the row's last.
      let bytes = runs * (op + 1 + 2 * count) + count * columns + stray;
      for (let c = 0; c < kinds.length; c++) if (present[c]) bytes += sums[c];
      return bytes;
    },
  };
}

/** Queued operations with their estimated request size. */
interface Step {
  bytes: number;
  queue: () => void;
}

/** A sheet of the workbook as the write found it. */
interface Present {
  ws: XlWorksheet;
  name: string;
  visibility: string;
  /** The sheet a run wrote (its mark names it), or one this run created or cleared already. */
  own: boolean;
  protected: boolean;
  tables: XlTable[];
  charts: XlChart[];
}

interface Inspection {
  sheets: Present[];
  /** Names a table may not take: every table and defined name (any scope), lower case, with the sheet of each table. */
  names: Map<string, string | null>;
  structureProtected: boolean;
  date1904: boolean;
  eventsOn: boolean;
}

interface SheetPlan {
  out: OutputSheet;
  name: string;
  tableName: string;
  headerRow: number;
  /** The table body; a table needs at least one row. */
  rows: OutputCell[][];
  /** The existing sheet rewritten in place, renamed first when its name is the other language's. */
  reuse: Present | null;
  sheet?: XlWorksheet;
}

interface WritePlan {
  sheets: SheetPlan[];
  /** Own sheets of an output written elsewhere now (a second one of the same kind, from a run in the other language). */
  obsolete: Present[];
}

const lower = sheetNameKey;

function freeName(wanted: string, taken: ReadonlyMap<string, unknown> | ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? wanted : `${wanted}_${i}`;
    if (!taken.has(lower(name))) return name;
  }
}

/**
 * What is there: two syncs. 1: the sheets, the workbook's tables and defined names, its date system, whether
 * it is read-only or its structure protected, whether events are on. 2: each sheet's own defined names, and
 * of each sheet whose name a run may replace (or that `ours` names) its A2 mark, protection, tables and charts.
 * A read-only workbook stops the run here, before anything is written.
 */
async function inspect(context: ExcelContext, wanted: ReadonlySet<string>, supports: Supports, ours: ReadonlySet<string>): Promise<Inspection> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load('items/name,items/visibility');
  const tables = workbook.tables.load('items/name');
  const definedNames = workbook.names.load('items/name');
  const date1904 = probeDateSystem(context);
  const readOnly = supports('ExcelApi', '1.8') ? workbook.load('readOnly') : null;
  const structure = supports('ExcelApi', '1.7') ? workbook.protection.load('protected') : null;
  const runtime = supports('ExcelApi', '1.8') ? context.runtime.load('enableEvents') : null;
  await context.sync();
  if (readOnly?.readOnly) throw new ExcelRunError('excel.readOnly');

  const candidates = new Set(worksheets.items.filter((ws) => hasReplaceableName(ws.name, wanted) || ours.has(lower(ws.name))));
  const loaded = worksheets.items.map((ws) => ({
    ws,
    names: ws.names.load('items/name'),
    detail: candidates.has(ws)
      ? {
          mark: ws.getRange('A2').load('values'),
          protection: ws.protection.load('protected'),
          tables: ws.tables.load('items/name'),
          charts: ws.charts.load('items/name'),
        }
      : null,
  }));
  await context.sync();

  const names = new Map<string, string | null>();
  for (const n of definedNames.items) names.set(lower(n.name), null);
  for (const { names: local } of loaded) for (const n of local.items) names.set(lower(n.name), null);
  for (const t of tables.items) names.set(lower(t.name), null);
  const sheets = loaded.map(({ ws, detail }): Present => {
    const own =
      detail !== null && (ours.has(lower(ws.name)) || marksOwnSheet(ws.name, (detail.mark.values[0]?.[0] ?? null) as string | number | boolean | null));
    if (detail) for (const t of detail.tables.items) names.set(lower(t.name), ws.name);
    return {
      ws,
      name: ws.name,
      visibility: ws.visibility,
      own,
      protected: detail?.protection.protected ?? false,
      tables: detail?.tables.items ?? [],
      charts: detail?.charts.items ?? [],
    };
  });
  return { sheets, names, structureProtected: structure?.protected ?? false, date1904: date1904(), eventsOn: runtime?.enableEvents ?? false };
}

/**
 * Which existing sheet each output is written to. An own sheet of the same name is rewritten in place (its
 * contents, tables and charts cleared), which keeps Excel's undo history: deleting a sheet clears it. An own
 * sheet of the same output under the other language's name is renamed and rewritten. An output without one
 * gets a new sheet, named beside any user sheet or chart sheet of its name (`Avvikelser (2)`). Own sheets
 * left over are deleted. `hidden` holds names Office.js cannot list (chart sheets) found taken on an earlier try.
 */
function planWrite(found: Inspection, sheets: readonly OutputSheet[], wanted: ReadonlySet<string>, hidden: ReadonlySet<string>): WritePlan {
  const own = found.sheets.filter((s) => s.own && hasReplaceableName(s.name, wanted));
  const existing = [...found.sheets.map((s) => ({ name: s.name, generated: own.includes(s) })), ...[...hidden].map((name) => ({ name, generated: false }))];
  const taken = new Set<string>();
  const used = new Set<Present>();
  const base = (name: string) => lower(name).replace(/ \(\d+\)$/, '');
  const plans = sheets.map((out) => {
    // The run's own sheet of this name, suffix or not (`Avvikelser (2)` beside a user's `Avvikelser`), keeps
    // its name: a rename would clear undo on the desktop. The exact name first.
    const same = own
      .filter((s) => !used.has(s) && base(s.name) === lower(out.name))
      .sort((a, b) => Number(lower(b.name) === lower(out.name)) - Number(lower(a.name) === lower(out.name)))[0];
    if (same) {
      used.add(same);
      taken.add(lower(same.name));
      return { out, name: same.name, reuse: same };
    }
    const name = chooseSheetName(out.name, existing, taken);
    taken.add(lower(name));
    // The same output in the other language (`Avvikelser` for `Deviations`): renamed and rewritten.
    const other = own.find((s) => !used.has(s) && outputKeyOf(s.name) === out.key && !sheets.some((o) => base(s.name) === lower(o.name)));
    if (other) used.add(other);
    return { out, name, reuse: other ?? null };
  });
  const obsolete = own.filter((s) => !used.has(s));
  const gone = new Set([...used, ...obsolete].map((s) => s.name));
  const tableNames = new Set([...found.names].filter(([, sheet]) => sheet === null || !gone.has(sheet)).map(([n]) => n));
  return {
    obsolete,
    sheets: plans.map(({ out, name, reuse }) => {
      const tableName = freeName(out.table.name, tableNames);
      tableNames.add(lower(tableName));
      const marked = sheetMarkedAs(out, name);
      const rows = marked.table.rows.length ? marked.table.rows : [marked.table.columns.map(() => null)];
      return { out: marked, name, tableName, headerRow: tableHeaderRow(marked), rows, reuse };
    }),
  };
}

/** Stop before anything is written when the plan needs what protection forbids. */
function checkWritable(found: Inspection, plan: WritePlan): void {
  for (const p of plan.sheets) if (p.reuse?.protected) throw new ExcelRunError('excel.sheetProtected', { sheet: p.reuse.name });
  const restructures = plan.obsolete.length > 0 || plan.sheets.some((p) => !p.reuse || p.reuse.name !== p.name);
  if (restructures && found.structureProtected) throw new ExcelRunError('excel.workbookProtected');
}

/**
 * The workbook's structure first, in queue order: renames, the sheets rewritten in place cleared of their
 * tables, charts, rules, contents and formats, the new sheets added, and last the own sheets no longer needed
 * deleted (after the adds, so a workbook is never left without a visible sheet; a very hidden one made hidden
 * first: Excel refuses to delete a very hidden sheet).
 */
function structureStep(context: ExcelContext, plan: WritePlan, supports: Supports, op: number): Step {
  const reused = plan.sheets.filter((p) => p.reuse);
  return {
    bytes: op * (plan.obsolete.length * 2 + plan.sheets.length * 2 + reused.reduce((n, p) => n + p.reuse!.tables.length + p.reuse!.charts.length, 0)),
    queue: () => {
      for (const p of reused) {
        const ws = p.reuse!.ws;
        if (p.reuse!.name !== p.name) ws.name = p.name;
        for (const t of p.reuse!.tables) t.delete();
        for (const c of p.reuse!.charts) c.delete();
        if (supports('ExcelApi', '1.6')) ws.getRange().conditionalFormats.clearAll();
        // Every row goes, not only its contents: merged notes, links, row heights and the outline's groups
        // with it (clearing leaves an outline, and ungrouping rows that are not grouped fails).
        ws.getRange(ALL_ROWS).delete('Up');
        p.sheet = ws;
      }
      for (const p of plan.sheets) if (!p.reuse) p.sheet = context.workbook.worksheets.add(p.name);
      for (const s of plan.obsolete) {
        if (s.visibility === 'VeryHidden') s.ws.visibility = 'Hidden';
        s.ws.delete();
      }
    },
  };
}

/** A4 landscape margins left and right, in points (0,4 in), as the .xlsx adapter writes them. */
const SIDE_MARGIN_POINTS = 0.4 * 72;
const LINK_COLOUR = '#0563C1';

/**
 * A line of text across the table (no wider than a printed page) from column `from`: merged, wrapped, at
 * the top, as high as its text needs (Excel's autofit does not measure merged cells).
 */
function queueTextLine(ws: XlWorksheet, r: number, text: string, p: SheetPlan, how: CellWriting, from = 0): void {
  const span = textSpan(p.out);
  const columns = p.out.table.columns;
  const last = Math.max(from, span.columns - 1);
  const width = columns.slice(from, last + 1).reduce((n, c) => n + c.width, 0) || span.width;
  const range = ws.getRange(rangeAddress(r, from, r, last));
  range.numberFormat = [[TEXT_FORMAT]];
  queueCells(ws, r, from, [[text]], ['text'], how);
  if (last > from) range.merge(false);
  range.format.wrapText = true;
  range.format.verticalAlignment = 'Top';
  const lines = wrappedLines(text, width);
  if (lines > 1) range.format.rowHeight = rowHeightPoints(lines);
}

/** Queue what precedes the body: number formats (text first), title, notes, header, widths. */
function setUpStep(p: SheetPlan, supports: Supports, how: CellWriting, op: number): Step {
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
  const texts = [out.title, ...out.notes, ...columns.map((c) => c.header)];
  const wrapped = columns.flatMap((c, i) => (c.wrap ? [i] : []));
  const header = headerLines(columns);
  return {
    bytes:
      jsonBytes(texts) +
      (how.json ? texts.length * JSON_CELL_BYTES : 0) +
      op * (12 + columns.length * 2 + wrapped.length + out.notes.length * 6 + strayText.length),
    queue: () => {
      const ws = p.sheet!;
      if (supports('ExcelApi', '1.7')) ws.tabColor = TAB_COLOUR;
      ws.getRange('A1').numberFormat = [[TEXT_FORMAT]];
      ws.getRange(rangeAddress(headerRow, 0, headerRow, lastCol)).numberFormat = [[TEXT_FORMAT]];
      columns.forEach((c, col) => {
        ws.getRange(rangeAddress(firstBody, col, lastBody, col)).numberFormat = [[NUMBER_FORMATS[c.kind]]];
        ws.getRange(cellAddress(headerRow, col)).format.columnWidth = columnWidthPoints(c.width);
      });
      // A string in a number column is rare; it is text all the same.
      for (const [r, col] of strayText) ws.getRange(cellAddress(r, col)).numberFormat = [[TEXT_FORMAT]];
      queueCells(ws, 0, 0, [[out.title]], ['text'], how);
      const title = ws.getRange('A1');
      title.format.font.bold = true;
      title.format.font.size = 14;
      out.notes.forEach((note, i) => queueTextLine(ws, i + 1, note, p, how));
      if (out.notes.length) {
        const notes = ws.getRange(rangeAddress(1, 0, out.notes.length, 0));
        notes.format.font.italic = true;
        notes.format.font.color = NOTE_COLOUR;
      }
      queueCells(
        ws,
        headerRow,
        0,
        [columns.map((c) => c.header)],
        columns.map(() => 'text'),
        how,
      );
      const headerRange = ws.getRange(rangeAddress(headerRow, 0, headerRow, lastCol));
      headerRange.format.wrapText = true;
      headerRange.format.verticalAlignment = 'Top';
      if (header > 1) headerRange.format.rowHeight = rowHeightPoints(header);
      // Long text wraps inside its column; every body cell sits at the top of a tall row.
      for (const col of wrapped) ws.getRange(rangeAddress(firstBody, col, lastBody, col)).format.wrapText = true;
      ws.getRange(rangeAddress(firstBody, 0, lastBody, lastCol)).format.verticalAlignment = 'Top';
    },
  };
}

/** The body in row blocks that fill the syncs, cut on its measured bytes: one 2-D assignment per block and column run. */
function addBody(plan: SyncPlan, p: SheetPlan, maxCells: number, how: CellWriting, op: number): void {
  const kinds = p.out.table.columns.map((c) => c.kind);
  const maxRows = Math.max(1, Math.floor(maxCells / kinds.length));
  plan.addRows(p.rows.length, bodyMeter(p.rows, kinds, how, op), maxRows, (first, count) => {
    queueCells(p.sheet!, p.headerRow + 1 + first, 0, p.rows.slice(first, first + count), kinds, how);
  });
}

/** Body rows (zero-based) where `test` holds, as runs of consecutive rows. */
function runsOf(count: number, test: (i: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    if (!test(i)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** Rows of the body with a style other than 'normal', as runs of consecutive rows. */
function styledRuns(p: SheetPlan): [number, number][] {
  return runsOf(p.out.table.rowStyles.length, (i) => p.out.table.rowStyles[i] !== 'normal');
}

/**
 * Where a link goes, as a hyperlink's document reference (`'Målområden'!B6`); null for a sheet this run does
 * not write.
 */
function linkReference(to: LinkTarget, written: ReadonlyMap<OutputSheet['key'], string>): string | null {
  const sheet = 'output' in to ? written.get(to.output) : to.sheet;
  return sheet === undefined ? null : `'${sheet.replace(/'/g, "''")}'!${to.cell}`;
}

/**
 * A hyperlink on a cell that already holds its text: the text is given again as what the cell shows, unless
 * it could be read as a formula (a user's sheet named `=x`), where Excel is left to keep the cell's value.
 */
function queueLink(range: XlRange, reference: string, text: string): void {
  range.hyperlink = /^[=+\-@]/.test(text) ? { documentReference: reference } : { documentReference: reference, textToDisplay: text };
  range.format.font.color = LINK_COLOUR;
  range.format.font.underline = 'Single';
}

/** The body's links that go somewhere this run can name: cell, reference and the text the cell shows. */
function plannedLinks(p: SheetPlan, written: ReadonlyMap<OutputSheet['key'], string>): { row: number; column: number; reference: string; text: string }[] {
  return (p.out.table.links ?? []).flatMap((l) => {
    const reference = linkReference(l.to, written);
    const value = p.rows[l.row]?.[l.column];
    return reference === null || value === null || value === undefined || value === ''
      ? []
      : [{ row: l.row, column: l.column, reference, text: String(value) }];
  });
}

/**
 * After the body: the table, bold group and total rows, rows as high as their wrapped text, conditional
 * formats, links, the outline, the chart and its data, the lines after the table, the frozen header and how
 * the sheet prints.
 */
function finishStep(p: SheetPlan, supports: Supports, how: CellWriting, op: number, written: ReadonlyMap<OutputSheet['key'], string>): Step {
  const { out, headerRow, rows } = p;
  const columns = out.table.columns;
  const firstBody = headerRow + 1;
  const lastBody = headerRow + rows.length;
  const lastCol = columns.length - 1;
  const runs = styledRuns(p);
  const chart = chartPlacement(out);
  const conditional = supports('ExcelApi', '1.6') ? out.table.conditional.filter((r) => r.column >= 0 && r.column <= lastCol) : [];
  const links = supports('ExcelApi', '1.7') ? plannedLinks(p, written) : [];
  // Office.js puts an outline's button below its rows (Excel's default); the rows fold all the same.
  const outline = supports('ExcelApi', '1.10') ? runsOf(rows.length, (i) => (out.table.outline?.[i] ?? 0) > 0) : [];
  const after = out.after ?? [];
  const afterTexts = after.map((l) => [l.linkText ?? '', l.text]);
  const print = supports('ExcelApi', '1.9');
  const wraps = columns.some((c) => c.wrap);
  return {
    bytes:
      op * (6 + runs.length + conditional.length * 3 + links.length * 3 + outline.length + after.length * 8 + (chart ? 16 : 0) + (print ? 16 : 0)) +
      jsonBytes(links.map((l) => [l.reference, l.text])) +
      jsonBytes(afterTexts) +
      (chart ? jsonBytes(chart.cells) + chart.cells.length * JSON_CELL_BYTES * 3 : 0),
    queue: () => {
      const ws = p.sheet!;
      const table = ws.tables.add(ws.getRange(rangeAddress(headerRow, 0, lastBody, lastCol)), true);
      table.name = p.tableName;
      table.style = TABLE_STYLE;
      for (const [from, to] of runs) ws.getRange(rangeAddress(firstBody + from, 0, firstBody + to, lastCol)).format.font.bold = true;
      // Excel measures wrapped text itself; the values are in by now (queued before, in order).
      if (wraps) ws.getRange(rangeAddress(firstBody, 0, lastBody, lastCol)).format.autofitRows();
      for (const rule of conditional) {
        const col = columnLetter(rule.column);
        const cell = `$${col}${firstBody + 1}`;
        const test = 'equals' in rule.when ? `=${cell}=${quote(rule.when.equals)}` : `=AND(ISNUMBER(${cell}),${cell}<${rule.when.lessThan})`;
        const target = rule.wholeRow ? rangeAddress(firstBody, 0, lastBody, lastCol) : rangeAddress(firstBody, rule.column, lastBody, rule.column);
        const cf = ws.getRange(target).conditionalFormats.add('Custom');
        cf.custom.rule.formula = test;
        const colours = STYLE_COLOURS[rule.style];
        cf.custom.format.fill.color = colours.fill;
        cf.custom.format.font.color = colours.font;
      }
      for (const l of links) queueLink(ws.getRange(cellAddress(firstBody + l.row, l.column)), l.reference, l.text);
      for (const [from, to] of outline) ws.getRange(`${firstBody + from + 1}:${firstBody + to + 1}`).group('ByRows');
      if (chart && out.chart) queueChart(ws, out, chart, supports, how);
      let r = afterRow(out);
      for (const line of after) {
        const reference = line.link && supports('ExcelApi', '1.7') ? linkReference(line.link, written) : null;
        if (reference !== null && line.linkText !== undefined && columns.length > 1) {
          queueTextLine(ws, r, line.text, p, how, 1);
          const cell = ws.getRange(cellAddress(r, 0));
          cell.numberFormat = [[TEXT_FORMAT]];
          queueCells(ws, r, 0, [[line.linkText]], ['text'], how);
          cell.format.verticalAlignment = 'Top';
          queueLink(cell, reference, line.linkText);
        } else {
          const text = line.linkText !== undefined ? `${line.linkText} ${line.text}` : line.text;
          queueTextLine(ws, r, text, p, how);
          if (line.heading) ws.getRange(cellAddress(r, 0)).format.font.bold = true;
          if (reference !== null) queueLink(ws.getRange(cellAddress(r, 0)), reference, text);
        }
        r++;
      }
      // The summary is read as a page; the other sheets keep their header in view while scrolling.
      if (supports('ExcelApi', '1.7') && out.key !== 'summary') ws.freezePanes.freezeRows(headerRow + 1);
      if (print) queuePrint(ws, out, chart ? chart.left + CHART_COLUMNS - 1 : lastCol, Math.max(r, chart?.bottom ?? 0));
    },
  };
}

/**
 * The chart beside the table, as the .xlsx adapter draws it (`chartPlacement`): its data right of the chart,
 * one `charts.add` over it; a colour per series, the values labelled, the value axis fitted to the bars.
 */
function queueChart(ws: XlWorksheet, out: OutputSheet, place: NonNullable<ReturnType<typeof chartPlacement>>, supports: Supports, how: CellWriting): void {
  const chart = out.chart!;
  const { top, dataLeft, cells } = place;
  const bottom = top + cells.length - 1;
  const right = dataLeft + 2;
  place.widths.forEach((w, i) => (ws.getRange(cellAddress(top, out.table.columns.length + i)).format.columnWidth = columnWidthPoints(w)));
  ws.getRange(rangeAddress(top, dataLeft, top, right)).numberFormat = [[TEXT_FORMAT]];
  ws.getRange(rangeAddress(top + 1, dataLeft, bottom, dataLeft)).numberFormat = [[TEXT_FORMAT]];
  ws.getRange(rangeAddress(top + 1, dataLeft + 1, bottom, right)).numberFormat = [[chart.numberFormat]];
  queueCells(ws, top, dataLeft, [cells[0]], ['text', 'text', 'text'], how);
  queueCells(ws, top + 1, dataLeft, cells.slice(1), ['text', 'amount', 'amount'], how);
  const bar = ws.charts.add('BarClustered', ws.getRange(rangeAddress(top, dataLeft, bottom, right)), 'Columns');
  bar.title.text = chart.title;
  bar.legend.visible = true;
  bar.legend.position = 'Bottom';
  chart.series.forEach((_, i) => {
    const series = bar.series.getItemAt(i);
    series.format.fill.setSolidColor(`#${CHART_COLOURS[i]}`);
    if (supports('ExcelApi', '1.8')) {
      // One bar per row: the two series share each slot.
      series.overlap = 100;
      series.gapWidth = 60;
    }
  });
  bar.dataLabels.showValue = true;
  const axis = bar.axes.valueAxis;
  axis.minimum = chart.axis.min;
  axis.maximum = chart.axis.max;
  axis.majorUnit = chart.axis.step;
  if (supports('ExcelApi', '1.8')) {
    bar.dataLabels.numberFormat = chart.numberFormat;
    axis.numberFormat = chart.numberFormat;
  }
  bar.setPosition(cellAddress(top, place.left), cellAddress(place.bottom, place.left + CHART_COLUMNS));
}

/**
 * How the sheet prints (ExcelApi 1.9, asked before): A4 landscape, fitted as the core says, the header and
 * footer, the header row (and label columns) on every page, and on the summary only the table and chart.
 */
function queuePrint(ws: XlWorksheet, out: OutputSheet, lastCol: number, lastRow: number): void {
  const layout = ws.pageLayout;
  layout.orientation = 'Landscape';
  layout.paperSize = 'A4';
  layout.leftMargin = SIDE_MARGIN_POINTS;
  layout.rightMargin = SIDE_MARGIN_POINTS;
  const { fit, header, footer, repeatColumns } = out.print;
  layout.zoom =
    fit === 'page'
      ? { horizontalFitToPages: 1, verticalFitToPages: 1 }
      : fit === 'width'
        ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
        : { scale: NARROW_PRINT_SCALE };
  const all = layout.headersFooters.defaultForAllPages;
  all.leftHeader = pageCode(header.left);
  all.centerHeader = pageCode(header.center);
  all.rightHeader = pageCode(header.right);
  all.leftFooter = pageCode(footer.left);
  all.centerFooter = pageCode(footer.center);
  all.rightFooter = pageCode(footer.right);
  const headerRow = tableHeaderRow(out) + 1;
  layout.setPrintTitleRows(`$${headerRow}:$${headerRow}`);
  if (fit === 'none' && repeatColumns > 0) layout.setPrintTitleColumns(`$A:$${columnLetter(repeatColumns - 1)}`);
  if (out.chart) layout.setPrintArea(`A1:${columnLetter(lastCol)}${lastRow}`);
}

/** Names of the sheets Office.js lists now (one sync). */
async function sheetNames(context: ExcelContext): Promise<Set<string>> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  return new Set(worksheets.items.map((ws) => lower(ws.name)));
}

/** Tries at most: each finds one more name taken by a sheet Office.js does not list. */
const MAX_NAME_TRIES = 6;

/**
 * Write Avstämning's sheets, in a fixed number of syncs whatever the row count: two to see what is there
 * (`inspect`), then the structure and everything else, cut into further syncs only where the body passes
 * the payload limit. A user's sheet is never written: only sheets whose mark names them (`marksOwnSheet`),
 * never a copy. Everything that can stop a run (read-only, protection) is found before anything is written.
 * A chart sheet Office.js cannot see may hold a wanted name: Excel then refuses the add (ItemAlreadyExists)
 * before anything else of that sync has run but the structure; the name is taken as a chart sheet's, and the
 * write goes again, the sheets just made or cleared being the run's own. Returns the names the sheets got.
 */
export async function writeOutputSheets(context: ExcelContext, sheets: readonly OutputSheet[], { supports, limits }: WriteOptions): Promise<string[]> {
  const wanted = replacedSheetNames(sheets);
  const hidden = new Set<string>();
  const ours = new Set<string>();
  for (let attempt = 1; ; attempt++) {
    // A retry looks again: the failed try renamed, cleared and added sheets before the refusal.
    const found = await inspect(context, wanted, supports, ours);
    const how: CellWriting = { json: supports('ExcelApi', JSON_API), date1904: found.date1904 };
    const plan = planWrite(found, sheets, wanted, hidden);
    checkWritable(found, plan);
    try {
      await writePlanned(context, plan, found, supports, limits, how);
      return plan.sheets.map((p) => p.name);
    } catch (error) {
      if (officeErrorCode(error) !== 'ItemAlreadyExists' || attempt >= MAX_NAME_TRIES) throw error;
      const now = await sheetNames(context);
      // Renames ran before adds, each in plan order: the first name missing now is the one Excel refused.
      const made = [...plan.sheets.filter((p) => p.reuse && p.reuse.name !== p.name), ...plan.sheets.filter((p) => !p.reuse)].map((p) => p.name);
      const refused = made.find((name) => !now.has(lower(name)));
      if (refused === undefined) throw error;
      hidden.add(refused);
      for (const p of plan.sheets) if (now.has(lower(p.name))) ours.add(lower(p.name));
    }
  }
}

async function writePlanned(
  context: ExcelContext,
  plan: WritePlan,
  found: Inspection,
  supports: Supports,
  limits: PayloadLimits,
  how: CellWriting,
): Promise<void> {
  const op = limits.operationBytes;
  const sync = new SyncPlan(limits.maxBytes);
  const eventsWereOn = found.eventsOn;
  sync.add(op, () => {
    if (eventsWereOn) context.runtime.enableEvents = false;
  });
  const structure = structureStep(context, plan, supports, op);
  sync.add(structure.bytes, structure.queue);
  // Links between the sheets of this run go to the names they get.
  const written = new Map(plan.sheets.map((p) => [p.out.key, p.name] as const));
  for (const p of plan.sheets) {
    const setUp = setUpStep(p, supports, how, op);
    sync.add(setUp.bytes, setUp.queue);
    addBody(sync, p, limits.maxCells, how, op);
    const finish = finishStep(p, supports, how, op, written);
    sync.add(finish.bytes, finish.queue);
  }
  if (eventsWereOn) sync.add(op, () => void (context.runtime.enableEvents = true));
  try {
    // Suspension lasts until the next sync, so each sync asks again.
    await sync.run(context, () => {
      if (supports('ExcelApi', '1.6')) context.application.suspendApiCalculationUntilNextSync();
    });
  } catch (error) {
    if (eventsWereOn) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
}

/**
 * The settings sheet (`Avstämning inställningar`) is Avstämning's own, found by its name: rewritten in place
 * when it exists (cleared, then the rows), added when not. Two or three syncs; a read-only workbook or a
 * protected settings sheet stops it before anything is written. The rows carry text the user typed, so every
 * string is written as text (String cell values where the host has them, and the Text format in any case).
 */
export async function writeSettingsSheet(
  context: ExcelContext,
  rows: readonly (readonly (string | number)[])[],
  lang: Lang,
  supports: Supports,
): Promise<string> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load('items/name');
  const readOnly = supports('ExcelApi', '1.8') ? workbook.load('readOnly') : null;
  const structure = supports('ExcelApi', '1.7') ? workbook.protection.load('protected') : null;
  await context.sync();
  if (readOnly?.readOnly) throw new ExcelRunError('excel.readOnly');
  const existing = worksheets.items.find((ws) => isSettingsSheet({ name: ws.name, values: [] }));
  if (existing) {
    const protection = existing.protection.load('protected');
    await context.sync();
    if (protection.protected) throw new ExcelRunError('excel.sheetProtected', { sheet: existing.name });
  } else if (structure?.protected) throw new ExcelRunError('excel.workbookProtected');
  const name = existing ? existing.name : SETTINGS_SHEET[lang];
  const ws = existing ?? workbook.worksheets.add(name);
  if (existing) existing.getRange().clear();
  const width = Math.max(1, ...rows.map((r) => r.length));
  if (rows.length) {
    const grid = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
    const range = ws.getRange(rangeAddress(0, 0, rows.length - 1, width - 1));
    range.numberFormat = grid.map((r) => r.map((v) => (typeof v === 'string' ? TEXT_FORMAT : 'General')));
    const how: CellWriting = { json: supports('ExcelApi', JSON_API), date1904: false };
    grid.forEach((row, r) =>
      queueCells(
        ws,
        r,
        0,
        [row],
        row.map((v) => (typeof v === 'string' ? 'text' : 'integer')),
        how,
      ),
    );
    ws.getRange(rangeAddress(0, 0, 0, width - 1)).format.font.bold = true;
  }
  ws.getRange('A1').format.columnWidth = columnWidthPoints(34);
  ws.getRange('B1').format.columnWidth = columnWidthPoints(18);
  await context.sync();
  return name;
}
