import { SheetData, cellAddress, columnLetter } from '../core/cells';
import { SETTINGS_SHEET, chooseSheetName, isOwnSheet, isSettingsSheet, sheetNameKey } from '../core/marks';
import { Lang } from '../core/messages';
import {
  CHART_COLOURS,
  CHART_COLUMNS,
  ColumnKind,
  HighlightStyle,
  LinkTarget,
  NUMBER_FORMATS,
  OutputCell,
  OutputSheet,
  NARROW_PRINT_SCALE,
  afterRow,
  chartPlacement,
  bodyRowLines,
  headerLines,
  pageCodes,
  rowHeightPoints,
  tableHeaderRow,
  textSpan,
  wrappedLines,
} from '../core/render/output';
import { hasReplaceableName, replacedSheetNames, sheetMarkedAs } from '../core/render/sheet-names';
import { OoxmlPackage } from './package';
import { FontKind, Highlight } from './styles-part';
import { barChartXml } from './chart-xml';
import { SheetExtras, WorkbookEdit } from './workbook-edit';
import { quotedSheetName } from './workbook-part';
import { DAYS_1904_TO_1900 } from './sheet-scan';
import { ConditionalFormat, WorksheetWriter, tableXml } from './worksheet-xml';
import { Flavour } from './namespaces';

const TAB_COLOUR = 'FF0F6CBD';

const HIGHLIGHTS: Record<HighlightStyle, Required<Highlight>> = {
  bad: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  warn: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  good: { fill: 'FFC6EFCE', font: 'FF006100' },
};

/**
 * The rows with their date columns in the workbook's own date system: the core's serials count from 1900;
 * in a 1904 workbook the same day is 1462 lower, or Excel would show it four years and a day late.
 */
function inDateSystem(
  rows: readonly (readonly OutputCell[])[],
  columns: readonly { kind: ColumnKind }[],
  date1904: boolean,
): readonly (readonly OutputCell[])[] {
  const dates = columns.flatMap((c, i) => (c.kind === 'date' ? [i] : []));
  if (!date1904 || dates.length === 0) return rows;
  return rows.map((row) => {
    const copy = [...row];
    for (const i of dates) if (typeof copy[i] === 'number') copy[i] = (copy[i] as number) - DAYS_1904_TO_1900;
    return copy;
  });
}

/** Excel formula text for a string literal. */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function conditionalFormats(edit: WorkbookEdit, out: OutputSheet, firstBody: number, lastBody: number): ConditionalFormat[] {
  const lastCol = columnLetter(out.table.columns.length - 1);
  return out.table.conditional
    .filter((rule) => rule.column >= 0 && rule.column < out.table.columns.length)
    .map((rule) => {
      const col = columnLetter(rule.column);
      const first = `$${col}${firstBody}`;
      const formula = 'equals' in rule.when ? `${first}=${quote(rule.when.equals)}` : `AND(ISNUMBER(${first}),${first}<${rule.when.lessThan})`;
      const colours = HIGHLIGHTS[rule.style];
      return {
        ref: rule.wholeRow ? `A${firstBody}:${lastCol}${lastBody}` : `${col}${firstBody}:${col}${lastBody}`,
        formula,
        dxfId: edit.styles.highlight(colours),
      };
    });
}

/** Where a link goes, as a hyperlink's `location`: `'Målområden'!B6`; null for a sheet this run does not write. */
function linkLocation(to: LinkTarget, written: ReadonlyMap<OutputSheet['key'], string>): string | null {
  const sheet = 'output' in to ? written.get(to.output) : to.sheet;
  return sheet === undefined ? null : `${quotedSheetName(sheet)}!${to.cell}`;
}

/**
 * The chart beside the table and its data (placed by `chartPlacement`, as the Office.js adapter places them),
 * with the chart part over that data.
 */
function chartPlan(out: OutputSheet, sheetName: string) {
  const place = chartPlacement(out);
  const chart = out.chart;
  if (!place || !chart) return null;
  const { left, dataLeft, top } = place;
  const sheet = quotedSheetName(sheetName);
  const last = top + place.cells.length - 1;
  const absolute = (col: number) => `${sheet}!$${columnLetter(col)}$${top + 2}:$${columnLetter(col)}$${last + 1}`;
  return {
    ...place,
    extras: {
      anchor: { fromCol: left, fromRow: top, toCol: left + CHART_COLUMNS, toRow: place.bottom },
      xml: (flavour: Flavour) =>
        barChartXml(
          {
            title: chart.title,
            categories: absolute(dataLeft),
            series: chart.series.map((_, i) => ({
              name: `${sheet}!$${columnLetter(dataLeft + 1 + i)}$${top + 1}`,
              values: absolute(dataLeft + 1 + i),
              colour: CHART_COLOURS[i],
            })),
            numberFormat: chart.numberFormat,
            axis: chart.axis,
          },
          flavour,
        ),
    } satisfies SheetExtras['chart'],
  };
}

/**
 * One generated sheet: title, notes (the mark in A2) merged across the table and wrapped, a blank row, an Excel
 * table with its formats, outline, links and highlights, the lines after it, the chart beside it, and how it
 * prints. `written` names the sheets of this run, for links between them.
 */
async function addOutputSheet(edit: WorkbookEdit, name: string, out: OutputSheet, written: ReadonlyMap<OutputSheet['key'], string>): Promise<void> {
  const { table } = out;
  const styles = edit.styles;
  const chart = chartPlan(out, name);
  const size = {
    rows: tableHeaderRow(out) + 2 + table.rows.length + (out.after?.length ?? 0) + (chart?.cells.length ?? 0),
    columns: table.columns.length + (chart?.widths.length ?? 0),
  };
  const writer = new WorksheetWriter(edit.strings, edit.flavour, size, edit.pieceCodec());
  const lastCol = table.columns.length - 1;
  const span = textSpan(out);
  const merges: string[] = [];
  const hyperlinks: { ref: string; location: string; display: string }[] = [];
  /** A line of text across the table's width (no wider than a page), wrapped: a note above it or a line after it. */
  const textLine = (r: number, text: string, font: FontKind, first?: { text: string; style: number }) => {
    const from = first ? 1 : 0;
    const width = table.columns.slice(from, span.columns).reduce((n, c) => n + c.width, 0) || span.width;
    const style = styles.cellFormat('@', font, { wrap: true, top: true });
    writer.row(r, first ? [first.text, text] : [text], first ? [first.style, style] : [style], { height: lineHeight(text, width) });
    if (span.columns - 1 > from) merges.push(`${columnLetter(from)}${r + 1}:${columnLetter(span.columns - 1)}${r + 1}`);
  };
  writer.row(0, [out.title], styles.cellFormat('General', 'title'));
  out.notes.forEach((note, i) => textLine(i + 1, note, 'note'));
  const headerRow = tableHeaderRow(out);
  // Text columns get Excel's Text format, so a label such as `=1+1` stays text when someone edits the cell.
  const format = (font: FontKind) => table.columns.map((c) => styles.cellFormat(NUMBER_FORMATS[c.kind], font, { wrap: c.wrap, top: true }));
  const normal = format('normal');
  const bold = format('bold');
  const link = format('link');
  const boldLink = format('boldLink');
  const chartStyles = chart ? chart.cells[0].map((_, i) => styles.cellFormat(i === 0 ? '@' : out.chart!.numberFormat, 'normal')) : [];
  /** A row, with the chart's data to the right of the chart on the rows it covers. */
  const withChart = (i: number, values: readonly OutputCell[], rowStyles: readonly number[]): [readonly OutputCell[], readonly number[]] => {
    if (!chart || i >= chart.cells.length) return [values, rowStyles];
    const gap = chart.dataLeft - values.length;
    return [
      [...values, ...Array<OutputCell>(gap).fill(null), ...chart.cells[i]],
      [...rowStyles, ...Array<number>(gap).fill(0), ...chartStyles],
    ];
  };
  const headerStyle = styles.cellFormat('@', 'bold', { wrap: true, top: true });
  const header = headerLines(table.columns);
  const [headerValues, headerStyles] = withChart(
    0,
    table.columns.map((c) => c.header),
    table.columns.map(() => headerStyle),
  );
  writer.row(headerRow, headerValues, headerStyles, { height: header > 1 ? rowHeightPoints(header) : undefined });
  // Excel needs at least one body row in a table.
  const rows = inDateSystem(table.rows.length ? table.rows : [table.columns.map(() => null)], table.columns, edit.date1904);
  const lines = bodyRowLines({ ...table, rows: rows as OutputCell[][] });
  const linked = new Map<string, string>();
  /** The rows with a link: only theirs need formats of their own (a table may have 100 000 rows and a dozen links). */
  const linkedRows = new Set<number>();
  for (const l of table.links ?? []) {
    const location = linkLocation(l.to, written);
    if (location !== null && l.row < rows.length) {
      linked.set(`${l.row}:${l.column}`, location);
      linkedRows.add(l.row);
    }
  }
  // A plain loop: the detail sheet has a row per line of the ledger; only the rows beside the chart's data take its cells.
  const chartRows = chart ? chart.cells.length - 1 : 0;
  writer.inlineColumns(table.columns.map((c) => c.distinct === true));
  for (let i = 0; i < rows.length; i++) {
    // A large sheet goes to compression in pieces as it is written: wait here, now and then, for a piece's memory to come back.
    if (writer.busy()) await writer.settle();
    const row = rows[i];
    const style = table.rowStyles[i] ?? 'normal';
    const base = style === 'normal' ? normal : bold;
    const cellStyles = linkedRows.has(i) ? base.map((s, c) => (linked.has(`${i}:${c}`) ? (style === 'normal' ? link : boldLink)[c] : s)) : base;
    const options = { height: lines[i] > 1 ? rowHeightPoints(lines[i]) : undefined, outlineLevel: table.outline?.[i] };
    if (i < chartRows) writer.row(headerRow + 1 + i, ...withChart(i + 1, row, cellStyles), options);
    else writer.row(headerRow + 1 + i, row, cellStyles, options);
  }
  for (const [at, location] of linked) {
    const [i, c] = at.split(':').map(Number);
    const value = rows[i][c];
    if (value !== null && value !== '') hyperlinks.push({ ref: cellAddress(headerRow + 1 + i, c), location, display: String(value) });
  }
  writer.inlineColumns([]);
  // The chart's data may run past the table's last row.
  for (let i = rows.length + 1; chart && i < chart.cells.length; i++) writer.row(headerRow + i, ...withChart(i, [], []));
  const firstBody = headerRow + 2;
  const lastBody = headerRow + 1 + rows.length;
  let r = afterRow(out);
  for (const line of out.after ?? []) {
    const location = line.link ? linkLocation(line.link, written) : null;
    if (location && line.linkText !== undefined && span.columns > 1) {
      // The link in A, the text after it: a long text wraps, which a link's own text does not in every program.
      textLine(r, line.text, 'normal', { text: line.linkText, style: styles.cellFormat('@', 'link', { top: true }) });
      hyperlinks.push({ ref: `A${r + 1}`, location, display: line.linkText });
    } else {
      const text = line.linkText !== undefined ? `${line.linkText} ${line.text}` : line.text;
      textLine(r, text, line.heading ? 'bold' : location ? 'link' : 'normal');
      if (location) hyperlinks.push({ ref: `A${r + 1}`, location, display: text });
    }
    r++;
  }
  const ref = `${cellAddress(headerRow, 0)}:${columnLetter(lastCol)}${lastBody}`;
  const columns = table.columns.map((c) => c.header);
  const conditional = conditionalFormats(edit, out, firstBody, lastBody);
  const widths = [...table.columns.map((c) => c.width), ...(chart ? chart.widths : [])];
  const lastPrinted = chart ? chart.left + CHART_COLUMNS - 1 : lastCol;
  const lastRow = Math.max(r, chart ? chart.bottom : 0);
  await edit.addSheet(
    name,
    (rels) =>
      writer.finishPart({
        tabColor: TAB_COLOUR,
        widths,
        columnStyles: normal,
        // The summary is read as a page; the other sheets keep their header in view while scrolling.
        frozenRows: out.key === 'summary' ? 0 : headerRow + 1,
        merges,
        conditional,
        hyperlinks,
        outline: (table.outline ?? []).some((level) => level > 0),
        print: {
          fit: out.print.fit,
          scale: out.print.fit === 'none' ? NARROW_PRINT_SCALE : undefined,
          header: pageCodes(out.print.header),
          footer: pageCodes(out.print.footer),
        },
        tableRelId: rels.table,
        drawingRelId: rels.drawing,
      }),
    {
      table: { name: table.name, xml: (id, tableName, flavour) => tableXml(id, tableName, ref, columns, flavour) },
      chart: chart?.extras,
      printTitles: { row: headerRow, columns: out.print.fit === 'none' ? out.print.repeatColumns : 0 },
      printArea: chart ? `$A$1:$${columnLetter(lastPrinted)}$${lastRow}` : undefined,
    },
  );
}

/** The height, in points, of a line of text wrapped across `width` characters. */
function lineHeight(text: string, width: number): number | undefined {
  const lines = wrappedLines(text, width);
  return lines > 1 ? rowHeightPoints(lines) : undefined;
}

/**
 * Replace Avstämning's sheets in the package with the described ones. Only sheets whose mark names them
 * (`isOwnSheet`, not a user's copy) are removed; a user's sheet with a wanted name makes the new one take a suffix. `current` is what the
 * workbook's sheets hold now (to see the mark).
 */
export async function writeOutputSheets(pkg: OoxmlPackage, sheets: readonly OutputSheet[], current: readonly SheetData[]): Promise<string[]> {
  const replaceable = replacedSheetNames(sheets);
  const edit = await WorkbookEdit.open(pkg);
  const generated = new Set(current.filter((s) => hasReplaceableName(s.name, replaceable) && isOwnSheet(s)).map((s) => s.name));
  await edit.removeSheets(generated);
  const existing = edit.sheetNames().map((name) => ({ name, generated: false }));
  const taken = new Set<string>();
  const names = sheets.map((s) => {
    const name = chooseSheetName(s.name, existing, taken);
    taken.add(sheetNameKey(name));
    return name;
  });
  const written = new Map(sheets.map((s, i) => [s.key, names[i]] as const));
  for (const [i, s] of sheets.entries()) await addOutputSheet(edit, names[i], sheetMarkedAs(s, names[i]), written);
  await edit.commit();
  return names;
}

/** The settings sheet holds plain rows the user can read and edit; it is Avstämning's own sheet. */
export async function writeSettingsSheet(pkg: OoxmlPackage, rows: readonly (readonly (string | number)[])[], lang: Lang): Promise<string> {
  const edit = await WorkbookEdit.open(pkg);
  const existing = edit.sheetNames().find((name) => isSettingsSheet({ name, values: [] }));
  const name = existing ?? SETTINGS_SHEET[lang];
  if (existing) await edit.removeSheets(new Set([existing]));
  const writer = new WorksheetWriter(edit.strings, edit.flavour, { rows: rows.length, columns: 2 });
  const bold = edit.styles.cellFormat('General', 'bold');
  rows.forEach((row, r) => writer.row(r, row, r === 0 ? bold : 0));
  await edit.addSheet(name, () => writer.finish({ widths: [34, 18] }));
  await edit.commit();
  return name;
}
