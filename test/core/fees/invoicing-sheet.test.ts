/**
 * The invoice parameters on a sheet named `Fakturering` (layouts10): read as on an `Avgift…` sheet, so a fee with
 * öre is invoiced by quarter, the quarters in whole kronor summing to the fee rounded once.
 */
import { parameterSheet, fees, membersSheet } from './workbook';

test('Faktureringsperiod Kvartal on a Fakturering sheet: 412 345,50 → 412 346 in four quarters 103 087, 103 087, 103 086, 103 086', () => {
  const o = fees([
    membersSheet(['Medlem', 'Årsavgift 2026'], [['Skövde kommun', 412345.5]]),
    parameterSheet(
      [
        ['Avgiftsår', 2026],
        ['Faktureringsperiod', 'Kvartal'],
        ['Fakturadatum', '2026-01-15'],
      ],
      'Fakturering',
    ),
  ]);
  expect(o.invoices.map((i) => i.amount.toFixed())).toEqual(['103087', '103087', '103086', '103086']);
});
