import { reconcileSheets } from '../../src/core/reconcile';
import { OutputSheet, tableHeaderRow } from '../../src/core/render/output';
import { CellValue, SheetData } from '../../src/core/cells';
import { sheet } from '../helpers/sheets';

/** The generated sheet as a workbook would hold it after the adapter wrote it. */
function asWritten(out: OutputSheet): SheetData {
  const rows: CellValue[][] = [[out.title], ...out.notes.map((n) => [n]), []];
  expect(rows).toHaveLength(tableHeaderRow(out));
  rows.push(out.table.columns.map((c) => c.header), ...out.table.rows);
  return { name: out.name, values: rows };
}

test('what the user typed in Kommentar and Åtgärd is kept when the summary is generated again (SPEC 2.5)', () => {
  const budget = sheet('Projekt', [
    ['Målområde', 'Projekt', 'Budget', 'Utfall'],
    ['Mål 1', 'Kompetens', 100, 150],
    ['Mål 2', 'Bredband', 500, 1400],
  ]);
  const first = reconcileSheets([budget], { lang: 'sv' });
  const written = asWritten(first.sheets[0]);
  const header = written.values[tableHeaderRow(first.sheets[0])] as string[];
  const bredband = written.values.findIndex((r) => r[2] === 'Bredband');
  written.values[bredband][header.indexOf('Kommentar')] = 'Utbyggnaden tidigarelagd';
  written.values[bredband][header.indexOf('Åtgärd')] = 'Äskas i delårsrapport';
  // The user also moved a budget figure; the comment follows its line, not its row number.
  const changed = sheet('Projekt', [...budget.values.slice(0, 1), ['Mål 0', 'Nytt', 1, 1], ...budget.values.slice(1)]);
  const second = reconcileSheets([changed, written], { lang: 'sv' });
  const rows = second.sheets[0].table.rows;
  const cols = second.sheets[0].table.columns.map((c) => c.header);
  const row = rows.find((r) => r[2] === 'Bredband')!;
  expect(row[cols.indexOf('Kommentar')]).toBe('Utbyggnaden tidigarelagd');
  expect(row[cols.indexOf('Åtgärd')]).toBe('Äskas i delårsrapport');
  expect(rows.filter((r) => r[cols.indexOf('Kommentar')] !== null)).toHaveLength(1);
});

test('a comment typed on the Swedish sheet is kept when the next run is in English (which replaces that sheet)', () => {
  const budget = sheet('Projekt', [
    ['Målområde', 'Projekt', 'Budget', 'Utfall'],
    ['Mål 1', 'Kompetens', 100, 150],
  ]);
  const first = reconcileSheets([budget], { lang: 'sv' });
  const written = asWritten(first.sheets[0]);
  const header = written.values[tableHeaderRow(first.sheets[0])] as string[];
  const group = written.values.findIndex((r) => r[1] === 'Mål 1' && r[3] === 'Målområde');
  written.values[group][header.indexOf('Kommentar')] = 'Förklaras i verksamhetsberättelsen';
  const second = reconcileSheets([budget, written], { lang: 'en' });
  const cols = second.sheets[0].table.columns.map((c) => c.header);
  const row = second.sheets[0].table.rows.find((r) => r[1] === 'Mål 1' && r[3] === 'Goal area')!;
  expect(row[cols.indexOf('Comment')]).toBe('Förklaras i verksamhetsberättelsen');
});
