import { SheetData } from '../../src/core/cells';
import { analyseWorkbook } from '../../src/core/deviations/analyze';
import { deviationPercent } from '../../src/core/deviations/figures';
import { toKronor } from '../../src/core/money';
import { notComparedText } from '../../src/core/render/not-compared';
import { reconcileSheets } from '../../src/core/reconcile';
import { joinBytes } from '../../src/core/render/byte-sink';
import { toJsonChunks } from '../../src/core/render/json';

const kr = (m: Parameters<typeof toKronor>[0] | null) => (m === null ? null : toKronor(m).toFixed());
const percent = (f: Parameters<typeof deviationPercent>[0]) => deviationPercent(f)?.toDecimalPlaces(2).toFixed() ?? null;

// Personal has a budget and no outcome yet: its line has no deviation, and Mål 1's figures must not pretend it has.
const drift: SheetData = {
  name: 'Drift',
  values: [
    ['Målområde', 'Post', 'Budget', 'Utfall'],
    ['Mål 1', 'Lokalkostnader', 200, 210],
    ['Mål 1', 'Personalkostnader', 700, null],
    ['Mål 2', 'Resekostnader', 100, 90],
  ],
};

describe('a group with a line that has no outcome', () => {
  const table = analyseWorkbook([drift]).tables[0];
  const m1 = table.groups.find((g) => g.name === 'Mål 1')!;

  test('budget and outcome show every line with a value; the deviation only the lines compared', () => {
    expect([kr(m1.budget), kr(m1.outcome), kr(m1.deviation), m1.leftOut]).toEqual(['900', '210', '-10', 1]);
  });

  test('the % is over the budget of the lines compared (−10 of 200), not of every line (−10 of 900)', () => {
    expect(percent(m1)).toBe('-5');
    expect(kr(m1.budgetCompared ?? null)).toBe('200');
    // The total: −10 + 10 over 200 + 100.
    expect([kr(table.total.deviation), kr(table.total.budgetCompared ?? null), table.total.leftOut]).toEqual(['0', '300', 1]);
  });

  test('a group whose every line is compared has no separate base: its % is over its budget', () => {
    const m2 = table.groups.find((g) => g.name === 'Mål 2')!;
    expect(m2.budgetCompared).toBeUndefined();
    expect(percent(m2)).toBe('10');
  });

  test('the sheets, the JSON and the words say how many lines are left out, in Swedish and English', () => {
    expect(notComparedText(table, 'sv')).toBe(
      '1 av 3 rader saknar budget eller utfall (tomt eller oläsbart) och ingår inte i avvikelsen eller dess procent (Mål 1: 1). Budget och utfall visar varje rad som har ett värde.',
    );
    expect(notComparedText(table, 'en')).toMatch(/^1 of 3 lines have no budget or outcome .* \(Mål 1: 1\)\./);
    const run = reconcileSheets([drift], { lang: 'sv', today: '2026-12-07' });
    const summary = run.sheets.find((s) => s.key === 'summary')!;
    expect([summary.after?.[0].linkText, summary.after?.[0].text]).toEqual(['ℹ Drift:', notComparedText(table, 'sv')]);
    expect(summary.after?.[0].link).toEqual({ output: 'deviations', cell: expect.any(String) });
    const detail = run.sheets.find((s) => s.key === 'deviations')!;
    expect(detail.notes[1].endsWith(` Drift: ${notComparedText(table, 'sv')}`)).toBe(true);
    // The summary's % cell for Mål 1 is the ratio over the compared budget: −0,05.
    const m1Row = summary.table.rows.find((r) => r[0] === 'Mål 1')!;
    expect(m1Row[4]).toBeCloseTo(-0.05, 12);
    const json = JSON.parse(Buffer.from(joinBytes(toJsonChunks(run, 'sv'))).toString('utf8'));
    const group = json.deviations[0].groups.find((g: { name: string }) => g.name === 'Mål 1');
    expect([group.deviationPercent, group.linesLeftOut]).toEqual(['-5', 1]);
  });

  test('every line compared: no sentence', () => {
    const full: SheetData = { name: 'Drift', values: drift.values.map((r, i) => (i === 2 ? ['Mål 1', 'Personalkostnader', 700, 650] : r)) };
    expect(notComparedText(analyseWorkbook([full]).tables[0], 'sv')).toBeNull();
  });
});
