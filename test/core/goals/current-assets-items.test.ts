/**
 * A balance sheet that names its current assets neither as a row nor as a section (`Anläggningstillgångar |
 * Kortfristiga fordringar | Kassa och bank | Summa tillgångar`): liquidity is the items between the fixed assets and
 * Summa tillgångar over Kortfristiga skulder, when every item is a known current asset. An unknown row among them
 * leaves it uncomputed.
 */
import { CellValue } from '../../../src/core/cells';
import { evaluateGoals, goalsJson } from '../../../src/core/goals';
import { sheet } from '../../helpers/sheets';

const book = (between: CellValue[][]) => [
  sheet('Balansräkning', [
    ['Balansräkning (kr)', '2025-12-31', '2024-12-31'],
    ['Anläggningstillgångar', 6000, 6200],
    ...between,
    ['Summa tillgångar', 12000, 11600],
    ['Eget kapital', 4200, 3900],
    ['Kortfristiga skulder', 4000, 4500],
    ['Summa eget kapital och skulder', 12000, 11600],
  ]),
  sheet('Mål', [['Finansiella mål'], ['Likviditeten ska vara minst 100 %']]),
];

const in2025 = (between: CellValue[][]) =>
  goalsJson(evaluateGoals(book(between), null)!)
    .filter((g) => g.year === '2025' || g.value === null)
    .map((g) => `${g.value} ${g.unit} ${g.met}`);

test('the known current-asset items are added: (1 500 + 4 500) / 4 000 = 150 %', () => {
  expect(
    in2025([
      ['Kortfristiga fordringar', 1500, 1400],
      ['Kassa och bank', 4500, 4000],
    ]),
  ).toEqual(['150 % true']);
});

test('an item not known to be a current asset leaves liquidity uncomputed', () => {
  expect(
    in2025([
      ['Kortfristiga fordringar', 1500, 1400],
      ['Övriga tillgångar', 4500, 4000],
    ]),
  ).toEqual([expect.stringMatching(/^null/)]);
});
