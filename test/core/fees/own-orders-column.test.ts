/**
 * A share of the joint cost by population and, beside it, `Egna beställningar`: a set sum for the services a member
 * alone ordered, billed with the fee. It is a charge of its own on top (as a `Särskild insats`), not a column the
 * reader may leave out; before, the officer's Summa column was called stale by the whole of the orders.
 */
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';

const book = () =>
  sheet('Avgift 2026', [
    ['Kostnad att fördela', 3000],
    ['Fördelningsnyckel', 'Invånare'],
    [],
    ['Kommun', 'Invånare', 'Egna beställningar', 'Summa avgift 2026'],
    ['Ale', 100, 500, 1500],
    ['Lerum', 200, 0, 2000],
  ]);

test('the own orders are a charge of their own, added to the share of the joint cost', () => {
  const o = fees([book()], '2026-01-15');
  expect(messages(o)).toEqual([]);
  expect(feesOf(o, 0)).toEqual({ Ale: '1000', Lerum: '2000' });
  expect(feesOf(o, 1)).toEqual({ Ale: '500' });
  expect(o.checks.filter((c) => c.class === 'mismatch')).toEqual([]);
});
