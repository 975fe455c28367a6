/**
 * The reading rules the third layout corpus taught, one by one, each at its edge, with figures worked out by
 * hand. (The corpus itself runs in test/layouts3.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (...sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

describe('a title sentence that states the unit', () => {
  const titled = (title: string) => run(sheet('Drift', [[title], [], ['Verksamhet', 'Budget', 'Utfall'], ['Kansli', 1860, 1187]])).analysis.tables[0];

  test.each([
    ['Belopp i tkr. Nettokostnad (kostnader minus intäkter).', 'tkr'],
    ['Amounts in SEK thousands. Net cost per department, costs less income received.', 'tkr'],
    ['Nettokostnad per nämnd och verksamhet (mnkr), jämfört med budget och föregående år.', 'mnkr'],
    ["Net cost per department compared with the budget and the previous year (SEK '000).", 'tkr'],
  ])('`%s` gives %s', (title, unit) => {
    expect(titled(title).unit).toBe(unit);
  });

  test.each([
    'Utfallet blev 1,2 mnkr bättre än budget, främst tack vare lägre personalkostnader.',
    'Kostnaderna ökade med flera mnkr. Orsaken är högre energipriser under hösten.',
    'The result was SEK 3 million better than budget, mainly thanks to lower staff costs.',
  ])('a comment that mentions an amount (`%s`) gives no unit: kronor', (title) => {
    const t = titled(title);
    expect(t.unit).toBe('kr');
    expect(kr(t.lines[0].budget)).toBe('1860');
  });
});
