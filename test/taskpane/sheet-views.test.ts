import { sheetHeads } from '../../src/core/read/heads';
import { SheetReport } from '../../src/core/read/report';
import { defaultSettings } from '../../src/core/settings';
import { sheetViews } from '../../src/taskpane/sheet-views';
import { reconcileSheets } from '../../src/core/reconcile';
import { sheet } from '../helpers/sheets';

const table = (headerRow: number): SheetReport['table'] => ({
  range: `A${headerRow}:C${headerRow + 2}`,
  headerRow,
  unit: 'tkr',
  unitFrom: 'title',
  convention: null,
  conventionWhy: null,
  groupBy: null,
  through: null,
  periodBudget: null,
  columns: [
    { column: 'A', header: 'Resultaträkning', role: 'line', from: 'header', used: true },
    { column: 'C', header: '2017', role: 'outcome', from: 'header', used: true },
  ],
});

describe('what the Tabeller step says is missing', () => {
  const statement = sheet('Resultaträkning', [
    ['Resultaträkning', 'Not', '2017'],
    ['Intäkter', 1, 500],
    ['Kostnader', 2, -400],
  ]);
  const unknown = sheet('Uppföljning', [['Rapport 2024'], [], ['Post', 'Kolumn X', 'Siffra'], ['Personal', 1000, 1100]]);
  const reading: SheetReport[] = [
    { sheet: 'Resultaträkning', used: false, as: 'outcome-only', why: 'reading.noBudget', params: {}, cell: 'A1', table: table(1) },
    { sheet: 'Resultaträkning', used: true, as: 'statement', why: 'reading.statement', params: { kind: 'income' }, cell: 'A1', table: null },
    { sheet: 'Uppföljning', used: false, as: 'none', why: 'reading.noHeader', params: {}, cell: 'A1', table: null },
  ];
  const views = sheetViews({ reading, heads: sheetHeads([statement, unknown]), settings: defaultSettings() });

  test('an income statement read for the goals lacks no budget, though its columns can still be mapped', () => {
    const v = views.find((x) => x.sheet === 'Resultaträkning')!;
    expect(v.missing).toBeNull();
    expect(v.mappable).toBe(true);
    expect(v.columns.map((c) => [c.column, c.role])).toEqual([
      ['A', 'line'],
      ['B', null],
      ['C', 'outcome'],
    ]);
  });

  test('a sheet no reader used lacks both, and offers the columns of its likely header row (row 3)', () => {
    const v = views.find((x) => x.sheet === 'Uppföljning')!;
    expect(v.missing).toBe('both');
    expect(v.headerRow).toBe(3);
    expect(v.columns.map((c) => [c.column, c.header, c.role])).toEqual([
      ['A', 'Post', null],
      ['B', 'Kolumn X', null],
      ['C', 'Siffra', null],
    ]);
  });
});

describe('a table read through a view of its sheet', () => {
  test('blocks written like a form: the header cells the reading names (A4) are no columns to map, and nothing breaks', () => {
    const blocks = sheet('Projekt', [
      ['Projekt 2024'],
      [],
      ['Projekt: A'],
      ['Budget', 1000],
      ['Utfall', 900],
      [],
      ['Projekt: B'],
      ['Budget', 2500],
      ['Utfall', 2600],
    ]);
    const r = reconcileSheets([blocks], { lang: 'sv', today: '2026-12-07' });
    expect(r.reading.find((x) => x.table)!.table!.columns.map((c) => c.column)).toEqual(['A3', 'A4', 'A5']);
    const v = sheetViews({ reading: r.reading, heads: sheetHeads([blocks]), settings: defaultSettings() })[0];
    expect(v.columns.every((c) => /^[A-Z]+$/.test(c.column))).toBe(true);
    expect(v.columns.every((c) => c.report === null)).toBe(true);
  });
});
