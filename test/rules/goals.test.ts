/**
 * SPEC 5, Financial goals: every condition word, thresholds as written (`1,0`, `100 %`, `12 mnkr`, `0`), a ratio
 * kept as a fraction (1 = 100 %), amounts in kronor, and met / not met at exactly the threshold.
 */
import { CellValue } from '../../src/core/cells';
import { Decimal } from '../../src/core/decimal';
import { Operator, OPERATOR_SIGN, isMet, margin, parseOperator, parseThreshold, thresholdValue } from '../../src/core/goals/condition';
import { readGoalTables } from '../../src/core/goals/goals-table';
import { readGoalSentence } from '../../src/core/goals/sentences';
import { InputIssue } from '../../src/core/issues';
import { sheet } from '../helpers/sheets';

const d = (v: string | number) => new Decimal(v);

describe('SPEC 5 every condition word', () => {
  it.each<[string, Operator]>([
    ['>', '>'],
    ['>=', '>='],
    ['=>', '>='],
    ['≥', '>='],
    ['> =', '>='],
    ['<', '<'],
    ['<=', '<='],
    ['=<', '<='],
    ['≤', '<='],
    ['< =', '<='],
    ['minst', '>='],
    ['Minst', '>='],
    ['lägst', '>='],
    ['högst', '<='],
    ['HÖGST', '<='],
    ['över', '>'],
    ['mer än', '>'],
    ['större än', '>'],
    ['överstiga', '>'],
    ['överstiger', '>'],
    ['under', '<'],
    ['mindre än', '<'],
    ['understiga', '<'],
    ['understiger', '<'],
    ['at least', '>='],
    ['at most', '<='],
    ['more than', '>'],
    ['greater than', '>'],
    ['above', '>'],
    ['over', '>'],
    ['exceeds', '>'],
    ['less than', '<'],
    ['below', '<'],
    ['  minst  ', '>='],
  ])('%p is %p', (text, operator) => {
    expect(parseOperator(text)).toBe(operator);
  });

  it.each([['='], ['lika med'], [''], ['>>'], ['ungefär']])('%p is no condition', (text) => {
    expect(parseOperator(text)).toBeNull();
  });

  it('operators are shown as ≥ and ≤', () => {
    expect(OPERATOR_SIGN).toEqual({ '>': '>', '>=': '≥', '<': '<', '<=': '≤' });
  });
});

describe('SPEC 5 thresholds as written', () => {
  it.each<[CellValue, string, boolean, string | null]>([
    ['1,0', '1', false, null],
    ['100 %', '1', true, null],
    ['30 %', '0.3', true, null],
    ['30%', '0.3', true, null],
    ['30 procent', '0.3', true, null],
    ['12 mnkr', '12', false, 'mnkr'],
    ['12 Mkr', '12', false, 'mnkr'],
    ['12 MSEK', '12', false, 'mnkr'],
    ['12 mn kr', '12', false, 'mnkr'],
    ['12 milj. kr', '12', false, 'mnkr'],
    ['12 miljoner kronor', '12', false, 'mnkr'],
    ['12 miljoner', '12', false, 'mnkr'],
    ['12 000 tkr', '12000', false, 'tkr'],
    ['500 KSEK', '500', false, 'tkr'],
    ['12 tusen kronor', '12', false, 'tkr'],
    ['5 000 kr', '5000', false, 'kr'],
    ['5 000 kronor', '5000', false, 'kr'],
    ['5 000 SEK', '5000', false, 'kr'],
    ['0', '0', false, null],
    [0, '0', false, null],
    [1.5, '1.5', false, null],
    ['−2,5 mnkr', '-2.5', false, 'mnkr'],
  ])('%p reads as %s (percent %p, unit %p)', (text, value, percent, unit) => {
    const t = parseThreshold(text);
    expect(t && [t.value.toFixed(), t.percent, t.unit]).toEqual([value, percent, unit]);
  });

  it.each([['mycket'], [''], [true]])('%p is no threshold', (text) => {
    expect(parseThreshold(text as CellValue)).toBeNull();
  });
});

describe('SPEC 5 the threshold in the metric’s terms', () => {
  it('an amount: 12 mnkr is 12 000 000 kr, 12 000 tkr is 12 000 000 kr, 5 000 kr is 5 000 kr', () => {
    expect(thresholdValue(parseThreshold('12 mnkr')!, true, null)).toEqual(d(12_000_000));
    expect(thresholdValue(parseThreshold('12 000 tkr')!, true, null)).toEqual(d(12_000_000));
    expect(thresholdValue(parseThreshold('5 000 kr')!, true, null)).toEqual(d(5000));
  });

  it('a plain number for an amount is in the unit of the Gränsvärde header, else kronor', () => {
    expect(thresholdValue(parseThreshold(12)!, true, 'mnkr')).toEqual(d(12_000_000));
    expect(thresholdValue(parseThreshold(12)!, true, null)).toEqual(d(12));
    // The threshold's own unit wins over the header's.
    expect(thresholdValue(parseThreshold('12 tkr')!, true, 'mnkr')).toEqual(d(12_000));
  });

  it('a ratio stays a fraction: `100 %` and `1,0` are both 1', () => {
    expect(thresholdValue(parseThreshold('100 %')!, false, null)).toEqual(d(1));
    expect(thresholdValue(parseThreshold('1,0')!, false, 'mnkr')).toEqual(d(1));
  });

  it('a percentage for an amount, and kronor for a ratio, do not fit and say which', () => {
    expect(thresholdValue(parseThreshold('30 %')!, true, null)).toBe('percent-for-amount');
    expect(thresholdValue(parseThreshold('12 mnkr')!, false, null)).toBe('amount-for-ratio');
  });
});

describe('SPEC 5 met or not at exactly the threshold, and the margin', () => {
  it.each<[Operator, string, boolean, string]>([
    // [operator, value, met, margin] against a threshold of 200.
    ['>=', '200', true, '0'],
    ['>=', '199.99', false, '-0.01'],
    ['>', '200', false, '0'],
    ['>', '200.01', true, '0.01'],
    ['<=', '200', true, '0'],
    ['<=', '200.01', false, '-0.01'],
    ['<', '200', false, '0'],
    ['<', '199.99', true, '0.01'],
  ])('%s 200 with the value %s: met %p, margin %s', (operator, value, met, room) => {
    expect(isMet(d(value), operator, d(200))).toBe(met);
    expect(margin(d(value), operator, d(200)).toFixed()).toBe(room);
  });

  it('`högst 200 mnkr` at exactly 200 mnkr is met', () => {
    const operator = parseOperator('högst')!;
    const limit = thresholdValue(parseThreshold('200 mnkr')!, true, null) as Decimal;
    expect(isMet(d(200_000_000), operator, limit)).toBe(true);
    expect(isMet(d('200000000.01'), operator, limit)).toBe(false);
  });

  it('`minst 30 %` soliditet at exactly 0,30 is met, at 0,2999 not', () => {
    const limit = thresholdValue(parseThreshold('30 %')!, false, null) as Decimal;
    expect(isMet(d('0.3'), parseOperator('minst')!, limit)).toBe(true);
    expect(isMet(d('0.2999'), parseOperator('minst')!, limit)).toBe(false);
  });
});

describe('SPEC 5 the goals table', () => {
  const header = ['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde (mnkr)'];

  it('reads each goal with its cells and the unit of the threshold header', () => {
    const issues: InputIssue[] = [];
    const { tables, goals } = readGoalTables([sheet('Mål', [['Finansiella mål'], header, ['Eget kapital', 'Eget kapital', 'minst', 12]])], issues);
    expect(tables).toBe(1);
    expect(goals.map((g) => [g.name, g.metric, g.operator, g.threshold?.value.toFixed(), g.thresholdUnit, g.cells])).toEqual([
      ['Eget kapital', 'Eget kapital', '>=', '12', 'mnkr', { metric: 'B3', condition: 'C3', threshold: 'D3' }],
    ]);
    expect(issues).toEqual([]);
  });

  it('an unreadable condition and a missing threshold are reported by their cells', () => {
    const issues: InputIssue[] = [];
    readGoalTables([sheet('Mål', [header, ['Soliditet', 'Soliditet', 'ungefär', null]])], issues);
    expect(issues.map((i) => [i.key, i.cell])).toEqual([
      ['goals.badCondition', 'C2'],
      ['goals.missingThreshold', 'D2'],
    ]);
  });

  // SPEC 5: goals are also read as the sentences reports write (src/core/goals/sentences.ts, not the goals table).
  it.each([
    ['Soliditeten ska vara minst 30 %', '>=', '0.3', true],
    ['Soliditeten ska uppgå till högst 40 %', '<=', '0.4', true],
    ['Kassalikviditeten ska överstiga 100 %', '>', '1', true],
  ])('a goal written as a sentence: %p is %s %s, written as a percent', (text, operator, value, percent) => {
    const g = readGoalSentence(text);
    expect(g && [g.operator, g.threshold.value.toFixed(), g.threshold.percent]).toEqual([operator, value, percent]);
  });

  it('a sentence that names no condition is no goal: `Soliditeten var 30 %`', () => {
    expect(readGoalSentence('Soliditeten var 30 %')).toBeNull();
  });
});

describe('SPEC 5 the goals table’s header words, in Swedish and English', () => {
  const goalsOf = (header: CellValue[], row: CellValue[] = ['Soliditet', 'Soliditet', '>=', '30 %']) => readGoalTables([sheet('Mål', [header, row])], []);

  it.each([
    ['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'],
    ['Finansiella mål', 'Mått', 'Jämförelse', 'Målvärde'],
    ['Mål', 'Formel', 'Operator', 'Målnivå'],
    ['Målformulering', 'Nyckeltal', 'Villkor', 'Nivå'],
    ['Financial goal', 'Metric', 'Condition', 'Threshold'],
    ['Financial goals', 'Measure', 'Comparison', 'Target'],
    ['Financial target', 'Key ratio', 'Condition', 'Target value'],
    ['Goal', 'Indicator', 'Condition', 'Limit'],
    ['Goal', 'Formula', 'Condition', 'Limit'],
    ['MÅL:', 'Nyckeltal 2023', 'Villkor', 'Gränsvärde (mnkr)'],
  ])('%p | %p | %p | %p is a goals table', (...header) => {
    const { tables, goals } = goalsOf(header);
    expect([tables, goals.map((g) => [g.name, g.operator])]).toEqual([1, [['Soliditet', '>=']]]);
  });

  it('without the name column the metric names the goal; without a condition column there is no table', () => {
    expect(goalsOf(['Nyckeltal', 'Villkor', 'Gränsvärde'], ['Soliditet', '>=', '30 %']).goals.map((g) => g.name)).toEqual(['Soliditet']);
    expect(goalsOf(['Mål', 'Nyckeltal', 'Gränsvärde']).tables).toBe(0);
  });

  it('the table ends at the first blank row after its goals; a row with only a name is a note, not a goal', () => {
    const s = sheet('Mål', [
      ['Mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'],
      ['Beslutade av direktionen'],
      ['A', 'Soliditet', '>=', '30 %'],
      ['Not: soliditeten inklusive pensioner'],
      ['B', 'Kassalikviditet', '>', '1,0'],
      [],
      ['C', 'Eget kapital', '>=', '12 mnkr'],
    ]);
    expect(readGoalTables([s], []).goals.map((g) => [g.name, g.row])).toEqual([
      ['A', 2],
      ['B', 4],
    ]);
  });

  it('a goal without a metric is reported by its name, or its row when it has none', () => {
    const issues: InputIssue[] = [];
    readGoalTables(
      [
        sheet('Mål', [
          ['Mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'],
          ['Soliditet', null, '>=', '30 %'],
          [null, null, '>=', '1'],
        ]),
      ],
      issues,
    );
    expect(issues).toEqual([
      { key: 'goals.missingMetric', sheet: 'Mål', cell: 'B2', params: { goal: 'Soliditet' } },
      { key: 'goals.missingMetric', sheet: 'Mål', cell: 'B3', params: { goal: '#3' } },
    ]);
  });

  it('a missing condition and an unreadable threshold are each reported by cell', () => {
    const issues: InputIssue[] = [];
    readGoalTables(
      [
        sheet('Mål', [
          ['Mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'],
          ['Soliditet', 'Soliditet', null, 'hög'],
        ]),
      ],
      issues,
    );
    expect(issues.map((i) => [i.key, i.cell, i.params])).toEqual([
      ['goals.missingCondition', 'C2', { goal: 'Soliditet', text: '' }],
      ['goals.badThreshold', 'D2', { goal: 'Soliditet', text: 'hög' }],
    ]);
  });

  it('two goals tables on one sheet and one on another are all read, in order', () => {
    const a = sheet('Mål', [
      ['Mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'],
      ['A', 'Soliditet', '>=', '30 %'],
      [],
      ['Mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'],
      ['B', 'Soliditet', '>=', '30 %'],
    ]);
    const b = sheet('Fler mål', [
      ['Financial goal', 'Metric', 'Condition', 'Threshold'],
      ['C', 'Soliditet', '>=', '30 %'],
    ]);
    const { tables, goals } = readGoalTables([a, b], []);
    expect([tables, goals.map((g) => `${g.sheet}:${g.name}`)]).toEqual([3, ['Mål:A', 'Mål:B', 'Fler mål:C']]);
  });
});
