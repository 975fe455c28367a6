/**
 * Ledger exports as the systems write them (Raindance, Unit4/Agresso, Hogia, Visma): income negative, costs
 * positive, deviation = budget − outcome for every row.
 */
import { built, Fixture, LineFigures, SpecLine, TotalSpec } from './spec';
import { between, newBook, num, put, putRow, rng, txt, widths } from './sheet';
import { kr, Ore, sum } from './money';

type Acc = [code: string, name: string, budget: string, outcome: string];

const side = (code: string) => (code.startsWith('3') ? 'income' : 'cost') as 'income' | 'cost';

// ---------------------------------------------------------------------------------------------

/** Raindance Uppföljningsrapport: title block, one row per ansvar and konto, reported deviation and a percentage. */
function raindanceUppfoljning(): Fixture {
  return {
    name: 'raindance-uppfoljningsrapport-ansvar-konto',
    build: () => {
      const wb = newBook('EKOANN');
      const ws = wb.addWorksheet('Uppföljningsrapport');
      put(ws, 'A1', 'Uppföljningsrapport', { bold: true, size: 14 });
      put(ws, 'A2', 'Räddningstjänstförbundet Mittland');
      putRow(ws, 3, 'A', ['Period:', '202412']);
      putRow(ws, 4, 'A', ['Urval:', 'Ansvar 100–400, Konto 3000–8999']);
      putRow(ws, 5, 'A', ['Utskriven:', '2025-01-17 08:42', 'Användare: EKOANN']);
      const H = 7;
      putRow(ws, H, 'A', ['Ansvar', 'Ansvar benämning', 'Konto', 'Konto benämning', 'Årsbudget', 'Utfall ack', 'Avvikelse', 'Förbrukat %'], {
        bold: true,
        border: true,
      });
      const data: [string, string, Acc[]][] = [
        [
          '100',
          'Förbundsledning',
          [
            ['3110', 'Medlemsbidrag', '-48600000', '-48600000'],
            ['3810', 'Övriga intäkter', '-150000', '-212430.50'],
            ['5010', 'Löner månadsavlönade', '3450000', '3512880.25'],
            ['5510', 'Arbetsgivaravgifter', '1084000', '1103745.10'],
            ['6110', 'Lokalhyror', '2200000', '2200000'],
            ['7310', 'Telefoni och IT', '420000', '467913.75'],
            ['8410', 'Räntekostnader', '310000', '287412'],
          ],
        ],
        [
          '200',
          'Räddningsavdelning',
          [
            ['3410', 'Ersättning automatlarm', '-900000', '-1046250'],
            ['5010', 'Löner månadsavlönade', '14800000', '14656201.40'],
            ['5020', 'Löner räddningspersonal i beredskap', '9600000', '10288930.60'],
            ['5510', 'Arbetsgivaravgifter', '7666000', '7836114'],
            ['6410', 'Drivmedel', '820000', '948331.20'],
            ['6430', 'Reparation och underhåll fordon', '1150000', '1031776.85'],
            ['6510', 'Förbrukningsmaterial', '540000', '498210'],
            ['7810', 'Avskrivningar fordon', '3100000', '3087500'],
          ],
        ],
        [
          '300',
          'Förebyggande',
          [
            ['3420', 'Tillsynsavgifter', '-620000', '-701800'],
            ['3430', 'Avgifter brandfarlig vara', '-180000', '-165400'],
            ['5010', 'Löner månadsavlönade', '4120000', '3901556.30'],
            ['5510', 'Arbetsgivaravgifter', '1294000', '1225468.90'],
            ['7010', 'Resor', '95000', '121308'],
            ['7690', 'Övriga kostnader', '0', '12345.67'],
          ],
        ],
        [
          '400',
          'Utbildning och övningsfält',
          [
            ['3510', 'Försäljning utbildning', '-1400000', '-1212650'],
            ['5010', 'Löner månadsavlönade', '1980000', '2004318.45'],
            ['5510', 'Arbetsgivaravgifter', '622000', '629756.80'],
            ['6320', 'Fastighetsskötsel övningsfält', '380000', '455902'],
            ['6510', 'Förbrukningsmaterial', '260000', '231044.30'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [code, name, accs] of data) {
        for (const [konto, text, b, o] of accs) {
          const budget = kr(b);
          const outcome = kr(o);
          putRow(ws, r, 'A', [code, name, Number(konto), text]);
          num(ws, `E${r}`, budget, 'kr', '#,##0.00');
          num(ws, `F${r}`, outcome, 'kr', '#,##0.00');
          num(ws, `G${r}`, budget - outcome, 'kr', '#,##0.00');
          if (budget !== 0n) put(ws, `H${r}`, Number((Number(outcome) / Number(budget)).toFixed(4)), { numFmt: '0.0%' });
          lines.push({ row: r, key: text, group: name, side: side(konto), budget, outcome });
          r++;
        }
      }
      const total = r;
      put(ws, `A${total}`, 'Totalt', { bold: true });
      num(ws, `E${total}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0.00', { bold: true });
      num(ws, `F${total}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0.00', { bold: true });
      num(ws, `G${total}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 8, B: 26, C: 8, D: 34, E: 16, F: 16, G: 16, H: 11 });
      return built(wb, {
        family: 'ledger',
        system: 'Raindance',
        description:
          'A Raindance Uppföljningsrapport for a räddningstjänstförbund: a title block (period, selection, user), then one row per ansvar and konto with Årsbudget, Utfall ack, Avvikelse (budget − utfall) and Förbrukat %. Income is negative (ledger). Accounts repeat under each ansvar, so the row tells them apart; the summary is per ansvar. 7690 has budget 0: a deviation, no percentage.',
        source: 'Raindance Uppföljningsrapport exported to Excel, period 202412',
        tests: 'ledger signs, title block, repeated accounts, group per ansvar, percentage column ignored',
        tables: [
          {
            sheet: 'Uppföljningsrapport',
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { budget: 'E', outcome: 'F', deviation: 'G', code: 'C', line: 'D', dimension: 'B' },
            groupBy: 'Ansvar',
            cells: { budget: ['E'], outcome: ['F'] },
            lines,
            groups: true,
          },
        ],
        totals: [{ sheet: 'Uppföljningsrapport', unit: 'kr', row: total, cols: ['E', 'F', 'G'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'G', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** Unit4 Business World (Agresso) Resultaträkning per ansvar: sections per ansvar with sums, the table in column B. */
function agressoPerAnsvar(): Fixture {
  return {
    name: 'agresso-resultatrakning-per-ansvar-sektioner',
    build: () => {
      const wb = newBook('U4BW');
      const ws = wb.addWorksheet('Resultaträkning');
      put(ws, 'B1', 'Resultaträkning per ansvar', { bold: true, size: 13 });
      put(ws, 'B2', 'Kommunalförbundet Västra Skärgården');
      put(ws, 'B3', 'Period: 202401 - 202412');
      put(ws, 'B4', 'Valuta: SEK');
      const H = 6;
      putRow(ws, H, 'B', ['Konto', 'Konto(T)', 'Budget', 'Redovisat', 'Diff', 'Diff %'], { bold: true, fill: 'FFD9E1F2' });
      const data: [string, Acc[]][] = [
        [
          'Ansvar 11 Förbundsdirektion',
          [
            ['3110', 'Medlemsbidrag', '-6200000', '-6200000'],
            ['5310', 'Arvoden förtroendevalda', '410000', '386550'],
            ['5510', 'Sociala avgifter', '129000', '121450'],
            ['7010', 'Resor', '60000', '74210'],
            ['7620', 'Revision', '180000', '165000'],
          ],
        ],
        [
          'Ansvar 21 Hamnverksamhet',
          [
            ['3210', 'Hamnavgifter', '-2850000', '-3104880'],
            ['3220', 'Arrenden', '-420000', '-420000'],
            ['5010', 'Löner', '1960000', '2015340'],
            ['5510', 'Sociala avgifter', '616000', '633280'],
            ['6310', 'El och värme', '380000', '451920'],
            ['6330', 'Fastighetsunderhåll', '700000', '612455'],
            ['7810', 'Avskrivningar', '1100000', '1100000'],
          ],
        ],
        [
          'Ansvar 31 Farledsunderhåll',
          [
            ['3310', 'Statsbidrag farleder', '-1500000', '-1500000'],
            ['4010', 'Entreprenader muddring', '2800000', '3254700'],
            ['6410', 'Drivmedel båtar', '240000', '289105'],
            ['6430', 'Reparation båtar', '320000', '198630'],
            ['8410', 'Räntekostnader', '85000', '91230'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      for (const [section, accs] of data) {
        put(ws, `B${r}`, section, { bold: true });
        r++;
        const start = lines.length;
        for (const [konto, text, b, o] of accs) {
          const budget = kr(b);
          const outcome = kr(o);
          putRow(ws, r, 'B', [konto, text]);
          num(ws, `D${r}`, budget, 'kr', '#,##0.00');
          num(ws, `E${r}`, outcome, 'kr', '#,##0.00');
          num(ws, `F${r}`, budget - outcome, 'kr', '#,##0.00');
          if (budget !== 0n) put(ws, `G${r}`, Number(((Number(budget - outcome) / Number(budget)) * 100).toFixed(1)), { numFmt: '0.0' });
          lines.push({ row: r, key: text, group: section.replace(/^Ansvar \d+ /, ''), side: side(konto), budget, outcome });
          r++;
        }
        const own = lines.slice(start);
        put(ws, `B${r}`, `Summa ${section}`, { bold: true });
        num(ws, `D${r}`, sum(own.map((l) => l.budget)), 'kr', '#,##0.00', { bold: true });
        num(ws, `E${r}`, sum(own.map((l) => l.outcome)), 'kr', '#,##0.00', { bold: true });
        num(ws, `F${r}`, sum(own.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0.00', { bold: true });
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['D', 'E', 'F'], covers: own.map((l) => l.row) });
        r += 2;
      }
      put(ws, `B${r}`, 'Totalt', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0.00', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0.00', { bold: true });
      num(ws, `F${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0.00', { bold: true });
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['D', 'E', 'F'], covers: lines.map((l) => l.row) });
      widths(ws, { A: 2, B: 30, C: 28, D: 15, E: 15, F: 15, G: 8 });
      return built(wb, {
        family: 'ledger',
        system: 'Unit4',
        description:
          'Unit4 Business World (Agresso) Resultaträkning per ansvar, as its Excel export lays it out: the report starts in column B, text columns are named with "(T)", each ansvar is a section header row ("Ansvar 21 Hamnverksamhet") with its accounts under it and a "Summa Ansvar …" row, and a Totalt at the end. Ledger signs, Diff = Budget − Redovisat. The section headers set the group of the rows under them.',
        source: 'Unit4 Business World report "Resultaträkning per ansvar", Excel export',
        tests: 'table in column B, "(T)" headers, Redovisat as outcome, section rows as groups, Summa rows as control totals',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'B', line: 'C', budget: 'D', outcome: 'E', deviation: 'F' },
            groupBy: 'Ansvar',
            cells: { budget: ['D'], outcome: ['E'] },
            lines,
            groups: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'F', expect: (l) => l.deviation }],
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** Hogia: Utfall before Budget, Diff = Utfall − Budget (the system's own sign), a prior-year column. */
function hogiaKostnadsstalle(): Fixture {
  return {
    name: 'hogia-resultatrapport-kst-diff-utfall-minus-budget',
    build: () => {
      const wb = newBook('Hogia');
      const ws = wb.addWorksheet('Resultatrapport');
      put(ws, 'A1', 'Resultatrapport per kostnadsställe', { bold: true, size: 12 });
      put(ws, 'A2', 'Samarbetskommittén Kustlandet');
      put(ws, 'A3', 'Period 2401–2412');
      put(ws, 'A4', 'Utskriftsdatum 2025-01-22');
      const H = 6;
      putRow(ws, H, 'A', ['Kst', 'Konto', 'Benämning', 'Utfall', 'Budget', 'Diff', 'Utfall fg år'], { bold: true, border: true });
      const data: [string, [string, string, string, string, string][]][] = [
        [
          '10 Kansli',
          [
            ['3010', 'Medlemsavgifter', '-5400000', '-5400000', '-5250000'],
            ['3990', 'Övriga intäkter', '-20000', '-61250', '-18400'],
            ['5010', 'Löner', '2350000', '2298400', '2204300'],
            ['5410', 'Sociala avgifter', '738000', '722150', '692300'],
            ['6110', 'Lokalhyra', '420000', '431200', '418000'],
            ['6550', 'Konsultarvoden', '300000', '389400', '120500'],
            ['7010', 'Resor', '90000', '64300', '88100'],
          ],
        ],
        [
          '20 Besöksnäring',
          [
            ['3310', 'Projektbidrag Tillväxtverket', '-1200000', '-980000', '-1100000'],
            ['4010', 'Köpta tjänster', '900000', '712300', '840600'],
            ['5010', 'Löner', '520000', '498750', '505000'],
            ['5410', 'Sociala avgifter', '163000', '156700', '158700'],
          ],
        ],
        [
          '30 Kompetens',
          [
            ['3320', 'Bidrag ESF', '-850000', '-912400', '-400000'],
            ['4010', 'Köpta tjänster', '600000', '655900', '260000'],
            ['5010', 'Löner', '410000', '441100', '98000'],
            ['5410', 'Sociala avgifter', '129000', '138600', '30800'],
            ['6990', 'Övriga kostnader', '15000', '2400', '0'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      const prior: Ore[] = [];
      for (const [kst, accs] of data) {
        const start = lines.length;
        const ownPrior: Ore[] = [];
        for (const [konto, text, b, o, fg] of accs) {
          const budget = kr(b);
          const outcome = kr(o);
          putRow(ws, r, 'A', [kst, Number(konto), text]);
          num(ws, `D${r}`, outcome, 'kr');
          num(ws, `E${r}`, budget, 'kr');
          num(ws, `F${r}`, outcome - budget, 'kr');
          num(ws, `G${r}`, kr(fg), 'kr');
          ownPrior.push(kr(fg));
          lines.push({ row: r, key: text, group: kst.replace(/^\d+ /, ''), side: side(konto), budget, outcome });
          r++;
        }
        const own = lines.slice(start);
        put(ws, `A${r}`, `Summa kst ${kst}`, { bold: true });
        num(ws, `D${r}`, sum(own.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
        num(ws, `E${r}`, sum(own.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
        num(ws, `F${r}`, sum(own.map((l) => l.outcome! - l.budget!)), 'kr', '#,##0', { bold: true });
        num(ws, `G${r}`, sum(ownPrior), 'kr', '#,##0', { bold: true });
        prior.push(...ownPrior);
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['D', 'E', 'F', 'G'], covers: own.map((l) => l.row) });
        r++;
      }
      r++;
      put(ws, `A${r}`, 'Summa totalt', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `F${r}`, sum(lines.map((l) => l.outcome! - l.budget!)), 'kr', '#,##0', { bold: true });
      num(ws, `G${r}`, sum(prior), 'kr', '#,##0', { bold: true });
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['D', 'E', 'F', 'G'], covers: lines.map((l) => l.row) });
      widths(ws, { A: 22, B: 8, C: 30, D: 14, E: 14, F: 14, G: 14 });
      return built(wb, {
        family: 'ledger',
        system: 'Hogia',
        description:
          'A Hogia resultatrapport per kostnadsställe: Utfall stands before Budget, Diff is Utfall − Budget in ledger signs (so a positive Diff is an overspend), and the prior year stands last. The Diff column is right throughout in its own sign: a careful economist reports no mismatch for it. Deviation = budget − outcome (ledger).',
        source: 'Hogia Ekonomi resultatrapport per kostnadsställe with budget, Excel export',
        tests: 'outcome before budget, a reported diff of the opposite sign is not a mismatch, prior-year column not the outcome',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { dimension: 'A', code: 'B', line: 'C', outcome: 'D', budget: 'E', priorYear: 'G' },
            groupBy: 'Kst',
            cells: { budget: ['E'], outcome: ['D'] },
            lines,
            groups: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'F', expect: (l) => (l.deviation === null ? null : -l.deviation) }],
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** A flat Unit4 export of hundreds of rows: Ansvar | Verksamhet | Aktivitet | Konto | Kontonamn | Budget | Utfall. */
function unit4FlatExport(): Fixture {
  return {
    name: 'unit4-flat-export-ansvar-verksamhet-aktivitet',
    build: () => {
      const wb = newBook('U4BW');
      const ws = wb.addWorksheet('Export');
      putRow(ws, 1, 'A', ['Ansvar', 'Verksamhet', 'Aktivitet', 'Konto', 'Kontonamn', 'Budget 2024', 'Utfall 2024'], { bold: true });
      const verksamheter: [string, string[], boolean][] = [
        ['210 Arbetsmarknadsinsatser', ['0211', '0212', '0213'], true],
        ['220 Vuxenutbildning', ['0221', '0222'], true],
        ['310 Kollektivtrafik', ['0311', '0312'], false],
        ['410 Gemensam administration', ['0411', '0412'], false],
        ['510 Internationellt samarbete', ['0511'], true],
      ];
      const accounts: [string, string][] = [
        ['3310', 'Statsbidrag'],
        ['3410', 'Försäljning av tjänster'],
        ['3510', 'EU-bidrag'],
        ['4010', 'Köp av huvudverksamhet'],
        ['4610', 'Entreprenader'],
        ['5010', 'Löner månadsavlönade'],
        ['5060', 'Löner timanställda'],
        ['5510', 'Arbetsgivaravgifter'],
        ['5610', 'Pensionskostnader'],
        ['6110', 'Lokalhyror'],
        ['6410', 'Förbrukningsinventarier'],
        ['6510', 'Förbrukningsmaterial'],
        ['7010', 'Resor'],
        ['7110', 'Kontorsmaterial'],
        ['7310', 'Tele och IT'],
        ['7410', 'Försäkringar'],
        ['7610', 'Konsulttjänster'],
        ['7690', 'Övriga tjänster'],
        ['7810', 'Avskrivningar'],
      ];
      const rand = rng(20240101);
      const lines: SpecLine[] = [];
      let r = 2;
      for (const [vht, ansvar, income] of verksamheter) {
        for (const a of ansvar) {
          for (const [konto, name] of accounts) {
            if (konto.startsWith('3') && !income) continue;
            if (rand() < 0.3) continue;
            const acts = rand() < 0.35 ? ['A01', 'A02', 'A04'].slice(0, between(rand, 1, 3)) : [''];
            for (const act of acts) {
              const inc = konto.startsWith('3');
              const base = between(rand, 10, 900) * 1000;
              const noBudget = rand() < 0.07;
              const noOutcome = !noBudget && rand() < 0.05;
              const budget = noBudget ? null : kr(inc ? -base : base);
              const spread = between(rand, 70, 130) / 100;
              const o = Math.round(base * spread * 100 + between(rand, 0, 99));
              const outcome = noOutcome ? null : (inc ? -1n : 1n) * BigInt(o);
              putRow(ws, r, 'A', [a, vht, act || undefined, Number(konto), name]);
              num(ws, `F${r}`, budget, 'kr', '#,##0');
              num(ws, `G${r}`, outcome, 'kr', '#,##0.00');
              lines.push({ row: r, key: name, group: vht, side: inc ? 'income' : 'cost', budget, outcome, listed: false });
              r++;
            }
          }
        }
      }
      // A sample of at least ten lines: every 37th, and the first without budget and without outcome.
      lines.forEach((l, i) => {
        if (i % 37 === 5) l.listed = true;
      });
      const noB = lines.find((l) => l.budget === null);
      const noO = lines.find((l) => l.outcome === null);
      if (noB) noB.listed = true;
      if (noO) noO.listed = true;
      ws.autoFilter = `A1:G${r - 1}`;
      ws.views = [{ state: 'frozen', ySplit: 1 }];
      widths(ws, { A: 8, B: 30, C: 10, D: 8, E: 26, F: 14, G: 14 });
      return built(wb, {
        family: 'ledger',
        system: 'Unit4',
        description: `A raw Unit4 export of ${lines.length} rows: Ansvar (codes with a leading zero), Verksamhet (code and name in one cell), Aktivitet (often empty), Konto, Kontonamn, Budget 2024, Utfall 2024, header in row 1 with a filter. Ledger signs. Some rows have no budget (booked on an activity that was not budgeted) or no outcome: they get no deviation and are counted as left out. The summary is per verksamhet.`,
        source: 'Unit4 Business World browser query exported to Excel',
        tests: 'hundreds of flat rows, empty cells are no value, summary per verksamhet, lines left out counted',
        tables: [
          {
            sheet: ws.name,
            headerRow: 1,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { dimension: 'B', code: 'D', line: 'E', budget: 'F', outcome: 'G' },
            groupBy: 'Verksamhet',
            cells: { budget: ['F'], outcome: ['G'] },
            lines,
            groups: true,
            sample: true,
          },
        ],
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** Visma: a result report printed to text and pasted: every amount is text, credit with a trailing minus. */
function vismaTrailingMinus(): Fixture {
  return {
    name: 'visma-resultat-mot-budget-text-trailing-minus',
    build: () => {
      const wb = newBook('Visma');
      const ws = wb.addWorksheet('Resultat');
      put(ws, 'A1', 'Resultatrapport med budget', { bold: true });
      put(ws, 'A2', 'Kommunalförbundet Tolkcentralen');
      put(ws, 'A3', 'Räkenskapsår 2024-01-01 - 2024-12-31');
      const H = 5;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget helår', 'Ack utfall', 'Avvikelse'], { bold: true });
      const accs: Acc[] = [
        ['3010', 'Tolkuppdrag kommuner', '-18400000', '-19212455'],
        ['3020', 'Tolkuppdrag region', '-6100000', '-5877310.50'],
        ['3090', 'Övriga intäkter', '-50000', '-12500'],
        ['5010', 'Löner tolkar', '12600000', '13104212.75'],
        ['5020', 'Löner administration', '2900000', '2842118.40'],
        ['5410', 'Arbetsgivaravgifter', '4870000', '5012662.15'],
        ['5810', 'Tolkarvoden frilans', '1800000', '2210900'],
        ['6110', 'Lokalhyra', '960000', '960000'],
        ['6540', 'IT-tjänster', '780000', '812433.20'],
        ['7010', 'Resor', '520000', '601118.60'],
        ['8410', 'Räntekostnader', '20000', '4210.30'],
      ];
      const style = { decimals: 2, minus: 'trailing' as const, group: ' ' as const };
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      const block = (title: string, part: Acc[]) => {
        const start = lines.length;
        for (const [konto, text, b, o] of part) {
          const budget = kr(b);
          const outcome = kr(o);
          put(ws, `A${r}`, konto);
          put(ws, `B${r}`, text);
          txt(ws, `C${r}`, budget, 'kr', style);
          txt(ws, `D${r}`, outcome, 'kr', style);
          txt(ws, `E${r}`, budget - outcome, 'kr', style);
          lines.push({ row: r, key: text, side: side(konto), budget, outcome });
          r++;
        }
        const own = lines.slice(start);
        put(ws, `B${r}`, title, { bold: true });
        txt(ws, `C${r}`, sum(own.map((l) => l.budget)), 'kr', style);
        txt(ws, `D${r}`, sum(own.map((l) => l.outcome)), 'kr', style);
        txt(ws, `E${r}`, sum(own.map((l) => l.budget! - l.outcome!)), 'kr', style);
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E'], covers: own.map((l) => l.row) });
        r += 2;
      };
      block('Summa intäkter', accs.slice(0, 3));
      block('Summa kostnader', accs.slice(3));
      put(ws, `B${r}`, 'Resultat', { bold: true });
      txt(ws, `C${r}`, sum(lines.map((l) => l.budget)), 'kr', style);
      txt(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'kr', style);
      txt(ws, `E${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', style);
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E'], covers: lines.map((l) => l.row) });
      widths(ws, { A: 8, B: 28, C: 18, D: 18, E: 18 });
      return built(wb, {
        family: 'ledger',
        system: 'Visma',
        description:
          'A Visma result report against budget, printed to a text file and pasted into Excel: every amount is text with a space as thousands separator, a decimal comma and a trailing minus for credit ("19 212 455,00-"). Income is negative (ledger). Avvikelse = budget − utfall, also as text. Sums and Resultat are totals.',
        source: 'Visma Administration resultatrapport with budget, printed to file and pasted',
        tests: 'text amounts with trailing minus, ledger signs, Resultat as total',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'E', expect: (l) => l.deviation }],
      });
    },
  };
}

export const LEDGER: Fixture[] = [raindanceUppfoljning(), agressoPerAnsvar(), hogiaKostnadsstalle(), unit4FlatExport(), vismaTrailingMinus()];
