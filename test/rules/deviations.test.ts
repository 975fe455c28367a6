/**
 * SPEC 2.1 and 2.3, Deviations and flags: deviation per line in each convention, the percentage against |budget|,
 * rollups from summed amounts, and the flag limits at exactly the limit and one öre / one hundredth below.
 * Amounts in öre: 100 000 kr = 10 000 000 öre.
 */
import { Decimal } from '../../src/core/decimal';
import {
  DEFAULT_THRESHOLDS,
  Figures,
  LineDeviation,
  deviationPercent,
  flagRule,
  groupByGoalArea,
  isFavourable,
  isFlagged,
  lineDeviation,
  proratedBudget,
  rollUp,
} from '../../src/core/deviations/figures';
import { TableRow } from '../../src/core/read/rows';
import { Money, OreDecimal } from '../../src/core/money';

const RULE = flagRule(DEFAULT_THRESHOLDS);
/** A Decimal that counts öre, as moneyFromOre gives one past 2^53. */
const ore = (v: string) => new Decimal(v) as OreDecimal;
const pct = (f: Pick<Figures, 'deviation' | 'budget'> & Partial<Pick<Figures, 'periodBudget' | 'kind'>>) =>
  deviationPercent({ periodBudget: null, kind: 'cost', ...f })?.toFixed() ?? null;

function item(label: string, budget: Money | null, outcome: Money | null, extra: Partial<TableRow> = {}): TableRow {
  return {
    row: 6,
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
    deviation: null,
    forecastDeviation: null,
    priorYear: null,
    unreadable: false,
    ...extra,
  };
}

describe('SPEC 2.3 the default limits: 100 000 kr and 5 %', () => {
  it('are 100 000 kr and 5 %', () => {
    expect([DEFAULT_THRESHOLDS.amountKr.toFixed(), DEFAULT_THRESHOLDS.percent.toFixed()]).toEqual(['100000', '5']);
    expect(RULE).toEqual({ amountOre: 10_000_000, percentNumerator: 5, percentDenominator: 1 });
  });

  it('exactly 100 000 kr at 10 % is flagged', () => {
    // 100 000 / 1 000 000 = 10 %.
    expect(isFlagged(10_000_000, 100_000_000, RULE)).toBe(true);
  });

  it('one öre below 100 000 kr is not flagged, whatever the percentage', () => {
    expect(isFlagged(9_999_999, 100_000_000, RULE)).toBe(false);
    expect(isFlagged(9_999_999, 1, RULE)).toBe(false);
  });

  it('a negative deviation counts by its size: −100 000 kr at −10 % is flagged', () => {
    expect(isFlagged(-10_000_000, 100_000_000, RULE)).toBe(true);
  });

  it('exactly 5 % is flagged: 100 000 kr of 2 000 000 kr', () => {
    expect(isFlagged(10_000_000, 200_000_000, RULE)).toBe(true);
  });

  it('one öre more budget is just under 5 % and is not flagged', () => {
    // 10 000 000 / 200 000 001 = 4,99999997… %.
    expect(isFlagged(10_000_000, 200_000_001, RULE)).toBe(false);
  });

  it('one hundredth of a percent below: 4,99 % (499 000 kr of 10 000 000 kr) is not flagged; 5,00 % is', () => {
    expect(isFlagged(49_900_000, 1_000_000_000, RULE)).toBe(false);
    expect(isFlagged(50_000_000, 1_000_000_000, RULE)).toBe(true);
  });

  it('the percentage is against |budget|: a cost budget of −2 000 000 kr with 100 000 kr is 5 %, flagged', () => {
    expect(isFlagged(10_000_000, -200_000_000, RULE)).toBe(true);
    expect(isFlagged(-10_000_000, -200_000_001, RULE)).toBe(false);
  });

  it('with no budget or a zero budget there is no percentage: the amount alone decides', () => {
    expect(isFlagged(10_000_000, null, RULE)).toBe(true);
    expect(isFlagged(10_000_000, 0, RULE)).toBe(true);
    expect(isFlagged(9_999_999, null, RULE)).toBe(false);
    expect(isFlagged(9_999_999, 0, RULE)).toBe(false);
  });

  it('an unknown deviation is never flagged', () => {
    expect(isFlagged(null, 100, RULE)).toBe(false);
  });

  it('exact past 2^53 öre: 10^17 öre of 2 × 10^18 öre is exactly 5 %, flagged; one öre more budget is not', () => {
    expect(isFlagged(ore('1e17'), ore('2e18'), RULE)).toBe(true);
    expect(isFlagged(ore('1e17'), ore('2000000000000000001'), RULE)).toBe(false);
  });
});

describe('SPEC 2.3 limits the user sets', () => {
  it('50 000 kr and 2,5 %: the percentage as the fraction 25 / 10', () => {
    const rule = flagRule({ amountKr: new Decimal(50000), percent: new Decimal('2.5') });
    expect(rule).toEqual({ amountOre: 5_000_000, percentNumerator: 25, percentDenominator: 10 });
    // 50 000 kr of 2 000 000 kr = 2,5 %: flagged; of 2 000 000,01 kr: not.
    expect(isFlagged(5_000_000, 200_000_000, rule)).toBe(true);
    expect(isFlagged(5_000_000, 200_000_001, rule)).toBe(false);
  });

  it('a limit with öre: 1 000,50 kr is 100 050 öre', () => {
    expect(flagRule({ amountKr: new Decimal('1000.5'), percent: new Decimal(0) }).amountOre).toBe(100_050);
  });

  it('a limit written negative is read by its size', () => {
    expect(flagRule({ amountKr: new Decimal(-100), percent: new Decimal(-5) })).toEqual({ amountOre: 10_000, percentNumerator: 5, percentDenominator: 1 });
  });

  it('a percentage with more than six decimals is rounded to six: 5,12345678 % → 5123457 / 1000000', () => {
    expect(flagRule({ amountKr: new Decimal(0), percent: new Decimal('5.12345678') })).toEqual({
      amountOre: 0,
      percentNumerator: 5_123_457,
      percentDenominator: 1_000_000,
    });
  });
});

describe('SPEC 2.1 deviation per line in each convention', () => {
  it('signed: outcome − budget: a cost line −1 000 kr budget, −1 100 kr outcome is −100 kr, unfavourable', () => {
    const l = lineDeviation(item('Löner', -100_000, -110_000), 'signed', RULE);
    expect([l.deviation, l.favourable, l.type]).toEqual([-10_000, false, 'cost']);
  });

  it('unsigned cost: budget − outcome: 1 000 kr budget, 900 kr outcome is +100 kr, favourable', () => {
    const l = lineDeviation(item('Löner', 100_000, 90_000), 'unsigned', RULE);
    expect([l.deviation, l.favourable, l.type]).toEqual([10_000, true, 'cost']);
  });

  it('unsigned income: outcome − budget: `Bidrag` 1 000 kr budget, 900 kr outcome is −100 kr, unfavourable', () => {
    const l = lineDeviation(item('Bidrag', 100_000, 90_000), 'unsigned', RULE);
    expect([l.deviation, l.favourable, l.type]).toEqual([-10_000, false, 'income']);
  });

  it('forecast deviation (forecast vs budget) and forecast accuracy (outcome − forecast) follow the same sign', () => {
    // Unsigned cost: budget 1 000, forecast 1 050, outcome 1 100 kr: forecast deviation 1 000 − 1 050 = −50 kr;
    // accuracy: the outcome came out 50 kr worse than forecast, so −50 kr.
    const l = lineDeviation(item('Löner', 100_000, 110_000, { forecast: 105_000 }), 'unsigned', RULE);
    expect([l.forecastDeviation, l.forecastAccuracy]).toEqual([-5_000, -5_000]);
    const s = lineDeviation(item('Löner', -100_000, -110_000, { forecast: -105_000 }), 'signed', RULE);
    expect([s.forecastDeviation, s.forecastAccuracy]).toEqual([-5_000, -5_000]);
  });

  it('no forecast: no forecast deviation and no accuracy', () => {
    const l = lineDeviation(item('Löner', 100, 110), 'unsigned', RULE);
    expect([l.forecastDeviation, l.forecastAccuracy]).toEqual([null, null]);
  });

  it('an unreadable budget or outcome gives no deviation, no forecast deviation and no flag', () => {
    const l = lineDeviation(item('Hyra', 50_000_000, null, { unreadable: true, forecast: 1 }), 'unsigned', RULE);
    expect([l.deviation, l.forecastDeviation, l.flagged, l.favourable]).toEqual([null, null, false, false]);
  });

  it('the line keeps its name, goal area, one-based row and its reported deviation', () => {
    const l = lineDeviation(item('Hyra', 5, 4, { goalArea: 'Mål 1', deviation: 1 }), 'unsigned', RULE);
    expect([l.name, l.goalArea, l.row, l.reportedDeviation, l.budget, l.outcome, l.forecast]).toEqual(['Hyra', 'Mål 1', 7, 1, 5, 4, null]);
  });

  it('a line is flagged by the same rule: 100 000 kr over a 1 000 000 kr cost budget', () => {
    expect(lineDeviation(item('Löner', 100_000_000, 110_000_000), 'unsigned', RULE).flagged).toBe(true);
    expect(lineDeviation(item('Löner', 100_000_000, 109_999_999), 'unsigned', RULE).flagged).toBe(false);
  });

  // SPEC 2.1 "Nothing is invented": a line with no budget value or no outcome value (empty, a dash) has no deviation.
  it('a line with an empty budget has no deviation, no percentage and no flag, and is not favourable', () => {
    const l = lineDeviation(item('Hyra', null, 40_000_000), 'unsigned', RULE);
    expect([l.deviation, pct(l), l.flagged, l.favourable]).toEqual([null, null, false, false]);
  });

  it('a line with an empty outcome has no deviation either', () => {
    expect(lineDeviation(item('Hyra', 40_000_000, null), 'signed', RULE).deviation).toBeNull();
  });
});

describe('SPEC 2.1 favourable: zero or positive', () => {
  it('a zero deviation is favourable (Gynnsam), a negative one is not, an unknown one is neither', () => {
    expect([isFavourable(0), isFavourable(1), isFavourable(-1), isFavourable(null)]).toEqual([true, true, false, false]);
    expect([isFavourable(ore('0')), isFavourable(ore('-0.5'))]).toEqual([true, false]);
  });
});

describe('SPEC 2.1 deviation % = deviation / |budget| × 100', () => {
  it('a signed cost line: −100 kr of a −1 000 kr budget is −10 %, not +10 %', () => {
    expect(pct({ deviation: -10_000, budget: -100_000 })).toBe('-10');
  });

  it('a favourable signed cost line: +100 kr of −1 000 kr is +10 %', () => {
    expect(pct({ deviation: 10_000, budget: -100_000 })).toBe('10');
  });

  it('exact: 1 kr of 3 kr is 33,333… %', () => {
    expect(pct({ deviation: 100, budget: 300 })?.startsWith('33.3333333333')).toBe(true);
  });

  it('none when the budget is zero or missing, or the deviation unknown', () => {
    expect([pct({ deviation: 5, budget: 0 }), pct({ deviation: 5, budget: null }), pct({ deviation: null, budget: 5 })]).toEqual([null, null, null]);
  });
});

describe('SPEC 2.1 rollups: sums of the lines, the percentage from the sums', () => {
  const lines = [
    lineDeviation(item('A', 100_000, 90_000, { goalArea: 'Mål 1' }), 'unsigned', RULE),
    lineDeviation(item('B', 300_000, 330_000, { goalArea: 'Mål 1' }), 'unsigned', RULE),
    lineDeviation(item('C', 50_000, 50_000, { goalArea: null }), 'unsigned', RULE),
    lineDeviation(item('D', 10_000, 20_000, { goalArea: 'Mål 2' }), 'unsigned', RULE),
  ];

  it('goal areas in order of first appearance; lines without one go under the fallback name', () => {
    const { groups } = groupByGoalArea(lines, 'Drift', RULE);
    expect(groups.map((g) => [g.name, g.lineCount])).toEqual([
      ['Mål 1', 2],
      ['Drift', 1],
      ['Mål 2', 1],
    ]);
  });

  it('Mål 1: budget 4 000, outcome 4 200, deviation −200 kr; −5 % from the sums, not the mean of +10 % and −10 %', () => {
    const [mål1] = groupByGoalArea(lines, 'Drift', RULE).groups;
    expect([mål1.budget, mål1.outcome, mål1.deviation, pct(mål1), mål1.favourable]).toEqual([400_000, 420_000, -20_000, '-5', false]);
  });

  it('the total is the exact sum of the groups: budget 4 600, outcome 4 900, deviation −300 kr', () => {
    const { total } = groupByGoalArea(lines, 'Drift', RULE);
    // 1 000 + 3 000 + 500 + 100 = 4 600; 900 + 3 300 + 500 + 200 = 4 900; +100 − 300 + 0 − 100 = −300.
    expect([total.budget, total.outcome, total.deviation]).toEqual([460_000, 490_000, -30_000]);
  });

  it('a rollup is flagged by the same rule, from its sums', () => {
    const big = [lineDeviation(item('A', 50_000_000, 55_000_000), 'unsigned', RULE), lineDeviation(item('B', 50_000_000, 55_000_000), 'unsigned', RULE)];
    // Each line: −50 000 kr (not flagged); together −100 000 kr of 1 000 000 kr = −10 %: flagged.
    expect(big.map((l) => l.flagged)).toEqual([false, false]);
    expect(rollUp(big, RULE).flagged).toBe(true);
  });

  it('a column no line has stays empty, not zero: no forecast gives a null forecast sum', () => {
    const r = rollUp(lines, RULE);
    expect([r.forecast, r.forecastDeviation, r.forecastAccuracy]).toEqual([null, null, null]);
  });

  it('forecasts sum where lines have them', () => {
    const withForecast = [
      lineDeviation(item('A', 100, 90, { forecast: 95 }), 'unsigned', RULE),
      lineDeviation(item('B', 100, 90, { forecast: 105 }), 'unsigned', RULE),
    ];
    const r = rollUp(withForecast, RULE);
    // Forecast 95 + 105 = 200 öre; forecast deviation (100 − 95) + (100 − 105) = 0; accuracy (95 − 90) + (105 − 90) = 20.
    expect([r.forecast, r.forecastDeviation, r.forecastAccuracy]).toEqual([200, 0, 20]);
  });

  it('an unreadable line is left out of the deviation sum but its readable amounts count', () => {
    const mixed: LineDeviation[] = [
      lineDeviation(item('A', 100, 90), 'unsigned', RULE),
      lineDeviation(item('B', 200, null, { unreadable: true }), 'unsigned', RULE),
    ];
    const r = rollUp(mixed, RULE);
    expect([r.budget, r.outcome, r.deviation]).toEqual([300, 90, 10]);
  });

  it('a goal area whose only line is unreadable has no deviation, not 0 kr favourable', () => {
    const only = [lineDeviation(item('B', 200, null, { unreadable: true }), 'unsigned', RULE)];
    const r = rollUp(only, RULE);
    expect([r.deviation, r.favourable, r.flagged]).toEqual([null, false, false]);
  });
});

describe('SPEC 2.6 the year so far: the budget for the months the outcome covers', () => {
  it('a prorated budget is the year’s × months / 12, to the öre, halves away from zero', () => {
    // 1 000 000 kr × 8 / 12 = 666 666,666… kr → 666 666,67 kr; 3 öre × 6 / 12 = 1,5 öre → 2; −1,5 öre → −2.
    expect([proratedBudget(100_000_000, 8), proratedBudget(3, 6), proratedBudget(-3, 6), proratedBudget(100_000_000, 12)]).toEqual([
      66_666_667, 2, -2, 100_000_000,
    ]);
  });

  it('a prorated budget in whole öre is the same as the exact decimal computation, halves, negatives and large sums included', () => {
    // Zero as Money holds it: no negative zero.
    const exact = (ore: number, months: number) => new Decimal(ore).times(months).dividedBy(12).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber() || 0;
    const samples = [
      0,
      1,
      -1,
      2,
      -2,
      3,
      -3,
      5,
      6,
      -6,
      7,
      11,
      13,
      18,
      -18,
      30,
      99_999,
      -100_001,
      123_456_789,
      -987_654_321,
      2 ** 40 + 5,
      -(2 ** 40) - 7,
      93_824_992_236_885,
    ];
    for (let months = 1; months <= 12; months++) {
      for (const ore of samples) expect([ore, months, proratedBudget(ore, months)]).toEqual([ore, months, exact(ore, months)]);
    }
    // Past 2^50 öre the decimal path takes over, to the öre all the same.
    expect(String(proratedBudget(Number.MAX_SAFE_INTEGER, 7))).toBe(
      new Decimal(Number.MAX_SAFE_INTEGER).times(7).dividedBy(12).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(),
    );
  });

  it('a prorated line is compared with its part of the budget: −1 200 kr a year, 6 months, outcome −700 kr: −100 kr', () => {
    // Period budget −1 200 × 6 / 12 = −600 kr; signed: −700 − (−600) = −100 kr, −16,67 % of 600; the forecast
    // deviation is against the whole year: −1 100 − (−1 200) = +100 kr.
    const l = lineDeviation(item('Projekt', -120_000, -70_000, { forecast: -110_000 }), { convention: 'signed', prorateThrough: 6 }, RULE);
    expect([l.periodBudget, l.deviation, l.forecastDeviation, pct(l)?.slice(0, 7)]).toEqual([-60_000, -10_000, 10_000, '-16.666']);
  });

  it('a period budget column wins over proration', () => {
    const l = lineDeviation(item('Projekt', -120_000, -70_000, { periodBudget: -80_000 }), { convention: 'signed', prorateThrough: 6 }, RULE);
    expect([l.periodBudget, l.deviation]).toEqual([-80_000, 10_000]);
  });
});

describe('SPEC 2.1 what a line shows beside its figures', () => {
  it('its one-based row as Excel shows it, its name, goal area and the deviation the workbook reported', () => {
    const l = lineDeviation(item('Löner', 100_000, 110_000, { goalArea: 'Mål 1', deviation: -9_000 }), 'unsigned', RULE);
    expect([l.row, l.name, l.goalArea, l.reportedDeviation, l.type, l.kind]).toEqual([7, 'Löner', 'Mål 1', -9_000, 'cost', 'cost']);
  });

  it('an unreadable line has no deviation and no forecast deviation, though its cells hold amounts', () => {
    const l = lineDeviation(item('Löner', 100_000, 110_000, { forecast: 105_000, unreadable: true }), 'unsigned', RULE);
    expect([l.deviation, l.forecastDeviation, l.flagged, l.favourable]).toEqual([null, null, false, false]);
  });
});

describe('SPEC 2.1 and 2.3 a net figure has no percentage, so the amount alone flags it', () => {
  it('a net deviation of 100 000 kr on a 10 000 000 kr budget (1 %) is flagged; a cost one is not', () => {
    expect([isFlagged(10_000_000, 1_000_000_000, RULE, 'net'), isFlagged(10_000_000, 1_000_000_000, RULE, 'cost')]).toEqual([true, false]);
  });

  it('no budget or a zero budget: the amount alone flags it too', () => {
    expect([isFlagged(10_000_000, null, RULE), isFlagged(10_000_000, 0, RULE), isFlagged(9_999_999, null, RULE)]).toEqual([true, true, false]);
  });
});
