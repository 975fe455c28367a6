/**
 * Shapes with a budget and an outcome but no header row of columns. Blocks written like a form, alone on their
 * sheet, are read as a table (a line per block) whose findings name the blocks' own cells; beside other tables
 * they are named. A table laid across is named at its cell and nothing is computed from it.
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { findAcross, findBlocks } from '../../../src/core/read/shapes';
import { sheetRow } from '../../../src/core/read/tables';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (...sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

describe('a table laid across', () => {
  const across = (deviation: number) =>
    sheet('Översikt', [
      ['Nettokostnad per fokusområde 2024 (tkr)'],
      [],
      [null, 'Kompetens', 'Innovation', 'Totalt'],
      ['Budget', 875, 5140, 6015],
      ['Utfall', 956, 5113, 6069],
      ['Avvikelse', -81, deviation, -54],
    ]);

  test('each named column is a line, its figures from the labelled rows; Totalt is the total; the unit from the title', () => {
    const r = run(across(27));
    const [t] = r.analysis.tables;
    expect(t.range).toBe('A3:D6');
    expect(t.unit).toBe('tkr');
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation), l.type])).toEqual([
      ['Kompetens', '875000', '956000', '-81000', 'cost'],
      ['Innovation', '5140000', '5113000', '27000', 'cost'],
    ]);
    expect(r.analysis.errors).toEqual([]);
    expect(r.analysis.checks).toEqual([]);
    // A line's row is that of its name on the sheet.
    expect(t.lines.map((l) => sheetRow(t.layout, l.row))).toEqual([3, 3]);
    expect(r.reading[0]).toMatchObject({ why: 'reading.deviations.across', cell: 'A3', table: { headerRow: 3 } });
    expect(r.reading[0].table!.columns.map((c) => [c.column, c.role])).toEqual([
      ['A3', 'line'],
      ['A4', 'budget'],
      ['A5', 'outcome'],
      ['A6', 'deviation'],
    ]);
  });

  test("a wrong Avvikelse is named at its own cell (C6); Totalt's own −54 = 6 015 − 6 069 still agrees", () => {
    const checks = run(across(30)).analysis.checks;
    expect(checks.map((c) => [c.cell, c.kind, kr(c.expected), kr(c.found)])).toEqual([
      // 5 140 − 5 113 = 27 tkr, the cell says 30.
      ['C6', 'reported-deviation', '27000', '30000'],
    ]);
  });

  test('English words, from column C, the outcome first', () => {
    const s = sheet('S', [[], [null, null, null, 'North', 'South'], [null, null, 'Actual', 1000, 2000], [null, null, 'Budget', 1200, 1800]]);
    expect(findAcross(s)).toEqual({ row: 2, col: 2, namesRow: 1, names: 2 });
    const t = run(s).analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome)])).toEqual([
      ['North', '1200', '1000'],
      ['South', '1800', '2000'],
    ]);
  });

  test('a normal table with a line that happens to be called Budget is no table across', () => {
    const r = run(
      sheet('S', [
        ['Post', 'Budget', 'Utfall'],
        ['Personal', 100, 90],
        ['Lokaler', 50, 50],
      ]),
    );
    expect(r.analysis.errors).toEqual([]);
    expect(
      findAcross(
        sheet('S', [
          ['Post', 'Belopp'],
          ['Budget', 100],
          ['Utfall', 90],
        ]),
      ),
    ).toBeNull();
  });
});

describe('blocks written like a form', () => {
  const block = (name: string, b: number | string, o: number | string, more: (string | number)[][] = [['Kommentar', 'Enligt plan.']]) => [
    [`Projekt: ${name}`],
    ['Budget', b],
    ['Utfall', o],
    ...more,
    [],
  ];

  test("alone on their sheet they are one table, a line per block on the block's row, named without the shared `Projekt:`", () => {
    const r = run(sheet('Projekt', [['Projektuppföljning 2024'], [], ...block('A', 100, 90), ...block('B', 200, 210), ...block('C', 300, 45_000)]));
    const [t] = r.analysis.tables;
    expect(t.range).toBe('A3:B16');
    // 45 000 is an amount, not a date header.
    expect(t.lines.map((l) => [l.name, l.row, kr(l.budget), kr(l.outcome), kr(l.deviation), l.type])).toEqual([
      ['A', 3, '100', '90', '10', 'cost'],
      ['B', 8, '200', '210', '-10', 'cost'],
      ['C', 13, '300', '45000', '-44700', 'cost'],
    ]);
    expect(r.analysis.errors).toEqual([]);
    expect(r.reading.find((x) => x.sheet === 'Projekt')).toMatchObject({
      why: 'reading.deviations.blocks',
      cell: 'A3',
      table: { headerRow: 3, range: 'A3:B16' },
    });
  });

  test("a finding names the block's own cell: an unreadable outcome and a wrong Avvikelse row", () => {
    const r = run(sheet('Projekt', [['Projekt'], ...block('A', 100, 'ej klart'), ...block('B', 200, 150, [['Avvikelse', 40]])]));
    expect(r.analysis.errors.map((e) => [e.cell, e.key])).toEqual([['B4', 'amount.notANumber']]);
    // 200 − 150 = 50, the block says 40.
    expect(r.analysis.checks.map((c) => [c.cell, c.kind, c.class])).toEqual([['B10', 'reported-deviation', 'mismatch']]);
  });

  test('blocks from column B with English words, in either order', () => {
    const rows = [
      ['Projects'],
      [null, 'North office'],
      [null, 'Budget', 1000],
      [null, 'Actual', 1200],
      [null, 'South office'],
      [null, 'Actual', 500],
      [null, 'Budget', 600],
    ];
    expect(findBlocks(sheet('S', rows))?.heads.map((h) => [h.row, h.col])).toEqual([
      [1, 1],
      [4, 1],
    ]);
    const t = run(sheet('S', rows)).analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome)])).toEqual([
      ['North office', '1000', '1200'],
      ['South office', '600', '500'],
    ]);
  });

  test('under another table they are named at the first block and not read, and the table ends above them', () => {
    const r = run(
      sheet('S', [
        ['Post', 'Budget', 'Utfall'],
        ['Personal', 100, 90],
        ['Lokaler', 50, 50],
        [],
        ['Projekt A'],
        ['Budget', 1000],
        ['Utfall', 1200],
        ['Projekt B'],
        ['Budget', 2000],
        ['Utfall', 1800],
      ]),
    );
    expect(r.analysis.tables.map((t) => [t.range, t.lines.map((l) => l.name)])).toEqual([['A1:C3', ['Personal', 'Lokaler']]]);
    expect(r.analysis.errors.map((e) => [e.cell, e.key])).toEqual([['A5', 'table.blocks']]);
  });

  test('one block alone, or a title over a normal table, is no form', () => {
    expect(findBlocks(sheet('S', [['Projekt A'], ['Budget', 10], ['Utfall', 12]]))).toBeNull();
    expect(
      findBlocks(
        sheet('S', [['Drift'], ['Post', 'Budget', 'Utfall'], ['Personal', 100, 90], ['Investeringar'], ['Post', 'Budget', 'Utfall'], ['Hyllor', 5, 4]]),
      ),
    ).toBeNull();
  });
});
