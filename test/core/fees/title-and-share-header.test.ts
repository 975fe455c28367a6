/**
 * Two ways a plain fee list was misread (found by trying lists the corpora do not hold):
 * - a title `Fördelning av medlemsavgifter 2026` was read as the loose parameter `Fördelning` with the value
 *   `av medlemsavgifter 2026`, reported as an unknown key, and the charge was withheld;
 * - a share column headed `Andel i %` was not known as the share, so a total to share had no key.
 */
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';

const list = (title: string, shareHeader: string) =>
  sheet('Avgiftsfördelning', [
    [title],
    ['Totalt att fördela', 5000000],
    [],
    ['Kommun', shareHeader, 'Avgift 2026'],
    ['Ale', 23.45, 1172500],
    ['Alingsås', 26.55, 1327500],
    ['Lerum', 50, 2500000],
    ['Totalt', 100, 5000000],
  ]);

describe('a fee list under a title, shares in percent', () => {
  test.each(['Andel i %', 'Andel %', 'Andel i procent'])('`Fördelning av medlemsavgifter 2026` is a title, and %s is the share', (header) => {
    const outcome = fees([list('Fördelning av medlemsavgifter 2026', header)], '2026-01-15');
    expect(messages(outcome)).toEqual([]);
    expect(feesOf(outcome)).toEqual({ Ale: '1172500', Alingsås: '1327500', Lerum: '2500000' });
  });

  test('`Allocation of member fees 2026` is a title too', () => {
    expect(messages(fees([list('Allocation of member fees 2026', 'Andel i %')], '2026-01-15'))).toEqual([]);
  });

  test('`Fördelning: av medlemsavgifter` after a colon is still read as the key, and its value refused', () => {
    const outcome = fees([list('Fördelning: av medlemsavgifter 2026', 'Andel i %')], '2026-01-15');
    expect(messages(outcome).join('\n')).toMatch(/Fördelning/);
  });
});
