/**
 * Financial goals as kommunalförbund write them (SPEC 5): sentences inside the paragraphs of a text sheet under
 * "Finansiella mål", a small Mål | Målvärde | Utfall | Uppfyllt table, a balanskravsutredning with realisation
 * gains to deduct, soliditet with and without the pension commitment, sheets named in English, a statement in
 * mnkr with one decimal, and a workbook holding fees and goals together. Values are exact ratios of the source
 * figures (BigInt öre); 2024 is the year judged.
 */
import ExcelJS from 'exceljs';
import { Unit } from '../layouts/expected';
import { built, Fixture, GoalSpec, SpecLine, TableSpec } from '../layouts2/spec';
import { formula, newBook, put, putRow, widths } from '../layouts2/sheet';
import { kr, Ore, toOre } from '../layouts2/money';
import { krValue, orgNumber, popText, ratioText, readKr, statement, StatementRow } from './kit';

const BOLD = { bold: true, border: true };

/** A goal input: the this-year cell (column C) of a statement row. */
export function cellOf(ws: ExcelJS.Worksheet, at: Map<string, number>, label: string, unit: Unit, rows: StatementRow[], col = 'C') {
  const row = rows.find((r) => r[0] === label);
  if (!row || row[2] === undefined) throw new Error(`no figure for ${label}`);
  return { sheet: ws.name, cell: `${col}${at.get(label)!}`, unit, value: toOre(row[2], unit) };
}

/**
 * An income statement with outcome years and no budget: the product says once, at its header, that the budget is
 * missing, and gives no deviation. Its item lines are the rows that are no result or subtotal.
 */
export function noBudget(ws: ExcelJS.Worksheet, headerRow: number, at: Map<string, number>, rows: StatementRow[], unit: Unit): TableSpec {
  const lines: SpecLine[] = rows
    .filter((r) => r[2] !== undefined && !r[4])
    .map((r) => ({ row: at.get(r[0])!, key: r[0], side: /intäkter|avgifter|bidrag/i.test(r[0]) ? 'income' : 'cost', budget: null, outcome: null }));
  return {
    sheet: ws.name,
    headerRow,
    unit,
    convention: 'signed',
    deviations: false,
    missingRole: 'budget',
    columns: { line: 'A', outcome: 'C', priorYear: 'D' },
    cells: {},
    lines,
  };
}

export const positive = (text: string, metric: string, cell: GoalSpec['cells'][string]): GoalSpec => ({
  text,
  metric,
  unit: 'kr',
  cells: { v: cell },
  value: (v) => krValue(v.v),
  met: (v) => v.v > 0n,
});

// ---------------------------------------------------------------------------------------------

const RR1: StatementRow[] = [
  ['Verksamhetens intäkter', 1, '6412880', '6120400'],
  ['Verksamhetens kostnader', 2, '-71902114', '-69411230'],
  ['Avskrivningar', 3, '-3110245', '-2985300'],
  ['Verksamhetens nettokostnad', undefined, '-68599479', '-66276130', true],
  ['Medlemsavgifter', 4, '69850000', '67100000'],
  ['Finansiella intäkter', undefined, '95412', '61200'],
  ['Finansiella kostnader', undefined, '-61416', '-72400'],
  ['Årets resultat', undefined, '1284517', '812670', true],
];
const BR1: StatementRow[] = [
  ['TILLGÅNGAR', undefined, undefined, undefined, true],
  ['Materiella anläggningstillgångar', 5, '41220500', '40118000'],
  ['Summa anläggningstillgångar', undefined, '41220500', '40118000', true],
  ['Kortfristiga fordringar', 6, '5812340', '5410000'],
  ['Kassa och bank', undefined, '9514880', '8002330'],
  ['Summa omsättningstillgångar', undefined, '15327220', '13412330', true],
  ['SUMMA TILLGÅNGAR', undefined, '56547720', '53530330', true],
  ['EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', undefined, undefined, undefined, true],
  ['Ingående eget kapital', undefined, '11742100', '10929430'],
  ['Årets resultat', undefined, '1284517', '812670'],
  ['Summa eget kapital', 7, '13026617', '11742100', true],
  ['Avsättningar för pensioner', 8, '8912400', '8540000'],
  ['Långfristiga skulder', 9, '18000000', '19000000'],
  ['Kortfristiga skulder', 10, '16608703', '14248230'],
  ['SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', undefined, '56547720', '53530330', true],
];

/** Goals as sentences inside a paragraph of the förvaltningsberättelse, under a "Finansiella mål" heading. */
function paragraphs(): Fixture {
  return {
    name: 'finansiella-mal-som-meningar-i-stycke-i-forvaltningsberattelsen',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const fb = wb.addWorksheet('Förvaltningsberättelse');
      const text: [string, boolean][] = [
        ['Förvaltningsberättelse 2024', true],
        ['', false],
        ['Händelser av väsentlig betydelse', true],
        ['Under året togs den nya brandstationen i Åkersberga i drift. Verksamhetens kostnader ökade med 3,6 procent jämfört med 2023.', false],
        ['', false],
        ['God ekonomisk hushållning', true],
        ['Finansiella mål', true],
        [
          'Förbundsfullmäktige har beslutat om två finansiella mål för god ekonomisk hushållning. Årets resultat ska vara positivt. Soliditeten ska uppgå till minst 25 procent.',
          false,
        ],
        ['Målen följs upp i delårsrapporten och i årsredovisningen.', false],
        ['', false],
        ['Verksamhetsmål', true],
        ['Andelen räddningsinsatser som påbörjas inom tio minuter ska vara minst 90 %. Utfallet 2024 blev 87 %.', false],
        ['', false],
        ['Förväntad utveckling', true],
        ['Medlemsavgifterna beräknas öka med 2,8 procent 2025.', false],
      ];
      text.forEach(([t, bold], i) => t && put(fb, `A${i + 1}`, t, { bold, size: i === 0 ? 13 : undefined, wrap: !bold }));
      widths(fb, { A: 110 });

      const rr = wb.addWorksheet('Resultaträkning');
      putRow(rr, 1, 'A', ['Resultaträkning (kr)', 'Not', 'Utfall 2024', 'Utfall 2023'], BOLD);
      const rrAt = statement(rr, 2, RR1, 'kr');
      widths(rr, { A: 34, B: 6, C: 15, D: 15 });
      const br = wb.addWorksheet('Balansräkning');
      putRow(br, 1, 'A', ['Balansräkning (kr)', 'Not', '2024-12-31', '2023-12-31'], BOLD);
      const brAt = statement(br, 2, BR1, 'kr');
      widths(br, { A: 46, B: 6, C: 15, D: 15 });
      const goals: GoalSpec[] = [
        positive('Årets resultat ska vara positivt.', 'resultat', cellOf(rr, rrAt, 'Årets resultat', 'kr', RR1)),
        {
          text: 'Soliditeten ska uppgå till minst 25 procent.',
          metric: 'soliditet',
          unit: '%',
          cells: { equity: cellOf(br, brAt, 'Summa eget kapital', 'kr', BR1), assets: cellOf(br, brAt, 'SUMMA TILLGÅNGAR', 'kr', BR1) },
          value: (v) => ratioText(v.equity, v.assets, 100n),
          met: (v) => v.equity * 100n >= v.assets * 25n,
        },
      ];
      return built(wb, {
        family: 'goals',
        description:
          'A räddningstjänstförbund\'s förvaltningsberättelse as a text sheet, one paragraph per cell. Under the heading "Finansiella mål" one paragraph holds two goals among other sentences: "Årets resultat ska vara positivt." (1 284 517 kr: met) and "Soliditeten ska uppgå till minst 25 procent." (Summa eget kapital 13 026 617 / SUMMA TILLGÅNGAR 56 547 720 = 23,04 %: not met). The percentages under "Händelser", "Verksamhetsmål" (a verksamhetsmål of 90 %) and "Förväntad utveckling" are no financial goals. RR and BR in kronor, 2024 beside 2023.',
        source: 'Räddningstjänstförbund årsredovisning: förvaltningsberättelsens avsnitt God ekonomisk hushållning',
        tests:
          'two goals as sentences inside one paragraph under a "Finansiella mål" heading of a text sheet; percentages under other headings that are no financial goals',
        tables: [noBudget(rr, 1, rrAt, RR1, 'kr')],
        goals,
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------

const RR2: StatementRow[] = [
  ['Verksamhetens intäkter', 1, '3210', '3050'],
  ['Verksamhetens kostnader', 2, '-41880', '-40120'],
  ['Avskrivningar', undefined, '-1240', '-1190'],
  ['Verksamhetens nettokostnad', undefined, '-39910', '-38260', true],
  ['Medlemsbidrag', 3, '41100', '39300'],
  ['Finansiella intäkter', undefined, '12', '8'],
  ['Finansiella kostnader', undefined, '-52', '-61'],
  ['Årets resultat', undefined, '1150', '987', true],
];
const BR2: StatementRow[] = [
  ['Anläggningstillgångar', 4, '12400', '12950'],
  ['Förråd', undefined, '1850', '1720'],
  ['Kortfristiga fordringar', 5, '4120', '3880'],
  ['Kassa och bank', undefined, '6230', '5100'],
  ['Summa omsättningstillgångar', undefined, '12200', '10700', true],
  ['Summa tillgångar', undefined, '24600', '23650', true],
  ['Eget kapital', 6, '7680', '6530'],
  ['Avsättningar', 7, '3620', '3410'],
  ['Långfristiga skulder', 8, '2000', '2500'],
  ['Kortfristiga skulder', 9, '11300', '11210'],
  ['Summa eget kapital, avsättningar och skulder', undefined, '24600', '23650', true],
];

/** A small Mål | Målvärde | Utfall | Uppfyllt table whose own Utfall took balanslikviditet for kassalikviditet. */
function smallTable(): Fixture {
  return {
    name: 'mal-tabell-mal-malvarde-utfall-uppfyllt-ja-nej-forrad-glomt',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ms = wb.addWorksheet('Måluppfyllelse');
      put(ms, 'A1', 'Finansiella mål – måluppfyllelse 2024', { bold: true, size: 13 });
      putRow(ms, 3, 'A', ['Mål', 'Målvärde', 'Utfall', 'Uppfyllt'], BOLD);
      putRow(ms, 4, 'A', ['Soliditet', 'minst 30 %', '31,2 %', 'Ja']);
      putRow(ms, 5, 'A', ['Kassalikviditet', 'minst 100 %', '108 %', 'Ja']);
      putRow(ms, 6, 'A', ['Årets resultat', '> 0', '1,2 mnkr', 'Ja']);
      widths(ms, { A: 20, B: 14, C: 12, D: 10 });
      const rr = wb.addWorksheet('RR');
      putRow(rr, 2, 'A', ['Resultaträkning, tkr', 'Not', 'Utfall 2024', 'Utfall 2023'], BOLD);
      const rrAt = statement(rr, 3, RR2, 'tkr');
      widths(rr, { A: 32, B: 6, C: 13, D: 13 });
      const br = wb.addWorksheet('BR');
      putRow(br, 2, 'A', ['Balansräkning, tkr', 'Not', '2024-12-31', '2023-12-31'], BOLD);
      const brAt = statement(br, 3, BR2, 'tkr');
      widths(br, { A: 44, B: 6, C: 13, D: 13 });
      const c = (label: string) => cellOf(br, brAt, label, 'tkr', BR2);
      const goals: GoalSpec[] = [
        {
          text: 'Soliditet minst 30 %',
          metric: 'soliditet',
          unit: '%',
          cells: { equity: c('Eget kapital'), assets: c('Summa tillgångar') },
          value: (v) => ratioText(v.equity, v.assets, 100n),
          met: (v) => v.equity * 100n >= v.assets * 30n,
        },
        {
          text: 'Kassalikviditet minst 100 %',
          metric: 'kassalikviditet',
          unit: '%',
          cells: { current: c('Summa omsättningstillgångar'), stock: c('Förråd'), short: c('Kortfristiga skulder') },
          value: (v) => ratioText(v.current - v.stock, v.short, 100n),
          met: (v) => v.current - v.stock >= v.short,
        },
        positive('Årets resultat > 0', 'resultat', cellOf(rr, rrAt, 'Årets resultat', 'tkr', RR2)),
      ];
      const b = built(wb, {
        family: 'goals',
        description:
          'A small goal table Mål | Målvärde | Utfall | Uppfyllt, the target as text ("minst 30 %", "> 0") and the author\'s own outcome and Ja/Nej. The values come from RR and BR in tkr: soliditet 7 680 / 24 600 = 31,22 % (met); kassalikviditet = (12 200 − förråd 1 850) / 11 300 = 91,59 %, not met, though the table says 108 % and Ja (that is balanslikviditet, förråd left in); årets resultat 1 150 tkr (met).',
        source: 'Kommunalförbund årsredovisning: tabell över finansiella mål med Uppfyllt Ja/Nej',
        tests: 'a Mål | Målvärde | Utfall | Uppfyllt table with text targets; its Ja for kassalikviditet is wrong (förråd not taken out)',
        tables: [noBudget(rr, 2, rrAt, RR2, 'tkr')],
        goals,
      });
      // The table's own "Ja" for kassalikviditet is contradicted by the figures: a finding at its cell.
      b.expected.checks = [{ kind: 'goal', sheet: ms.name, cell: 'D5', why: 'kassalikviditet 91,59 % is under the 100 % the table states, yet it says Ja' }];
      return b;
    },
  };
}

// ---------------------------------------------------------------------------------------------

const RR3: StatementRow[] = [
  ['Verksamhetens intäkter', 1, '8940', '5980'],
  ['Verksamhetens kostnader', 2, '-52300', '-50870'],
  ['Avskrivningar', undefined, '-2100', '-2050'],
  ['Verksamhetens nettokostnad', undefined, '-45460', '-46940', true],
  ['Medlemsavgifter', 3, '47700', '46900'],
  ['Finansiella intäkter', undefined, '40', '25'],
  ['Finansiella kostnader', undefined, '-140', '-155'],
  ['Årets resultat', undefined, '2140', '-170', true],
];
const BK3: StatementRow[] = [
  ['Årets resultat enligt resultaträkningen', undefined, '2140', '-170'],
  ['Avgår: samtliga realisationsvinster', undefined, '-2600', '0'],
  ['Tillägg: realisationsförluster enligt undantagsmöjlighet', undefined, '0', '0'],
  ['Årets resultat efter balanskravsjusteringar', undefined, '-460', '-170', true],
  ['Medel till resultatutjämningsreserv', undefined, '0', '0'],
  ['Medel från resultatutjämningsreserv', undefined, '0', '0'],
  ['Årets balanskravsresultat', undefined, '-460', '-170', true],
];

/** A positive result that fails the balance requirement once the gain on a sold station is deducted. */
function balanceRequirement(): Fixture {
  return {
    name: 'balanskravsutredning-realisationsvinst-avgar-positivt-resultat-negativt-balanskrav',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const rr = wb.addWorksheet('Resultaträkning');
      putRow(rr, 1, 'A', ['Resultaträkning, tkr', 'Not', 'Utfall 2024', 'Utfall 2023'], BOLD);
      const rrAt = statement(rr, 2, RR3, 'tkr');
      put(rr, 'A11', 'Not 1: I verksamhetens intäkter ingår en realisationsvinst på 2 600 tkr från försäljningen av brandstationen i Bollnäs.', {
        italic: true,
      });
      widths(rr, { A: 34, B: 6, C: 13, D: 13 });
      const bk = wb.addWorksheet('Balanskrav');
      put(bk, 'A1', 'Balanskravsutredning', { bold: true, size: 13 });
      putRow(bk, 3, 'A', ['tkr', '', '2024', '2023'], BOLD);
      const bkAt = statement(bk, 4, BK3, 'tkr');
      put(bk, 'A12', 'Det negativa balanskravsresultatet ska återställas inom tre år; direktionen föreslår en åtgärdsplan.', { italic: true });
      widths(bk, { A: 56, B: 4, C: 10, D: 10 });
      const ms = wb.addWorksheet('Mål');
      put(ms, 'A1', 'Finansiella mål', { bold: true, size: 13 });
      put(ms, 'A3', '• Årets resultat ska vara positivt.');
      put(ms, 'A4', '• Årets balanskravsresultat ska vara positivt.');
      widths(ms, { A: 60 });
      const goals: GoalSpec[] = [
        positive('Årets resultat ska vara positivt.', 'årets resultat', cellOf(rr, rrAt, 'Årets resultat', 'tkr', RR3)),
        {
          text: 'Årets balanskravsresultat ska vara positivt.',
          metric: 'balanskrav',
          unit: 'kr',
          cells: { result: cellOf(rr, rrAt, 'Årets resultat', 'tkr', RR3), gains: cellOf(bk, bkAt, 'Avgår: samtliga realisationsvinster', 'tkr', BK3) },
          // The gains stand negated ("Avgår"): adding them deducts them.
          value: (v) => krValue(v.result + v.gains),
          met: (v) => v.result + v.gains > 0n,
        },
      ];
      return built(wb, {
        family: 'goals',
        description:
          'Årets resultat 2 140 tkr is positive (met), but it holds a realisationsvinst of 2 600 tkr from a sold fire station (note under the RR). The Balanskravsutredning deducts it ("Avgår: samtliga realisationsvinster" −2 600): Årets balanskravsresultat 2 140 − 2 600 = −460 tkr, not positive (not met), as the goal "Årets balanskravsresultat ska vara positivt" asks (LKBR 11 kap 10 §). The sentence about restoring the deficit within three years is no goal.',
        source: 'Kommunalförbund årsredovisning: balanskravsutredning med realisationsvinst',
        tests: 'a balanskravsutredning with realisation gains to deduct: a positive result, a negative balanskravsresultat',
        tables: [noBudget(rr, 1, rrAt, RR3, 'tkr')],
        goals,
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------

const BR4: StatementRow[] = [
  ['Anläggningstillgångar', 1, '30100', '29400'],
  ['Omsättningstillgångar', 2, '18200', '16900'],
  ['Summa tillgångar', undefined, '48300', '46300', true],
  ['Eget kapital', 3, '22900', '21480'],
  ['Avsättningar', 4, '2100', '1950'],
  ['Skulder', 5, '23300', '22870'],
  ['Summa eget kapital, avsättningar och skulder', undefined, '48300', '46300', true],
  ['', undefined, undefined, undefined],
  ['Ansvarsförbindelser', undefined, undefined, undefined, true],
  ['Pensionsförpliktelser som inte har upptagits bland skulder eller avsättningar', 6, '14848', '15300'],
  ['Löneskatt på pensionsförpliktelserna', 6, '3602', '3712'],
  ['Summa pensionsförpliktelser inklusive löneskatt', undefined, '18450', '19012', true],
];

/** Soliditet both without and with the pension commitment held outside the balance sheet (löneskatt included). */
function solidity(): Fixture {
  return {
    name: 'soliditet-exklusive-och-inklusive-pensionsataganden-med-loneskatt',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ms = wb.addWorksheet('Finansiella mål');
      put(ms, 'A1', 'Finansiella mål 2024–2027', { bold: true, size: 13 });
      put(ms, 'A3', 'Soliditeten ska vara minst 40 procent.');
      put(ms, 'A4', 'Soliditeten inklusive pensionsåtaganden ska vara minst 10 procent.');
      widths(ms, { A: 70 });
      const br = wb.addWorksheet('Balansräkning');
      putRow(br, 1, 'A', ['Balansräkning (tkr)', 'Not', '2024-12-31', '2023-12-31'], BOLD);
      const at = statement(br, 2, BR4, 'tkr');
      widths(br, { A: 72, B: 6, C: 13, D: 13 });
      const c = (label: string) => cellOf(br, at, label, 'tkr', BR4);
      const goals: GoalSpec[] = [
        {
          text: 'Soliditeten ska vara minst 40 procent.',
          metric: 'soliditet',
          unit: '%',
          cells: { equity: c('Eget kapital'), assets: c('Summa tillgångar') },
          value: (v) => ratioText(v.equity, v.assets, 100n),
          met: (v) => v.equity * 100n >= v.assets * 40n,
        },
        {
          text: 'Soliditeten inklusive pensionsåtaganden ska vara minst 10 procent.',
          metric: 'inkl',
          unit: '%',
          cells: { equity: c('Eget kapital'), assets: c('Summa tillgångar'), pensions: c('Summa pensionsförpliktelser inklusive löneskatt') },
          value: (v) => ratioText(v.equity - v.pensions, v.assets, 100n),
          met: (v) => (v.equity - v.pensions) * 100n >= v.assets * 10n,
        },
      ];
      return built(wb, {
        family: 'goals',
        description:
          'Two soliditet goals: without the pension commitment, Eget kapital 22 900 / Summa tillgångar 48 300 = 47,41 % (at least 40 %: met); including the commitment held outside the balance sheet, with its löneskatt (Summa pensionsförpliktelser inklusive löneskatt 18 450 = 14 848 + 3 602), (22 900 − 18 450) / 48 300 = 9,21 % (at least 10 %: not met). Leaving out the löneskatt would give 16,67 % and a wrong "met".',
        source: 'Kommunalförbund årsredovisning: soliditet med och utan ansvarsförbindelsen för pensioner',
        tests: 'soliditet excluding and including the pension commitment (with löneskatt) under Ansvarsförbindelser',
        tables: [],
        goals,
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------

const BR5: StatementRow[] = [
  ['Anläggningstillgångar', undefined, '4812000', '4650000'],
  ['Förråd', undefined, '312500', '298000'],
  ['Kortfristiga fordringar', undefined, '2104880', '1987400'],
  ['Kassa och bank', undefined, '3615400', '3120550'],
  ['Summa omsättningstillgångar', undefined, '6032780', '5405950', true],
  ['Summa tillgångar', undefined, '10844780', '10055950', true],
  ['Eget kapital', undefined, '6250340', '5912100'],
  ['Kortfristiga skulder', undefined, '4594440', '4143850'],
  ['Summa eget kapital och skulder', undefined, '10844780', '10055950', true],
];
const RR5: StatementRow[] = [
  ['Verksamhetens intäkter', undefined, '1204500', '1150200'],
  ['Medlemsavgifter', undefined, '15600000', '15100000'],
  ['Verksamhetens kostnader', undefined, '-16012460', '-15788400'],
  ['Avskrivningar', undefined, '-455000', '-430000'],
  ['Finansiella intäkter', undefined, '14200', '9800'],
  ['Finansiella kostnader', undefined, '-13000', '-10700'],
  ['Årets resultat', undefined, '338240', '30900', true],
];

/** Sheets named in English, labels and goals in Swedish. */
function englishSheetNames(): Fixture {
  return {
    name: 'bladnamn-pa-engelska-financial-goals-balance-sheet-svenska-rader',
    build: () => {
      const wb = newBook('Controller');
      const g = wb.addWorksheet('Financial goals');
      put(g, 'A1', 'Finansiella mål enligt budget 2024', { bold: true, size: 13 });
      put(g, 'A3', 'Kassalikviditeten ska vara minst 80 %.');
      put(g, 'A4', 'Eget kapital ska uppgå till minst 6,5 mnkr.');
      widths(g, { A: 60 });
      const is = wb.addWorksheet('Income statement');
      putRow(is, 1, 'A', ['Resultaträkning (kr)', '', 'Utfall 2024', 'Utfall 2023'], BOLD);
      const isAt = statement(is, 2, RR5, 'kr');
      widths(is, { A: 30, B: 4, C: 15, D: 15 });
      const bs = wb.addWorksheet('Balance sheet');
      putRow(bs, 1, 'A', ['Balansräkning (kr)', '', '2024-12-31', '2023-12-31'], BOLD);
      const at = statement(bs, 2, BR5, 'kr');
      widths(bs, { A: 34, B: 4, C: 15, D: 15 });
      const c = (label: string) => cellOf(bs, at, label, 'kr', BR5);
      const goals: GoalSpec[] = [
        {
          text: 'Kassalikviditeten ska vara minst 80 %.',
          metric: 'kassalikviditet',
          unit: '%',
          cells: { current: c('Summa omsättningstillgångar'), stock: c('Förråd'), short: c('Kortfristiga skulder') },
          value: (v) => ratioText(v.current - v.stock, v.short, 100n),
          met: (v) => (v.current - v.stock) * 100n >= v.short * 80n,
        },
        {
          text: 'Eget kapital ska uppgå till minst 6,5 mnkr.',
          metric: 'eget kapital',
          unit: 'kr',
          cells: { equity: c('Eget kapital') },
          value: (v) => krValue(v.equity),
          met: (v) => v.equity >= kr(6500000),
        },
      ];
      return built(wb, {
        family: 'goals',
        description:
          "A samordningsförbund's workbook kept by a controller who names the sheets in English (Financial goals, Income statement, Balance sheet) while every label and goal is Swedish. Kassalikviditet = (6 032 780 − förråd 312 500) / 4 594 440 = 124,50 % (at least 80 %: met). Eget kapital 6 250 340 kr against at least 6,5 mnkr = 6 500 000 kr: not met.",
        source: 'Samordningsförbund: arbetsbok med engelska bladnamn och svenska rader',
        tests: 'goals and statements on sheets named in English (Financial goals, Balance sheet), Swedish labels; an amount goal in mnkr not met',
        tables: [noBudget(is, 1, isAt, RR5, 'kr')],
        goals,
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------

const RR6: StatementRow[] = [
  ['Verksamhetens intäkter', 1, '182.4', '175.1'],
  ['Verksamhetens kostnader', 2, '-176.9', '-171.2'],
  ['Avskrivningar', 3, '-2.3', '-2.1'],
  ['Resultat före finansiella poster', undefined, '3.2', '1.8', true],
  ['Finansiella intäkter', undefined, '0.4', '0.2'],
  ['Finansiella kostnader', undefined, '-0.6', '-0.7'],
  ['Årets resultat', undefined, '3.0', '1.3', true],
];
const BR6: StatementRow[] = [
  ['Anläggningstillgångar', 4, '38.6', '37.9'],
  ['Omsättningstillgångar', 5, '22.1', '19.6'],
  ['Summa tillgångar', undefined, '60.7', '57.5', true],
  ['Eget kapital', 6, '5.8', '2.8'],
  ['Avsättningar', 7, '12.4', '11.9'],
  ['Skulder', 8, '42.5', '42.8'],
  ['Summa eget kapital, avsättningar och skulder', undefined, '60.7', '57.5', true],
];

/** Statements in mnkr with one decimal; "får inte understiga" and a result as a share of income. */
function mnkr(): Fixture {
  return {
    name: 'rr-br-i-mnkr-en-decimal-eget-kapital-far-inte-understiga-resultat-andel-av-intakter',
    build: () => {
      const wb = newBook('Ekonomidirektör');
      const ws = wb.addWorksheet('Årsredovisning');
      put(ws, 'A1', 'Kollektivtrafikförbundet – sammandrag ur årsredovisningen 2024', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Resultaträkning (mnkr)', 'Not', '2024', '2023'], BOLD);
      const rrAt = statement(ws, 4, RR6, 'mnkr', '0.0;-0.0');
      putRow(ws, 13, 'A', ['Balansräkning (mnkr)', 'Not', '2024-12-31', '2023-12-31'], BOLD);
      const brAt = statement(ws, 14, BR6, 'mnkr', '0.0;-0.0');
      put(ws, 'F3', 'Finansiella mål', { bold: true });
      put(ws, 'F4', 'Eget kapital får inte understiga 5 mnkr.');
      put(ws, 'F5', 'Årets resultat ska uppgå till minst 2 procent av verksamhetens intäkter.');
      widths(ws, { A: 44, B: 6, C: 10, D: 10, E: 4, F: 70 });
      const goals: GoalSpec[] = [
        {
          text: 'Eget kapital får inte understiga 5 mnkr.',
          metric: 'eget kapital',
          unit: 'kr',
          cells: { equity: cellOf(ws, brAt, 'Eget kapital', 'mnkr', BR6) },
          value: (v) => krValue(v.equity),
          met: (v) => v.equity >= toOre(5, 'mnkr'),
        },
        {
          text: 'Årets resultat ska uppgå till minst 2 procent av verksamhetens intäkter.',
          metric: 'resultat',
          unit: '%',
          cells: { result: cellOf(ws, rrAt, 'Årets resultat', 'mnkr', RR6), income: cellOf(ws, rrAt, 'Verksamhetens intäkter', 'mnkr', RR6) },
          value: (v) => ratioText(v.result, v.income, 100n),
          met: (v) => v.result * 100n >= v.income * 2n,
        },
      ];
      return built(wb, {
        family: 'goals',
        description:
          'A kollektivtrafikförbund\'s summary with RR and BR on one sheet in mnkr with one decimal, the goals beside them in column F. "Eget kapital får inte understiga 5 mnkr": 5,8 mnkr = 5 800 000 kr (met). "Årets resultat ska uppgå till minst 2 procent av verksamhetens intäkter": 3,0 / 182,4 = 1,64 % (not met).',
        source: 'Kollektivtrafikförbund: sammandrag av årsredovisning i mnkr',
        tests: 'statements in mnkr with one decimal on one sheet with the goals beside them; "får inte understiga"; a result as a share of income',
        tables: [noBudget(ws, 3, rrAt, RR6, 'mnkr')],
        goals,
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------

const RR7: StatementRow[] = [
  ['Verksamhetens intäkter', undefined, '2480', '2310'],
  ['Verksamhetens kostnader', undefined, '-24950', '-23870'],
  ['Avskrivningar', undefined, '-610', '-585'],
  ['Verksamhetens nettokostnad', undefined, '-23080', '-22145', true],
  ['Medlemsavgifter', undefined, '23300', '22400'],
  ['Finansiella intäkter', undefined, '6', '4'],
  ['Finansiella kostnader', undefined, '-41', '-45'],
  ['Årets resultat', undefined, '185', '214', true],
];
const BR7: StatementRow[] = [
  ['Anläggningstillgångar', undefined, '5410', '5620'],
  ['Kortfristiga fordringar', undefined, '1930', '1705'],
  ['Kassa och bank', undefined, '2480', '2210'],
  ['Summa tillgångar', undefined, '9820', '9535', true],
  ['Eget kapital', undefined, '3260', '3075'],
  ['Långfristiga skulder', undefined, '2500', '2700'],
  ['Kortfristiga skulder', undefined, '4060', '3760'],
  ['Summa eget kapital och skulder', undefined, '9820', '9535', true],
];

/** The budget workbook for 2026: next year's fees and last year's goals in one file. */
function feesAndGoals(): Fixture {
  return {
    name: 'avgifter-2026-och-finansiella-mal-med-formel-i-samma-arbetsbok',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Avgifter 2026');
      put(ws, 'A1', 'Överförmyndarförbundet Fyrbodal – avgifter 2026', { bold: true, size: 13 });
      put(ws, 'A3', 'Avgift per invånare');
      put(ws, 'B3', '42,75 kr');
      put(ws, 'A4', 'Fakturadatum');
      put(ws, 'B4', '2026-01-31');
      const H = 6;
      putRow(ws, H, 'A', ['Kommunkod', 'Kommun', 'Organisationsnummer', 'Folkmängd 1 nov 2024', 'Avgift 2026'], BOLD);
      const ks: [string, string, number, string][] = [
        ['1482', 'Kungälvs kommun', 48112, '212000-140'],
        ['1488', 'Trollhättans stad', 59940, '212000-141'],
        ['1487', 'Vänersborgs kommun', 40088, '212000-142'],
        ['1430', 'Munkedals kommun', 10512, '212000-143'],
      ];
      const rate = kr('42.75');
      const members = ks.map(([code, name, pop, org], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, code);
        put(ws, `B${r}`, name);
        put(ws, `C${r}`, orgNumber(org));
        put(ws, `D${r}`, popText(pop), { align: 'right' });
        formula(ws, `E${r}`, `VALUE(SUBSTITUTE(D${r},CHAR(160),""))*42.75`, rate * BigInt(pop), 'kr', '#,##0.00');
        return { name, row: r, nameCol: 'B', population: pop, popCol: 'D', given: rate * BigInt(pop), givenCol: 'E' };
      });
      widths(ws, { A: 11, B: 22, C: 20, D: 20, E: 16 });

      const rr = wb.addWorksheet('RR 2024');
      putRow(rr, 1, 'A', ['Resultaträkning, tkr', '', 'Utfall 2024', 'Utfall 2023'], BOLD);
      const rrAt = statement(rr, 2, RR7, 'tkr');
      widths(rr, { A: 32, B: 4, C: 13, D: 13 });
      const br = wb.addWorksheet('BR 2024');
      putRow(br, 1, 'A', ['Balansräkning, tkr', '', '2024-12-31', '2023-12-31'], BOLD);
      const at = statement(br, 2, BR7, 'tkr');
      widths(br, { A: 34, B: 4, C: 13, D: 13 });
      const gs = wb.addWorksheet('Mål');
      putRow(gs, 1, 'A', ['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'], BOLD);
      putRow(gs, 2, 'A', ['Likviditet', '(Kortfristiga fordringar + Kassa och bank) / Kortfristiga skulder', '>=', '1,0']);
      putRow(gs, 3, 'A', ['Soliditet', 'Eget kapital / Summa tillgångar', '>=', '35 %']);
      widths(gs, { A: 18, B: 62, C: 8, D: 12 });
      const c = (label: string) => cellOf(br, at, label, 'tkr', BR7);
      const goals: GoalSpec[] = [
        {
          text: 'Likviditet: (Kortfristiga fordringar + Kassa och bank) / Kortfristiga skulder >= 1,0',
          metric: 'likviditet',
          unit: 'ratio',
          cells: { rec: c('Kortfristiga fordringar'), cash: c('Kassa och bank'), short: c('Kortfristiga skulder') },
          value: (v) => ratioText(v.rec + v.cash, v.short, 1n),
          met: (v) => v.rec + v.cash >= v.short,
        },
        {
          text: 'Soliditet: Eget kapital / Summa tillgångar >= 35 %',
          metric: 'soliditet',
          unit: '%',
          cells: { equity: c('Eget kapital'), assets: c('Summa tillgångar') },
          value: (v) => ratioText(v.equity, v.assets, 100n),
          met: (v) => v.equity * 100n >= v.assets * 35n,
        },
      ];
      return built(wb, {
        family: 'goals',
        description:
          "One workbook with the fees for 2026 and the goals followed up for 2024. Fees: 42,75 kr per invånare (a loose row, the unit in the cell) × Folkmängd 1 nov 2024 pasted as text with no-break spaces, Kommunkod as text (Kungälv 48 112 × 42,75 = 2 056 788). Goals in SPEC's table (Finansiellt mål | Nyckeltal | Villkor | Gränsvärde): likviditet as the expression (1 930 + 2 480) / 4 060 = 1,09 (a ratio, at least 1,0: met); soliditet 3 260 / 9 820 = 33,20 % (at least 35 %: not met).",
        source: 'Kommunalförbund: budgetarbetsbok med avgifter och uppföljning av finansiella mål',
        tests: 'fees and goals in one workbook: a loose rate with the unit, an expression metric in the SPEC goal table, a ratio and a percent',
        tables: [noBudget(rr, 1, rrAt, RR7, 'tkr')],
        fees: {
          sheet: ws.name,
          members,
          params: { rate: { sheet: ws.name, cell: 'B3', value: rate, read: readKr } },
          compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: (p.rate as Ore) * BigInt(m.population!) })),
        },
        goals,
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** Kronor in the cells, as the ledger gives them; the sheets show them in tkr through the format. */
const RR8: StatementRow[] = [
  ['Verksamhetens intäkter', 1, '1245830', '1190400'],
  ['Verksamhetens kostnader', 2, '-24318467', '-23502118'],
  ['Avskrivningar', undefined, '-412300', '-398750'],
  ['Verksamhetens nettokostnad', undefined, '-23484937', '-22710468', true],
  ['Medlemsavgifter', 3, '23900000', '22800000'],
  ['Finansiella intäkter', undefined, '18412', '9870'],
  ['Finansiella kostnader', undefined, '-7238', '-11520'],
  ['Årets resultat', undefined, '426237', '87882', true],
];
const BR8: StatementRow[] = [
  ['TILLGÅNGAR', undefined, undefined, undefined, true],
  ['Materiella anläggningstillgångar', 4, '3812400', '4104900'],
  ['Summa anläggningstillgångar', undefined, '3812400', '4104900', true],
  ['Kortfristiga fordringar', 5, '2164318', '1987206'],
  ['Kassa och bank', undefined, '8927655', '7811930'],
  ['Summa omsättningstillgångar', undefined, '11091973', '9799136', true],
  ['SUMMA TILLGÅNGAR', undefined, '14904373', '13904036', true],
  ['EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', undefined, undefined, undefined, true],
  ['Ingående eget kapital', undefined, '5318446', '5230564'],
  ['Årets resultat', undefined, '426237', '87882'],
  ['Summa eget kapital', 6, '5744683', '5318446', true],
  ['Avsättningar för pensioner', 7, '1206900', '1154300'],
  ['Kortfristiga skulder', 8, '7952790', '7431290'],
  ['SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', undefined, '14904373', '13904036', true],
];

/** `(tkr)` in the headers, kronor in the cells, shown in tkr by the number format `#,##0,` (Excel divides by 1 000 on screen only). */
const TKR_SHOWN = '#,##0,;-#,##0,';

/**
 * RR and BR headed `(tkr)` whose cells hold kronor, shown in tkr through `#,##0,`: the goals are the kronor.
 * Read as tkr, every amount would be 1 000 times too large and "Eget kapital får inte understiga 6 mnkr" met.
 */
function shownInTkr(): Fixture {
  return {
    name: 'rr-br-rubrik-tkr-cellerna-haller-kronor-talformat-tusental-eget-kapital-under-6-mnkr',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const rr = wb.addWorksheet('Resultaträkning');
      putRow(rr, 1, 'A', ['Resultaträkning (tkr)', 'Not', '2024', '2023'], BOLD);
      const rrAt = statement(rr, 2, RR8, 'kr', TKR_SHOWN);
      widths(rr, { A: 34, B: 6, C: 12, D: 12 });
      const br = wb.addWorksheet('Balansräkning');
      putRow(br, 1, 'A', ['Balansräkning (tkr)', 'Not', '2024-12-31', '2023-12-31'], BOLD);
      const brAt = statement(br, 2, BR8, 'kr', TKR_SHOWN);
      widths(br, { A: 46, B: 6, C: 12, D: 12 });
      const gs = wb.addWorksheet('Finansiella mål');
      put(gs, 'A1', 'Finansiella mål 2024', { bold: true, size: 13 });
      put(gs, 'A3', 'Årets resultat ska vara positivt.');
      put(gs, 'A4', 'Soliditeten ska uppgå till minst 35 procent.');
      put(gs, 'A5', 'Eget kapital får inte understiga 6 mnkr.');
      widths(gs, { A: 60 });
      const equity = cellOf(br, brAt, 'Summa eget kapital', 'kr', BR8);
      const goals: GoalSpec[] = [
        positive('Årets resultat ska vara positivt.', 'resultat', cellOf(rr, rrAt, 'Årets resultat', 'kr', RR8)),
        {
          text: 'Soliditeten ska uppgå till minst 35 procent.',
          metric: 'soliditet',
          unit: '%',
          cells: { equity, assets: cellOf(br, brAt, 'SUMMA TILLGÅNGAR', 'kr', BR8) },
          value: (v) => ratioText(v.equity, v.assets, 100n),
          met: (v) => v.equity * 100n >= v.assets * 35n,
        },
        {
          text: 'Eget kapital får inte understiga 6 mnkr.',
          metric: 'eget kapital',
          unit: 'kr',
          cells: { equity },
          value: (v) => krValue(v.equity),
          met: (v) => v.equity >= toOre(6, 'mnkr'),
        },
      ];
      // The figures by hand from the kronor above: the computed goals must be these.
      const byHand = { resultat: '426237', soliditet: '38.5436', 'eget kapital': '5744683' };
      const values = Object.fromEntries(goals.map((g) => [g.metric, g.value(Object.fromEntries(Object.entries(g.cells).map(([k, c]) => [k, c.value])))]));
      if (JSON.stringify(values) !== JSON.stringify(byHand)) throw new Error(`goal figures ${JSON.stringify(values)}, by hand ${JSON.stringify(byHand)}`);
      return built(wb, {
        family: 'goals',
        description:
          'A samordningsförbund\'s RR and BR headed "(tkr)" whose cells hold kronor from the ledger (Årets resultat 426 237), shown in tkr by the custom number format "#,##0," (Swedish Excel "# ##0 "), so the sheets show 426. The amounts are the cells\' kronor; read as tkr they would be 1 000 times too large. "Årets resultat ska vara positivt": 426 237 kr (met). "Soliditeten ska uppgå till minst 35 procent": Summa eget kapital 5 744 683 / SUMMA TILLGÅNGAR 14 904 373 = 38,54 % (met). "Eget kapital får inte understiga 6 mnkr": 5 744 683 kr (not met; read as tkr it would wrongly be met).',
        source: 'Samordningsförbund årsredovisning: RR and BR in tkr shown by a number format over kronor',
        tests:
          'statements headed (tkr) whose cells hold kronor shown through "#,##0,": goal figures in kronor, an amount goal that the 1 000 × misreading would turn',
        tables: [noBudget(rr, 1, rrAt, RR8, 'kr')],
        goals,
      });
    },
  };
}

export const GOALS: Fixture[] = [paragraphs(), smallTable(), balanceRequirement(), solidity(), englishSheetNames(), mnkr(), feesAndGoals(), shownInTkr()];
