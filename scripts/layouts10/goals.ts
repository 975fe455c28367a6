/**
 * Financial goals of 2025 as förbund write them (SPEC 5), in shapes the earlier corpora do not hold: a result as a
 * share of "skatter och bidrag" and of "medlemsavgifterna", an income statement with every amount positive under
 * Summa kostnader, "Soliditeten ska vara positiv" with a negative equity, "Likviditeten ska vara minst 100 %" from
 * balance items with no subtotal, a Mål | Målvärde | Utfall 2025 | Måluppfyllelse table whose words must be
 * checked, a balance sheet whose second half stands as a second block on the same sheet (its equity total a bare
 * "Summa"), a balanskravsutredning with reversed unrealised losses and a draw on the resultatutjämningsreserv, and
 * a samordningsförbund's fee split with its equity cap. Values are exact ratios of the source figures (BigInt öre).
 */
import ExcelJS from 'exceljs';
import { built, FeeSpec, Fixture, GoalSpec } from '../layouts2/spec';
import { formula, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, Ore } from '../layouts2/money';
import { krValue, largestRemainder, ratioText, readKr, statement, StatementRow } from '../layouts6/kit';
import { cellOf, noBudget, positive } from '../layouts6/goals';
import { with10 } from './kit';

const BOLD = { bold: true, border: true };
const Y = '2025';

/** A sheet of goal sentences, one per row under a heading. */
function sentences(wb: ExcelJS.Workbook, name: string, heading: string, lines: string[]): void {
  const ws = wb.addWorksheet(name);
  put(ws, 'A1', heading, { bold: true, size: 13 });
  lines.forEach((t, i) => put(ws, `A${3 + i}`, t));
  widths(ws, { A: 80 });
}

/** A statement sheet with its header row (label, Not, this year, last year); returns the sheet and each label's row. */
function statementSheet(wb: ExcelJS.Workbook, name: string, head: string, years: [string, string], rows: StatementRow[], unit: 'kr' | 'tkr', headerRow = 1) {
  const ws = wb.addWorksheet(name);
  putRow(ws, headerRow, 'A', [head, 'Not', ...years], BOLD);
  const at = statement(ws, headerRow + 1, rows, unit);
  widths(ws, { A: 48, B: 6, C: 15, D: 15 });
  return { ws, at };
}

const pct = (text: string, metric: string, cells: GoalSpec['cells'], num: string, den: string, atLeast: bigint): GoalSpec => ({
  text,
  metric,
  unit: '%',
  cells,
  value: (v) => ratioText(v[num], v[den], 100n),
  met: (v) => v[num] * 100n >= v[den] * atLeast,
});

// ---------------------------------------------------------------------------------------------

const RR1: StatementRow[] = [
  ['Verksamhetens intäkter', 1, '4210500', '3980200'],
  ['Verksamhetens kostnader', 2, '-38912300', '-37405100'],
  ['Avskrivningar', undefined, '-1204000', '-1150000'],
  ['Verksamhetens nettokostnad', undefined, '-35905800', '-34574900', true],
  ['Medlemsbidrag', 3, '33600000', '32400000'],
  ['Generella statsbidrag', 4, '3150000', '3050000'],
  ['Finansiella intäkter', undefined, '48200', '31400'],
  ['Finansiella kostnader', undefined, '-112400', '-98700'],
  ['Årets resultat', undefined, '780000', '807800', true],
];
const BR1: StatementRow[] = [
  ['Anläggningstillgångar', 5, '9840000', '10120000'],
  ['Kortfristiga fordringar', 6, '5120400', '4870200'],
  ['Kassa och bank', undefined, '8216300', '7402100'],
  ['Summa omsättningstillgångar', undefined, '13336700', '12272300', true],
  ['Summa tillgångar', undefined, '23176700', '22392300', true],
  ['Eget kapital', 7, '6904100', '6124100'],
  ['Avsättningar', 8, '2310000', '2205000'],
  ['Kortfristiga skulder', 9, '13962600', '14063200'],
  ['Summa eget kapital, avsättningar och skulder', undefined, '23176700', '22392300', true],
];

/** "Minst 2 % av skatter och bidrag" for a förbund: its member contributions and general state grants. */
function taxesAndGrants(): Fixture {
  return {
    name: 'resultatet-minst-2-procent-av-skatter-och-bidrag-regionforbund-2025',
    build: () => {
      const wb = newBook('Ekonomichef');
      sentences(wb, 'Finansiella mål', 'Finansiella mål för god ekonomisk hushållning 2025', [
        'Resultatet ska uppgå till minst 2 % av skatter och bidrag.',
        'Soliditeten ska vara minst 30 procent.',
      ]);
      const rr = statementSheet(wb, 'Resultaträkning', 'Resultaträkning (kr)', ['Utfall 2025', 'Utfall 2024'], RR1, 'kr');
      const br = statementSheet(wb, 'Balansräkning', 'Balansräkning (kr)', ['2025-12-31', '2024-12-31'], BR1, 'kr');
      const r = (l: string) => cellOf(rr.ws, rr.at, l, 'kr', RR1);
      const b = (l: string) => cellOf(br.ws, br.at, l, 'kr', BR1);
      const goals: GoalSpec[] = [
        {
          text: 'Resultatet ska uppgå till minst 2 % av skatter och bidrag.',
          metric: 'resultat',
          unit: '%',
          cells: { result: r('Årets resultat'), members: r('Medlemsbidrag'), grants: r('Generella statsbidrag') },
          value: (v) => ratioText(v.result, v.members + v.grants, 100n),
          met: (v) => v.result * 100n >= (v.members + v.grants) * 2n,
        },
        pct('Soliditeten ska vara minst 30 procent.', 'soliditet', { equity: b('Eget kapital'), assets: b('Summa tillgångar') }, 'equity', 'assets', 30n),
      ];
      return with10(
        built(wb, {
          family: 'goals',
          description:
            'A regionförbund that levies no tax writes its result goal as a kommun does: "Resultatet ska uppgå till minst 2 % av skatter och bidrag." Its skatter och bidrag are the Medlemsbidrag (33 600 000) and the Generella statsbidrag (3 150 000) below the nettokostnad: 780 000 / 36 750 000 = 2,12 % (met). Verksamhetens intäkter are no bidrag. Soliditet 6 904 100 / 23 176 700 = 29,79 % (at least 30 %: not met). RR with income positive and costs negative; 2025 beside 2024, 2025 judged.',
          source: 'Regionförbund årsredovisning 2025: resultatmål i procent av skatter och bidrag',
          tests: '"minst 2 % av skatter och bidrag" for a body without taxes (medlemsbidrag + generella statsbidrag), a soliditet just under its goal',
          tables: [noBudget(rr.ws, 1, rr.at, RR1, 'kr')],
          goals,
        }),
        { goalYear: Y },
      );
    },
  };
}

// ---------------------------------------------------------------------------------------------

const RR2: StatementRow[] = [
  ['Intäkter', undefined, undefined, undefined, true],
  ['Medlemsavgifter', undefined, '21000000', '20400000'],
  ['Projektintäkter', undefined, '2450000', '1980000'],
  ['Övriga intäkter', undefined, '312000', '288000'],
  ['Summa intäkter', undefined, '23762000', '22668000', true],
  ['Kostnader', undefined, undefined, undefined, true],
  ['Personalkostnader', undefined, '14215000', '13640000'],
  ['Lokalkostnader', undefined, '2104000', '2060000'],
  ['Övriga verksamhetskostnader', undefined, '7590000', '6512000'],
  ['Avskrivningar', undefined, '203000', '198000'],
  ['Summa kostnader', undefined, '24112000', '22410000', true],
  ['Finansiella intäkter', undefined, '12000', '9000'],
  ['Årets resultat', undefined, '-338000', '267000', true],
];

/** Every amount positive, costs under Summa kostnader; the result a share of the member fees. */
function allPositive(): Fixture {
  return {
    name: 'resultatet-minst-1-procent-av-medlemsavgifterna-rr-med-alla-belopp-positiva',
    build: () => {
      const wb = newBook('Förbundsekonom');
      sentences(wb, 'Mål', 'Finansiellt mål 2025', ['Resultatet ska uppgå till minst 1 % av medlemsavgifterna.']);
      const rr = statementSheet(wb, 'Resultaträkning', 'Resultaträkning (kr)', ['Utfall 2025', 'Utfall 2024'], RR2, 'kr');
      const r = (l: string) => cellOf(rr.ws, rr.at, l, 'kr', RR2);
      return with10(
        built(wb, {
          family: 'goals',
          description:
            'An income statement kept as a list with every amount positive: Intäkter (Medlemsavgifter 21 000 000 …) to Summa intäkter 23 762 000, Kostnader to Summa kostnader 24 112 000, Finansiella intäkter 12 000, and Årets resultat −338 000, the only signed figure. "Resultatet ska uppgå till minst 1 % av medlemsavgifterna": −338 000 / 21 000 000 = −1,61 % (not met). Reading the positive costs as income would give a result of 48 186 000.',
          source: 'Kommunalförbund: resultaträkning som lista med positiva belopp',
          tests: 'an RR with all amounts positive and Summa kostnader; a result goal as a share of medlemsavgifterna, not met',
          tables: [noBudget(rr.ws, 1, rr.at, RR2, 'kr')],
          goals: [
            {
              text: 'Resultatet ska uppgå till minst 1 % av medlemsavgifterna.',
              metric: 'resultat',
              unit: '%',
              cells: { result: r('Årets resultat'), fees: r('Medlemsavgifter') },
              value: (v) => ratioText(v.result, v.fees, 100n),
              met: (v) => v.result * 100n >= v.fees,
            },
          ],
        }),
        { goalYear: Y },
      );
    },
  };
}

// ---------------------------------------------------------------------------------------------

const BR3: StatementRow[] = [
  ['TILLGÅNGAR', undefined, undefined, undefined, true],
  ['Anläggningstillgångar', undefined, undefined, undefined, true],
  ['Inventarier', 1, '1204000', '1350000'],
  ['Omsättningstillgångar', undefined, undefined, undefined, true],
  ['Kortfristiga fordringar', 2, '3412800', '3105000'],
  ['Kassa och bank', undefined, '6980400', '6420000'],
  ['SUMMA TILLGÅNGAR', undefined, '11597200', '10875000', true],
  ['EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', undefined, undefined, undefined, true],
  ['Eget kapital', undefined, undefined, undefined, true],
  ['Ingående eget kapital', undefined, '-2140000', '-1900000'],
  ['Årets resultat', undefined, '-310000', '-240000'],
  ['Summa eget kapital', 3, '-2450000', '-2140000', true],
  ['Avsättningar för pensioner', 4, '4870000', '4615000'],
  ['Kortfristiga skulder', 5, '9177200', '8400000'],
  ['SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', undefined, '11597200', '10875000', true],
];

/** "Soliditeten ska vara positiv" with a negative equity; liquidity from items with no subtotal. */
function positiveSolidity(): Fixture {
  return {
    name: 'soliditeten-ska-vara-positiv-likviditeten-minst-100-procent-utan-delsummor',
    build: () => {
      const wb = newBook('Förbundsekonom');
      sentences(wb, 'Mål och riktlinjer', 'Finansiella mål 2025', ['• Soliditeten ska vara positiv.', '• Likviditeten ska vara minst 100 %.']);
      const br = statementSheet(wb, 'Balansräkning', 'Balansräkning (kr)', ['2025-12-31', '2024-12-31'], BR3, 'kr');
      const b = (l: string) => cellOf(br.ws, br.at, l, 'kr', BR3);
      return with10(
        built(wb, {
          family: 'goals',
          description:
            'A räddningstjänstförbund whose pension provision has eaten its equity: Summa eget kapital −2 450 000 of SUMMA TILLGÅNGAR 11 597 200, soliditet −21,13 % ("Soliditeten ska vara positiv": not met). The balance sheet has no Summa omsättningstillgångar: "Likviditeten ska vara minst 100 %" is (Kortfristiga fordringar 3 412 800 + Kassa och bank 6 980 400) / Kortfristiga skulder 9 177 200 = 113,25 % (met; there is no förråd, so kassa- and balanslikviditet agree).',
          source: 'Räddningstjänstförbund årsredovisning 2025: negativt eget kapital',
          tests: '"ska vara positiv" for a ratio with a negative equity; liquidity in percent from current-asset items with no subtotal row',
          tables: [],
          goals: [
            {
              text: 'Soliditeten ska vara positiv.',
              metric: 'soliditet',
              unit: '%',
              cells: { equity: b('Summa eget kapital'), assets: b('SUMMA TILLGÅNGAR') },
              value: (v) => ratioText(v.equity, v.assets, 100n),
              met: (v) => v.equity > 0n,
            },
            {
              text: 'Likviditeten ska vara minst 100 %.',
              metric: 'likviditet',
              unit: '%',
              cells: { rec: b('Kortfristiga fordringar'), cash: b('Kassa och bank'), short: b('Kortfristiga skulder') },
              value: (v) => ratioText(v.rec + v.cash, v.short, 100n),
              met: (v) => v.rec + v.cash >= v.short,
            },
          ],
        }),
        { goalYear: Y },
      );
    },
  };
}

// ---------------------------------------------------------------------------------------------

const RR4: StatementRow[] = [
  ['Verksamhetens intäkter', 1, '5120', '4870'],
  ['Verksamhetens kostnader', 2, '-44870', '-43120'],
  ['Avskrivningar', undefined, '-1450', '-1400'],
  ['Verksamhetens nettokostnad', undefined, '-41200', '-39650', true],
  ['Medlemsavgifter', 3, '42400', '40900'],
  ['Finansiella intäkter', undefined, '30', '22'],
  ['Finansiella kostnader', undefined, '-50', '-61'],
  ['Årets resultat', undefined, '1180', '1211', true],
];
const BR4: StatementRow[] = [
  ['Anläggningstillgångar', 4, '18400', '18950'],
  ['Förråd', undefined, '2150', '2010'],
  ['Kortfristiga fordringar', 5, '4380', '4120'],
  ['Kassa och bank', undefined, '5210', '4630'],
  ['Summa omsättningstillgångar', undefined, '11740', '10760', true],
  ['Summa tillgångar', undefined, '30140', '29710', true],
  ['Eget kapital', 6, '11480', '10300'],
  ['Avsättningar', 7, '3260', '3110'],
  ['Långfristiga skulder', 8, '4100', '4600'],
  ['Kortfristiga skulder', 9, '11300', '11700'],
  ['Summa eget kapital, avsättningar och skulder', undefined, '30140', '29710', true],
];

/** Mål | Målvärde | Utfall 2025 | Måluppfyllelse in words; one "Uppfyllt" the figures contradict. */
function verdictWords(): Fixture {
  return {
    name: 'maltabell-utfall-2025-maluppfyllelse-uppfyllt-delvis-ej-uppfyllt-i-ord',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ms = wb.addWorksheet('Måluppfyllelse');
      put(ms, 'A1', 'Finansiella mål – måluppfyllelse 2025', { bold: true, size: 13 });
      const H = 3;
      putRow(ms, H, 'A', ['Mål', 'Målvärde', 'Utfall 2025', 'Måluppfyllelse'], BOLD);
      putRow(ms, H + 1, 'A', ['Soliditet', 'minst 35 %', '38,1 %', 'Uppfyllt']);
      putRow(ms, H + 2, 'A', ['Balanslikviditet', 'minst 120 %', '103,9 %', 'Delvis']);
      putRow(ms, H + 3, 'A', ['Årets resultat', 'minst 1,5 mnkr', '1,2 mnkr', 'Uppfyllt']);
      putRow(ms, H + 4, 'A', ['Kassalikviditet', 'minst 100 %', '84,9 %', 'Ej uppfyllt']);
      widths(ms, { A: 20, B: 16, C: 14, D: 16 });
      const rr = statementSheet(wb, 'RR', 'Resultaträkning, tkr', ['Utfall 2025', 'Utfall 2024'], RR4, 'tkr', 2);
      const br = statementSheet(wb, 'BR', 'Balansräkning, tkr', ['2025-12-31', '2024-12-31'], BR4, 'tkr', 2);
      const b = (l: string) => cellOf(br.ws, br.at, l, 'tkr', BR4);
      const goals: GoalSpec[] = [
        pct('Soliditet minst 35 %', 'soliditet', { equity: b('Eget kapital'), assets: b('Summa tillgångar') }, 'equity', 'assets', 35n),
        pct(
          'Balanslikviditet minst 120 %',
          'balanslikviditet',
          { current: b('Summa omsättningstillgångar'), short: b('Kortfristiga skulder') },
          'current',
          'short',
          120n,
        ),
        {
          text: 'Årets resultat minst 1,5 mnkr',
          metric: 'resultat',
          unit: 'kr',
          cells: { result: cellOf(rr.ws, rr.at, 'Årets resultat', 'tkr', RR4) },
          value: (v) => krValue(v.result),
          met: (v) => v.result >= kr(1500000),
        },
        {
          text: 'Kassalikviditet minst 100 %',
          metric: 'kassalikviditet',
          unit: '%',
          cells: { current: b('Summa omsättningstillgångar'), stock: b('Förråd'), short: b('Kortfristiga skulder') },
          value: (v) => ratioText(v.current - v.stock, v.short, 100n),
          met: (v) => v.current - v.stock >= v.short,
        },
      ];
      return with10(
        built(wb, {
          family: 'goals',
          description:
            'A goal table Mål | Målvärde | Utfall 2025 | Måluppfyllelse with the verdict in words. From RR and BR in tkr: soliditet 11 480 / 30 140 = 38,09 % (Uppfyllt: right); balanslikviditet 11 740 / 11 300 = 103,89 % against at least 120 % (not met; "Delvis" is the author\'s judgement and not contradicted); årets resultat 1 180 tkr against at least 1,5 mnkr (not met, yet the table says "Uppfyllt": a finding at D6); kassalikviditet (11 740 − 2 150) / 11 300 = 84,87 % (Ej uppfyllt: right).',
          source: 'Kommunalförbund årsredovisning 2025: måluppfyllelse i ord',
          tests: 'a Måluppfyllelse column in words (Uppfyllt, Delvis, Ej uppfyllt) checked against the figures; one "Uppfyllt" is wrong',
          tables: [noBudget(rr.ws, 2, rr.at, RR4, 'tkr')],
          goals,
        }),
        {
          goalYear: Y,
          verdicts: [{ sheet: ms.name, cell: `D${H + 3}`, word: 'Uppfyllt', why: 'årets resultat 1 180 tkr is below the 1,5 mnkr the table states' }],
        },
      );
    },
  };
}

// ---------------------------------------------------------------------------------------------

const ASSETS5: StatementRow[] = [
  ['TILLGÅNGAR', undefined, undefined, undefined, true],
  ['Anläggningstillgångar', undefined, undefined, undefined, true],
  ['Byggnader och mark', 1, '21400', '22100'],
  ['Inventarier', 2, '3820', '3500'],
  ['Summa anläggningstillgångar', undefined, '25220', '25600', true],
  ['Omsättningstillgångar', undefined, undefined, undefined, true],
  ['Kortfristiga fordringar', 3, '4910', '4400'],
  ['Kassa och bank', undefined, '7340', '6880'],
  ['Summa omsättningstillgångar', undefined, '12250', '11280', true],
  ['SUMMA TILLGÅNGAR', undefined, '37470', '36880', true],
];
const CLAIMS5: StatementRow[] = [
  ['EGET KAPITAL OCH SKULDER', undefined, undefined, undefined, true],
  ['Eget kapital', 4, undefined, undefined, true],
  ['Ingående eget kapital', undefined, '8120', '7700'],
  ['Årets resultat', undefined, '640', '420'],
  ['Summa', undefined, '8760', '8120', true],
  ['Avsättningar', undefined, undefined, undefined, true],
  ['Avsättningar för pensioner', 5, '2310', '2180'],
  ['Summa avsättningar', undefined, '2310', '2180', true],
  ['Skulder', undefined, undefined, undefined, true],
  ['Långfristiga skulder', 6, '15000', '16000'],
  ['Kortfristiga skulder', 7, '11400', '10580'],
  ['Summa skulder', undefined, '26400', '26580', true],
  ['SUMMA EGET KAPITAL OCH SKULDER', undefined, '37470', '36880', true],
];

/** The balance sheet as printed on two pages, pasted as two blocks on one sheet; the equity total a bare "Summa". */
function twoPages(): Fixture {
  return {
    name: 'balansrakning-over-tva-sidor-tva-block-pa-ett-blad-eget-kapital-summa',
    build: () => {
      const wb = newBook('Ekonom');
      sentences(wb, 'Finansiella mål', 'Finansiella mål 2025', ['Soliditeten ska uppgå till minst 25 procent.', 'Eget kapital ska uppgå till minst 8 mnkr.']);
      const ws = wb.addWorksheet('Balansräkning');
      put(ws, 'A1', 'Gymnasieförbundet Norra Halland – årsredovisning 2025', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Balansräkning (tkr)', 'Not', '2025-12-31', '2024-12-31'], BOLD);
      const assets = statement(ws, 4, ASSETS5, 'tkr');
      put(ws, 'D16', 'Sida 14', { italic: true, align: 'right' });
      put(ws, 'A20', 'Gymnasieförbundet Norra Halland – årsredovisning 2025', { bold: true, size: 13 });
      putRow(ws, 22, 'A', ['Balansräkning, forts. (tkr)', 'Not', '2025-12-31', '2024-12-31'], BOLD);
      const claims = statement(ws, 23, CLAIMS5, 'tkr');
      put(ws, 'D37', 'Sida 15', { italic: true, align: 'right' });
      widths(ws, { A: 40, B: 6, C: 13, D: 13 });
      const a = (l: string) => cellOf(ws, assets, l, 'tkr', ASSETS5);
      const c = (l: string) => cellOf(ws, claims, l, 'tkr', CLAIMS5);
      return with10(
        built(wb, {
          family: 'goals',
          description:
            'The balance sheet as printed over two pages and pasted onto one sheet: TILLGÅNGAR to SUMMA TILLGÅNGAR 37 470 under a first header row, then a page footer, the title again and a second header row "Balansräkning, forts." over EGET KAPITAL OCH SKULDER, where the equity total is a bare "Summa" under the section "Eget kapital" (8 760), as SPEC 5 says a label is known by its section. Soliditet 8 760 / 37 470 = 23,38 % (at least 25 %: not met); eget kapital 8 760 000 kr (at least 8 mnkr: met). "Summa avsättningar" and "Summa skulder" are no equity.',
          source: 'Gymnasieförbund årsredovisning 2025: balansräkning över två sidor',
          tests: 'a balance sheet in two blocks on one sheet (assets, then equity and liabilities under a repeated header); "Summa" under "Eget kapital"',
          tables: [],
          goals: [
            pct('Soliditeten ska uppgå till minst 25 procent.', 'soliditet', { equity: c('Summa'), assets: a('SUMMA TILLGÅNGAR') }, 'equity', 'assets', 25n),
            {
              text: 'Eget kapital ska uppgå till minst 8 mnkr.',
              metric: 'eget kapital',
              unit: 'kr',
              cells: { equity: c('Summa') },
              value: (v) => krValue(v.equity),
              met: (v) => v.equity >= kr(8000000),
            },
          ],
        }),
        { goalYear: Y },
      );
    },
  };
}

// ---------------------------------------------------------------------------------------------

const RR6: StatementRow[] = [
  ['Verksamhetens intäkter', 1, '7990', '5480'],
  ['Verksamhetens kostnader', 2, '-58940', '-57760'],
  ['Avskrivningar', undefined, '-2030', '-1980'],
  ['Verksamhetens nettokostnad', undefined, '-52980', '-54260', true],
  ['Medlemsavgifter', undefined, '54700', '53900'],
  ['Finansiella intäkter', undefined, '180', '40'],
  ['Finansiella kostnader', undefined, '-380', '-300'],
  ['Årets resultat', undefined, '1520', '-620', true],
];
const BK6: StatementRow[] = [
  ['Årets resultat enligt resultaträkningen', undefined, '1520', '-620'],
  ['Samtliga realisationsvinster', undefined, '-2100', '0'],
  ['Realisationsvinster enligt undantagsmöjlighet', undefined, '0', '0'],
  ['Realisationsförluster enligt undantagsmöjlighet', undefined, '0', '0'],
  ['Orealiserade förluster i värdepapper', undefined, '0', '240'],
  ['Återföring av orealiserade förluster i värdepapper', undefined, '-240', '0'],
  ['Årets resultat efter balanskravsjusteringar', undefined, '-820', '-380', true],
  ['Medel till resultatutjämningsreserv', undefined, '0', '0'],
  ['Medel från resultatutjämningsreserv', undefined, '300', '380'],
  ['Årets balanskravsresultat', undefined, '-520', '0', true],
];

/** A balanskravsutredning table: a sold building's gain, reversed unrealised losses, a draw on the RUR. */
function balanceTable(): Fixture {
  return {
    name: 'balanskravsutredning-som-tabell-reavinst-aterforing-och-medel-fran-rur',
    build: () => {
      const wb = newBook('Förbundsekonom');
      sentences(wb, 'Mål', 'Finansiella mål', ['Årets resultat ska vara positivt.', 'Årets balanskravsresultat ska vara positivt.']);
      const rr = statementSheet(wb, 'Resultaträkning', 'Resultaträkning, tkr', ['Utfall 2025', 'Utfall 2024'], RR6, 'tkr');
      put(rr.ws, 'A11', 'Not 1: I verksamhetens intäkter ingår en realisationsvinst på 2 100 tkr från försäljningen av fastigheten Hästen 4.', {
        italic: true,
      });
      const bk = wb.addWorksheet('Balanskravsutredning');
      put(bk, 'A1', 'Balanskravsutredning', { bold: true, size: 13 });
      putRow(bk, 3, 'A', ['tkr', '', '2025', '2024'], BOLD);
      const bkAt = statement(bk, 4, BK6, 'tkr');
      put(bk, 'A15', 'Resultatutjämningsreserven uppgick till 300 tkr och är nu förbrukad. Underskottet om 520 tkr ska återställas senast 2028.', {
        italic: true,
      });
      widths(bk, { A: 56, B: 4, C: 10, D: 10 });
      const k = (l: string) => cellOf(bk, bkAt, l, 'tkr', BK6);
      return with10(
        built(wb, {
          family: 'goals',
          description:
            "Årets resultat 1 520 tkr is positive (met), but 2 100 tkr of it is the gain on a sold property. The Balanskravsutredning table deducts it (Samtliga realisationsvinster −2 100), reverses last year's unrealised loss on securities (−240), and draws the last 300 tkr of the resultatutjämningsreserv (Medel från resultatutjämningsreserv +300): Årets balanskravsresultat 1 520 − 2 100 − 240 + 300 = −520 tkr (not met), to be restored by 2028. Leaving out the draw gives −820, leaving out the gain +1 580.",
          source: 'Kommunalförbund årsredovisning 2025: balanskravsutredning med RUR',
          tests: 'a balanskravsutredning table with a realisation gain, a reversal of unrealised losses and a draw on the resultatutjämningsreserv',
          tables: [noBudget(rr.ws, 1, rr.at, RR6, 'tkr')],
          goals: [
            positive('Årets resultat ska vara positivt.', 'årets resultat', cellOf(rr.ws, rr.at, 'Årets resultat', 'tkr', RR6)),
            {
              text: 'Årets balanskravsresultat ska vara positivt.',
              metric: 'balanskrav',
              unit: 'kr',
              cells: {
                result: cellOf(rr.ws, rr.at, 'Årets resultat', 'tkr', RR6),
                gains: k('Samtliga realisationsvinster'),
                reversal: k('Återföring av orealiserade förluster i värdepapper'),
                toReserve: k('Medel till resultatutjämningsreserv'),
                fromReserve: k('Medel från resultatutjämningsreserv'),
              },
              // The adjustments stand with their sign ("Avgår" negative): adding them applies them.
              value: (v) => krValue(v.result + v.gains + v.reversal + v.toReserve + v.fromReserve),
              met: (v) => v.result + v.gains + v.reversal + v.toReserve + v.fromReserve > 0n,
            },
          ],
        }),
        { goalYear: Y },
      );
    },
  };
}

// ---------------------------------------------------------------------------------------------

const RR7: StatementRow[] = [
  ['Medlemsbidrag', 1, '3800000', '3800000'],
  ['Övriga intäkter', undefined, '120000', '95000'],
  ['Verksamhetens kostnader', 2, '-3812400', '-3654800'],
  ['Årets resultat', undefined, '107600', '240200', true],
];
const BR7: StatementRow[] = [
  ['Kortfristiga fordringar', undefined, '412300', '380100'],
  ['Kassa och bank', undefined, '1398700', '1205400'],
  ['Summa tillgångar', undefined, '1811000', '1585500', true],
  ['Eget kapital', 3, '1240000', '1132400'],
  ['Kortfristiga skulder', undefined, '571000', '453100'],
  ['Summa eget kapital och skulder', undefined, '1811000', '1585500', true],
];

/** FINSAM: Försäkringskassan half, the region a quarter, the kommuner a quarter by population; equity capped. */
function finsam(): Fixture {
  return {
    name: 'samordningsforbund-halften-fjardedel-fjardedel-och-eget-kapital-hogst-20-procent',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Medlemsbidrag 2026');
      put(ws, 'A1', 'Samordningsförbundet Gävleborg Syd – medlemsbidrag 2026', { bold: true, size: 13 });
      put(
        ws,
        'A2',
        'Enligt lagen (2003:1210) om finansiell samordning: Försäkringskassan hälften, regionen en fjärdedel, kommunerna en fjärdedel efter folkmängd.',
        {
          italic: true,
        },
      );
      putRow(ws, 4, 'A', ['Parameter', 'Värde'], BOLD);
      putRow(ws, 5, 'A', ['Avgiftsår', 2026]);
      putRow(ws, 6, 'A', ['Belopp att fördela', 4000000]);
      ws.getCell('B6').numFmt = '#,##0';
      putRow(ws, 7, 'A', ['Fördelningsnyckel', 'Invånare']);
      const H = 9;
      putRow(ws, H, 'A', ['Medlem', 'Folkmängd 31 dec 2024', 'Fast andel', 'Medlemsbidrag 2026'], BOLD);
      const total = kr(4000000);
      const fixed: [string, number][] = [
        ['Försäkringskassan', 50],
        ['Region Gävleborg', 25],
      ];
      const ks: [string, number][] = [
        ['Gävle kommun', 104012],
        ['Sandvikens kommun', 39915],
        ['Hofors kommun', 9488],
        ['Ockelbo kommun', 5790],
      ];
      const members: FeeSpec['members'] = [];
      const params: FeeSpec['params'] = { total: { sheet: ws.name, cell: 'B6', value: total, read: readKr } };
      fixed.forEach(([name, p], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        put(ws, `C${r}`, p / 100, { numFmt: '0%' });
        formula(ws, `D${r}`, `$B$6*C${r}`, (total * BigInt(p)) / 100n, 'kr', '#,##0');
        params[`fixed:${name}`] = { sheet: ws.name, cell: `C${r}`, value: p, read: (v) => Math.round(Number(v) * 100) };
        members.push({ name, row: r, nameCol: 'A', given: (total * BigInt(p)) / 100n, givenCol: 'D' });
      });
      const lr = largestRemainder(
        total / 4n,
        ks.map(([name, pop]) => ({ name, weight: BigInt(pop), population: BigInt(pop) })),
      );
      ks.forEach(([name, pop], i) => {
        const r = H + 1 + fixed.length + i;
        put(ws, `A${r}`, name);
        num(ws, `B${r}`, kr(pop), 'kr', '#,##0');
        num(ws, `D${r}`, lr.get(name)!, 'kr', '#,##0');
        members.push({ name, row: r, nameCol: 'A', population: pop, popCol: 'B', given: lr.get(name)!, givenCol: 'D' });
      });
      const t = H + 1 + fixed.length + ks.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      formula(ws, `D${t}`, `SUM(D${H + 1}:D${t - 1})`, total, 'kr', '#,##0', { bold: true });
      widths(ws, { A: 24, B: 22, C: 12, D: 20 });

      sentences(wb, 'Mål', 'Finansiellt mål', ['Eget kapital ska uppgå till högst 20 procent av årets medlemsbidrag.']);
      const rr = statementSheet(wb, 'RR 2025', 'Resultaträkning (kr)', ['Utfall 2025', 'Utfall 2024'], RR7, 'kr');
      const br = statementSheet(wb, 'BR 2025', 'Balansräkning (kr)', ['2025-12-31', '2024-12-31'], BR7, 'kr');
      return with10(
        built(wb, {
          family: 'fees',
          description:
            "A samordningsförbund's budget workbook. Fees for 2026: 4 000 000 kr, of which Försäkringskassan pays a Fast andel of 50 % (2 000 000) and Region Gävleborg 25 % (1 000 000), neither with a population; the kommuner share the remaining 1 000 000 by Folkmängd 31 dec 2024 in whole kronor by largest remainder (Gävle 104 012 of 159 205: 653 321). The goal of 2025, \"Eget kapital ska uppgå till högst 20 procent av årets medlemsbidrag\" (the national council's cap on a förbund's equity): 1 240 000 / 3 800 000 = 32,63 % (at most 20 %: not met).",
          source: 'Samordningsförbund (FINSAM): medlemsbidrag och tak för eget kapital',
          tests: 'two members with fixed shares (50 %, 25 %) and the rest by population; an upper-bound goal "högst 20 % av medlemsbidragen"',
          tables: [noBudget(rr.ws, 1, rr.at, RR7, 'kr')],
          fees: {
            sheet: ws.name,
            members,
            params,
            compute: (ms, p) => {
              const shares = ms.filter((m) => m.population === undefined).map((m) => ((p.total as Ore) * BigInt(p[`fixed:${m.name}`] as number)) / 100n);
              const rest = largestRemainder(
                (p.total as Ore) - shares.reduce((s, x) => s + x, 0n),
                ms.filter((m) => m.population !== undefined).map((m) => ({ name: m.name, weight: BigInt(m.population!), population: BigInt(m.population!) })),
              );
              return ms.map((m) => ({
                name: m.name,
                fee: m.population === undefined ? ((p.total as Ore) * BigInt(p[`fixed:${m.name}`] as number)) / 100n : rest.get(m.name)!,
              }));
            },
          },
          goals: [
            {
              text: 'Eget kapital ska uppgå till högst 20 procent av årets medlemsbidrag.',
              metric: 'eget kapital',
              unit: '%',
              cells: { equity: cellOf(br.ws, br.at, 'Eget kapital', 'kr', BR7), grants: cellOf(rr.ws, rr.at, 'Medlemsbidrag', 'kr', RR7) },
              value: (v) => ratioText(v.equity, v.grants, 100n),
              met: (v) => v.equity * 100n <= v.grants * 20n,
            },
          ],
        }),
        { goalYear: Y },
      );
    },
  };
}

export const GOALS: Fixture[] = [taxesAndGrants(), allPositive(), positiveSolidity(), verdictWords(), twoPages(), balanceTable(), finsam()];
