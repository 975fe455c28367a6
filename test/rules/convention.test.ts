/**
 * SPEC 1.5, Sign conventions: how a table's convention is detected (its deviation column first, then the signs
 * of its amounts), which rows are income in an unsigned table, and the sign that makes a positive deviation
 * favourable in every convention. Amounts are in öre; a kronor table's printed step is 100 öre.
 */
import { Convention, detectConvention, deviationSign, rowType } from '../../src/core/read/convention';
import { TableRow } from '../../src/core/read/rows';
import { Money } from '../../src/core/money';

const KR_STEP = 100;

function item(label: string, budget: Money | null, outcome: Money | null, deviation: Money | null = null, extra: Partial<TableRow> = {}): TableRow {
  return {
    row: 1,
    kind: 'item',
    label,
    goalArea: null,
    code: null,
    section: null,
    statedType: null,
    dimensions: [],
    month: null,
    result: false,
    budget,
    periodBudget: null,
    outcome,
    forecast: null,
    deviation,
    forecastDeviation: null,
    priorYear: null,
    unreadable: false,
    ...extra,
  };
}

describe('SPEC 1.5 detection from the signs of the amounts', () => {
  it('all amounts non-negative: unsigned, because non-negative', () => {
    expect(detectConvention([item('Löner', 1000, 1200), item('Hyra', 500, 0)], KR_STEP)).toEqual({ convention: 'unsigned', reason: 'non-negative' });
  });

  it('one negative budget is enough: signed, because of the negative budget (rows whose words say nothing)', () => {
    expect(detectConvention([item('Projekt A', 1000, 1000), item('Projekt B', -1, 5)], KR_STEP)).toEqual({ convention: 'signed', reason: 'negative-budget' });
  });

  it('2 negative outcomes of 5 (more than a third): signed, because of negative amounts', () => {
    const items = [item('a', null, -1), item('b', null, -1), item('c', null, 1), item('d', null, 1), item('e', null, 1)];
    expect(detectConvention(items, KR_STEP)).toEqual({ convention: 'signed', reason: 'negative-amounts' });
  });

  it('exactly a third negative (1 of 3) is an anomaly in a cost list: unsigned', () => {
    const items = [item('a', null, -1), item('b', null, 1), item('c', null, 1)];
    expect(detectConvention(items, KR_STEP)).toEqual({ convention: 'unsigned', reason: 'non-negative' });
  });

  it('1 negative outcome of 4 (a quarter): unsigned', () => {
    const items = [item('a', null, -1), item('b', null, 1), item('c', null, 1), item('d', null, 1)];
    expect(detectConvention(items, KR_STEP).convention).toBe('unsigned');
  });

  it('1 negative outcome of 2: signed', () => {
    expect(detectConvention([item('a', null, -1), item('b', null, 1)], KR_STEP).convention).toBe('signed');
  });

  it('rows without an outcome do not count: 1 negative of 2 outcomes, with 3 budget-only rows, is signed', () => {
    const items = [item('a', null, -1), item('b', null, 1), item('c', 5, null), item('d', 5, null), item('e', 5, null)];
    expect(detectConvention(items, KR_STEP).convention).toBe('signed');
  });

  it('no rows at all: unsigned', () => {
    expect(detectConvention([], KR_STEP)).toEqual({ convention: 'unsigned', reason: 'non-negative' });
  });

  // SPEC 1.5: ledger tables (income negative, costs positive, as every huvudbok export) are a convention of their own.
  it('a ledger export (3xxx income negative, 4xxx–7xxx costs positive) is the ledger convention', () => {
    const items = [item('3110 Medlemsavgifter', -500000, -500000), item('4010 Löner', 300000, 320000), item('5010 Lokalhyra', 100000, 90000)];
    expect(detectConvention(items, KR_STEP)).toEqual({ convention: 'ledger', reason: 'income-negative' });
  });
});

describe("SPEC 1.5 the rows' own words against their signs come first", () => {
  it('income positive and a cost negative (`Intäkter` +, `Löner` −): signed, because the costs are negative', () => {
    expect(detectConvention([item('Intäkter', 1000, 1000), item('Löner', -1, 5)], KR_STEP)).toEqual({ convention: 'signed', reason: 'costs-negative' });
  });

  it('words win over the deviation column: `Löner` −1 000 → −1 200 reported −200 is signed because the cost is negative', () => {
    expect(detectConvention([item('Löner', -100000, -120000, -20000)], KR_STEP)).toEqual({ convention: 'signed', reason: 'costs-negative' });
  });

  it('one income row negative and one cost row positive: the ledger (2 rows agree) beats signed (0) and ties unsigned (1)', () => {
    // ledger: income − (1) + costs + (1) = 2; signed: income + (0) + costs − (0) = 0; unsigned: income + (0) + costs + (1) = 1.
    expect(detectConvention([item('Bidrag', -5000, -5000), item('Löner', 3000, 3000)], KR_STEP).convention).toBe('ledger');
  });

  it('all rows non-negative with income and cost words: unsigned', () => {
    expect(detectConvention([item('Bidrag', 5000, 5000), item('Löner', 3000, 3000)], KR_STEP)).toEqual({ convention: 'unsigned', reason: 'non-negative' });
  });
});

describe('SPEC 1.5 detection from the deviation column, which wins over signs', () => {
  it('deviations equal to outcome − budget with a negative amount: signed, because of the deviation column', () => {
    // Projekt: −1 000 kr budget, −1 200 kr outcome: outcome − budget = −200 kr, as reported.
    expect(detectConvention([item('Projekt', -100000, -120000, -20000)], KR_STEP)).toEqual({ convention: 'signed', reason: 'deviation-column' });
  });

  it('deviations equal to budget − outcome on cost rows, all amounts positive: unsigned', () => {
    // Löner 1 000 → 1 200: budget − outcome = −200 kr; Hyra 500 → 100: 400 kr; Data 300 → 100: 200 kr.
    const items = [item('Löner', 100000, 120000, -20000), item('Hyra', 50000, 10000, 40000), item('Data', 30000, 10000, 20000)];
    expect(detectConvention(items, KR_STEP)).toEqual({ convention: 'unsigned', reason: 'deviation-column' });
  });

  it('budget − outcome on cost rows with one negative outcome (Hyra, a credit): still unsigned, an anomaly', () => {
    // Hyra 500 → −100: budget − outcome = 600 kr, as reported. 3 turned votes, 1 on a negative amount: 1 × 4 > 1 + 3
    // is false (exactly a quarter), so no ledger.
    const items = [item('Löner', 100000, 120000, -20000), item('Hyra', 50000, -10000, 60000), item('Data', 30000, 10000, 20000)];
    expect(detectConvention(items, KR_STEP)).toEqual({ convention: 'unsigned', reason: 'deviation-column' });
  });

  it('two negative lines written budget − outcome are a ledger’s: ledger, because of the deviation column', () => {
    // Resor 300 → −50: 350 kr, reported; now 2 turned votes on negative amounts.
    const items = [
      item('Löner', 100000, 120000, -20000),
      item('Hyra', 50000, -10000, 60000),
      item('Data', 30000, 10000, 20000),
      item('Resor', 30000, -5000, 35000),
    ];
    expect(detectConvention(items, KR_STEP)).toEqual({ convention: 'ledger', reason: 'deviation-column' });
  });

  it('a tied vote (one row each way) goes to unsigned', () => {
    // Signed vote: 1 000 → 1 200 reported +200. Unsigned vote: 1 000 → 1 300 reported −300.
    const items = [item('a', 100000, 120000, 20000), item('b', 100000, 130000, -30000)];
    expect(detectConvention(items, KR_STEP)).toEqual({ convention: 'unsigned', reason: 'deviation-column' });
  });

  it('two signed votes against one unsigned vote: signed wins (a negative amount present)', () => {
    const items = [item('a', -100000, -120000, -20000), item('b', -100000, -110000, -10000), item('c', 100000, 130000, -30000)];
    expect(detectConvention(items, KR_STEP)).toEqual({ convention: 'signed', reason: 'deviation-column' });
  });

  it('signed votes on an all-positive table do not make it signed: unsigned, non-negative', () => {
    // Income rows in an unsigned table also have deviation = outcome − budget.
    expect(detectConvention([item('Bidrag', 100000, 120000, 20000)], KR_STEP)).toEqual({ convention: 'unsigned', reason: 'non-negative' });
  });

  it('an income row whose deviation is budget − outcome casts no unsigned vote', () => {
    const items = [item('Medlemsavgifter', 100000, 120000, -20000), item('Projekt', -5, -5)];
    expect(detectConvention(items, KR_STEP)).toEqual({ convention: 'signed', reason: 'negative-budget' });
  });

  it('a difference of exactly one printed step is too small to vote; one öre more votes', () => {
    // outcome − budget = 100 öre = 1 kr: skipped. With 101 öre it votes unsigned (reported −101).
    expect(detectConvention([item('a', 1000, 1100, -100)], KR_STEP)).toEqual({ convention: 'unsigned', reason: 'non-negative' });
    expect(detectConvention([item('a', 1000, 1101, -101)], KR_STEP)).toEqual({ convention: 'unsigned', reason: 'deviation-column' });
  });

  it('a reported deviation within 1,5 printed steps of a formula votes for it; 1,5 steps and one öre does not', () => {
    // outcome − budget = −1 000 kr; reported −998,50 kr is 150 öre away (2 × 150 ≤ 3 × 100): a signed vote.
    expect(detectConvention([item('a', -100000, -200000, -99850)], KR_STEP)).toEqual({ convention: 'signed', reason: 'deviation-column' });
    // −998,49 kr is 151 öre away: no vote; the negative budget decides.
    expect(detectConvention([item('a', -100000, -200000, -99849)], KR_STEP)).toEqual({ convention: 'signed', reason: 'negative-budget' });
  });

  it('the printed step scales the tolerance: in tkr (100 000 öre) a report 1 tkr off still votes', () => {
    // outcome − budget = 10 tkr; reported −9 tkr is 1 tkr from −10 tkr: an unsigned vote.
    expect(detectConvention([item('a', 100_000_000, 101_000_000, -900_000)], 100_000)).toEqual({ convention: 'unsigned', reason: 'deviation-column' });
  });
});

describe('SPEC 1.5 income or cost in an unsigned table', () => {
  it.each([
    'Medlemsavgifter',
    'Medlemsavgift',
    'Intäkter',
    'Intäkt',
    'Bidrag',
    'Bidrag från staten',
    'Erhållna bidrag',
    'Ersättning',
    'Ersättningar',
    'Avgifter',
    'Income',
    'Revenue',
    'Grants',
    'Grant',
    'Member fees',
    'Fees received',
    'BIDRAG',
  ])('%p is income', (label) => {
    expect(rowType(item(label, 1, 1), 'unsigned')).toBe('income');
  });

  it.each(['Löner', 'Lokalhyra', 'Feedbackmöten', 'Administration', 'Personalkostnader', 'Projekt Bidragsbanken'])('%p is a cost', (label) => {
    expect(rowType(item(label, 1, 1), 'unsigned')).toBe('cost');
  });

  // SPEC 1.5's wider income vocabulary (src/core/read/vocabulary.ts).
  it.each(['Medlemsbidrag', 'Statsbidrag', 'Projektintäkter', 'Försäljning', 'Medel från Region Sörmland', 'Member contributions'])('%p is income', (label) => {
    expect(rowType(item(label, 1, 1), 'unsigned')).toBe('income');
  });

  it('a type column wins over the label: `Bidrag` typed Kostnad is a cost', () => {
    expect(rowType(item('Bidrag', 1, 1, null, { statedType: 'cost' }), 'unsigned')).toBe('cost');
  });

  it('a section wins over the label: `Löner` under `Intäkter` is income; `Bidrag` under `Kostnader` a cost', () => {
    expect(rowType(item('Löner', 1, 1, null, { section: 'Intäkter' }), 'unsigned')).toBe('income');
    expect(rowType(item('Bidrag', 1, 1, null, { section: 'Kostnader' }), 'unsigned')).toBe('cost');
  });

  it('a section that says neither leaves it to the label', () => {
    expect(rowType(item('Bidrag', 1, 1, null, { section: 'Mål 1' }), 'unsigned')).toBe('income');
  });

  it('in a signed table the sign decides where the words do not: a negative budget is a cost, a positive one income', () => {
    expect(rowType(item('Projekt A', -5, 3), 'signed')).toBe('cost');
    expect(rowType(item('Projekt B', 5, -3), 'signed')).toBe('income');
  });

  it('in a signed or ledger table the words win over the sign: `Bidrag` is income, `Löner` a cost, whatever their signs', () => {
    expect([
      rowType(item('Bidrag', -5, 3), 'signed'),
      rowType(item('Löner', 5, -3), 'signed'),
      rowType(item('Bidrag', 5, 3), 'ledger'),
      rowType(item('Löner', -5, -3), 'ledger'),
    ]).toEqual(['income', 'cost', 'income', 'cost']);
  });

  it('in a ledger table the sign decides the other way: negative is income, positive a cost', () => {
    expect([rowType(item('Projekt A', -5, 3), 'ledger'), rowType(item('Projekt B', 5, -3), 'ledger')]).toEqual(['income', 'cost']);
  });

  it('in a signed table without a budget the outcome decides; with neither it is a cost', () => {
    expect(rowType(item('Projekt', null, -3), 'signed')).toBe('cost');
    expect(rowType(item('Projekt', null, null), 'signed')).toBe('cost');
    expect(rowType(item('Projekt', 0, -3), 'signed')).toBe('income');
  });
});

describe('SPEC 1.5 a positive deviation is favourable in every convention', () => {
  it.each<[string, Convention, TableRow, 1 | -1]>([
    ['signed: outcome − budget on every row', 'signed', item('Löner', -5, -6), 1],
    ['unsigned income: outcome − budget', 'unsigned', item('Medlemsavgifter', 5, 6), 1],
    ['unsigned cost: budget − outcome', 'unsigned', item('Löner', 5, 6), -1],
    ['ledger income: budget − outcome', 'ledger', item('Medlemsavgifter', -5, -6), -1],
    ['ledger cost: budget − outcome', 'ledger', item('Löner', 5, 6), -1],
  ])('%s', (_what, convention, row, sign) => {
    expect(deviationSign(row, convention)).toBe(sign);
  });
});

// Each test below kills a mutant that survived `npm run mutate` (test/rules/README.md): the rows agreeing with
// each reading are counted by hand (income +/−, costs +/−); a reading wins only outright, else the signs decide.
describe('SPEC 1.5 the words-against-signs vote at its edges', () => {
  const i = (label: string, amount: number) => item(label, amount, amount);

  it('ledger ties unsigned (1 income −, 1 income +, 1 cost +: ledger 2, unsigned 2, signed 1): ledger', () => {
    expect(detectConvention([i('Bidrag', -5), i('Medlemsavgifter', 5), i('Löner', 5)], KR_STEP)).toEqual({ convention: 'ledger', reason: 'income-negative' });
  });

  it('ledger ties signed (ledger 2, signed 2, unsigned 2): neither wins, the negative budget decides', () => {
    expect(detectConvention([i('Bidrag', -5), i('Hyra', 5), i('Medlemsavgifter', 5), i('Löner', -5)], KR_STEP)).toEqual({
      convention: 'signed',
      reason: 'negative-budget',
    });
  });

  it('ledger beats signed but not unsigned (ledger 3, signed 2, unsigned 4): the negative budget decides', () => {
    expect(detectConvention([i('Bidrag', -5), i('Medlemsavgifter', 5), i('Ersättningar', 5), i('Löner', 5), i('Hyra', 5)], KR_STEP)).toEqual({
      convention: 'signed',
      reason: 'negative-budget',
    });
  });

  it('signed ties unsigned (1 income +, 1 cost −, 1 cost +: signed 2, unsigned 2, ledger 1): signed, because the costs are negative', () => {
    expect(detectConvention([i('Medlemsavgifter', 5), i('Löner', -5), i('Hyra', 5)], KR_STEP)).toEqual({ convention: 'signed', reason: 'costs-negative' });
  });

  it('signed beats ledger but not unsigned (signed 4, unsigned 5, ledger 2): the negative budget decides', () => {
    const items = [i('Medlemsavgifter', 5), i('Ersättningar', 5), i('Bidrag', 5), i('Löner', -5), i('Hyra', 5), i('Lokalhyra', 5)];
    expect(detectConvention(items, KR_STEP)).toEqual({ convention: 'signed', reason: 'negative-budget' });
  });

  it('rows with a zero or no amount cast no vote: two zero income rows do not outvote the ledger', () => {
    // Counted: ledger 2 (Bidrag −, Löner +), unsigned 1. Were the zeros income +, unsigned would have 3.
    const items = [i('Bidrag', -5), i('Löner', 5), i('Medlemsavgifter', 0), i('Ersättningar', 0), item('Avgifter', null, null)];
    expect(detectConvention(items, KR_STEP)).toEqual({ convention: 'ledger', reason: 'income-negative' });
  });
});
