import fc from 'fast-check';
import { Decimal, sum } from '../../../src/core/decimal';
import { isLuhnValid } from '../../../src/core/fees/luhn';
import { specificationText } from '../../../src/core/fees/texts';
import { SODERTORN, SORMLAND_2017, fees, membersSheet, messages, parameterSheet } from './workbook';

const INVOICING: [string, string | number][] = [
  ['Avgiftsår', 2017],
  ['Fakturadatum', '2017-01-15'],
  ['Första fakturanummer', 170001],
  ['Faktureringsperiod', 'Kvartal'],
  ['Bankgiro', '5050-1055'],
  ['Avsändare', 'Regionförbundet Sörmland'],
];

describe('the Sörmland fees invoiced quarterly', () => {
  const outcome = fees([membersSheet(['Medlem', 'Avgift'], SORMLAND_2017), parameterSheet(INVOICING)]);
  const invoices = outcome.invoices;

  test('ten members × four quarters, numbered 170001–170040 by quarter, then member', () => {
    expect(invoices).toHaveLength(40);
    expect(invoices[0]).toMatchObject({ number: '170001', period: { code: '2017-Q1' }, fee: { member: { name: 'Landstinget Sörmland' } } });
    expect(invoices[10]).toMatchObject({ number: '170011', period: { code: '2017-Q2' }, fee: { member: { name: 'Landstinget Sörmland' } } });
    expect(invoices[39].number).toBe('170040');
  });

  test('each quarter is invoiced at its start, due 30 days later (the default terms)', () => {
    const landstinget = invoices.filter((i) => i.fee.member.name === 'Landstinget Sörmland');
    expect(landstinget.map((i) => [i.date, i.dueDate])).toEqual([
      ['2017-01-15', '2017-02-14'],
      ['2017-04-15', '2017-05-15'],
      ['2017-07-15', '2017-08-14'],
      ['2017-10-15', '2017-11-14'],
    ]);
  });

  test('the quarters sum exactly to the annual fee; an odd krona goes to the first quarters', () => {
    const eskilstuna = invoices.filter((i) => i.fee.member.name === 'Eskilstuna kommun').map((i) => i.amount.toFixed());
    expect(eskilstuna).toEqual(['769654', '769654', '769653', '769653']); // 3 078 614 / 4 = 769 653,50
    expect(sum(invoices.map((i) => i.amount)).toFixed()).toBe('40786191');
  });

  test('every OCR reference is the invoice number with its Luhn check digit, and the bankgiro is on every invoice', () => {
    for (const i of invoices) {
      expect(i.ocr.slice(0, -1)).toBe(i.number);
      expect(isLuhnValid(i.ocr)).toBe(true);
      expect(i.settings.bankgiro).toBe('5050-1055');
      expect(i.settings.sender).toBe('Regionförbundet Sörmland');
    }
  });

  test('the specification says which part of which fee the invoice carries', () => {
    expect(specificationText(invoices[1], 'sv')).toBe(
      'Medlemsavgift 2017, Kvartal 1 2017: Fast avgift enligt medlemstabellen = 3\u00a0078\u00a0614\u00a0kr, varav 1/4',
    );
    const english = fees([membersSheet(['Member', 'Fee'], SORMLAND_2017), parameterSheet(INVOICING)]);
    expect(specificationText(english.invoices[1], 'en')).toBe('Member fee 2017, Quarter 1 2017: Fixed fee from the members table = 3,078,614 kr, of which 1/4');
  });
});

describe('invoice texts and settings', () => {
  const members = membersSheet(
    ['Medlem', 'Organisationsnummer', 'Invånare', 'Referensdatum', 'Källa', 'Er referens'],
    [['Botkyrka kommun', '212000-2882', 95311, '2019-12-31', 'SCB', 'KS 2020/12']],
  );
  const outcome = fees([
    members,
    parameterSheet([
      ['Avgift per invånare', 4],
      ['Fakturadatum', '2020-01-31'],
      ['Betalningsvillkor', '20 dagar'],
      ['Första fakturanummer', '000123'],
      ['OCR med längdsiffra', 'Ja'],
      ['Organisationsnummer', '212000-0068'],
      ['Vår referens', 'Kansliet'],
    ]),
  ]);
  const [invoice] = outcome.invoices;

  test('the specification shows the basis: 4 kr × 95 311 invånare (SCB 2019-12-31)', () => {
    expect(specificationText(invoice, 'sv')).toBe('Medlemsavgift 2020, Helår 2020: 4\u00a0kr × 95\u00a0311 invånare (SCB 2019-12-31)');
    expect(invoice.amount.toFixed()).toBe('381244');
  });

  test('buyer, references, terms and number are as given; leading zeros of the number are kept', () => {
    expect(invoice).toMatchObject({ number: '000123', date: '2020-01-31', dueDate: '2020-02-20' });
    expect(invoice.fee.member).toMatchObject({ orgNumber: '212000-2882', buyerReference: 'KS 2020/12' });
    expect(invoice.settings).toMatchObject({ senderOrgNumber: '212000-0068', ourReference: 'Kansliet', vatText: null });
  });

  test('the OCR reference carries a length digit when asked: 000123, length 8, check digit 5', () => {
    // Luhn of 0001238 from the right: 8×2 = 16 → 7, 3, 2×2 = 4, 1 → 15, so the check digit is 5.
    expect(invoice.ocr).toBe('00012385');
    expect(isLuhnValid(invoice.ocr)).toBe(true);
  });

  test('an öre fee is invoiced in whole kronor with an öresavrundning line', () => {
    const ore = fees([
      membersSheet(['Medlem', 'Invånare'], [['Lillby', 10001]]),
      parameterSheet([
        ['Avgift per invånare', '4,35'],
        ['Fakturadatum', '2020-01-31'],
      ]),
    ]);
    const [i] = ore.invoices;
    // 4,35 × 10 001 = 43 504,35 kr → 43 504 kr to pay, öresavrundning −0,35 kr.
    expect([i.feePart.toFixed(), i.rounding.toFixed(), i.amount.toFixed()]).toEqual(['43504.35', '-0.35', '43504']);
    expect(specificationText(i, 'sv')).toMatch(/\(öresavrundning \u22120,35\u00a0kr\)$/);
  });

  test('a half krona is rounded away from zero: 1 234,50 kr is invoiced as 1 235 kr (+0,50)', () => {
    const half = fees([membersSheet(['Medlem', 'Avgift'], [['Lillby', '1 234,50']]), parameterSheet([['Fakturadatum', '2020-01-31']])]);
    expect([half.invoices[0].amount.toFixed(), half.invoices[0].rounding.toFixed()]).toEqual(['1235', '0.5']);
  });

  test('a second charge takes the first table’s invoice settings and goes on with the numbers', () => {
    const outcome = fees([
      membersSheet(
        ['Medlem', 'Invånare'],
        SODERTORN.map(([n, , p]) => [n, p]),
      ),
      parameterSheet([
        ['Avgift per invånare', 4],
        ['Fakturadatum', '2018-02-01'],
        ['Första fakturanummer', 18001],
        ['Bankgiro', '5050-1055'],
      ]),
      parameterSheet(
        [
          ['Benämning', 'Södertörns Rådslag 2018'],
          ['Belopp att fördela', 106791],
          ['Fördelningsnyckel', 'Hälften lika, hälften invånare'],
          ['Fakturadatum', '2018-04-03'],
        ],
        'Avgift Rådslag',
      ),
    ]);
    const radslag = outcome.invoices.filter((i) => i.charge.name === 'Södertörns Rådslag 2018');
    expect(radslag.map((i) => i.number)).toEqual(['18009', '18010', '18011', '18012', '18013', '18014', '18015', '18016']);
    expect(radslag[0]).toMatchObject({ date: '2018-04-03', settings: { bankgiro: '5050-1055', feeYear: 2018 } });
    expect(sum(radslag.map((i) => i.amount)).toFixed()).toBe('106791');
    expect(outcome.errors).toEqual([]);
  });

  test('numbers that would repeat another charge’s are refused, and that charge gets no invoices', () => {
    const outcome = fees([
      membersSheet(
        ['Medlem', 'Invånare'],
        [
          ['A', 10],
          ['B', 20],
        ],
      ),
      parameterSheet([
        ['Avgift per invånare', 4],
        ['Fakturadatum', '2018-02-01'],
        ['Första fakturanummer', 100],
      ]),
      parameterSheet(
        [
          ['Belopp att fördela', 300],
          ['Första fakturanummer', 101],
        ],
        'Avgift Rådslag',
      ),
    ]);
    expect(outcome.invoices.map((i) => i.number)).toEqual(['100', '101']);
    expect(messages(outcome)).toEqual([expect.stringMatching(/^Avgift Rådslag!A1 Inga fakturor skrivs för Avgift Rådslag: fakturanummer 101 används redan/)]);
  });
});

describe('properties of the invoice periods (thousands of cases)', () => {
  const period = fc.constantFrom('År', 'Halvår', 'Kvartal', 'Månad');
  const feeInOre = fc.integer({ min: 1, max: 5_000_000_000 }).map((ore) => new Decimal(ore).dividedBy(100));

  test('the parts of a year sum exactly to the fee; what is paid is whole kronor and differs from the fee only by the öresavrundning', () => {
    fc.assert(
      fc.property(fc.array(feeInOre, { minLength: 1, maxLength: 5 }), period, (feesKr, kind) => {
        const outcome = fees([
          membersSheet(
            ['Medlem', 'Avgift'],
            feesKr.map((f, i) => [`Medlem ${i + 1}`, f.toFixed(2).replace('.', ',')]),
          ),
          parameterSheet([
            ['Fakturadatum', '2018-01-31'],
            ['Faktureringsperiod', kind],
          ]),
        ]);
        expect(outcome.errors).toEqual([]);
        feesKr.forEach((fee, i) => {
          const own = outcome.invoices.filter((inv) => inv.fee.member.name === `Medlem ${i + 1}`);
          expect(own).toHaveLength({ År: 1, Halvår: 2, Kvartal: 4, Månad: 12 }[kind]);
          expect(sum(own.map((inv) => inv.feePart)).equals(fee)).toBe(true);
          expect(own.every((inv) => inv.amount.isInteger())).toBe(true);
          const paid = sum(own.map((inv) => inv.amount));
          expect(paid.minus(fee).abs().lte(0.5)).toBe(true);
          expect(paid.minus(fee).equals(sum(own.map((inv) => inv.rounding)))).toBe(true);
          const amounts = own.map((inv) => inv.amount);
          expect(
            Decimal.max(...amounts)
              .minus(Decimal.min(...amounts))
              .lte(1),
          ).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
