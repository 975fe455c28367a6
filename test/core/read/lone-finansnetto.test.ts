/**
 * A lone `Finansnetto` (a subtotal whose parts the statement does not show) is a line, never a control-total
 * mismatch; where its financial lines are shown it adds up those and only those. Sheets built here, figures by hand.
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

describe('a lone `Finansnetto`: a subtotal whose parts are not shown is a line, not a mismatch', () => {
  const head = ['Resultaträkning', 'Budget 2024', 'Utfall 2024'];

  test('the only financial line of a short statement is a line of it, and the result foots with it', () => {
    const r = run([
      sheet('RR', [
        head,
        ['Medlemsavgifter', 1000, 1000],
        ['Personalkostnader', -600, -590],
        ['Övriga kostnader', -350, -360],
        ['Finansnetto', -5, -4],
        ['Årets resultat', 45, 46],
      ]),
    ]);
    expect(r.analysis.checks.filter((c) => c.kind === 'control-total')).toEqual([]);
    const [t] = r.analysis.tables;
    expect(t.lines.map((l) => [l.name, kr(l.deviation)])).toEqual([
      ['Medlemsavgifter', '0'],
      ['Personalkostnader', '10'],
      ['Övriga kostnader', '-10'],
      ['Finansnetto', '1'],
    ]);
    expect(kr(t.total.outcome)).toBe('46');
  });

  test('after a subtotal of the operating lines, alone too', () => {
    const r = run([
      sheet('RR', [
        head,
        ['Medlemsavgifter', 1000, 1000],
        ['Personalkostnader', -950, -950],
        ['Verksamhetens nettokostnad', 50, 50],
        ['Finansnetto', -5, -4],
        ['Årets resultat', 45, 46],
      ]),
    ]);
    expect(r.analysis.checks.filter((c) => c.kind === 'control-total')).toEqual([]);
  });

  test('with financial lines above it and no subtotal between, it adds up those lines only', () => {
    const r = run([
      sheet('RR', [
        head,
        ['Verksamhetens intäkter', 1000, 1000],
        ['Verksamhetens kostnader', -950, -950],
        ['Finansiella intäkter', 4, 6],
        ['Räntekostnader', -9, -10],
        ['Finansnetto', -5, -4],
        ['Årets resultat', 45, 46],
      ]),
    ]);
    expect(r.analysis.checks.filter((c) => c.kind === 'control-total')).toEqual([]);
  });

  test('its financial lines that do not add up to it are still a mismatch, over those lines', () => {
    const r = run([
      sheet('RR', [
        head,
        ['Medlemsavgifter', 1000, 1000],
        ['Personalkostnader', -950, -950],
        ['Verksamhetens nettokostnad', 50, 50],
        ['Finansiella intäkter', 4, 6],
        ['Finansiella kostnader', -9, -10],
        ['Finansnetto', -5, -14],
        ['Årets resultat', 45, 36],
      ]),
    ]);
    const mismatches = r.analysis.checks.filter((c) => c.class === 'mismatch');
    expect(mismatches.map((c) => [c.cell, kr(c.expected), kr(c.found), c.params?.count])).toEqual([['C7', '-4', '-14', 2]]);
  });
});
