/**
 * The amount to share under the names finance officers give it: what is `att fördela` (with whatever it is and
 * among whom), a `Budgetram`, `Totalt belopp`, `Att finansiera`. Before, only the listed names were read and
 * `Nettokostnad att fördela | 3000` left the fees uncomputed. A name that goes on with words not understood
 * is named (fees.parameterUnclear), never read.
 */
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';
import { parameterKey } from '../../../src/core/fees/parameters';

const NAMES = [
  'Total budgetram',
  'Totalt belopp',
  'Nettokostnad att fördela',
  'Att finansiera',
  'Kostnad att fördela',
  'Summa att fördela mellan medlemmarna',
  'Total ram medlemsavgifter',
  'Budgetram',
  'Ram att fördela',
  'Totalt att fördela på kommunerna',
  'Gemensamma kostnader att fördela',
  'Gemensam kostnad att fördela',
];

const workbook = (name: string) =>
  sheet('Avgift', [['Medlemsavgift 2026'], [name, 3000], ['Fördelningsnyckel', 'Invånare'], [], ['Kommun', 'Invånare'], ['Ale', 100], ['Lerum', 200]]);

describe('the amount to share by any of its usual names', () => {
  test.each(NAMES)('%s | 3000 shared by population', (name) => {
    const outcome = fees([workbook(name)], '2026-01-15');
    expect(messages(outcome)).toEqual([]);
    expect(feesOf(outcome)).toEqual({ Ale: '1000', Lerum: '2000' });
    expect(parameterKey(name)).toBe('total');
  });

  test.each(['Summa medlemsavgifter', 'Summa', 'Ram', 'Fördelas'])('%s is no amount to share', (name) => {
    expect(parameterKey(name)).not.toBe('total');
  });

  test('a name that goes on with words not understood is named, not read', () => {
    expect(messages(fees([workbook('Att fördela enligt beslut i direktionen')], '2026-01-15'))[0]).toMatch(
      /^Avgift!A2 ”Att fördela enligt beslut i direktionen” börjar som parametern ”Att fördela”/,
    );
  });
});
