/**
 * SCB's population table pasted as it is: `region | 2024`, `1440 Ale | 32144`, under SCB's title `Folkmängd efter
 * region och år`. The bare year heads the population. Without such a title a bare year is no population: it may
 * head a fee or a budget as well.
 */
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';

const book = (title: string) =>
  sheet('Avgift', [[title], ['Avgift per invånare 2026:', null, 10], [], ['region', '2024'], ['1440 Ale', 100], ['1441 Lerum', 200]]);

test("the year alone heads the population under SCB's title", () => {
  const o = fees([book('Folkmängd efter region och år')], '2026-01-15');
  expect(messages(o)).toEqual([]);
  expect(feesOf(o)).toEqual({ '1440 Ale': '1000', '1441 Lerum': '2000' });
});

test('without a title saying so, a bare year is not read as the population', () => {
  const o = fees([book('Underlag')], '2026-01-15');
  expect(o.charges.flatMap((c) => c.fees).filter((f) => f.fee !== null)).toEqual([]);
});
