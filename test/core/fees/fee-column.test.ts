/**
 * The fee column a finance officer already has (SPEC 3.2): with parameters it is the user's own figure,
 * recomputed and checked, never copied; without parameters it is the fixed fee. One test per rule.
 */
import { checkMessage } from '../../../src/core/render/check-text';
import { reconcileSheets } from '../../../src/core/reconcile';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';
import { fees, feesOf } from './workbook';

describe('the user’s own fee column, recomputed and checked', () => {
  const stale = sheet('Medlemsavgifter 2025', [
    ['Avgift per invånare 52 kr'],
    ['Kommun', 'Invånare', 'Avgift 2025'],
    ['Aby', 1000, 52000],
    ['Bby', 2000, 100000],
  ]);

  it('uses the fee the parameters give, not the stale cell: 52 × 2 000 = 104 000, not 100 000', () => {
    expect(feesOf(fees([stale]))).toEqual({ Aby: '52000', Bby: '104000' });
  });

  it('reports a stale cell as a control-total mismatch naming its cell, with the fee due, the fee found and the difference', () => {
    const { checks } = fees([stale]);
    expect(checks.map((c) => [c.kind, c.class, c.sheet, c.cell, kr(c.expected), kr(c.found), kr(c.difference)])).toEqual([
      ['control-total', 'mismatch', 'Medlemsavgifter 2025', 'C4', '104000', '100000', '-4000'],
    ]);
    expect(checkMessage(checks[0], 'sv')).toBe(
      'Avgift 2025 för Bby visar 100\u00a0000\u00a0kr, men avgiften blir 104\u00a0000\u00a0kr enligt avgiftsparametrarna (skillnad −4\u00a0000\u00a0kr); cellen kan vara inaktuell eller inskriven för hand. Det beräknade beloppet används.',
    );
    expect(checkMessage(checks[0], 'en')).toContain('Avgift 2025 for Bby shows 100,000 kr, but the fee parameters give 104,000 kr');
  });

  it('calls a cell that is the fee rounded to whole kronor a rounding: 4,35 × 10 001 = 43 504,35 against 43 504', () => {
    const o = fees([sheet('Medlemmar', [['Avgift per invånare 4,35 kr'], ['Kommun', 'Invånare', 'Avgift'], ['Lillby', 10001, 43504]])]);
    expect(o.checks.map((c) => [c.cell, c.class, kr(c.difference)])).toEqual([['C3', 'rounding', '-0.35']]);
  });

  it('calls an allocation’s cell a krona off the largest-remainder split, but within a krona of the exact share, a rounding', () => {
    // 100 000 in three equal parts: exact 33 333,33 each; the spare krona goes to the largest population (A).
    const o = fees([
      sheet('Avgift', [
        ['Belopp att fördela', 100000],
        ['Fördelningsnyckel', 'Lika delar'],
        ['Medlem', 'Invånare', 'Avgift'],
        ['A', 300, 33333],
        ['B', 200, 33333],
        ['C', 100, 33333],
      ]),
    ]);
    expect(feesOf(o)).toEqual({ A: '33334', B: '33333', C: '33333' });
    expect(o.checks.map((c) => [c.cell, c.class])).toEqual([['C4', 'rounding']]);
  });

  it('checks nothing when there are no parameters: the column is then the fixed fee itself', () => {
    const o = fees([
      sheet('Medlemmar', [
        ['Medlem', 'Avgift'],
        ['Aby', 100000],
        ['Bby', 200000],
      ]),
    ]);
    expect(o.charges[0].model).toEqual({ kind: 'fixed' });
    expect(feesOf(o)).toEqual({ Aby: '100000', Bby: '200000' });
    expect(o.checks).toEqual([]);
  });

  it('checks nothing when the uplift reads the one fee column as last year’s', () => {
    const o = fees([sheet('Medlemmar', [['Uppräkning 2 %'], ['Medlem', 'Avgift'], ['Aby', 100000]])]);
    expect(feesOf(o)).toEqual({ Aby: '102000' });
    expect(o.checks).toEqual([]);
  });

  it('checks this year’s column of an uplift that has last year’s beside it: 100 000 × 1,02 = 102 000 against 100 000', () => {
    const o = fees([sheet('Medlemmar', [['Uppräkning 2 %'], ['Medlem', 'Avgift 2024', 'Avgift 2025'], ['Aby', 100000, 100000]])]);
    expect(o.checks.map((c) => [c.cell, c.class, kr(c.expected)])).toEqual([['C3', 'mismatch', '102000']]);
  });

  it('brings the finding to the run’s checks, so the Kontroller sheet and the JSON show it', () => {
    const run = reconcileSheets([stale], { lang: 'sv' });
    expect(run.analysis.checks.filter((c) => c.sheet === 'Medlemsavgifter 2025').map((c) => c.cell)).toEqual(['C4']);
    expect(run.json.checks).toEqual([
      expect.objectContaining({ kind: 'control-total', class: 'mismatch', sheet: 'Medlemsavgifter 2025', cell: 'C4', expected: '104000', found: '100000' }),
    ]);
  });
});
