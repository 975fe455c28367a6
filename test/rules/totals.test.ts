/**
 * SPEC 1.4, what a total covers, read as an economist reads it: the items since the previous total; the totals
 * directly above; the items sharing its qualifier; all items (a result row). The reading that agrees within
 * rounding is taken; when none agrees, the first one that covers anything, so the difference is reported against
 * the right rows. Amounts in öre, kronor tables (printed step 100 öre).
 */
import { Money } from '../../src/core/money';
import { RowKind, TableRow } from '../../src/core/read/rows';
import { columnSum, coverTotals } from '../../src/core/read/totals';

const KR_STEP = 100;
let nextRow = 0;
function row(label: string, budget: Money | null, outcome: Money | null = budget, kind: RowKind = 'item', section: string | null = null): TableRow {
  return {
    row: nextRow++,
    kind,
    label,
    goalArea: null,
    code: null,
    section,
    statedType: null,
    dimensions: [],
    month: null,
    result: false,
    budget,
    periodBudget: null,
    outcome,
    forecast: null,
    deviation: null,
    forecastDeviation: null,
    priorYear: null,
    unreadable: false,
  };
}
const total = (label: string, budget: Money | null, outcome: Money | null = budget) => row(label, budget, outcome, 'total');
const labels = (rows: readonly TableRow[]) => rows.map((r) => r.label);

describe('SPEC 1.4 the readings of a total, in order', () => {
  it('items since the previous total: `Summa` under A and B covers A and B', () => {
    const rows = [row('A', 1000), row('B', 2000), total('Summa', 3000)];
    const [c] = coverTotals(rows, KR_STEP);
    expect([c.reading, labels(c.covered), c.agrees]).toEqual(['items-since-previous-total', ['A', 'B'], true]);
  });

  it('totals directly above: `Summa intäkter` after two `Summa` rows covers those two totals', () => {
    const rows = [row('A', 1000), total('Summa A', 1000), row('B', 2000), total('Summa B', 2000), total('Summa intäkter', 3000)];
    const c = coverTotals(rows, KR_STEP)[2];
    expect([c.reading, labels(c.covered), c.agrees]).toEqual(['totals-above', ['Summa A', 'Summa B'], true]);
  });

  it('a total covered once is closed: a later grand total covers the total that covered it, not again the ones below', () => {
    const rows = [
      row('A', 1000),
      total('Summa A', 1000),
      row('B', 2000),
      total('Summa B', 2000),
      total('Summa intäkter', 3000),
      row('K', -500),
      total('Summa kostnader', -500),
      total('Totalt', 2500),
    ];
    const c = coverTotals(rows, KR_STEP)[4];
    expect([c.reading, labels(c.covered), c.agrees]).toEqual(['totals-above', ['Summa intäkter', 'Summa kostnader'], true]);
  });

  it('items sharing the qualifier: `Nettokostnad projekt` covers `Intäkter, projekt` and `Kostnader, projekt`', () => {
    const rows = [row('Intäkter, projekt', 1000), row('Kostnader, projekt', -3000), row('Övrigt', 500), total('Nettokostnad projekt', -2000)];
    // Since the previous total: 1 000 − 3 000 + 500 = −1 500 ≠ −2 000; sharing `projekt`: 1 000 − 3 000 = −2 000.
    const [c] = coverTotals(rows, KR_STEP);
    expect([c.reading, labels(c.covered), c.agrees]).toEqual(['shared-qualifier', ['Intäkter, projekt', 'Kostnader, projekt'], true]);
  });

  it('items whose section is the qualifier: `Summa kostnader` covers the items under the section `Kostnader`', () => {
    const rows = [
      row('Bidrag', 800, 800, 'item', 'Intäkter'),
      row('Löner', 500, 500, 'item', 'Kostnader'),
      row('Hyra', 200, 200, 'item', 'Kostnader'),
      total('Summa kostnader', 700),
    ];
    const [c] = coverTotals(rows, KR_STEP);
    expect([c.reading, labels(c.covered), c.agrees]).toEqual(['shared-qualifier', ['Löner', 'Hyra'], true]);
  });

  it('all items: a result row after the totals covers every item (signed: income plus negative costs)', () => {
    const rows = [row('Intäkter', 1000), total('Summa intäkter', 1000), row('Kostnader', -400), total('Resultat', 600)];
    // Since `Summa intäkter`: −400 ≠ 600; totals above not yet covered: `Summa intäkter` 1 000 ≠ 600 (the items
    // since it were not a total); no qualifier; all items: 1 000 − 400 = 600.
    const c = coverTotals(rows, KR_STEP)[1];
    expect([c.reading, labels(c.covered), c.agrees]).toEqual(['all-items', ['Intäkter', 'Kostnader'], true]);
  });

  it('within rounding agrees: 10 + 20 printed as 31 kr (1 kr off, 2 addends: at most 1,5 kr)', () => {
    const [c] = coverTotals([row('A', 1000), row('B', 2000), total('Summa', 3100)], KR_STEP);
    expect([c.reading, c.agrees]).toEqual(['items-since-previous-total', true]);
  });

  it('beyond rounding with no other reading: 10 + 20 printed as 32 kr does not agree, covering A and B', () => {
    const [c] = coverTotals([row('A', 1000), row('B', 2000), total('Summa', 3200)], KR_STEP);
    expect([c.reading, labels(c.covered), c.agrees]).toEqual(['items-since-previous-total', ['A', 'B'], false]);
  });

  it('a total that foots nowhere is reported against the first reading (the items since the previous total), not the last', () => {
    const rows = [row('A', 1000), total('Summa A', 1000), row('B', 2000), row('C', 4000), total('Summa B', 9900)];
    const c = coverTotals(rows, KR_STEP)[1];
    expect([c.reading, labels(c.covered), c.agrees]).toEqual(['items-since-previous-total', ['B', 'C'], false]);
  });

  it('every printed column must agree: budget foots, outcome does not, so the reading does not agree', () => {
    const [c] = coverTotals([row('A', 1000, 1000), row('B', 2000, 2000), total('Summa', 3000, 9000)], KR_STEP);
    expect(c.agrees).toBe(false);
  });

  it('a printed total whose covered rows have no value in that column does not agree', () => {
    const [c] = coverTotals([row('A', 1000, null), total('Summa', 1000, 1000)], KR_STEP);
    expect(c.agrees).toBe(false);
  });

  it('a total with no printed figures agrees with nothing', () => {
    const [c] = coverTotals([row('A', 1000), total('Summa', null, null)], KR_STEP);
    expect([c.reading, c.agrees]).toEqual(['items-since-previous-total', false]);
  });

  it('a total with nothing above it covers nothing', () => {
    const [c] = coverTotals([total('Summa', 100)], KR_STEP);
    expect([c.reading, c.covered, c.agrees]).toEqual([null, [], false]);
  });

  it('section rows are neither items nor totals', () => {
    const rows = [row('Mål 1', null, null, 'section'), row('A', 1000), total('Summa', 1000)];
    const [c] = coverTotals(rows, KR_STEP);
    expect(labels(c.covered)).toEqual(['A']);
  });

  // SPEC 1.4: "A result row covers income minus costs." In an unsigned table income and costs are both positive,
  // so a result row is income − costs.
  it('unsigned: `Resultat` 400 under income 1 000 and costs 600 agrees (1 000 − 600)', () => {
    const rows = [row('Medlemsavgifter', 1000, 1000, 'item', 'Intäkter'), row('Löner', 600, 600, 'item', 'Kostnader'), total('Resultat', 400)];
    const [c] = coverTotals(rows, KR_STEP, 'unsigned');
    expect([c.reading, labels(c.covered), c.sum, c.agrees]).toEqual(['items-since-previous-total', ['Medlemsavgifter', 'Löner'], 'income-minus-cost', true]);
  });

  it('unsigned: a net cost 400 under income 600 and costs 1 000 agrees as costs − income', () => {
    const rows = [row('Medlemsavgifter', 600, 600, 'item', 'Intäkter'), row('Löner', 1000, 1000, 'item', 'Kostnader'), total('Nettokostnad', 400)];
    const [c] = coverTotals(rows, KR_STEP, 'unsigned');
    expect([c.sum, c.agrees]).toEqual(['cost-minus-income', true]);
  });

  it('unsigned: a result that agrees with nothing is still checked as income − costs (10 − 6 = 4 kr, printed 7 kr: 3 kr off)', () => {
    const rows = [
      row('Medlemsavgifter', 1000, 1000, 'item', 'Intäkter'),
      row('Löner', 600, 600, 'item', 'Kostnader'),
      { ...total('Resultat', 700), result: true },
    ];
    const [c] = coverTotals(rows, KR_STEP, 'unsigned');
    expect([c.reading, c.sum, c.agrees]).toEqual(['items-since-previous-total', 'income-minus-cost', false]);
  });

  it('signed: the same rows are a plain sum, and 1 000 + 600 is not 400', () => {
    const rows = [row('Medlemsavgifter', 1000, 1000, 'item', 'Intäkter'), row('Löner', 600, 600, 'item', 'Kostnader'), total('Resultat', 400)];
    expect(coverTotals(rows, KR_STEP, 'signed')[0].agrees).toBe(false);
  });
});

describe('columnSum', () => {
  it('sums a column over the rows that have a value, and counts them; none gives null', () => {
    const rows = [row('A', 100, null), row('B', null, null), row('C', -30, null)];
    expect(columnSum(rows, 'budget')).toEqual({ value: 70, count: 2 });
    expect(columnSum(rows, 'outcome')).toBeNull();
  });
});
