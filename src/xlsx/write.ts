import { SheetData, cellAddress, columnLetter } from '../core/cells';
import { SETTINGS_SHEET, chooseSheetName, isOwnSheet, isSettingsSheet, sheetNameKey } from '../core/marks';
import { Lang } from '../core/messages';
import { ColumnKind, ConditionalRule, NUMBER_FORMATS, OutputCell, OutputSheet, tableHeaderRow } from '../core/render/output';
import { hasReplaceableName, replacedSheetNames, sheetMarkedAs } from '../core/render/sheet-names';
import { OoxmlPackage } from './package';
import { Highlight } from './styles-part';
import { barChartXml } from './chart-xml';
import { SheetExtras, WorkbookEdit } from './workbook-edit';
import { quotedSheetName } from './workbook-part';
import { DAYS_1904_TO_1900 } from './read';
import { ConditionalFormat, WorksheetWriter, tableXml } from './worksheet-xml';

const TAB_COLOUR = 'FF0F6CBD';

const HIGHLIGHTS: Record<ConditionalRule['style'], Required<Highlight>> = {
  bad: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  warn: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  good: { fill: 'FFC6EFCE', font: 'FF006100' },
};

/**
 * The rows with their date columns in the workbook's own date system: the core's serials count from 1900;
 * in a 1904 workbook the same day is 1462 lower, or Excel would show it four years and a day late.
 */
function inDateSystem(rows: readonly (readonly OutputCell[])[], columns: readonly { kind: ColumnKind }[], date1904: boolean): readonly (readonly OutputCell[])[] {
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
    .filter((rule) => rule.column >= 0)
    .map((rule) => {
      const col = columnLetter(rule.column);
      const first = `$${col}${firstBody}`;
      const formula = 'equals' in rule.when ? `${first}=${quote(rule.when.equals)}` : `AND(ISNUMBER(${first}),${first}<${rule.when.lessThan})`;
      const colours = HIGHLIGHTS[rule.style];
      return {
        ref: rule.wholeRow ? `A${firstBody}:${lastCol}${lastBody}` : `${col}${firstBody}:${col}${lastBody}`,
        formula,
        dxfId: edit.styles.highlight(rule.wholeRow ? colours : { font: colours.font }),
      };
    });
}

/**
 * The chart's data, copied to a small range one column right of the table (the listed rows need not be
 * adjacent, nor the columns), and the chart over it beside: as the Office.js adapter draws it.
 */
function chartPlan(out: OutputSheet, sheetName: string, headerRow: number): { left: number; cells: OutputCell[][]; kinds: ColumnKind[]; widths: number[]; extras: SheetExtras['chart'] } | null {
  const { chart, table } = out;
  if (!chart || !chart.rows.length) return null;
  const cols = [chart.categoryColumn, ...chart.valueColumns];
  if (cols.some((c) => c < 0 || c >= table.columns.length)) return null;
  const left = table.columns.length + 1;
  const cells = [cols.map((c) => table.columns[c].header), ...chart.rows.map((r) => cols.map((c) => table.rows[r]?.[c] ?? null))];
  const sheet = quotedSheetName(sheetName);
  const absolute = (col: number, from: number, to: number) => `${sheet}!$${columnLetter(col)}$${from + 1}:$${columnLetter(col)}$${to + 1}`;
  const last = headerRow + chart.rows.length;
  const right = left + cols.length - 1;
  return {
    left,
    cells,
    kinds: cols.map((c, i) => (i === 0 ? 'text' : table.columns[c].kind)),
    widths: cols.map((c) => table.columns[c].width),
    extras: {
      anchor: { fromCol: right + 2, fromRow: headerRow, toCol: right + 9, toRow: headerRow + Math.max(16, cells.length + 2) },
      xml: (flavour) =>
        barChartXml(
          {
            title: chart.title,
            categories: absolute(left, headerRow + 1, last),
            series: cols.slice(1).map((c, i) => ({ name: `${sheet}!$${columnLetter(left + 1 + i)}$${headerRow + 1}`, values: absolute(left + 1 + i, headerRow + 1, last), numberFormat: NUMBER_FORMATS[table.columns[c].kind] })),
          },
          flavour,
        ),
    },
  };
}

/** One generated sheet: title, notes (the mark in A2), a blank row, then an Excel table with its formats. */
async function addOutputSheet(edit: WorkbookEdit, name: string, out: OutputSheet): Promise<void> {
  const { table } = out;
  const styles = edit.styles;
  const writer = new WorksheetWriter(edit.strings, edit.flavour);
  writer.row(0, [out.title], styles.cellFormat('General', 'title'));
  out.notes.forEach((note, i) => writer.row(i + 1, [note], styles.cellFormat('General', 'note')));
  const headerRow = tableHeaderRow(out);
  const chart = chartPlan(out, name, headerRow);
  // Text columns get Excel's Text format, so a label such as `=1+1` stays text when someone edits the cell.
  const normal = table.columns.map((c) => styles.cellFormat(NUMBER_FORMATS[c.kind], 'normal'));
  const bold = table.columns.map((c) => styles.cellFormat(NUMBER_FORMATS[c.kind], 'bold'));
  const chartStyles = chart ? [0, ...chart.kinds.map((k) => styles.cellFormat(NUMBER_FORMATS[k], 'normal'))] : [];
  /** A row of the table, with the chart's data to its right on the rows it covers. */
  const withChart = (i: number, values: readonly OutputCell[], rowStyles: readonly number[] | number): [readonly OutputCell[], readonly number[] | number] => {
    if (!chart || i >= chart.cells.length) return [values, rowStyles];
    const own = typeof rowStyles === 'number' ? values.map(() => rowStyles) : rowStyles;
    return [[...values, null, ...chart.cells[i]], [...own, ...chartStyles]];
  };
  writer.row(headerRow, ...withChart(0, table.columns.map((c) => c.header), 0));
  // Excel needs at least one body row in a table.
  const rows = inDateSystem(table.rows.length ? table.rows : [table.columns.map(() => null)], table.columns, edit.date1904);
  rows.forEach((row, i) => writer.row(headerRow + 1 + i, ...withChart(i + 1, row, table.rowStyles[i] === 'group' || table.rowStyles[i] === 'total' ? bold : normal)));
  const firstBody = headerRow + 2;
  const lastBody = headerRow + 1 + rows.length;
  const ref = `${cellAddress(headerRow, 0)}:${columnLetter(table.columns.length - 1)}${lastBody}`;
  const columns = table.columns.map((c) => c.header);
  const conditional = conditionalFormats(edit, out, firstBody, lastBody);
  await edit.addSheet(
    name,
    (rels) =>
      writer.finish({
        tabColor: TAB_COLOUR,
        widths: [...table.columns.map((c) => c.width), ...(chart ? [3, ...chart.widths] : [])],
        columnStyles: normal,
        frozenRows: headerRow + 1,
        conditional,
        // Printable as a report: landscape, one page wide, the header row repeated on every page.
        landscape: true,
        tableRelId: rels.table,
        drawingRelId: rels.drawing,
      }),
    { table: { name: table.name, xml: (id, tableName, flavour) => tableXml(id, tableName, ref, columns, flavour) }, chart: chart?.extras, printTitleRow: headerRow },
  );
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
  const names: string[] = [];
  for (const s of sheets) {
    const name = chooseSheetName(s.name, existing, taken);
    taken.add(sheetNameKey(name));
    await addOutputSheet(edit, name, sheetMarkedAs(s, name));
    names.push(name);
  }
  await edit.commit();
  return names;
}

/** The settings sheet holds plain rows the user can read and edit; it is Avstämning's own sheet. */
export async function writeSettingsSheet(pkg: OoxmlPackage, rows: readonly (readonly (string | number)[])[], lang: Lang): Promise<string> {
  const edit = await WorkbookEdit.open(pkg);
  const existing = edit.sheetNames().find((name) => isSettingsSheet({ name, values: [] }));
  const name = existing ?? SETTINGS_SHEET[lang];
  if (existing) await edit.removeSheets(new Set([existing]));
  const writer = new WorksheetWriter(edit.strings, edit.flavour);
  const bold = edit.styles.cellFormat('General', 'bold');
  rows.forEach((row, r) => writer.row(r, row, r === 0 ? bold : 0));
  await edit.addSheet(name, () => writer.finish({ widths: [34, 18] }));
  await edit.commit();
  return name;
}
