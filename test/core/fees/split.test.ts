/**
 * Written splits (SPEC 3.1, 3.2): a total shared partly in equal parts and partly by population, and members
 * that are not kommuner (FINSAM: the state 50 %, the region 25 %, the kommuner 25 % by population), where the
 * state and the region have no population. One test per rule, figures worked out by hand.
 */
import { Decimal } from '../../../src/core/decimal';
import { readAllocation } from '../../../src/core/fees/parameters';
import { sheet } from '../../helpers/sheets';
import { fees, feesOf, messages } from './workbook';

const spec = (text: string) => {
  const s = readAllocation(text);
  return (
    s && {
      key: s.key,
      equalPercent: s.equalPercent?.toFixed() ?? null,
      named: s.named.map((n) => [n.name, n.percent.toFixed()]),
      restPercent: s.restPercent?.toFixed() ?? null,
    }
  );
};

describe('reading a written split', () => {
  it('reads equal and population parts that make 100 %: 30 % lika, 70 % efter invånare', () => {
    expect(spec('30 % lika, 70 % efter invånare')).toEqual({ key: 'mix', equalPercent: '30', named: [], restPercent: null });
  });

  it('reads half and half, in figures or in words, as the half-equal key', () => {
    expect(spec('50 % lika, 50 % efter invånare')?.key).toBe('halfEqualHalfPopulation');
    expect(spec('hälften lika och hälften efter folkmängd')?.key).toBe('halfEqualHalfPopulation');
  });

  it('reads named members’ shares and the rest by population, after the colon that names the rule', () => {
    expect(spec('enligt FINSAM: Försäkringskassan 50 %, Region Dalarna 25 %, kommunerna 25 % efter antal invånare')).toEqual({
      key: 'population',
      equalPercent: null,
      named: [
        ['Försäkringskassan', '50'],
        ['Region Dalarna', '25'],
      ],
      restPercent: '25',
    });
  });

  it('reads fractions in words and a last part that says how the group before it is shared', () => {
    expect(spec('staten hälften, regionen en fjärdedel och kommunerna en fjärdedel, fördelat efter folkmängd')).toEqual({
      key: 'population',
      equalPercent: null,
      named: [
        ['staten', '50'],
        ['regionen', '25'],
      ],
      restPercent: '25',
    });
  });

  it('leaves the key to the members table when the rest is given to a group without a word on how', () => {
    expect(spec('Staten 50 %, regionen 25 % och kommunerna 25 %')?.key).toBeNull();
  });

  it('reads nothing from parts that are not a split, or that do not make 100 %', () => {
    expect(spec('sker enligt förbundsordningen')).toBeNull();
    expect(spec('30 % lika, 60 % efter invånare')).toBeNull();
  });
});

describe('allocating by a written split', () => {
  const three = [
    ['A', 10000],
    ['B', 30000],
    ['C', 60000],
  ];

  it('shares 30 % equally and 70 % by population: 100 000 + 70 000 × p/P', () => {
    const o = fees([sheet('Avgift', [['Belopp att fördela 1 000 000'], ['Fördelning: 30 % lika, 70 % efter invånare'], ['Medlem', 'Invånare'], ...three])]);
    // Equal: 300 000 / 3 = 100 000 each; by population: 700 000 × 1/10, 3/10, 6/10 = 70 000, 210 000, 420 000.
    expect(feesOf(o)).toEqual({ A: '170000', B: '310000', C: '520000' });
    expect(o.charges[0].fees[0].basis).toMatchObject({ kind: 'allocation', key: 'mix', equalPercent: new Decimal(30) });
  });

  const finsam = (shareColumn: boolean, split: string) =>
    sheet('Medlemsbidrag', [
      ['Belopp att fördela', 2000000],
      ...(split ? [['Fördelning: ' + split]] : []),
      shareColumn ? ['Medlem', 'Invånare', 'Andel'] : ['Medlem', 'Invånare'],
      ['Staten genom Försäkringskassan', null, ...(shareColumn ? [0.5] : [])],
      ['Region Norr', null, ...(shareColumn ? [0.25] : [])],
      ['Aby kommun', 30000],
      ['Bby kommun', 10000],
    ]);
  // The state 1 000 000, the region 500 000; the kommuner 500 000 by 30 000 : 10 000 = 375 000 and 125 000.
  const FINSAM = { 'Staten genom Försäkringskassan': '1000000', 'Region Norr': '500000', 'Aby kommun': '375000', 'Bby kommun': '125000' };

  it('gives named members their share first and the kommuner the rest by population (FINSAM, from the sentence)', () => {
    expect(feesOf(fees([finsam(false, 'Staten genom Försäkringskassan 50 %, Region Norr 25 %, kommunerna 25 % efter invånare')]))).toEqual(FINSAM);
  });

  it('gives members without population their share from the Andel column, and the rest by population', () => {
    const o = fees([finsam(true, '')]);
    expect(feesOf(o)).toEqual(FINSAM);
    expect(messages(o).filter((m) => !m.includes('fakturadatum'))).toEqual([]);
  });

  it('knows the state and the region by what the text calls them: staten, regionen', () => {
    expect(feesOf(fees([finsam(false, 'staten hälften, regionen en fjärdedel och kommunerna en fjärdedel, fördelat efter folkmängd')]))).toEqual(FINSAM);
  });

  it('withholds the allocation, with a message, when the split names a member the table does not have', () => {
    const o = fees([finsam(false, 'Försäkringskassan 50 %, Region Söder 25 %, kommunerna 25 % efter invånare')]);
    expect(Object.values(feesOf(o))).toEqual([null, null, null, null]);
    expect(messages(o)[0]).toMatch(/^Medlemsbidrag!A1 Fördelningen ger ”Region Söder” 25 %, men ingen medlem i medlemstabellen heter så/);
  });

  it('withholds the allocation when the parts do not make 100 %: 50 + 30 + 25 = 105', () => {
    const o = fees([finsam(false, 'Försäkringskassan 50 %, Region Norr 30 %, kommunerna 25 % efter invånare')]);
    expect(Object.values(feesOf(o))).toEqual([null, null, null, null]);
    expect(messages(o)[0]).toContain('Fördelningens delar summerar till 105 %, inte 100 %');
  });

  it('uses the split’s share over a differing one in the table, and reports the difference at the table’s cell', () => {
    const o = fees([
      sheet('Medlemsbidrag', [
        ['Belopp att fördela', 2000000],
        ['Fördelning: Försäkringskassan 50 %, Region Norr 25 %, kommunerna 25 % efter invånare'],
        ['Medlem', 'Invånare', 'Andel'],
        ['Försäkringskassan', null, 0.4],
        ['Region Norr', null, 0.25],
        ['Aby kommun', 30000, null],
        ['Bby kommun', 10000, null],
      ]),
    ]);
    expect(feesOf(o)['Försäkringskassan']).toBe('1000000');
    expect(messages(o)[0]).toBe('Medlemsbidrag!C4 Fördelningen ger Försäkringskassan 50 %, men medlemstabellens andel är 40 %; fördelningens andel används.');
  });
});
