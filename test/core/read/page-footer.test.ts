/**
 * A printout's page footer pasted with it (layouts10): `Sida 14` alone on its row, under an amount column, is no
 * line and no amount that cannot be read.
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

test('a row holding only "Sida 14" in the outcome column is passed over: two lines, deviations 10 and −5, no error', () => {
  const r = reconcileSheets(
    [
      sheet('Rapport', [
        ['Konto', 'Benämning', 'Budget 2025', 'Utfall 2025'],
        [4010, 'Löner', 100, 90],
        [null, null, null, 'Sida 14'],
        [5010, 'Lokalhyra', 50, 55],
      ]),
    ],
    { lang: 'sv', today: '2026-12-07' },
  );
  const t = r.analysis.tables[0];
  expect(r.analysis.errors).toEqual([]);
  expect(t.lines.map((l) => [l.name, kr(l.deviation)])).toEqual([
    ['4010 Löner', '10'],
    ['5010 Lokalhyra', '-5'],
  ]);
});
