/**
 * SPEC 4, what an invoice says, in Swedish and English: the specification line (`4 kr × 503 200 invånare (SCB
 * 2019-12-31)`), the period, the part of the annual fee, the öresavrundning, the VAT text, and how each fee model
 * is described. Expected texts are written out by hand.
 */
import { Decimal } from '../../src/core/decimal';
import { Charge, InvoiceSettings } from '../../src/core/fees/charges';
import { Invoice } from '../../src/core/fees/invoices';
import { Member } from '../../src/core/fees/members';
import { Basis, FeeModel, MemberFee } from '../../src/core/fees/models';
import { PeriodKind, periodsOf } from '../../src/core/fees/periods';
import { basisText, chargeName, formatExactPercent, modelText, periodLabel, specificationText, vatText } from '../../src/core/fees/texts';
import { Lang } from '../../src/core/messages';

const d = (v: number | string) => new Decimal(v);
const NB = '\u00a0';

const member: Member = {
  name: 'Botkyrka kommun',
  row: 3,
  municipalityCode: '0127',
  orgNumber: null,
  population: d(91930),
  referenceDate: '2017-12-31',
  source: 'SCB',
  share: null,
  shareWrittenAsPercent: false,
  fee: null,
  priorFee: null,
  fixedAmount: null,
  buyerReference: null,
  months: null,
  memberFrom: null,
  memberUntil: null,
  extra: null,
  invalid: new Set(),
  duplicateOf: null,
};
const perCapita: Basis = { kind: 'perCapita', rate: d(4), fixedPart: null, months: null, population: d(91930), referenceDate: '2017-12-31', source: 'SCB' };
const fee = (basis: Basis | null, amount: string | null = '367720'): MemberFee => ({
  member,
  fee: amount === null ? null : d(amount),
  basis,
  span: amount === null ? null : { first: 1, last: 12 },
  problemAt: basis === null ? 'Medlemmar!C5' : null,
});
const charge = (model: FeeModel | null, name = 'Medlemsavgift 2018'): Charge => ({
  name,
  feeYear: 2018,
  model,
  fees: [],
  total: d(0),
  invoicing: null,
  at: { sheet: 'Avgift', cell: 'B2' },
});
const settings = (vat: string | null = null): InvoiceSettings => ({
  feeYear: 2018,
  invoiceDate: '2018-02-01',
  paymentTerms: 30,
  period: 'halfYear',
  firstNumber: '1',
  bankgiro: null,
  sender: null,
  senderOrgNumber: null,
  ourReference: null,
  vatText: vat,
  ocrLengthDigit: false,
});

function invoice(kind: PeriodKind, index: number, memberFee: MemberFee, rounding = '0', vat: string | null = null): Invoice {
  const period = periodsOf(2018, kind)[index - 1];
  const months = { first: Number(period.start.slice(5, 7)), last: Number(period.end.slice(5, 7)) };
  return {
    number: '1',
    charge: charge({ kind: 'perCapita', rate: d(4), fixedPart: null }),
    fee: memberFee,
    period,
    months,
    date: '2018-02-01',
    dueDate: '2018-03-03',
    feePart: d(0),
    rounding: d(rounding),
    amount: d(0),
    ocr: '18',
    settings: settings(vat),
  };
}

describe('SPEC 4 the period on an invoice', () => {
  it.each<[PeriodKind, number, string, string]>([
    ['year', 1, 'Helår 2018', 'Full year 2018'],
    ['halfYear', 2, 'Halvår 2 2018', 'Half-year 2 2018'],
    ['quarter', 3, 'Kvartal 3 2018', 'Quarter 3 2018'],
    ['month', 1, 'Januari 2018', 'January 2018'],
    ['month', 7, 'Juli 2018', 'July 2018'],
    ['month', 12, 'December 2018', 'December 2018'],
  ])('%s %i is %p and %p', (kind, index, sv, en) => {
    const period = periodsOf(2018, kind)[index - 1];
    expect([periodLabel(period, 'sv'), periodLabel(period, 'en')]).toEqual([sv, en]);
  });
});

describe('SPEC 4 the specification line', () => {
  it('per capita for the year: charge, period, rate × population (source date)', () => {
    const inv = invoice('year', 1, fee(perCapita));
    expect(specificationText(inv, 'sv')).toBe(`Medlemsavgift 2018, Helår 2018: 4${NB}kr × 91${NB}930 invånare (SCB 2017-12-31)`);
    expect(specificationText(inv, 'en')).toBe('Medlemsavgift 2018, Full year 2018: 4 kr × 91,930 inhabitants (SCB 2017-12-31)');
  });

  it('per half-year: the annual fee and the part this invoice is', () => {
    const inv = invoice('halfYear', 1, fee(perCapita));
    expect(specificationText(inv, 'sv')).toBe(
      `Medlemsavgift 2018, Halvår 1 2018: 4${NB}kr × 91${NB}930 invånare (SCB 2017-12-31) = 367${NB}720${NB}kr, varav 1/2`,
    );
    expect(specificationText(inv, 'en')).toBe('Medlemsavgift 2018, Half-year 1 2018: 4 kr × 91,930 inhabitants (SCB 2017-12-31) = 367,720 kr, of which 1/2');
  });

  it('the öresavrundning is signed: +0,50 kr and −0,40 kr', () => {
    expect(specificationText(invoice('year', 1, fee(perCapita), '0.5'), 'sv')).toBe(
      `Medlemsavgift 2018, Helår 2018: 4${NB}kr × 91${NB}930 invånare (SCB 2017-12-31) (öresavrundning +0,50${NB}kr)`,
    );
    expect(specificationText(invoice('year', 1, fee(perCapita), '-0.4'), 'en')).toBe(
      'Medlemsavgift 2018, Full year 2018: 4 kr × 91,930 inhabitants (SCB 2017-12-31) (rounding -0.40 kr)',
    );
  });

  it('the VAT text: the default in each language, or the one given', () => {
    expect([vatText(invoice('year', 1, fee(perCapita)), 'sv'), vatText(invoice('year', 1, fee(perCapita)), 'en')]).toEqual([
      'Ej momspliktig – medlemsavgift',
      'Not subject to VAT – membership fee',
    ]);
    expect(vatText(invoice('year', 1, fee(perCapita), '0', 'Momsfri'), 'sv')).toBe('Momsfri');
  });
});

describe('SPEC 3.1 what each fee rests on', () => {
  const allocation = (
    key: 'population' | 'equal' | 'share' | 'halfEqualHalfPopulation',
    extra: Partial<Extract<Basis, { kind: 'allocation' }>> = {},
  ): Basis => ({
    kind: 'allocation',
    key,
    allocated: d(1000000),
    claimants: 8,
    population: { population: d(91930), referenceDate: '2017-12-31', source: 'SCB' },
    populationSum: d(488735),
    share: null,
    equalPercent: null,
    fixedPart: null,
    exact: d('188094.29'),
    ...extra,
  });

  it.each<[string, Basis, string | null, Lang, string]>([
    [
      'per capita with a fixed part',
      { ...perCapita, fixedPart: d(25000), source: null },
      '392720',
      'sv',
      `fast del 25${NB}000${NB}kr + 4${NB}kr × 91${NB}930 invånare (2017-12-31)`,
    ],
    ['per capita without source or date', { ...perCapita, source: null, referenceDate: null }, '367720', 'en', '4 kr × 91,930 inhabitants'],
    ['a fixed fee', { kind: 'fixed' }, '100', 'sv', 'Fast avgift enligt medlemstabellen'],
    ['a set amount', { kind: 'setAmount' }, '100', 'en', 'Set amount from the members table'],
    ['an uplift of 2,5 %', { kind: 'uplift', priorFee: d(1000), percent: d('2.5') }, '1025', 'sv', `1${NB}000${NB}kr + 2,5${NB}% uppräkning`],
    [
      'by population, rounded from the exact share',
      allocation('population'),
      '188094',
      'sv',
      `Andel av 1${NB}000${NB}000${NB}kr efter invånare: 91${NB}930 av 488${NB}735 invånare (SCB 2017-12-31); exakt 188${NB}094,29${NB}kr`,
    ],
    ['in equal parts, exactly', allocation('equal', { exact: d(125000) }), '125000', 'en', 'Equal part of 1,000,000 kr: 1/8'],
    ['by share', allocation('share', { share: d('0.125'), exact: d(125000) }), '125000', 'sv', `12,5${NB}% av 1${NB}000${NB}000${NB}kr`],
    [
      'half equally, half by population, with a fixed part',
      allocation('halfEqualHalfPopulation', { fixedPart: d(5000), exact: d(100) }),
      '100',
      'en',
      'Fixed part 5,000 kr + of 1,000,000 kr, half equally (1/8), half by population: 91,930 of 488,735 inhabitants (SCB 2017-12-31)',
    ],
  ])('%s', (_what, basis, amount, lang, text) => {
    expect(basisText(fee(basis, amount), lang)).toBe(text);
  });

  it('no fee: a warning that points at the problem', () => {
    expect([basisText(fee(null, null), 'sv'), basisText(fee(null, null), 'en')]).toEqual(['⚠ Ingen avgift: se Medlemmar!C5', '⚠ No fee: see Medlemmar!C5']);
  });
});

describe('SPEC 3.1 how each charge was computed, for the fee sheet', () => {
  it.each<[string, FeeModel | null, Lang, string]>([
    ['per capita', { kind: 'perCapita', rate: d(4), fixedPart: null }, 'sv', `Medlemsavgift 2018: 4${NB}kr per invånare.`],
    [
      'per capita with a fixed part',
      { kind: 'perCapita', rate: d(4), fixedPart: d(25000) },
      'en',
      'Medlemsavgift 2018: 4 kr per inhabitant plus a fixed part of 25,000 kr per member.',
    ],
    [
      'by population',
      { kind: 'allocation', total: d(1000000), key: 'population', equalPercent: null, named: [], restPercent: null, fixedPart: null, unit: d(1) },
      'sv',
      `Medlemsavgift 2018: 1${NB}000${NB}000${NB}kr fördelas efter invånare.`,
    ],
    [
      'equal parts',
      { kind: 'allocation', total: d(1000000), key: 'equal', equalPercent: null, named: [], restPercent: null, fixedPart: null, unit: d(1) },
      'en',
      'Medlemsavgift 2018: 1,000,000 kr allocated in equal parts.',
    ],
    [
      'by share',
      { kind: 'allocation', total: d(1000000), key: 'share', equalPercent: null, named: [], restPercent: null, fixedPart: null, unit: d(1) },
      'sv',
      `Medlemsavgift 2018: 1${NB}000${NB}000${NB}kr fördelas efter andel.`,
    ],
    [
      'half and half',
      {
        kind: 'allocation',
        total: d(1000000),
        key: 'halfEqualHalfPopulation',
        equalPercent: null,
        named: [],
        restPercent: null,
        fixedPart: d(5000),
        unit: d(1),
      },
      'sv',
      `Medlemsavgift 2018: 1${NB}000${NB}000${NB}kr fördelas hälften lika, hälften efter invånare plus fast del 5${NB}000${NB}kr per medlem.`,
    ],
    ['uplift', { kind: 'uplift', percent: d('2.5') }, 'en', 'Medlemsavgift 2018: last year’s fee + 2.5%.'],
    ['fixed fees', { kind: 'fixed' }, 'sv', 'Medlemsavgift 2018: fasta avgifter enligt medlemstabellen.'],
    ['none', null, 'en', 'Medlemsavgift 2018: no fee computed, see the errors.'],
  ])('%s', (_what, model, lang, text) => {
    expect(modelText(charge(model), lang)).toBe(text);
  });

  it("the default charge name has the fee year when there is one, in the reader's language; a name of its own is kept", () => {
    const named = (name: string | null, feeYear: number | null, lang: Lang) => chargeName({ name, feeYear }, lang);
    expect([named(null, 2018, 'sv'), named(null, null, 'sv'), named(null, 2018, 'en'), named(null, null, 'en'), named('Serviceavgift', 2018, 'en')]).toEqual([
      'Medlemsavgift 2018',
      'Medlemsavgift',
      'Member fee 2018',
      'Member fee',
      'Serviceavgift',
    ]);
  });

  it('a percentage exactly as given: 33,333 % is not rounded; a negative one has its minus', () => {
    expect([formatExactPercent(d('33.333'), 'sv'), formatExactPercent(d('-2.5'), 'sv'), formatExactPercent(d('-2.5'), 'en')]).toEqual([
      `33,333${NB}%`,
      `\u22122,5${NB}%`,
      '-2.5%',
    ]);
  });
});
