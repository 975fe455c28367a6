import { HEAD_COLUMNS, likelyHeaderRow, sheetHeads } from '../../../src/core/read/heads';
import { sheet } from '../../helpers/sheets';

describe('the heads of the user sheets (what the pane offers for mapping)', () => {
  test('the likely header row is the first with two texts that has a number under it', () => {
    const [head] = sheetHeads([sheet('Uppföljning', [['Rapport 2024', 'tkr'], [], ['Post', 'Kolumn X', 'Siffra'], ['Personal', 1000, 1100]])]);
    expect(likelyHeaderRow(head)).toBe(3);
    expect(head.rows[2]).toEqual(['Post', 'Kolumn X', 'Siffra']);
    expect(head.width).toBe(3);
  });

  test('a title row with a unit beside it is no header even with amounts a few rows down', () => {
    const [head] = sheetHeads([sheet('Drift', [['Driftredovisning', 'tkr'], ['Område', 'Kolumn X'], [], ['Skola', 12]])]);
    expect(likelyHeaderRow(head)).toBe(2);
  });

  test('with no number below, the first row with two texts; with none, row 1', () => {
    expect(likelyHeaderRow(sheetHeads([sheet('A', [['bara'], ['Namn', 'Text'], ['x', 'y']])])[0])).toBe(2);
    expect(likelyHeaderRow(sheetHeads([sheet('B', [[1], [2]])])[0])).toBe(1);
  });

  test('generated sheets and the settings sheet have no head; a wide sheet is cut to what a pane can offer, its width kept', () => {
    const wide = sheet('Bred', [Array.from({ length: 80 }, (_, i) => `K${i}`)]);
    const heads = sheetHeads([
      wide,
      sheet('Avstämning inställningar', [['Parameter', 'Värde']]),
      sheet('Avvikelser', [['x'], ['Skapat av Avstämning (Avvikelser)']]),
    ]);
    expect(heads.map((h) => h.sheet)).toEqual(['Bred']);
    expect(heads[0].rows[0]).toHaveLength(HEAD_COLUMNS);
    expect(heads[0].width).toBe(80);
  });
});
