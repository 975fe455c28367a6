/**
 * Exports of ledger systems in shapes the earlier corpora lack: a Unit4 Business World browser export with a
 * sum row that has no label, a Raindance report of "Utfall hittills i år" with the period only in the title,
 * a Fortnox resultatrapport whose headers are date ranges, and a Visma.net export opened under an English
 * locale (text amounts "1,234,567.89").
 */
import { built, Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { inUnit, kr, Ore, sum } from '../layouts2/money';
import { built5, sideOf } from './kit';

/** Unit4 BW: Ansvar | Ansvar (T) | Konto | Konto (T) | Belopp | Budget, header in row 1, an unlabelled sum row. */
function unit4BusinessWorld(): Fixture {
  return {
    name: 'unit4-business-world-ansvar-t-konto-t-belopp-budget-summarad-utan-text',
    build: () => {
      const wb = newBook('Unit4 Business World');
      const ws = wb.addWorksheet('Resultat per ansvar');
      putRow(ws, 1, 'A', ['Ansvar', 'Ansvar (T)', 'Konto', 'Konto (T)', 'Belopp', 'Budget'], { bold: true, fill: 'FFD9E1F2' });
      const data: [string, string, string, string, string, string][] = [
        ['0110', 'Förbundsledning', '3041', 'Medlemsavgifter', '-14250000', '-14250000'],
        ['0110', 'Förbundsledning', '4010', 'Löner månadsavlönade', '1912442', '1880000'],
        ['0110', 'Förbundsledning', '4710', 'Arbetsgivaravgifter', '600507', '590300'],
        ['0110', 'Förbundsledning', '6420', 'Revision', '142000', '150000'],
        ['0210', 'Räddningstjänst', '3510', 'Avgifter tillsyn', '-612340', '-700000'],
        ['0210', 'Räddningstjänst', '4010', 'Löner månadsavlönade', '6120874', '6050000'],
        ['0210', 'Räddningstjänst', '4030', 'Löner deltidsbrandmän', '2487120', '2300000'],
        ['0210', 'Räddningstjänst', '4710', 'Arbetsgivaravgifter', '2702220', '2622000'],
        ['0210', 'Räddningstjänst', '5610', 'Drivmedel', '388417', '420000'],
        ['0310', 'Förebyggande', '3510', 'Avgifter tillsyn', '-231800', '-200000'],
        ['0310', 'Förebyggande', '4010', 'Löner månadsavlönade', '1408330', '1450000'],
        ['0310', 'Förebyggande', '4710', 'Arbetsgivaravgifter', '442217', '455300'],
        ['0310', 'Förebyggande', '6550', 'Konsulttjänster', '96100', '60000'],
      ];
      const lines: SpecLine[] = [];
      let r = 2;
      for (const [ansvar, at, konto, kt, o, b] of data) {
        putRow(ws, r, 'A', [ansvar, at, konto, kt]);
        num(ws, `E${r}`, kr(o), 'kr', '#,##0.00');
        num(ws, `F${r}`, kr(b), 'kr', '#,##0.00');
        lines.push({ row: r, key: konto, side: sideOf(konto), budget: kr(b), outcome: kr(o) });
        r++;
      }
      // BW's sum line: amounts only, every text column empty.
      num(ws, `E${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0.00', { bold: true });
      num(ws, `F${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 8, B: 20, C: 8, D: 26, E: 14, F: 14 });
      return built(wb, {
        family: 'ledger',
        system: 'Unit4',
        description:
          'A Unit4 Business World browser query exported to Excel by a räddningstjänstförbund: header in row 1 (no title), Ansvar and Konto as text codes ("0110") each followed by its "(T)" text column, then Belopp (the outcome: BW calls the booked amount Belopp) and Budget, outcome before budget. Ledger signs. The export ends with BW\'s sum line: amounts in E and F, every text cell empty. It is a total of all thirteen rows, not a fourteenth line. Deviation = budget − outcome.',
        source: 'Räddningstjänstförbund, Unit4 Business World browser export per ansvar and konto',
        tests: 'Belopp before Budget, (T) text columns, a sum row with no label at all, text codes with leading zeros',
        tables: [
          {
            sheet: ws.name,
            headerRow: 1,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { dimension: 'A', code: 'C', line: 'D', outcome: 'E', budget: 'F' },
            cells: { budget: ['F'], outcome: ['E'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['E', 'F'], covers: lines.map((l) => l.row) }],
      });
    },
  };
}

/** Raindance: Årsbudget | Utfall hittills i år | Prognos helår | Avvikelse prognos/budget; the period in the title. */
function raindanceHittills(): Fixture {
  return {
    name: 'raindance-arsbudget-utfall-hittills-i-ar-prognos-helar-period-i-titeln',
    build: () => {
      const wb = newBook('Raindance');
      const ws = wb.addWorksheet('Rapport');
      put(ws, 'A1', 'Driftuppföljning ansvar/konto', { bold: true, size: 12 });
      put(ws, 'A2', 'Kommunalförbundet Sjuhärads Samordningsförbund');
      put(ws, 'A3', 'Perioder: 202501 - 202510');
      put(ws, 'A4', 'Utskrivet 2025-11-06 av EKOLEN');
      const H = 6;
      putRow(ws, H, 'A', ['Ansvar', 'Konto', 'Kontotext', 'Årsbudget', 'Utfall hittills i år', 'Prognos helår', 'Avvikelse prognos/budget'], {
        bold: true,
        border: true,
      });
      const data: [string, string, string, string, string, string][] = [
        ['100', '3010', 'Medlemsbidrag staten', '-3200000', '-2666667', '-3200000'],
        ['100', '3011', 'Medlemsbidrag regionen', '-1600000', '-1333333', '-1600000'],
        ['100', '3012', 'Medlemsbidrag kommunerna', '-1600000', '-1333333', '-1600000'],
        ['100', '4010', 'Löner', '1420000', '1236510', '1490000'],
        ['100', '4710', 'Sociala avgifter', '446000', '388486', '468000'],
        ['100', '5010', 'Lokalhyra', '168000', '140000', '168000'],
        ['200', '6510', 'Köpta insatser', '3610000', '2541877', '3350000'],
        ['200', '6580', 'Utvärdering och uppföljning', '180000', '62400', '150000'],
        ['200', '6990', 'Övriga kostnader', '576000', '398115', '540000'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [ansvar, konto, text, b, o, f] of data) {
        putRow(ws, r, 'A', [ansvar, konto, text]);
        num(ws, `D${r}`, kr(b), 'kr');
        num(ws, `E${r}`, kr(o), 'kr');
        num(ws, `F${r}`, kr(f), 'kr');
        num(ws, `G${r}`, kr(b) - kr(f), 'kr');
        lines.push({ row: r, key: konto, side: sideOf(konto), budget: kr(b), outcome: kr(o), forecast: kr(f) });
        r++;
      }
      put(ws, `C${r}`, 'Summa', { bold: true });
      for (const [c, of] of [
        ['D', (l: SpecLine) => l.budget],
        ['E', (l: SpecLine) => l.outcome],
        ['F', (l: SpecLine) => l.forecast ?? null],
      ] as const)
        num(ws, `${c}${r}`, sum(lines.map(of)), 'kr', '#,##0', { bold: true });
      num(ws, `G${r}`, sum(lines.map((l) => l.budget! - l.forecast!)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 8, B: 8, C: 30, D: 13, E: 13, F: 13, G: 15 });
      return built(wb, {
        family: 'interim',
        system: 'Raindance',
        description:
          'A Raindance driftuppföljning of a samordningsförbund for January–October, the period said only in the title ("Perioder: 202501 - 202510"): Årsbudget, Utfall hittills i år (ten months), Prognos helår and Avvikelse prognos/budget (budget − forecast under ledger signs). There is no period budget: the outcome is compared with Årsbudget × 10/12 (SPEC 2.6, pro rata). The forecast deviation is forecast against the full-year budget and agrees with column G on every row. Ledger signs. The Summa row foots.',
        source: 'Samordningsförbund, Raindance driftuppföljning ansvar/konto in October',
        tests: '"Utfall hittills i år" as a ten-month outcome, period from "Perioder: 202501 - 202510", Prognos helår, pro rata',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { dimension: 'A', code: 'B', line: 'C', budget: 'D', outcome: 'E', forecast: 'F', forecastDeviation: 'G' },
            period: { months: 10, basis: 'pro-rata' },
            cells: { budget: ['D'], outcome: ['E'], forecast: ['F'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['D', 'E', 'F', 'G'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'G', expect: (l: LineFigures) => l.forecastDeviation }],
      });
    },
  };
}

/** Fortnox: headers are date ranges; Utfall and Budget for Jan–Jun, Budget for the year; signed. */
function fortnoxDateRanges(): Fixture {
  return {
    name: 'fortnox-resultatrapport-datumintervall-i-rubrikerna-jan-jun-och-helar',
    build: () => {
      const wb = newBook('Fortnox');
      const ws = wb.addWorksheet('Resultatrapport');
      put(ws, 'A1', 'Resultatrapport', { bold: true, size: 12 });
      put(ws, 'A2', 'Samordningsförbundet Norra Dalarna, 802470-1234');
      put(ws, 'A3', 'Räkenskapsår 2025-01-01 - 2025-12-31');
      const H = 5;
      putRow(
        ws,
        H,
        'A',
        ['Konto', 'Benämning', 'Utfall 2025-01-01 - 2025-06-30', 'Budget 2025-01-01 - 2025-06-30', 'Avvikelse', 'Budget 2025-01-01 - 2025-12-31'],
        { bold: true, border: true, wrap: true },
      );
      // konto, text, utfall jan–jun, budget jan–jun, budget helår; signed (income +, costs −)
      const data: [string, string, string, string, string][] = [
        ['3010', 'Medlemsbidrag', '2150000', '2150000', '4300000'],
        ['3990', 'Övriga intäkter', '12480', '0', '0'],
        ['7010', 'Löner', '-742118', '-765000', '-1530000'],
        ['7510', 'Arbetsgivaravgifter', '-233040', '-240300', '-480600'],
        ['5010', 'Lokalhyra', '-96000', '-96000', '-192000'],
        ['6540', 'IT-tjänster', '-41288.50', '-36000', '-72000'],
        ['6590', 'Köpta insatser', '-1011450', '-1150000', '-2300000'],
        ['6991', 'Övriga externa kostnader', '-28411.25', '-30000', '-60000'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, text, o, pb, b] of data) {
        putRow(ws, r, 'A', [Number(konto), text]);
        num(ws, `C${r}`, kr(o), 'kr', '#,##0.00');
        num(ws, `D${r}`, kr(pb), 'kr', '#,##0.00');
        num(ws, `E${r}`, kr(o) - kr(pb), 'kr', '#,##0.00');
        num(ws, `F${r}`, kr(b), 'kr', '#,##0.00');
        lines.push({ row: r, key: konto, side: sideOf(konto), budget: kr(b), periodBudget: kr(pb), outcome: kr(o) });
        r++;
      }
      put(ws, `B${r}`, 'BERÄKNAT RESULTAT', { bold: true });
      for (const c of ['C', 'D', 'E', 'F']) {
        const of = {
          C: (l: SpecLine) => l.outcome!,
          D: (l: SpecLine) => l.periodBudget!,
          E: (l: SpecLine) => l.outcome! - l.periodBudget!,
          F: (l: SpecLine) => l.budget!,
        }[c]!;
        num(ws, `${c}${r}`, sum(lines.map(of)), 'kr', '#,##0.00', { bold: true });
      }
      widths(ws, { A: 8, B: 28, C: 16, D: 16, E: 14, F: 16 });
      return built(wb, {
        family: 'interim',
        system: 'Fortnox',
        description:
          'A Fortnox resultatrapport with budget for a samordningsförbund, exported at midyear: the headers are date ranges, "Utfall 2025-01-01 - 2025-06-30" (the outcome for six months), "Budget 2025-01-01 - 2025-06-30" (the budget for the same months: the period budget), Avvikelse (utfall − budget) and "Budget 2025-01-01 - 2025-12-31" (the full-year budget). Signed: income positive, costs negative. The outcome is compared with the six-month budget column; BERÄKNAT RESULTAT is the result row and foots.',
        source: 'Samordningsförbund, Fortnox resultatrapport with budget, two budget periods',
        tests: 'date ranges as headers, the half-year budget as period budget beside the full-year budget, signed',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'signed',
            deviations: true,
            columns: { code: 'A', line: 'B', outcome: 'C', periodBudget: 'D', deviation: 'E', budget: 'F' },
            period: { months: 6, basis: 'column' },
            cells: { budget: ['F'], periodBudget: ['D'], outcome: ['C'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E', 'F'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** An amount as an English-locale export writes it: "1,234,567.89", "-12,500.00". */
function english(o: Ore): string {
  const s = inUnit(o < 0n ? -o : o, 'kr');
  const [whole, frac = ''] = s.split('.');
  return `${o < 0n ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac.padEnd(2, '0')}`;
}

/** Visma.net export opened with an English locale: every amount text with comma groups and dot decimals. */
function vismaNetEnglishText(): Fixture {
  return {
    name: 'visma-net-export-engelsk-talformat-som-text-1-234-567-89',
    build: () => {
      const wb = newBook('Visma.net Financials');
      const ws = wb.addWorksheet('Sheet1');
      put(ws, 'A1', 'Resultatrapport mot budget 2025 – Kommunalförbundet Avfall Norr');
      const H = 3;
      putRow(ws, H, 'A', ['Konto', 'Beskrivning', 'Budget', 'Utfall', 'Differens'], { bold: true });
      const data: [string, string, string, string][] = [
        ['3020', 'Avfallstaxa hushåll', '-48620000', '-49311842.35'],
        ['3030', 'Avgifter verksamheter', '-6200000', '-5873410.50'],
        ['3910', 'Försäljning återvunnet material', '-1450000', '-1612908.00'],
        ['4010', 'Löner', '11240000', '11502317.80'],
        ['4710', 'Sociala avgifter', '3531600', '3614028.44'],
        ['5410', 'Förbrukningsinventarier', '320000', '287114.20'],
        ['5611', 'Drivmedel sopbilar', '2900000', '3241776.15'],
        ['6310', 'Behandlingsavgifter förbränning', '24800000', '24316511.00'],
        ['6990', 'Övriga kostnader', '985000', '1012874.65'],
        ['7830', 'Avskrivningar', '12493400', '12493400.00'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, text, b, o] of data) {
        putRow(ws, r, 'A', [konto, text, english(kr(b)), english(kr(o)), english(kr(b) - kr(o))]);
        lines.push({ row: r, key: konto, side: sideOf(konto), budget: kr(b), outcome: kr(o) });
        r++;
      }
      putRow(ws, r, 'A', [
        '',
        'Total',
        english(sum(lines.map((l) => l.budget))),
        english(sum(lines.map((l) => l.outcome))),
        english(sum(lines.map((l) => l.budget! - l.outcome!))),
      ]);
      widths(ws, { A: 8, B: 34, C: 16, D: 16, E: 16 });
      return built5(wb, {
        family: 'ledger',
        system: 'Visma',
        description:
          'A Visma.net Financials report exported as CSV on a computer set to English and opened in Excel: every amount is text in the English form, comma as the thousands separator and a dot before the öre ("-49,311,842.35", "1,012,874.65"). Each is unambiguous (groups of three after every comma, two decimals after the dot) and means exactly that many kronor: never 49.311 kr. Ledger signs; Differens = budget − utfall agrees on every row; the Total row foots.',
        source: 'Kommunalförbund (avfall), Visma.net report exported as CSV under an English locale',
        tests: 'text amounts "1,234,567.89" with comma groups and dot decimals, Differens as a reported deviation',
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
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
        reread: { english: [{ sheet: ws.name, cols: ['C', 'D', 'E'] }] },
      });
    },
  };
}

export const SYSTEMS: Fixture[] = [unit4BusinessWorld(), raindanceHittills(), fortnoxDateRanges(), vismaNetEnglishText()];
