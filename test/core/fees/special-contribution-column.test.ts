/**
 * Three fee parts on one row: a Grundavgift per member, a Verksamhetsavgift per invånare, and a `Särskild insats`
 * that some members pay on top for what they alone ordered. The insats is a charge of its own; the officer's
 * `Summa avgift` column to its right holds all three and is checked as such.
 */
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';

const book = (summa: number) =>
  sheet('Avgifter 2026', [
    ['Parameter', 'Värde'],
    ['Grundavgift', 75000],
    ['Verksamhetsavgift per invånare', 48.2],
    ['Fakturadatum', '2026-01-12'],
    [],
    ['Kommun', 'Invånare', 'Särskild insats', 'Summa avgift 2026'],
    ['Falu kommun', 1000, null, 123200],
    ['Borlänge kommun', 2000, 250000, summa],
  ]);

test('each member pays grundavgift + rate × invånare, and the insats as a charge of its own', () => {
  const o = fees([book(421400)]);
  expect(messages(o)).toEqual([]);
  expect(feesOf(o, 0)).toEqual({ 'Falu kommun': '123200', 'Borlänge kommun': '171400' });
  expect(o.charges[1].name).toBe('Särskild insats');
  expect(feesOf(o, 1)).toEqual({ 'Borlänge kommun': '250000' });
  expect(o.checks).toEqual([]);
  // The insats is invoiced too, numbered on from the fee's invoices.
  expect(o.invoices.map((i) => [i.fee.member.name, i.amount.toFixed()])).toEqual([
    ['Falu kommun', '123200'],
    ['Borlänge kommun', '171400'],
    ['Borlänge kommun', '250000'],
  ]);
});

test('a Summa cell that leaves the insats out is a mismatch naming its cell', () => {
  const o = fees([book(171400)]);
  expect(o.checks.map((c) => [c.class, c.cell])).toEqual([['mismatch', 'D8']]);
});
