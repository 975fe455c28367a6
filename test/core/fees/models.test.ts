import fc from 'fast-check';
import { Decimal, sum } from '../../../src/core/decimal';
import { computeFees } from '../../../src/core/fees';
import { sheet } from '../../helpers/sheets';
import { SODERTORN, SORMLAND_2017, fees, feesOf, membersSheet, messages, parameterSheet } from './workbook';

const kr = (outcome: ReturnType<typeof fees>, charge = 0) => outcome.charges[charge].total.toFixed();

describe('the report figures, recomputed exactly', () => {
  test('Sörmland 2017: ten fixed fees sum to 40 786 191 kr (Not 1: 40 786 tkr)', () => {
    const outcome = fees([membersSheet(['Medlem', 'Avgift'], SORMLAND_2017)], '2017-01-15');
    expect(outcome.charges).toHaveLength(1);
    expect(outcome.charges[0].model).toEqual({ kind: 'fixed' });
    expect(kr(outcome)).toBe('40786191');
    expect(feesOf(outcome)['Landstinget Sörmland']).toBe('32378848');
    expect(outcome.errors).toEqual([]);
  });

  test('Södertörn 2018: 8 kommuner at 4 kr per invånare, 488 735 invånare, 1 954 940 kr', () => {
    const outcome = fees([membersSheet(['Medlem', 'Kommunkod', 'Invånare'], SODERTORN), parameterSheet([['Avgift per invånare', 4]])]);
    expect(sum(outcome.members!.members.map((m) => m.population!)).toFixed()).toBe('488735');
    expect(kr(outcome)).toBe('1954940');
    expect(feesOf(outcome)['Botkyrka kommun']).toBe('367720');
  });

  test('Södertörns Rådslag: 106 791 kr split half equally and half by population sums exactly, and gives the printed split', () => {
    const outcome = fees([
      membersSheet(
        ['Medlem', 'Invånare'],
        SODERTORN.map(([n, , p]) => [n, p]),
      ),
      parameterSheet([
        ['Belopp att fördela', 106791],
        ['Fördelningsnyckel', 'Hälften lika, hälften invånare'],
      ]),
    ]);
    expect(kr(outcome)).toBe('106791');
    // The illustrative populations were derived from the printed split, so the key reproduces it to the krona.
    expect(feesOf(outcome)).toEqual({
      'Botkyrka kommun': '16718',
      'Haninge kommun': '16291',
      'Nykvarns kommun': '7838',
      'Nynäshamns kommun': '9745',
      'Salems kommun': '8495',
      'Södertälje kommun': '17167',
      'Tyresö kommun': '11843',
      'Huddinge kommun': '18694',
    });
  });
});

describe('the fee models', () => {
  const three = [
    ['Region Exempel', 200000],
    ['Storstad', 100000],
    ['Lillby', 10000],
  ];

  test('per capita with a fixed part: 50 000 kr + 2 kr per invånare', () => {
    const outcome = fees([
      membersSheet(['Medlem', 'Invånare'], three),
      parameterSheet([
        ['Avgift per invånare', 2],
        ['Fast del per medlem', 50000],
      ]),
    ]);
    expect(feesOf(outcome)).toEqual({ 'Region Exempel': '450000', Storstad: '250000', Lillby: '70000' });
  });

  test('per capita with öre: 4,35 kr × 10 001 = 43 504,35 kr, kept exact', () => {
    const outcome = fees([membersSheet(['Medlem', 'Invånare'], [['Lillby', 10001]]), parameterSheet([['Avgift per invånare', '4,35']])]);
    expect(feesOf(outcome)).toEqual({ Lillby: '43504.35' });
  });

  test('a total by population: 1 000 000 kr over 310 000 invånare', () => {
    const outcome = fees([
      membersSheet(['Medlem', 'Invånare'], three),
      parameterSheet([
        ['Belopp att fördela', 1000000],
        ['Fördelningsnyckel', 'Invånare'],
      ]),
    ]);
    // Exact: 645 161,29 / 322 580,65 / 32 258,06; the spare krona goes to the largest remainder (Storstad, 0,65).
    expect(feesOf(outcome)).toEqual({ 'Region Exempel': '645161', Storstad: '322581', Lillby: '32258' });
    expect(kr(outcome)).toBe('1000000');
  });

  test('a total in equal parts: 100 000 kr over three is 33 334 + 33 333 + 33 333', () => {
    const outcome = fees([
      membersSheet(['Medlem', 'Invånare'], three),
      parameterSheet([
        ['Belopp att fördela', 100000],
        ['Fördelningsnyckel', 'Lika delar'],
      ]),
    ]);
    // Equal remainders: the largest population (Region Exempel) gets the spare krona.
    expect(feesOf(outcome)).toEqual({ 'Region Exempel': '33334', Storstad: '33333', Lillby: '33333' });
  });

  test('a total by fixed shares, written as percent numbers, as % text, or as fractions, gives the same fees', () => {
    const params = parameterSheet([
      ['Belopp att fördela', 1000000],
      ['Fördelningsnyckel', 'Andel'],
    ]);
    const expected = { A: '500000', B: '300000', C: '200000' };
    expect(
      feesOf(
        fees([
          membersSheet(
            ['Medlem', 'Andel'],
            [
              ['A', 50],
              ['B', 30],
              ['C', 20],
            ],
          ),
          params,
        ]),
      ),
    ).toEqual(expected);
    expect(
      feesOf(
        fees([
          membersSheet(
            ['Medlem', 'Andel'],
            [
              ['A', '50 %'],
              ['B', '30 %'],
              ['C', '20 %'],
            ],
          ),
          params,
        ]),
      ),
    ).toEqual(expected);
    expect(
      feesOf(
        fees([
          membersSheet(
            ['Medlem', 'Andel'],
            [
              ['A', 0.5],
              ['B', 0.3],
              ['C', 0.2],
            ],
          ),
          params,
        ]),
      ),
    ).toEqual(expected);
  });

  test('the region pays a set sum and the kommuner share the rest by population', () => {
    const outcome = fees([
      membersSheet(
        ['Medlem', 'Invånare', 'Fast belopp'],
        [
          ['Region Exempel', null, 600000],
          ['Storstad', 100000, null],
          ['Lillby', 10000, null],
        ],
      ),
      parameterSheet([
        ['Belopp att fördela', 710000],
        ['Fördelningsnyckel', 'Invånare'],
      ]),
    ]);
    expect(feesOf(outcome)).toEqual({ 'Region Exempel': '600000', Storstad: '100000', Lillby: '10000' });
  });

  test('an uplift of 2,5 % on last year’s fee, rounded to öre', () => {
    const outcome = fees([
      membersSheet(
        ['Medlem', 'Avgift 2017'],
        [
          ['Eskilstuna kommun', 3078614],
          ['Trosa kommun', 338094],
        ],
      ),
      parameterSheet([
        ['Uppräkning', '2,5 %'],
        ['Avgiftsår', 2018],
      ]),
    ]);
    // 3 078 614 × 1,025 = 3 155 579,35; 338 094 × 1,025 = 346 546,35.
    expect(feesOf(outcome)).toEqual({ 'Eskilstuna kommun': '3155579.35', 'Trosa kommun': '346546.35' });
  });

  test('the uplift is read from a percent-formatted cell (0,025) as well as from the number 2,5', () => {
    const members = membersSheet(['Medlem', 'Avgift'], [['Trosa kommun', 338094]]);
    expect(feesOf(fees([members, parameterSheet([['Uppräkning', 0.025]])]))).toEqual(feesOf(fees([members, parameterSheet([['Uppräkning', 2.5]])])));
  });

  test('with two fee columns, the earlier year is last year’s fee and the uplift is taken on it', () => {
    const outcome = fees([membersSheet(['Medlem', 'Avgift 2018', 'Avgift 2017'], [['Trosa kommun', null, 100000]]), parameterSheet([['Uppräkning', 2]])]);
    expect(feesOf(outcome)).toEqual({ 'Trosa kommun': '102000' });
  });
});

describe('properties of the half-equal, half-population key through the whole workbook', () => {
  const members = fc
    .uniqueArray(fc.record({ name: fc.stringMatching(/^[A-ZÅÄÖ][a-zåäö]{2,12}$/), population: fc.integer({ min: 0, max: 1_000_000 }) }), {
      minLength: 1,
      maxLength: 20,
      selector: (m) => m.name.toLocaleLowerCase('sv-SE'),
    })
    .filter((ms) => ms.some((m) => m.population > 0) && ms.every((m) => !/^(summa|total|totalt|resultat|netto)/i.test(m.name)));

  test('sums exactly, no kommun is a krona or more from its exact share, and row order does not matter', () => {
    fc.assert(
      fc.property(members, fc.integer({ min: 0, max: 50_000_000 }), (ms, total) => {
        const params = parameterSheet([
          ['Belopp att fördela', total],
          ['Fördelningsnyckel', 'Hälften lika, hälften invånare'],
        ]);
        const outcome = fees([
          membersSheet(
            ['Medlem', 'Invånare'],
            ms.map((m) => [m.name, m.population]),
          ),
          params,
        ]);
        const reversed = fees([
          membersSheet(
            ['Medlem', 'Invånare'],
            [...ms].reverse().map((m) => [m.name, m.population]),
          ),
          params,
        ]);
        expect(outcome.charges[0].total.toFixed()).toBe(String(total));
        expect(feesOf(reversed)).toEqual(feesOf(outcome));
        const P = ms.reduce((a, m) => a + m.population, 0);
        for (const m of ms) {
          const exact = new Decimal(total).dividedBy(2 * ms.length).plus(new Decimal(total).times(m.population).dividedBy(2 * P));
          expect(new Decimal(feesOf(outcome)[m.name]!).minus(exact).abs().lt(1)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('where a workbook says nothing about fees', () => {
  test('there is no outcome at all: a budget sheet and the settings sheet’s thresholds are not about fees', () => {
    const budget = sheet('Drift', [
      ['Konto', 'Budget', 'Utfall'],
      ['Löner', 100, 90],
    ]);
    const settings = parameterSheet([['Flaggningsgräns belopp (kr)', 50000]], 'Avstämning inställningar');
    expect(computeFees([budget, settings])).toBeNull();
  });

  test('without parameters and without today’s date, fees are computed but invoices cannot be dated', () => {
    const outcome = fees([membersSheet(['Medlem', 'Avgift'], SORMLAND_2017)]);
    expect(kr(outcome)).toBe('40786191');
    expect(outcome.invoices).toEqual([]);
    expect(messages(outcome)).toEqual([expect.stringMatching(/^Medlemmar!A3 Inga fakturor skrivs för Medlemsavgift: fakturadatum saknas/)]);
  });

  test('fee parameters without a members table are reported', () => {
    expect(messages(fees([parameterSheet([['Avgift per invånare', 4]])]))).toEqual([expect.stringMatching(/^Avgift parametrar!A1 .*ingen medlemstabell/)]);
  });
});
