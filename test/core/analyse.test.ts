import { analyseWorkbook } from '../../src/core/deviations/analyze';
import { checkMessage } from '../../src/core/render/check-text';
import { deviationPercent } from '../../src/core/deviations/figures';
import { sheet } from '../helpers/sheets';
import { kr } from '../helpers/money';

/** A signed budget reconciliation like the Sörmland report's, in tkr. */
const signed = sheet('Budget', [
  ['Driftredovisning (tkr)'],
  [],
  ['Post', 'Budget 2024', 'Utfall 2024', 'Avvikelse', 'Utfall 2023'],
  ['Intäkter', null, null, null, null],
  ['Medlemsavgifter', 1000, 1000, 0, 950],
  ['Bidrag', 200, 260, 60, 180],
  ['Summa intäkter', 1200, 1260, 60, 1130],
  ['Kostnader', null, null, null, null],
  ['Personal', -800, -850, -50, -780],
  ['Lokaler', -300, -280, 20, -290],
  ['Summa kostnader', -1100, -1130, -30, -1070],
  [],
  ['Resultat', 100, 130, 30, 60],
]);

/** An unsigned net-cost table in kronor, with an income row and an unbudgeted line. */
const unsigned = sheet('Nettokostnad', [
  ['Mål', 'Budget helår', 'Prognos', 'Utfall helår', 'Avvikelse budget-utfall'],
  ['Mål 1: Utbildning', 2300000, 2100000, 1807800, 492200],
  ['Mål 2: Omvärld', 3840000, 3790000, 4439600, -599600],
  ['Medlemsavgifter', 500000, 500000, 520000, 20000],
  ['Mål 3: Näringsliv', null, null, 568600, null],
  ['Mål 4: Livsmiljö', 0, 0, 800, -800],
  ['TOTAL NETTOKOSTNAD', 6640000, 6390000, 7336800, -87400],
]);

describe('a signed table (costs negative)', () => {
  const a = analyseWorkbook([signed]);
  const t = a.tables[0];

  test('is found with its unit from the title and its convention from the deviation column', () => {
    expect(a.tables).toHaveLength(1);
    expect(t.unit).toBe('tkr');
    expect(t.convention).toBe('signed');
    expect(t.range).toBe('A3:E13');
  });

  test('deviation = outcome − budget on every line, in kronor', () => {
    const dev = Object.fromEntries(t.lines.map((l) => [l.name, kr(l.deviation)]));
    expect(dev).toEqual({ Medlemsavgifter: '0', Bidrag: '60000', Personal: '-50000', Lokaler: '20000' });
    expect(t.lines.find((l) => l.name === 'Personal')!.favourable).toBe(false);
    expect(t.lines.find((l) => l.name === 'Lokaler')!.favourable).toBe(true);
  });

  test('section headers group the lines; totals are not added again', () => {
    expect(t.lines).toHaveLength(4);
    expect(t.groups.map((g) => [g.name, kr(g.deviation)])).toEqual([
      ['Intäkter', '60000'],
      ['Kostnader', '-30000'],
    ]);
    expect(kr(t.total.deviation)).toBe('30000');
    expect(kr(t.total.budget)).toBe('100000');
  });

  test('every printed total and deviation agrees, so no check is raised', () => {
    expect(a.checks).toEqual([]);
    expect(a.errors).toEqual([]);
  });

  test('the earlier outcome year is read as the prior year', () => {
    expect(t.layout.columns.priorYear).toBe(4);
    expect(t.layout.columns.outcome).toBe(2);
  });
});

describe('an unsigned table (net costs positive)', () => {
  const a = analyseWorkbook([unsigned]);
  const t = a.tables[0];

  test('is detected as unsigned, rows are goal areas', () => {
    expect(t.convention).toBe('unsigned');
    expect(t.layout.labelRole).toBe('goalArea');
    expect(t.unit).toBe('kr');
  });

  test('costs: deviation = budget − outcome; income: outcome − budget; positive is favourable', () => {
    const by = (name: string) => t.lines.find((l) => l.name.startsWith(name))!;
    expect(kr(by('Mål 1').deviation)).toBe('492200');
    expect(kr(by('Mål 2').deviation)).toBe('-599600');
    expect(by('Mål 2').favourable).toBe(false);
    expect(kr(by('Medlemsavgifter').deviation)).toBe('20000');
    expect(by('Medlemsavgifter').type).toBe('income');
  });

  test('no budget and budget 0 give no percentage, and are reported as unmapped', () => {
    const m3 = t.lines.find((l) => l.name.startsWith('Mål 3'))!;
    const m4 = t.lines.find((l) => l.name.startsWith('Mål 4'))!;
    expect(m3.budget).toBeNull();
    expect(deviationPercent(m3)).toBeNull();
    // No budget: no deviation and no flag (SPEC 2.1: nothing is invented), but the line is reported.
    expect(m3.deviation).toBeNull();
    expect(m3.flagged).toBe(false);
    expect(deviationPercent(m4)).toBeNull();
    const unmapped = a.checks.filter((c) => c.kind === 'unmapped');
    expect(unmapped.map((c) => [c.cell, c.messageKey])).toEqual([
      ['B5', 'check.notBudgeted'],
      ['B6', 'check.zeroBudget'],
    ]);
  });

  // The limits at their edges (exactly 100 000 kr, exactly 5 %) are tested in test/rules/deviations.test.ts.
  test('percentages and flags: Mål 2 (−599 600 kr, −15,61 %) is flagged, Medlemsavgifter (+20 000 kr) is not', () => {
    const m2 = t.lines.find((l) => l.name.startsWith('Mål 2'))!;
    expect(deviationPercent(m2)!.toDecimalPlaces(2).toFixed()).toBe('-15.61');
    expect(m2.flagged).toBe(true);
    const fee = t.lines.find((l) => l.name === 'Medlemsavgifter')!;
    expect(fee.flagged).toBe(false);
  });

  test('forecast deviation and forecast accuracy', () => {
    const m1 = t.lines[0];
    expect(kr(m1.forecastDeviation)).toBe('200000');
    expect(kr(m1.forecastAccuracy)).toBe('292200');
  });

  test('the total row foots: rollup of every line, percentage from the sums', () => {
    expect(kr(t.total.budget)).toBe('6640000');
    expect(kr(t.total.outcome)).toBe('7336800');
    // 492 200 − 599 600 + 20 000 − 800 (mål 4); mål 3 has no budget, so no deviation, and is counted as left out.
    expect(kr(t.total.deviation)).toBe('-88200');
    expect(t.total.leftOut).toBe(1);
  });

  test('a printed total that does not add up its column is a control-total mismatch on that cell', () => {
    const ct = a.checks.filter((c) => c.kind === 'control-total');
    expect(ct.map((c) => [c.cell, c.class, kr(c.expected), kr(c.found)])).toEqual([['E7', 'mismatch', '-88200', '-87400']]);
  });
});

describe('bad input', () => {
  const bad = sheet('Drift', [
    ['Konto', 'Budget', 'Utfall'],
    ['Löner', 100, { error: '#REF!' }],
    ['Hyra', 'femtio', 40],
    ['Resor', 30, 35],
  ]);
  const a = analyseWorkbook([bad]);

  test('an error value and unreadable text are reported with sheet and cell, the rest is computed', () => {
    expect(a.errors.map((e) => [e.sheet, e.cell, e.key])).toEqual([
      ['Drift', 'C2', 'amount.errorValue'],
      ['Drift', 'B3', 'amount.notANumber'],
    ]);
    const resor = a.tables[0].lines.find((l) => l.name === 'Resor')!;
    expect(kr(resor.deviation)).toBe('-5');
    expect(a.tables[0].lines).toHaveLength(3);
  });

  test('a workbook without a budget table gives no tables', () => {
    expect(analyseWorkbook([sheet('Anteckningar', [['Hej'], [1, 2, 3]])]).tables).toEqual([]);
  });
});

describe('reconciliation checks on hand-made sheets', () => {
  test('a reported deviation that does not match is a mismatch naming its cell; one unit off is rounding', () => {
    const s = sheet('Drift (tkr)', [
      ['Konto', 'Budget', 'Utfall', 'Avvikelse'],
      ['Löner', -100, -120, -20],
      ['Hyra', -50, -40, 11],
      ['Resor', -30, -36, -5],
      ['Summa', -180, -196, -14],
    ]);
    const a = analyseWorkbook([s]);
    const rd = a.checks.filter((c) => c.kind === 'reported-deviation');
    // Hyra: −40 − (−50) = 10, printed 11; Resor: −6, printed −5; Summa: −16, printed −14.
    expect(rd.map((c) => [c.cell, c.class, kr(c.difference)])).toEqual([
      ['D3', 'rounding', '1000'],
      ['D4', 'rounding', '1000'],
      ['D5', 'mismatch', '2000'],
    ]);
    expect(checkMessage(rd[0], 'sv')).toContain('Hyra');
  });

  test('a total that does not foot is a control-total mismatch; within (n+1)/2 units it is rounding', () => {
    const s = sheet('Drift', [
      ['Konto', 'Budget (tkr)', 'Utfall'],
      ['A', 10, 10],
      ['B', 20, 20],
      ['C', 30, 30],
      ['Summa', 62, 75],
    ]);
    const a = analyseWorkbook([s]);
    const ct = a.checks.filter((c) => c.kind === 'control-total');
    expect(ct.map((c) => [c.cell, c.class, kr(c.expected), kr(c.found)])).toEqual([
      ['B5', 'rounding', '60000', '62000'],
      ['C5', 'mismatch', '60000', '75000'],
    ]);
  });

  test('a project list against the goal-area table, per goal area and column', () => {
    const summary = sheet('Mål', [
      ['Målområde', 'Budget', 'Utfall'],
      ['Mål 1: Kompetens', 300, 250],
      ['Mål 2: Infrastruktur', 500, 600],
    ]);
    const detail = sheet('Projekt', [
      ['Målområde', 'Projekt', 'Budget', 'Utfall'],
      ['Mål 1', 'P1', 100, 100],
      [null, 'P2', 200, 150],
      ['Mål 2', 'P3', 500, 598],
    ]);
    const a = analyseWorkbook([summary, detail]);
    const cs = a.checks.filter((c) => c.kind === 'cross-sheet');
    expect(cs.map((c) => [c.sheet, c.cell, c.class, kr(c.difference)])).toEqual([['Mål', 'C3', 'mismatch', '-2']]);
    expect(a.tables[1].groups.map((g) => g.name)).toEqual(['Mål 1', 'Mål 2']);
  });
});

describe('a table with nothing to group by', () => {
  const plain = (rows: (string | number)[][]) => analyseWorkbook([sheet('Uppföljning', [['Post', 'Budget', 'Utfall'], ...rows])]).tables[0];

  test('holding both income and costs, it is grouped as Intäkter and Kostnader: what came in and what went out', () => {
    const t = plain([
      ['Medlemsbidrag', 9600, 9600],
      ['Bidrag från Arbetsförmedlingen', 1200, 1000],
      ['Personal', 6840, 6548],
      ['Lokaler', 1080, 1090],
    ]);
    expect(t.grouping).toEqual({ by: 'type' });
    // Income: outcome − budget (10 600 − 10 800 = −200); costs: budget − outcome (7 920 − 7 638 = 282).
    expect(t.groups.map((g) => [g.name, kr(g.budget), kr(g.outcome), kr(g.deviation), g.lineCount])).toEqual([
      ['group.income', '10800', '10600', '-200', 2],
      ['group.cost', '7920', '7638', '282', 2],
    ]);
    expect(kr(t.total.deviation)).toBe('82');
  });

  test('of costs only, it stays one group, the table', () => {
    const t = plain([
      ['Personal', 6840, 6548],
      ['Lokaler', 1080, 1090],
    ]);
    expect(t.grouping).toEqual({ by: 'table' });
    expect(t.groups.map((g) => g.name)).toEqual(['Uppföljning']);
  });
});
