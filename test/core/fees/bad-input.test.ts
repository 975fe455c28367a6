import { CellValue } from '../../../src/core/cells';
import { FeeOutcome } from '../../../src/core/fees';
import { fees, feesOf, membersSheet, messages, parameterSheet } from './workbook';

const INVOICE_DATE: [string, CellValue] = ['Fakturadatum', '2018-01-31'];
const perCapita = parameterSheet([['Avgift per invånare', 4], INVOICE_DATE]);
const invoiced = (outcome: FeeOutcome) => [...new Set(outcome.invoices.map((i) => i.fee.member.name))];

/** Members as rows: name and population; the header is on row 3, so the first member is on row 4. */
const kommuner = (rows: CellValue[][]) => membersSheet(['Medlem', 'Invånare'], rows);

describe('bad input in the members table: a clear message with sheet and cell, and no invoice that would mislead', () => {
  test('a member listed twice gets no fee and no invoice from either row; the others are invoiced', () => {
    const outcome = fees([
      kommuner([
        ['Botkyrka kommun', 95311],
        ['Salems kommun', 16664],
        ['Botkyrka kommun', 95000],
      ]),
      perCapita,
    ]);
    expect(messages(outcome)).toEqual(['Medlemmar!A6 Botkyrka kommun finns redan i A4. Ingen av raderna får avgift eller faktura förrän den ena tagits bort.']);
    expect(messages(outcome, 'en')).toEqual([
      'Medlemmar!A6 Botkyrka kommun already appears in A4. Neither row gets a fee or an invoice until one of them is removed.',
    ]);
    expect(outcome.charges[0].fees.map((f) => f.fee?.toFixed() ?? null)).toEqual([null, '66656', null]);
    expect(invoiced(outcome)).toEqual(['Salems kommun']);
  });

  test('a negative population', () => {
    const outcome = fees([
      kommuner([
        ['Botkyrka kommun', -95311],
        ['Salems kommun', 16664],
      ]),
      perCapita,
    ]);
    expect(messages(outcome)).toEqual(['Medlemmar!B4 Invånarantalet för Botkyrka kommun är negativt (-95311); ett heltal 0 eller större väntades.']);
    expect(messages(outcome, 'en')).toEqual(['Medlemmar!B4 The population of Botkyrka kommun is negative (-95311); a whole number of 0 or more was expected.']);
    expect(invoiced(outcome)).toEqual(['Salems kommun']);
  });

  test('a fractional population', () => {
    const outcome = fees([
      kommuner([
        ['Botkyrka kommun', '95 311,5'],
        ['Salems kommun', 16664],
      ]),
      perCapita,
    ]);
    expect(messages(outcome)).toEqual(['Medlemmar!B4 Invånarantalet för Botkyrka kommun är inte ett heltal (95 311,5); ett helt antal invånare väntades.']);
    expect(messages(outcome, 'en')[0]).toContain('not a whole number');
    expect(feesOf(outcome)['Botkyrka kommun']).toBeNull();
    expect(invoiced(outcome)).toEqual(['Salems kommun']);
  });

  test('a missing population', () => {
    const outcome = fees([
      kommuner([
        ['Botkyrka kommun', null],
        ['Salems kommun', 16664],
      ]),
      perCapita,
    ]);
    expect(messages(outcome)).toEqual(['Medlemmar!B4 Invånarantal saknas för Botkyrka kommun; Medlemsavgift 2018 kräver det. Skriv antalet invånare.']);
    expect(messages(outcome, 'en')).toEqual([
      'Medlemmar!B4 There is no population for Botkyrka kommun; Member fee 2018 needs it. Write the number of inhabitants.',
    ]);
    expect(invoiced(outcome)).toEqual(['Salems kommun']);
  });

  test('a population that is text or an error value', () => {
    const outcome = fees([
      kommuner([
        ['Botkyrka kommun', 'ca 95 000'],
        ['Salems kommun', { error: '#N/A' }],
        ['Tyresö kommun', 47308],
      ]),
      perCapita,
    ]);
    expect(messages(outcome)).toEqual([
      'Medlemmar!B4 ”ca 95 000” går inte att läsa som ett tal (Invånare); Botkyrka kommun får ingen avgift som bygger på det förrän det rättats.',
      'Medlemmar!B5 Cellen innehåller felvärdet #N/A (Invånare); Salems kommun får ingen avgift som bygger på den förrän den rättats.',
    ]);
    expect(invoiced(outcome)).toEqual(['Tyresö kommun']);
  });

  test('in an allocation one missing population stops the whole allocation, since every share depends on it', () => {
    const outcome = fees([
      kommuner([
        ['Botkyrka kommun', null],
        ['Salems kommun', 16664],
      ]),
      parameterSheet([['Belopp att fördela', 106791], INVOICE_DATE]),
    ]);
    expect(messages(outcome)).toEqual([
      'Medlemmar!B4 Invånarantal saknas för Botkyrka kommun; Medlemsavgift 2018 kräver det. Skriv antalet invånare.',
      'Avgift parametrar!A1 Medlemsavgift 2018 fördelas inte: varje medlems del beror på alla andras, och underlaget har fel (se ovan). Inga fakturor skrivs för den.',
    ]);
    expect(feesOf(outcome)).toEqual({ 'Botkyrka kommun': null, 'Salems kommun': null });
    expect(outcome.invoices).toEqual([]);
  });

  test('shares that do not sum to 100 %: nothing is allocated and no invoice written', () => {
    const outcome = fees([
      membersSheet(
        ['Medlem', 'Andel'],
        [
          ['A', 50],
          ['B', 30],
          ['C', 15],
        ],
      ),
      parameterSheet([['Belopp att fördela', 1000000], ['Fördelningsnyckel', 'Andel'], INVOICE_DATE]),
    ]);
    expect(messages(outcome)).toEqual(['Medlemmar!B3 Andelarna summerar till 95 %, inte 100 %; Medlemsavgift 2018 fördelas inte förrän andelarna rättats.']);
    expect(messages(outcome, 'en')).toEqual([
      'Medlemmar!B3 The shares sum to 95 %, not 100 %; Member fee 2018 is not allocated until the shares are corrected.',
    ]);
    expect(outcome.invoices).toEqual([]);
    expect(outcome.charges[0].total.toFixed()).toBe('0');
  });

  test('an invalid organisation number is reported and the invoice goes out without it, never with a wrong one', () => {
    const outcome = fees([membersSheet(['Medlem', 'Org.nr', 'Invånare'], [['Botkyrka kommun', '212000-2883', 95311]]), perCapita]);
    expect(messages(outcome)).toEqual([expect.stringMatching(/^Medlemmar!B4 Organisationsnumret ”212000-2883” för Botkyrka kommun är inte giltigt/)]);
    expect(outcome.invoices).toHaveLength(1);
    expect(outcome.invoices[0].fee.member.orgNumber).toBeNull();
  });

  test('a total row that the members do not add up to is reported; the fees rest on the members', () => {
    const outcome = fees([
      kommuner([
        ['Botkyrka kommun', 95311],
        ['Salems kommun', 16664],
        ['Summa', 111000],
      ]),
      perCapita,
    ]);
    expect(messages(outcome)).toEqual(['Medlemmar!B6 Summaraden visar 111000 (Invånare), men de 2 medlemmarna ovanför summerar till 111975.']);
    expect(outcome.charges[0].total.toFixed()).toBe('447900');
  });
});

describe('bad input in the parameter table', () => {
  const members = kommuner([
    ['Botkyrka kommun', 95311],
    ['Salems kommun', 16664],
  ]);

  test('a negative total to allocate: no fee, no invoice', () => {
    const outcome = fees([members, parameterSheet([['Belopp att fördela', -106791], INVOICE_DATE])]);
    expect(messages(outcome)).toEqual([
      'Avgift parametrar!B2 Beloppet att fördela (”-106791”) är negativt; ett belopp på 0 kr eller mer väntades. Ingen avgift fördelas.',
    ]);
    expect(messages(outcome, 'en')).toEqual([
      'Avgift parametrar!B2 The amount to allocate (“-106791”) is negative; an amount of 0 kr or more was expected. No fee is allocated.',
    ]);
    expect(feesOf(outcome)).toEqual({ 'Botkyrka kommun': null, 'Salems kommun': null });
    expect(outcome.invoices).toEqual([]);
  });

  test('an unknown key is named, with the keys that are known; a misspelt rate then computes nothing', () => {
    const outcome = fees([members, parameterSheet([['Avgift per invånar', 4], INVOICE_DATE])]);
    expect(messages(outcome)).toEqual([
      expect.stringMatching(/^Avgift parametrar!A2 Okänd parameter ”Avgift per invånar”; raden används inte\. Kända parametrar: Avgift per invånare, /),
      'Medlemmar!A3 Medlemstabellen har ingen kolumn Avgift, och ingen parametertabell anger Avgift per invånare, Belopp att fördela eller Uppräkning; inga avgifter beräknas.',
    ]);
    expect(messages(outcome, 'en')[0]).toMatch(
      /^Avgift parametrar!A2 Unknown parameter “Avgift per invånar”; the row is not used\. Known parameters: Fee per inhabitant, /,
    );
    expect(outcome.invoices).toEqual([]);
  });

  test('a missing rate: the key is there but its value is empty', () => {
    const outcome = fees([members, parameterSheet([['Avgift per invånare', null], INVOICE_DATE])]);
    expect(messages(outcome)).toEqual(['Avgift parametrar!B2 Parametern ”Avgift per invånare” saknar värde; skriv ett värde i cellen eller ta bort raden.']);
    expect(messages(outcome, 'en')).toEqual([
      'Avgift parametrar!B2 The parameter “Avgift per invånare” has no value; write a value in the cell or remove the row.',
    ]);
    expect(feesOf(outcome)).toEqual({ 'Botkyrka kommun': null, 'Salems kommun': null });
    expect(outcome.invoices).toEqual([]);
  });

  test('a rate that is not an amount', () => {
    const outcome = fees([members, parameterSheet([['Avgift per invånare', 'fyra kronor'], INVOICE_DATE])]);
    expect(messages(outcome)).toEqual([
      expect.stringMatching(/^Avgift parametrar!B2 Parametern ”Avgift per invånare” har värdet ”fyra kronor”; ett belopp i kronor/),
    ]);
    expect(outcome.invoices).toEqual([]);
  });

  test('a rate and a total in one table cannot both be meant: neither is used', () => {
    const outcome = fees([members, parameterSheet([['Avgift per invånare', 4], ['Belopp att fördela', 100000], INVOICE_DATE])]);
    expect(messages(outcome)).toEqual([
      expect.stringMatching(/^Avgift parametrar!B3 Både ”Avgift per invånare” och ”Belopp att fördela” anges i samma tabell/),
    ]);
    expect(outcome.invoices).toEqual([]);
  });

  test('an invoice setting that cannot be read stops the invoices, not the fees', () => {
    const outcome = fees([
      members,
      parameterSheet([['Avgift per invånare', 4], INVOICE_DATE, ['Bankgiro', '5050-1056'], ['Faktureringsperiod', 'Varannan vecka']]),
    ]);
    expect(messages(outcome)).toEqual([
      'Avgift parametrar!B4 Bankgironumret ”5050-1056” är inte giltigt: 7 eller 8 siffror med rätt kontrollsiffra väntades, t.ex. 5050-1055.',
      'Avgift parametrar!B5 Parametern ”Faktureringsperiod” har värdet ”Varannan vecka”; väntade År, Halvår, Kvartal eller Månad.',
      'Avgift parametrar!A1 Inga fakturor skrivs för Medlemsavgift 2018, eftersom en faktureringsinställning inte kunde läsas (se ovan); avgifterna visas ändå.',
    ]);
    expect(outcome.charges[0].total.toFixed()).toBe('447900');
    expect(outcome.invoices).toEqual([]);
  });

  test('a key given twice: the first applies', () => {
    const outcome = fees([members, parameterSheet([['Avgift per invånare', 4], ['avgift per invånare', 5], INVOICE_DATE])]);
    expect(messages(outcome)).toEqual([
      'Avgift parametrar!A3 Parametern ”avgift per invånare” finns redan i A2; den första gäller och denna rad används inte.',
    ]);
    expect(feesOf(outcome)['Salems kommun']).toBe('66656');
  });
});

describe('the settings sheet', () => {
  test('holds fee parameters next to other settings; the other settings are not reported as unknown', () => {
    const settings = parameterSheet(
      [
        ['Flaggningsgräns belopp (kr)', 50000],
        ['Avgift per invånare', 4],
        ['Fakturadatum', '2018-01-31'],
        ['Drift', 'Med tecken'],
      ],
      'Avstämning inställningar',
    );
    const outcome = fees([kommuner([['Botkyrka kommun', 95311]]), settings]);
    expect(outcome.errors).toEqual([]);
    expect(feesOf(outcome)).toEqual({ 'Botkyrka kommun': '381244' });
    expect(outcome.invoices).toHaveLength(1);
  });

  test('English keys and values are read too', () => {
    const outcome = fees([
      membersSheet(
        ['Member', 'Population'],
        [
          ['Botkyrka kommun', 95311],
          ['Salems kommun', 16664],
        ],
      ),
      parameterSheet(
        [
          ['Amount to allocate', 1000],
          ['Allocation key', 'Equal parts'],
          ['Invoice date', '2018-01-31'],
          ['Invoicing period', 'Half-year'],
        ],
        'Avgift 2018',
      ),
    ]);
    expect(outcome.errors).toEqual([]);
    expect(feesOf(outcome)).toEqual({ 'Botkyrka kommun': '500', 'Salems kommun': '500' });
    expect(outcome.invoices.map((i) => i.period.code)).toEqual(['2018-H1', '2018-H1', '2018-H2', '2018-H2']);
  });
});
