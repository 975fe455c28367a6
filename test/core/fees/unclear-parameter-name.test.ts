/**
 * A fee parameter whose name goes on with words the reader does not know (`Grundavgift enligt beslut | 100 000`)
 * was dropped without a word: the fees were then computed without it (a fixed part of 100 000 kr per member
 * missing from every invoice), and the user's own correct fee column was reported as wrong. Now the row is named
 * and the charge is withheld; the common ways of writing a fixed part per member are read as one.
 */
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';

const members = [
  ['Kommun', 'Invånare', 'Total avgift'],
  ['Ale', 32541, 425410],
  ['Lerum', 43122, 531220],
];

describe('a fixed part per member beside the rate', () => {
  test.each(['Grundavgift per medlem', 'Grundavgift per kommun', 'Basavgift per medlem', 'Fast avgift per kommun'])('%s | 100000 is the fixed part', (name) => {
    const s = sheet('Avgift', [['Medlemsavgift 2026'], [name, 100000], ['Rörlig avgift per invånare', 10], [], ...members]);
    const outcome = fees([s], '2026-01-15');
    expect(feesOf(outcome)).toEqual({ Ale: '425410', Lerum: '531220' });
    expect(outcome.errors).toEqual([]);
    expect(outcome.checks).toEqual([]);
  });

  test('a name that goes on with words not understood is named, and no fee is computed from the rest', () => {
    const s = sheet('Avgift', [['Medlemsavgift 2026'], ['Grundavgift enligt beslut', 100000], ['Rörlig avgift per invånare', 10], [], ...members]);
    const outcome = fees([s], '2026-01-15');
    expect(messages(outcome)).toEqual([
      'Avgift!A2 ”Grundavgift enligt beslut” börjar som parametern ”Grundavgift” men fortsätter med ord som inte förstås, så 100000 bredvid används inte och avgiften beräknas inte. Skriv parameterns namn ensamt (”Grundavgift”) med värdet i cellen bredvid.',
    ]);
    expect(messages(outcome, 'en')[0]).toMatch(/^Avgift!A2 “Grundavgift enligt beslut” starts as the parameter “Grundavgift”/);
    expect(outcome.invoices).toEqual([]);
    expect(Object.values(feesOf(outcome)).every((f) => f === null)).toBe(true);
  });

  test('a known name with a year or a unit after it is read as before', () => {
    const s = sheet('Avgift', [['Medlemsavgift 2026'], ['Fast del per medlem (kr)', 100000], ['Avgift per invånare 2026', 10], [], ...members]);
    expect(feesOf(fees([s], '2026-01-15'))).toEqual({ Ale: '425410', Lerum: '531220' });
  });
});
