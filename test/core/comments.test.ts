import { Reconciliation, reconcileSheets } from '../../src/core/reconcile';
import { OutputSheet, tableHeaderRow } from '../../src/core/render/output';
import { CellValue, SheetData } from '../../src/core/cells';
import { generatedMark } from '../../src/core/marks';
import { sheet } from '../helpers/sheets';

/** The generated sheet as a workbook would hold it after the adapter wrote it. */
function asWritten(out: OutputSheet): SheetData {
  const rows: CellValue[][] = [[out.title], ...out.notes.map((n) => [n]), []];
  expect(rows).toHaveLength(tableHeaderRow(out));
  rows.push(
    out.table.columns.map((c) => c.header),
    ...out.table.rows,
  );
  return { name: out.name, values: rows };
}

const byKey = (r: Reconciliation, key: OutputSheet['key']) => r.sheets.find((s) => s.key === key)!;

/** Type `text` into column `header` of the first row of `written` that `match` picks. */
function type(written: SheetData, out: OutputSheet, match: (row: CellValue[], col: (header: string) => number) => boolean, header: string, text: string): void {
  const headers = written.values[tableHeaderRow(out)] as string[];
  const col = (h: string) => headers.indexOf(h);
  const at = written.values.findIndex((r, i) => i > tableHeaderRow(out) && match(r as CellValue[], col));
  expect(at).toBeGreaterThan(0);
  written.values[at][col(header)] = text;
}

/** The value of column `header` in the first row of `out` that `match` picks. */
function cell(out: OutputSheet, match: (row: readonly unknown[], col: (header: string) => number) => boolean, header: string): unknown {
  const col = (h: string) => out.table.columns.findIndex((c) => c.header === h);
  return out.table.rows.find((r) => match(r, col))?.[col(header)];
}

const PROJEKT = sheet('Projekt', [
  ['Målområde', 'Projekt', 'Budget', 'Utfall'],
  ['Mål 1', 'Kompetens', 100, 150],
  ['Mål 2', 'Bredband', 500, 1400],
]);

test('what the user typed in Kommentar and Åtgärd on a line of the detail is kept when it is generated again (SPEC 2.5)', () => {
  const first = reconcileSheets([PROJEKT], { lang: 'sv' });
  const detail = byKey(first, 'deviations');
  const written = asWritten(detail);
  type(written, detail, (r, col) => r[col('Rad')] === 'Bredband', 'Kommentar', 'Utbyggnaden tidigarelagd');
  type(written, detail, (r, col) => r[col('Rad')] === 'Bredband', 'Åtgärd', 'Äskas i delårsrapport');
  // The user also moved a budget figure; the comment follows its line, not its row number.
  const changed = sheet('Projekt', [...PROJEKT.values.slice(0, 1), ['Mål 0', 'Nytt', 1, 1], ...PROJEKT.values.slice(1)]);
  const again = byKey(reconcileSheets([changed, written], { lang: 'sv' }), 'deviations');
  const bredband = (r: readonly unknown[], col: (h: string) => number) => r[col('Rad')] === 'Bredband';
  expect(cell(again, bredband, 'Kommentar')).toBe('Utbyggnaden tidigarelagd');
  expect(cell(again, bredband, 'Åtgärd')).toBe('Äskas i delårsrapport');
  const comments = again.table.columns.findIndex((c) => c.header === 'Kommentar');
  expect(again.table.rows.filter((r) => r[comments] !== null)).toHaveLength(1);
});

test('a comment typed on a goal area of the Swedish detail is kept when the next run is in English (which replaces that sheet)', () => {
  const first = reconcileSheets([PROJEKT], { lang: 'sv' });
  const detail = byKey(first, 'deviations');
  const written = asWritten(detail);
  type(written, detail, (r, col) => r[col('Målområde')] === 'Mål 1', 'Kommentar', 'Förklaras i verksamhetsberättelsen');
  const english = byKey(reconcileSheets([PROJEKT, written], { lang: 'en' }), 'deviations');
  expect(cell(english, (r, col) => r[col('Goal area')] === 'Mål 1', 'Comment')).toBe('Förklaras i verksamhetsberättelsen');
});

test('comments typed on the summary survive the next run, each on its goal area and total, apart from the detail’s', () => {
  const budget = sheet('Målområden', [
    ['Mål', 'Budget', 'Utfall'],
    ['Mål 1', 100000, 150000],
    ['Mål 2', 500000, 1400000],
    ['Summa', 600000, 1550000],
  ]);
  const first = reconcileSheets([PROJEKT, budget], { lang: 'sv' });
  const summary = byKey(first, 'summary');
  const written = asWritten(summary);
  // Mål 2 stands under both tables: the comment goes to the Målområden table's, which comes second.
  const headers = written.values[tableHeaderRow(summary)] as string[];
  const headings = written.values.flatMap((r, i) => (r[0] === 'Målområden' && i > tableHeaderRow(summary) ? [i] : []));
  const mål2 = written.values.findIndex((r, i) => i > headings[0] && r[0] === 'Mål 2');
  written.values[mål2][headers.indexOf('Kommentar')] = 'Överskridandet förklaras i delårsrapporten';
  written.values[mål2][headers.indexOf('Åtgärd')] = 'Ny upphandling';
  const total = written.values.findIndex((r, i) => i > headings[0] && r[0] === 'Totalt');
  written.values[total][headers.indexOf('Kommentar')] = 'Totalt över budget';
  const again = reconcileSheets([PROJEKT, budget, written], { lang: 'sv' });
  const after = byKey(again, 'summary');
  const comment = after.table.columns.findIndex((c) => c.header === 'Kommentar');
  const action = after.table.columns.findIndex((c) => c.header === 'Åtgärd');
  const rows = after.table.rows;
  const start = rows.findIndex((r) => r[0] === 'Målområden');
  const kept = rows.flatMap((r, i) => (r[comment] !== null || r[action] !== null ? [[i > start ? 'Målområden' : 'Projekt', r[0], r[comment], r[action]]] : []));
  expect(kept).toEqual([
    ['Målområden', 'Mål 2', 'Överskridandet förklaras i delårsrapporten', 'Ny upphandling'],
    ['Målområden', 'Totalt', 'Totalt över budget', null],
  ]);
  // The detail keeps its own: nothing was typed there.
  const detail = byKey(again, 'deviations');
  const detailComment = detail.table.columns.findIndex((c) => c.header === 'Kommentar');
  expect(detail.table.rows.filter((r) => r[detailComment] !== null)).toEqual([]);
});

test('comments typed on the layout before the summary sheet (Tabell and Nivå columns) are still read', () => {
  const old: SheetData = {
    name: 'Avvikelser',
    values: [
      ['Avvikelser – budget mot utfall'],
      [generatedMark('sv', 'Avvikelser')],
      ['Belopp i kronor.'],
      [],
      ['Tabell', 'Målområde', 'Rad', 'Nivå', 'Budget', 'Utfall', 'Kommentar', 'Åtgärd'],
      ['Projekt', 'Mål 2', null, 'Målområde', 500, 1400, 'Gruppens kommentar', null],
      ['Projekt', 'Mål 2', 'Bredband', 'Rad', 500, 1400, null, 'Radens åtgärd'],
      ['Projekt', null, null, 'Summa', 600, 1550, 'Totalens kommentar', null],
    ],
  };
  const detail = byKey(reconcileSheets([PROJEKT, old], { lang: 'sv' }), 'deviations');
  expect(cell(detail, (r, col) => r[col('Målområde')] === 'Mål 2', 'Kommentar')).toBe('Gruppens kommentar');
  expect(cell(detail, (r, col) => r[col('Rad')] === 'Bredband', 'Åtgärd')).toBe('Radens åtgärd');
  expect(cell(detail, (r, col) => r[col('Målområde')] === 'Totalt', 'Kommentar')).toBe('Totalens kommentar');
});
