/**
 * The rate per inhabitant under the names finance officers give it. Only `Avgift per invånare` and a few more
 * were known: `Avgift kr/invånare`, `Kr per inv.`, `Avgift (kr/inv)` and the like left the fee uncomputed ("no
 * parameter names a fee per inhabitant"). A population or a cost per inhabitant is still no rate.
 */
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';
import { parameterKey } from '../../../src/core/fees/parameters';

const NAMES = [
  'Avgift kr/invånare',
  'Avgift/invånare',
  'Kr per inv.',
  'Avgift per inv',
  'Avgift per kommuninvånare',
  'Avgift kr/inv',
  'Pris per invånare',
  'Invånaravgift',
  'Avgift per invånare och år',
  'Avgift (kr/inv)',
  'Medlemsavgift kr/inv 2026',
  'Fee per capita',
];
const MEMBERS = [
  ['Kommun', 'Invånare'],
  ['Ale', 100],
  ['Lerum', 200],
];

describe('a rate per inhabitant by any of its usual names', () => {
  test.each(NAMES)('%s | 10 as a loose row', (name) => {
    const outcome = fees([sheet('Avgift', [['Medlemsavgift 2026'], [name, 10], [], ...MEMBERS])], '2026-01-15');
    expect(messages(outcome)).toEqual([]);
    expect(feesOf(outcome)).toEqual({ Ale: '1000', Lerum: '2000' });
  });

  test.each(NAMES)('%s in a Parameter | Värde table', (name) => {
    expect(parameterKey(name)).toBe('rate');
    const outcome = fees([sheet('Avgift', [['Parameter', 'Värde'], [name, 10], [], ...MEMBERS])], '2026-01-15');
    expect(feesOf(outcome)).toEqual({ Ale: '1000', Lerum: '2000' });
  });

  test.each(['Invånare', 'Kostnad per invånare', 'Invånare per kommun', 'Avgift', 'Avgift per medlem'])('%s is no rate', (name) => {
    expect(parameterKey(name)).not.toBe('rate');
  });
});
