/** SPEC 3, 4, 8: members and fee parameters gone wrong. 4 kr per inhabitant unless said otherwise. */
import { MEDLEMMAR, PARAMETRAR, medlemmar, parametrar, patch } from './base';
import { BadCase } from './types';

const fee = (member: string) => `fees.members[member=${member}].fee`;
const PARAMS = 'Avgift 2018';

export const FEE_CASES: BadCase[] = [
  {
    id: 'fees-baseline-dates',
    about:
      'Members with 4 kr per inhabitant; Fakturadatum as the text 2018-01-31 on one sheet. Everything computes; the invoice date is 2018-01-31, due 30 days later.',
    sheets: [medlemmar(), parametrar()],
    expect: {
      messages: [],
      tables: 0,
      values: [
        { path: fee('Eskilstuna kommun'), equals: '414356' },
        { path: 'fees.total', equals: '524656' },
        { path: 'invoices[member=Flens kommun].date', equals: '2018-01-31' },
        { path: 'invoices[member=Flens kommun].dueDate', equals: '2018-03-02' },
        { path: 'invoices[member=Flens kommun].amount', equals: '66584' },
      ],
    },
  },
  {
    id: 'fees-date-serial',
    about: 'Fakturadatum is an Excel date (serial 43131 with a date format): the same invoice date as the text 2018-01-31.',
    sheets: [medlemmar(), { ...parametrar({ B6: new Date(Date.UTC(2018, 0, 31)) }) }],
    expect: {
      messages: [],
      values: [
        { path: 'invoices[member=Flens kommun].date', equals: '2018-01-31' },
        { path: 'fees.total', equals: '524656' },
      ],
    },
  },
  {
    id: 'fees-date-impossible',
    about: 'Fakturadatum is the text 2018-02-30: reported at B6; the fees are computed, no invoices are written.',
    sheets: [medlemmar(), parametrar({ B6: '2018-02-30' })],
    expect: {
      messages: [{ key: 'fees.parameterNotDate', sheet: PARAMS, cell: 'B6' }],
      values: [
        { path: fee('Gnesta kommun'), equals: '43716' },
        { path: 'invoices.length', equals: 0 },
      ],
    },
  },
  {
    id: 'fees-member-twice',
    about: 'Flens kommun is listed twice (rows 5 and 7): reported at A7 naming A5; neither row gets a fee, the others do.',
    sheets: [{ name: 'Medlemmar', rows: [...MEDLEMMAR, ['Flens kommun', 16646, '212000-0332']] }, parametrar()],
    expect: {
      messages: [{ key: 'fees.memberTwice', sheet: 'Medlemmar', cell: 'A7' }],
      values: [
        { path: fee('Eskilstuna kommun'), equals: '414356' },
        { path: fee('Flens kommun'), equals: null },
        { path: 'fees.total', equals: '458072' },
      ],
    },
  },
  {
    id: 'fees-population-negative',
    about: 'Gnesta kommun has −10 929 inhabitants: reported at B6; per capita the others still get their fees.',
    sheets: [medlemmar({ B6: -10929 }), parametrar()],
    expect: {
      messages: [{ key: 'fees.populationNegative', sheet: 'Medlemmar', cell: 'B6' }],
      values: [
        { path: fee('Gnesta kommun'), equals: null },
        { path: fee('Flens kommun'), equals: '66584' },
      ],
    },
  },
  {
    id: 'fees-population-fractional',
    about: 'Flens kommun has 16 646,5 inhabitants: reported at B5; the others get their fees.',
    sheets: [medlemmar({ B5: 16646.5 }), parametrar()],
    expect: {
      messages: [{ key: 'fees.populationFractional', sheet: 'Medlemmar', cell: 'B5' }],
      values: [
        { path: fee('Flens kommun'), equals: null },
        { path: fee('Eskilstuna kommun'), equals: '414356' },
      ],
    },
  },
  {
    id: 'fees-population-missing',
    about: 'Eskilstuna kommun has no population: reported at B4; the others get their fees.',
    sheets: [medlemmar({ B4: null }), parametrar()],
    expect: {
      messages: [{ key: 'fees.populationMissing', sheet: 'Medlemmar', cell: 'B4' }],
      values: [
        { path: fee('Eskilstuna kommun'), equals: null },
        { path: fee('Gnesta kommun'), equals: '43716' },
      ],
    },
  },
  {
    id: 'fees-population-text',
    about: 'Populations typed as text with no-break spaces (103 589, 16 646): read as numbers, the fees computed.',
    sheets: [medlemmar({ B4: '103\u00a0589', B5: '16 646' }), parametrar()],
    expect: {
      messages: [],
      values: [
        { path: fee('Eskilstuna kommun'), equals: '414356' },
        { path: 'fees.total', equals: '524656' },
      ],
    },
  },
  {
    id: 'fees-shares-99-9',
    about: 'Belopp att fördela 1 000 000 by Andel; the shares are 50 %, 30 % and 19,9 % (99,9 %): reported, nothing allocated.',
    sheets: [
      {
        name: 'Medlemmar',
        rows: [
          ['Medlem', 'Andel'],
          ['Eskilstuna kommun', '50 %'],
          ['Flens kommun', '30 %'],
          ['Gnesta kommun', '19,9 %'],
        ],
      },
      {
        name: PARAMS,
        rows: [
          ['Parameter', 'Värde'],
          ['Belopp att fördela', 1000000],
          ['Fördelningsnyckel', 'Andel'],
        ],
      },
    ],
    expect: { messages: [{ key: 'fees.sharesNot100', sheet: 'Medlemmar', cell: 'B1' }], values: [{ path: fee('Eskilstuna kommun'), equals: null }] },
  },
  {
    id: 'fees-shares-percent-text',
    about: 'Shares as text with a percent sign (50 %, 30 %, 20 %) sum to 100 %: 1 000 000 kr is allocated exactly.',
    sheets: [
      {
        name: 'Medlemmar',
        rows: [
          ['Medlem', 'Andel'],
          ['Eskilstuna kommun', '50 %'],
          ['Flens kommun', '30 %'],
          ['Gnesta kommun', '20 %'],
        ],
      },
      {
        name: PARAMS,
        rows: [
          ['Parameter', 'Värde'],
          ['Belopp att fördela', 1000000],
          ['Fördelningsnyckel', 'Andel'],
        ],
      },
    ],
    expect: {
      messages: [],
      values: [
        { path: fee('Eskilstuna kommun'), equals: '500000' },
        { path: fee('Gnesta kommun'), equals: '200000' },
        { path: 'fees.total', equals: '1000000' },
      ],
    },
  },
  {
    id: 'fees-unknown-parameter',
    about:
      'The parameter table has "Avgift per invånarna" (a typo) and "Rabatt": each reported at its key cell; the fee per inhabitant is missing, so the known Avgiftsår etc. stand but no fee model applies.',
    sheets: [medlemmar(), parametrar({ A4: 'Avgift per invånarna', A11: 'Rabatt', B11: '5 %' })],
    expect: {
      messages: [
        { key: 'fees.unknownParameter', sheet: PARAMS, cell: 'A4' },
        { key: 'fees.unknownParameter', sheet: PARAMS, cell: 'A11' },
        { key: 'fees.noModel', sheet: 'Medlemmar', cell: 'A3' },
      ],
      values: [{ path: 'fees.members[member=Eskilstuna kommun].fee', equals: null }],
    },
  },
  {
    id: 'fees-parameters-no-values',
    about: 'The parameter table has its keys but no values at all: each is reported at its empty value cell; no fee is computed.',
    sheets: [medlemmar(), { name: PARAMS, rows: PARAMETRAR.map((r, i) => (i < 3 ? r : [r[0]])) }],
    expect: {
      messages: [
        { key: 'fees.parameterEmpty', sheet: PARAMS, cell: 'B4' },
        { key: 'fees.parameterEmpty', sheet: PARAMS, cell: 'B10' },
      ],
      values: [],
    },
  },
  {
    id: 'fees-total-negative',
    about: 'Belopp att fördela is −50 000 by Invånare: reported at B2; nothing allocated.',
    sheets: [
      medlemmar(),
      {
        name: PARAMS,
        rows: [
          ['Parameter', 'Värde'],
          ['Belopp att fördela', -50000],
          ['Fördelningsnyckel', 'Invånare'],
        ],
      },
    ],
    expect: { messages: [{ key: 'fees.totalNegative', sheet: PARAMS, cell: 'B2' }], values: [] },
  },
  {
    id: 'fees-bad-bankgiro',
    about: 'Bankgiro 5050-1056 has a wrong check digit: reported at B10; the fees are computed, no invoices written.',
    sheets: [medlemmar(), parametrar({ B10: '5050-1056' })],
    expect: {
      messages: [{ key: 'invoice.badBankgiro', sheet: PARAMS, cell: 'B10' }],
      values: [
        { path: 'fees.total', equals: '524656' },
        { path: 'invoices.length', equals: 0 },
      ],
    },
  },
  {
    id: 'fees-member-name-missing',
    about: 'A members row with a population and no name (row 7): reported at A7; the named members get their fees.',
    sheets: [{ name: 'Medlemmar', rows: patch(MEDLEMMAR, { B7: 5000 }) }, parametrar()],
    expect: { messages: [{ key: 'fees.memberNameMissing', sheet: 'Medlemmar', cell: 'A7' }], values: [{ path: 'fees.total', equals: '524656' }] },
  },
  {
    id: 'fees-population-error-value',
    about: 'Flens kommun has #REF! as population: reported at B5; the others get their fees.',
    sheets: [medlemmar({ B5: { error: '#REF!' } as never }), parametrar()],
    expect: { messages: [{ key: 'fees.errorValue', sheet: 'Medlemmar', cell: 'B5' }], values: [{ path: fee('Eskilstuna kommun'), equals: '414356' }] },
  },
];
