/**
 * A ledger export that writes every amount without a sign and says the side in a column of its own (`Belopp |
 * D/K`): a credit on a cost account (a kreditering) was added to the costs as if it were a debit, a wrong figure
 * that looked right. The side now gives the sign; amounts already signed keep theirs; a side not told is named.
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { formatMessage } from '../../../src/core/messages';
import { CellValue, SheetData } from '../../../src/core/cells';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const budget = sheet('Budget', [
  ['Konto', 'Benämning', 'Budget 2025'],
  ['3010', 'Medlemsavgifter', -1200000],
  ['4010', 'Inköp material', 150000],
]);
const ledger = (header: string, rows: CellValue[][]) => sheet('Huvudbok', [['Period', 'Konto', 'Belopp', header], ...rows]);
const run = (sheets: SheetData[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-08' });
const outcomes = (sheets: SheetData[]) => {
  const r = run(sheets);
  return { lines: r.analysis.tables.flatMap((t) => t.lines).map((l) => [l.name, kr(l.outcome)]), errors: r.analysis.errors };
};

describe('the side of each amount in a D/K column', () => {
  test.each(['D/K', 'Debet/Kredit', 'Dr/Cr'])('%s: K makes the amount a credit, D leaves it a debit', (header) => {
    const { lines, errors } = outcomes([
      budget,
      ledger(header, [
        [202512, '3010', 1200000, 'K'],
        [202512, '4010', 12000, 'D'],
        [202512, '4010', 2000, 'K'],
      ]),
    ]);
    expect(errors).toEqual([]);
    expect(lines).toEqual([
      ['3010 Medlemsavgifter', '-1200000'],
      ['4010 Inköp material', '10000'],
    ]);
  });

  test('amounts that already carry their sign keep it: the column only repeats it', () => {
    const { lines } = outcomes([
      budget,
      ledger('D/K', [
        [202512, '3010', -1200000, 'K'],
        [202512, '4010', 12000, 'D'],
        [202512, '4010', -2000, 'K'],
      ]),
    ]);
    expect(lines).toEqual([
      ['3010 Medlemsavgifter', '-1200000'],
      ['4010 Inköp material', '10000'],
    ]);
  });

  test('a side that is neither D nor K is named, and that amount is not counted', () => {
    const { errors } = outcomes([
      budget,
      ledger('D/K', [
        [202512, '3010', 1200000, 'K'],
        [202512, '4010', 12000, 'D'],
        [202512, '4010', 2000, '?'],
      ]),
    ]);
    expect(errors.map((e) => `${e.sheet}!${e.cell} ${formatMessage(e.key, 'sv', e.params)}`)).toEqual([
      'Huvudbok!D4 Cellen säger inte om beloppet bredvid är debet (D) eller kredit (K) (”?”), så dess tecken är okänt och det räknas inte.',
    ]);
  });
});
