/**
 * SPEC 3.1 and 3.3, fee models: per capita, fixed fees, uplift, and a total shared by population, equal parts,
 * shares or half and half, with fixed parts and set amounts; fees in öre, halves away from zero; a charge that
 * cannot be shared fairly is withheld with its reason. Expected fees worked out by hand.
 */
import { CellValue } from '../../src/core/cells';
import { Decimal } from '../../src/core/decimal';
import { ChargeContext, FeeModel, computeCharge } from '../../src/core/fees/models';
import { findMembersTable } from '../../src/core/fees/members';
import { memberships } from '../../src/core/fees/membership';
import { InputIssue } from '../../src/core/issues';
import { sheet } from '../helpers/sheets';

const d = (v: number | string) => new Decimal(v);
const CONTEXT: Omit<ChargeContext, 'membership'> = {
  name: 'Medlemsavgift 2018',
  main: true,
  at: { sheet: 'Avgift', cell: 'B2' },
  referenceDate: '2017-12-31',
  source: 'SCB',
};

function charge(model: FeeModel, rows: CellValue[][], context: Partial<ChargeContext> = {}) {
  const issues: InputIssue[] = [];
  const table = findMembersTable([sheet('Medlemmar', rows)], issues)!;
  const fees = computeCharge(model, table, { ...CONTEXT, membership: memberships(table, 2018, issues), ...context }, issues);
  return {
    fees: Object.fromEntries(fees.map((f) => [f.member.name, f.fee === null ? null : f.fee.toFixed()])),
    problems: Object.fromEntries(fees.filter((f) => f.problemAt !== null).map((f) => [f.member.name, f.problemAt])),
    issues: issues.map((i) => `${i.key}@${i.sheet}!${i.cell}`),
    params: issues.map((i) => i.params),
    basis: fees.map((f) => f.basis?.kind ?? null),
  };
}
const perCapita = (rate: string, fixedPart: string | null = null): FeeModel => ({
  kind: 'perCapita',
  rate: d(rate),
  fixedPart: fixedPart === null ? null : d(fixedPart),
});
const allocation = (
  total: string,
  key: 'population' | 'equal' | 'share' | 'halfEqualHalfPopulation',
  fixedPart: string | null = null,
  unit = '1',
): FeeModel => ({
  kind: 'allocation',
  total: d(total),
  key,
  equalPercent: null,
  named: [],
  restPercent: null,
  fixedPart: fixedPart === null ? null : d(fixedPart),
  unit: d(unit),
});

describe('SPEC 3.1 per capita: rate × population (+ a fixed part), in öre', () => {
  it('4 kr × 16 000 = 64 000 kr; with a fixed part of 25 000 kr, 89 000 kr', () => {
    const rows = [
      ['Kommun', 'Invånare'],
      ['Flen', 16000],
    ];
    expect(charge(perCapita('4'), rows).fees).toEqual({ Flen: '64000' });
    expect(charge(perCapita('4', '25000'), rows).fees).toEqual({ Flen: '89000' });
  });

  it('0,125 kr × 16 001 = 2 000,125 kr rounds half away from zero to 2 000,13 kr', () => {
    expect(
      charge(perCapita('0.125'), [
        ['Kommun', 'Invånare'],
        ['Flen', 16001],
      ]).fees,
    ).toEqual({ Flen: '2000.13' });
  });

  it('a set amount (Fast belopp) stands instead, on the main charge only', () => {
    const rows = [
      ['Kommun', 'Invånare', 'Fast belopp'],
      ['Region', 300000, 500000],
      ['Flen', 16000, null],
    ];
    expect(charge(perCapita('4'), rows).fees).toEqual({ Region: '500000', Flen: '64000' });
    expect(charge(perCapita('4'), rows, { main: false }).fees).toEqual({ Region: '1200000', Flen: '64000' });
  });

  it('a member without a population gets no fee; the message names the cell and the charge', () => {
    const r = charge(perCapita('4'), [
      ['Kommun', 'Invånare'],
      ['Flen', 16000],
      ['Trosa', null],
    ]);
    expect([r.fees, r.problems, r.issues, r.params]).toEqual([
      { Flen: '64000', Trosa: null },
      { Trosa: 'Medlemmar!B3' },
      ['fees.populationMissing@Medlemmar!B3'],
      [{ member: 'Trosa', charge: 'Medlemsavgift 2018' }],
    ]);
  });

  it('no population column: reported once, at the member header, and no member gets a fee', () => {
    const r = charge(perCapita('4'), [
      ['Kommun', 'Avgift'],
      ['Flen', 1],
      ['Trosa', 2],
    ]);
    expect([r.fees, r.issues]).toEqual([{ Flen: null, Trosa: null }, ['fees.populationColumnMissing@Medlemmar!A1']]);
  });

  it('a member listed twice gets no fee, under either row, each pointing at its own name', () => {
    const issues: InputIssue[] = [];
    const table = findMembersTable(
      [
        sheet('Medlemmar', [
          ['Kommun', 'Invånare'],
          ['Flen', 1],
          ['Flen', 2],
          ['Trosa', 3],
        ]),
      ],
      issues,
    )!;
    const fees = computeCharge(perCapita('4'), table, { ...CONTEXT, membership: memberships(table, 2018, issues) }, issues);
    expect(fees.map((f) => [f.member.name, f.fee?.toFixed() ?? null, f.problemAt])).toEqual([
      ['Flen', null, 'Medlemmar!A2'],
      ['Flen', null, 'Medlemmar!A3'],
      ['Trosa', '12', null],
    ]);
  });
});

describe('SPEC 3.1 fixed fees and uplift', () => {
  it('fixed fees: the fee column as written; without one, the Fast belopp column', () => {
    expect(
      charge({ kind: 'fixed' }, [
        ['Kommun', 'Avgift'],
        ['Flen', '100 000'],
        ['Trosa', null],
      ]).fees,
    ).toEqual({ Flen: '100000', Trosa: null });
    expect(
      charge({ kind: 'fixed' }, [
        ['Kommun', 'Fast belopp'],
        ['Flen', 70],
      ]).fees,
    ).toEqual({ Flen: '70' });
  });

  it('uplift 2,5 %: 1 000 kr → 1 025 kr; 333,33 kr → 341,66 kr (341,66325 rounded to öre)', () => {
    expect(
      charge({ kind: 'uplift', percent: d('2.5') }, [
        ['Kommun', 'Avgift föregående år'],
        ['A', 1000],
        ['B', 333.33],
      ]).fees,
    ).toEqual({ A: '1025', B: '341.66' });
  });

  it('uplift uses last year’s column when there is one, else the fee column; a negative uplift lowers the fee', () => {
    expect(
      charge({ kind: 'uplift', percent: d(10) }, [
        ['Kommun', 'Avgift 2017', 'Avgift 2018'],
        ['A', 1000, 5],
      ]).fees,
    ).toEqual({ A: '1100' });
    expect(
      charge({ kind: 'uplift', percent: d(-10) }, [
        ['Kommun', 'Avgift'],
        ['A', 1000],
      ]).fees,
    ).toEqual({ A: '900' });
  });
});

describe('SPEC 3.1 and 3.3 a total shared by a key, exactly', () => {
  const three = [
    ['Kommun', 'Invånare', 'Andel'],
    ['Alfa', 100, '25 %'],
    ['Beta', 100, '25 %'],
    ['Gamma', 200, '50 %'],
  ];

  it('by population: 1 000 kr over 100 : 100 : 200 is 250 + 250 + 500', () => {
    expect(charge(allocation('1000', 'population'), three).fees).toEqual({ Alfa: '250', Beta: '250', Gamma: '500' });
  });

  it('in equal parts with a fixed part of 100 kr each: 700 kr left, 233 each and the spare krona to Gamma (largest population)', () => {
    expect(charge(allocation('1000', 'equal', '100'), three).fees).toEqual({ Alfa: '333', Beta: '333', Gamma: '334' });
  });

  it('by share: 25 % + 25 % + 50 % of 1 000 kr', () => {
    expect(charge(allocation('1000', 'share'), three).fees).toEqual({ Alfa: '250', Beta: '250', Gamma: '500' });
  });

  it('shares typed as plain numbers above 1 are percentages: 25 and 75', () => {
    expect(
      charge(allocation('1000', 'share'), [
        ['Kommun', 'Andel'],
        ['A', 25],
        ['B', 75],
      ]).fees,
    ).toEqual({ A: '250', B: '750' });
  });

  it('half equally, half by population: 1 000 kr over 100 and 300 invånare is 375 + 625', () => {
    // A: 1 000 × (½ × ½ + ½ × 100 / 400) = 375; B: 1 000 × (½ × ½ + ½ × 300 / 400) = 625.
    expect(
      charge(allocation('1000', 'halfEqualHalfPopulation'), [
        ['Kommun', 'Invånare'],
        ['A', 100],
        ['B', 300],
      ]).fees,
    ).toEqual({ A: '375', B: '625' });
  });

  it('a set amount is taken off the total first: 1 000 kr less the region’s 400 kr, 600 kr by population', () => {
    const rows = [
      ['Kommun', 'Invånare', 'Fast belopp'],
      ['Region', 0, 400],
      ['A', 100, null],
      ['B', 200, null],
    ];
    const r = charge(allocation('1000', 'population'), rows);
    expect([r.fees, r.basis]).toEqual([{ Region: '400', A: '200', B: '400' }, ['setAmount', 'allocation', 'allocation']]);
  });

  it('a total with öre is shared in öre: 1 000,50 kr in two equal parts is 500,25 each', () => {
    expect(
      charge(allocation('1000.5', 'equal'), [
        ['Kommun', 'Invånare'],
        ['A', 1],
        ['B', 1],
      ]).fees,
    ).toEqual({ A: '500.25', B: '500.25' });
  });

  it('allocating in öre: 100 kr in three equal parts is 33,34 + 33,33 + 33,33', () => {
    expect(
      charge(allocation('100', 'equal', null, '0.01'), [
        ['Kommun', 'Invånare'],
        ['A', 1],
        ['B', 1],
        ['C', 1],
      ]).fees,
    ).toEqual({ A: '33.34', B: '33.33', C: '33.33' });
  });
});

describe('SPEC 3.3 and 8 a charge that cannot be shared fairly is withheld, with its reason', () => {
  it('one member without a population: nobody gets a fee (each share depends on all)', () => {
    const r = charge(allocation('1000', 'population'), [
      ['Kommun', 'Invånare'],
      ['A', 100],
      ['B', null],
    ]);
    expect([r.fees, r.issues, r.problems]).toEqual([
      { A: null, B: null },
      ['fees.populationMissing@Medlemmar!B3', 'fees.allocationWithheld@Avgift!B2'],
      { A: 'Avgift!B2', B: 'Medlemmar!B3' },
    ]);
  });

  it('shares that sum to 95 %: withheld at the share header, saying 95', () => {
    const r = charge(allocation('1000', 'share'), [
      ['Kommun', 'Andel'],
      ['A', '25 %'],
      ['B', '70 %'],
    ]);
    expect([r.issues, r.params[0]]).toEqual([['fees.sharesNot100@Medlemmar!B1'], { charge: 'Medlemsavgift 2018', sum: { decimal: '95' } }]);
  });

  it('fixed parts above the total: 3 × 50 kr of a 100 kr total', () => {
    const r = charge(allocation('100', 'equal', '50'), [
      ['Kommun', 'Invånare'],
      ['A', 1],
      ['B', 1],
      ['C', 1],
    ]);
    expect([r.issues, r.params[0]]).toEqual([['fees.fixedExceedsTotal@Avgift!B2'], { charge: 'Medlemsavgift 2018', total: '100', fixed: '150' }]);
  });

  it('fixed parts exactly the total leave 0 kr to share: each pays its fixed part', () => {
    expect(
      charge(allocation('150', 'equal', '50'), [
        ['Kommun', 'Invånare'],
        ['A', 1],
        ['B', 1],
        ['C', 1],
      ]).fees,
    ).toEqual({ A: '50', B: '50', C: '50' });
  });

  it('every population zero: nothing to weigh by', () => {
    expect(
      charge(allocation('100', 'population'), [
        ['Kommun', 'Invånare'],
        ['A', 0],
        ['B', 0],
      ]).issues,
    ).toEqual(['fees.zeroWeights@Avgift!B2']);
  });

  it('every member with a set amount: nobody to share with', () => {
    expect(
      charge(allocation('100', 'equal'), [
        ['Kommun', 'Fast belopp'],
        ['A', 10],
      ]).issues,
    ).toEqual(['fees.noClaimants@Avgift!B2']);
  });
});
