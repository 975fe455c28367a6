/**
 * Exports of Swedish follow-up and ledger systems the earlier corpora lack: a Power BI matrix pasted as values
 * ("Summa av Belopp" split by Typ), an Agresso huvudboksrapport with Period and Saldo columns, a Raindance
 * Kontoanalys with Återstår and Förbrukat %, a Stratsys export with Bokslut, Budget, Utfall jan–sep and
 * Helårsprognos, and a Visma Window huvudbok with Debet, Kredit and Saldo beside the budget.
 */
import { built, Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, sum, tkr } from '../layouts2/money';
import { sideOf } from '../layouts3/kit';

/** Power BI matrix "Summa av Belopp" with Typ across (Budget, Utfall), pasted as values; ledger signs. */
function powerBiMatrix(): Fixture {
  return {
    name: 'power-bi-matris-summa-av-belopp-typ-budget-utfall-som-varden',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Blad1');
      put(ws, 'A1', 'Summa av Belopp', { bold: true });
      put(ws, 'B1', 'Typ', { bold: true });
      const H = 2;
      putRow(ws, H, 'A', ['Konto', 'Budget', 'Utfall', 'Totalt'], { bold: true, border: true });
      const data: [string, string, string][] = [
        ['3041 Medlemsavgifter', '-6480000', '-6480000'],
        ['3110 Statsbidrag', '-1250000', '-1387420'],
        ['3510 Försäljning av tjänster', '-420000', '-366815'],
        ['4010 Löner månadsavlönade', '3340000', '3412786'],
        ['4710 Sociala avgifter enligt lag', '1049000', '1072248'],
        ['5010 Lokalhyra', '612000', '612000'],
        ['5410 Förbrukningsinventarier', '85000', '131562'],
        ['6420 Revision', '110000', '96500'],
        ['6550 Konsulttjänster', '480000', '611340'],
        ['6990 Övriga externa kostnader', '95000', '71204'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, o] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, kr(b), 'kr', '0');
        num(ws, `C${r}`, kr(o), 'kr', '0');
        num(ws, `D${r}`, kr(b) + kr(o), 'kr', '0');
        lines.push({ row: r, key: label, side: sideOf(label), budget: kr(b), outcome: kr(o) });
        r++;
      }
      put(ws, `A${r}`, 'Totalt', { bold: true });
      num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'kr', '0', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'kr', '0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.budget! + l.outcome!)), 'kr', '0', { bold: true });
      widths(ws, { A: 34, B: 12, C: 12, D: 12 });
      return built(wb, {
        family: 'pivot',
        description:
          'A Power BI matrix copied and pasted as values into a new workbook by a kommunalförbund controller: "Summa av Belopp" in A1 and the field name "Typ" in B1 above the column values Budget and Utfall, a "Totalt" column that adds budget and outcome (a meaningless sum the matrix always shows), and a "Totalt" row. Ledger signs (income negative). Deviation = budget − outcome. The Totalt column is neither budget nor outcome.',
        source: 'Kommunalförbund, Power BI matrix over the ledger pasted as values',
        tests: 'Power BI "Summa av Belopp" with Typ across, a Totalt column adding budget and outcome, ledger signs',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C'], covers: lines.map((l) => l.row) }],
      });
    },
  };
}

/** Agresso huvudboksrapport: Period budget/saldo, Ack budget/saldo, Årsbudget, per konto, ledger signs. */
function agressoHuvudbok(): Fixture {
  return {
    name: 'agresso-huvudboksrapport-period-saldo-ack-arsbudget-202509',
    build: () => {
      const wb = newBook('Unit4 ERP');
      const ws = wb.addWorksheet('Huvudboksrapport');
      put(ws, 'A1', 'Huvudboksrapport', { bold: true, size: 12 });
      put(ws, 'A2', 'Klient: 21 Räddningstjänstförbundet Mitt');
      put(ws, 'A3', 'Period: 202501 - 202509');
      put(ws, 'A4', 'Ansvar: 2100 Operativ verksamhet');
      const H = 6;
      putRow(ws, H, 'A', ['Konto', 'Konto (T)', 'Period', 'Budget period', 'Saldo period', 'Budget ack', 'Saldo ack', 'Årsbudget'], {
        bold: true,
        border: true,
      });
      // [konto, text, period budget, period saldo, ack budget, ack saldo, årsbudget] in kr
      const data: [string, string, string, string, string, string, string][] = [
        ['3040', 'Medlemsbidrag', '-4125000', '-4125000', '-37125000', '-37125000', '-49500000'],
        ['3510', 'Tillsyn och tillstånd', '-45000', '-61200', '-405000', '-388650', '-540000'],
        ['3610', 'Automatlarm, ersättning', '-60000', '-48000', '-540000', '-612000', '-720000'],
        ['4010', 'Lön heltidsanställda', '2180000', '2296411', '19620000', '20104532', '26160000'],
        ['4030', 'Lön RIB-personal', '640000', '711850', '5760000', '6038117', '7680000'],
        ['4710', 'Sociala avgifter', '887000', '945203', '7983000', '8214470', '10644000'],
        ['5020', 'Lokalhyror', '410000', '410000', '3690000', '3690000', '4920000'],
        ['5610', 'Drivmedel fordon', '95000', '118644', '855000', '934216', '1140000'],
        ['5710', 'Reparation fordon', '70000', '31905', '630000', '702388', '840000'],
        ['6990', 'Övriga kostnader', '58000', '44217', '522000', '468090', '696000'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [code, text, pb, ps, ab, as, yb] of data) {
        putRow(ws, r, 'A', [code, text, '202509']);
        [pb, ps, ab, as, yb].forEach((v, i) => num(ws, `${'DEFGH'[i]}${r}`, kr(v), 'kr', '#,##0'));
        lines.push({ row: r, key: code, side: sideOf(code), budget: kr(yb), periodBudget: kr(ab), outcome: kr(as) });
        r++;
      }
      widths(ws, { A: 8, B: 26, C: 9, D: 13, E: 13, F: 13, G: 13, H: 13 });
      return built(wb, {
        family: 'ledger',
        system: 'Unit4',
        description:
          'An Agresso (Unit4 ERP) huvudboksrapport for one ansvar of a räddningstjänstförbund, period 202501–202509: a Period column holding "202509" as text on every row, then Budget period and Saldo period (September alone), Budget ack and Saldo ack (January–September), and Årsbudget. The year so far is compared: Saldo ack against Budget ack (the period budget), Årsbudget the full-year budget. Saldo period and Budget period are one month and neither the outcome nor the budget. Ledger signs; deviation = Budget ack − Saldo ack.',
        source: 'Räddningstjänstförbund, Agresso huvudboksrapport per ansvar',
        tests: 'Saldo as outcome, Period/ack pairs, a Period column of text periods, Årsbudget last',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', periodBudget: 'F', outcome: 'G', budget: 'H' },
            period: { months: 9, basis: 'column' },
            cells: { budget: ['H'], periodBudget: ['F'], outcome: ['G'] },
            lines,
          },
        ],
      });
    },
  };
}

/** Raindance Kontoanalys: Utfall ack, Budget helår, Återstår, Förbrukat %, Summa rows per kontoklass. */
function raindanceKontoanalys(): Fixture {
  return {
    name: 'raindance-kontoanalys-aterstar-forbrukat-procent-tkr',
    build: () => {
      const wb = newBook('Raindance');
      const ws = wb.addWorksheet('Kontoanalys');
      put(ws, 'A1', 'Kontoanalys', { bold: true, size: 12 });
      put(ws, 'A2', 'Verksamhet 610 Vuxenutbildning, Kommunalförbundet Kunskapsförbundet Väst');
      put(ws, 'A3', 'Utfall t.o.m. 2025-12 (bokslut), belopp i tkr');
      const H = 5;
      putRow(ws, H, 'A', ['Konto', 'Kontobenämning', 'Utfall ack', 'Budget helår', 'Återstår', 'Förbrukat %'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['3020', 'Interkommunala ersättningar', '-18412.6', '-22300'],
        ['3090', 'Statsbidrag yrkesvux', '-6120.4', '-7400'],
        ['4010', 'Löner lärare', '21804.2', '26450'],
        ['4110', 'Arvoden', '312.9', '280'],
        ['4710', 'Personalomkostnader', '6904.8', '8366'],
        ['5020', 'Lokalhyror', '3840', '4608'],
        ['6410', 'Köpta utbildningsplatser', '5196.3', '5900'],
        ['6990', 'Övriga kostnader', '612.7', '940'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [code, text, o, b] of data) {
        putRow(ws, r, 'A', [Number(code), text]);
        num(ws, `C${r}`, tkr(o), 'tkr', '#,##0.0');
        num(ws, `D${r}`, tkr(b), 'tkr', '#,##0.0');
        num(ws, `E${r}`, tkr(b) - tkr(o), 'tkr', '#,##0.0');
        // Förbrukat % as Raindance prints it: a whole percent as a number.
        put(ws, `F${r}`, Math.round((Number(o) / Number(b)) * 100), { numFmt: '0' });
        lines.push({ row: r, key: code, side: sideOf(code), budget: tkr(b), outcome: tkr(o) });
        r++;
      }
      put(ws, `B${r}`, 'Summa verksamhet 610', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'tkr', '#,##0.0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.budget)), 'tkr', '#,##0.0', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'tkr', '#,##0.0', { bold: true });
      widths(ws, { A: 8, B: 30, C: 12, D: 12, E: 12, F: 12 });
      return built(wb, {
        family: 'ledger',
        system: 'Raindance',
        description:
          "A Raindance Kontoanalys for one verksamhet of a kommunalförbund for adult education, in tkr (said in row 3): Utfall ack through December (the closed year, said in row 3), Budget helår, Återstår (budget − outcome, as Raindance computes it) and Förbrukat % (a whole percent). Ledger signs. Utfall ack is the whole year's outcome and is compared with Budget helår; Återstår is the reported deviation and agrees on every row. Deviation = budget − outcome. The Summa row foots.",
        source: 'Kommunalförbund (vuxenutbildning), Raindance Kontoanalys',
        tests: 'Återstår as a reported deviation, Förbrukat % not an amount, Summa with the label in column B, tkr from the title',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', outcome: 'C', budget: 'D', deviation: 'E' },
            cells: { budget: ['D'], outcome: ['C'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['C', 'D', 'E'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Stratsys: Bokslut 2024 | Budget 2025 | Utfall jan–sep 2025 | Helårsprognos 2025 | Avvikelse prognos mot budget. */
function stratsysPrognos(): Fixture {
  return {
    name: 'stratsys-bokslut-budget-utfall-jan-sep-helarsprognos-avvikelse-tkr',
    build: () => {
      const wb = newBook('Stratsys');
      const ws = wb.addWorksheet('Ekonomisk uppföljning');
      put(ws, 'A1', 'Ekonomisk uppföljning per verksamhet – Region- och kommunförbundet Norrbotten, tkr', { bold: true, size: 12 });
      put(ws, 'A2', 'Delårsrapport augusti–september 2025. Positiva belopp är nettokostnader.');
      const H = 4;
      putRow(ws, H, 'A', ['Verksamhet', 'Bokslut 2024', 'Budget 2025', 'Utfall jan–sep 2025', 'Helårsprognos 2025', 'Avvikelse prognos mot budget'], {
        bold: true,
        border: true,
        wrap: true,
      });
      const data: [string, string, string, string, string][] = [
        ['Förbundsledning och kansli', '8412', '8900', '6318', '8650'],
        ['Regional utveckling', '12640', '13400', '9874', '13850'],
        ['Kompetensförsörjning', '4215', '4600', '3012', '4200'],
        ['FoU välfärd', '6890', '7250', '5633', '7600'],
        ['Digitalisering', '3104', '3900', '2177', '3400'],
        ['EU-kontor Bryssel', '2288', '2350', '1804', '2350'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, py, b, o, f] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(py), 'tkr');
        num(ws, `C${r}`, tkr(b), 'tkr');
        num(ws, `D${r}`, tkr(o), 'tkr');
        num(ws, `E${r}`, tkr(f), 'tkr');
        num(ws, `F${r}`, tkr(b) - tkr(f), 'tkr');
        lines.push({ row: r, key: label, side: 'cost', budget: tkr(b), outcome: tkr(o), forecast: tkr(f) });
        r++;
      }
      put(ws, `A${r}`, 'Summa', { bold: true });
      for (const [c, of] of [
        ['C', (l: SpecLine) => l.budget],
        ['D', (l: SpecLine) => l.outcome],
        ['E', (l: SpecLine) => l.forecast ?? null],
      ] as const)
        num(ws, `${c}${r}`, sum(lines.map(of)), 'tkr', '#,##0', { bold: true });
      widths(ws, { A: 30, B: 12, C: 12, D: 14, E: 14, F: 16 });
      return built(wb, {
        family: 'interim',
        description:
          "A Stratsys export of a regionförbund's interim follow-up per verksamhet in tkr, net costs positive (unsigned, all costs): Bokslut 2024 (the prior year, not the outcome), Budget 2025, Utfall jan–sep 2025, Helårsprognos 2025 and Avvikelse prognos mot budget (budget − forecast, the forecast deviation). The outcome covers nine months and there is no period budget: it is compared with Budget × 9/12 (pro rata, as SPEC 2.6 says), and the forecast deviation is forecast against the full-year budget. The Summa row has no Bokslut and no Avvikelse.",
        source: 'Regionförbund, Stratsys interim follow-up per verksamhet',
        tests: 'Bokslut as prior year, Utfall jan–sep as a nine-month outcome, Helårsprognos with a forecast deviation column',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', priorYear: 'B', budget: 'C', outcome: 'D', forecast: 'E', forecastDeviation: 'F' },
            period: { months: 9, basis: 'pro-rata' },
            cells: { budget: ['C'], outcome: ['D'], forecast: ['E'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['C', 'D', 'E'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'F', expect: (l: LineFigures) => l.forecastDeviation }],
      });
    },
  };
}

/** Visma Window huvudbok: Konto | Benämning | Ing. balans | Debet | Kredit | Saldo | Budget, ledger signs. */
function vismaDebetKredit(): Fixture {
  return {
    name: 'visma-window-huvudbok-debet-kredit-saldo-bredvid-budget',
    build: () => {
      const wb = newBook('Visma Window');
      const ws = wb.addWorksheet('Huvudbok');
      put(ws, 'A1', 'Huvudbok med budget 2025-01-01 – 2025-12-31', { bold: true });
      put(ws, 'A2', 'Samordningsförbundet Östra Skaraborg 222000-1234');
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Debet', 'Kredit', 'Saldo', 'Budget', 'Avvikelse'], { bold: true, border: true });
      // [konto, text, debet, kredit, budget]; saldo = debet − kredit.
      const data: [string, string, string, string, string][] = [
        ['3010', 'Medlemsbidrag Försäkringskassan', '0', '2600000', '-2600000'],
        ['3011', 'Medlemsbidrag Västra Götalandsregionen', '0', '1300000', '-1300000'],
        ['3012', 'Medlemsbidrag kommunerna', '0', '1300000', '-1300000'],
        ['4010', 'Löner', '1712440.50', '18600', '1650000'],
        ['4510', 'Arbetsgivaravgifter', '532410.25', '5844', '518000'],
        ['5010', 'Lokalhyra', '186000', '0', '186000'],
        ['6510', 'Insatser, köpta tjänster', '2416870', '212500', '2600000'],
        ['6580', 'Utvärdering', '88400', '0', '120000'],
        ['6990', 'Övrigt', '61238.75', '1230.75', '126000'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [code, text, d, k, b] of data) {
        putRow(ws, r, 'A', [code, text]);
        const saldo = kr(d) - kr(k);
        num(ws, `C${r}`, kr(d), 'kr', '#,##0.00');
        num(ws, `D${r}`, kr(k), 'kr', '#,##0.00');
        num(ws, `E${r}`, saldo, 'kr', '#,##0.00');
        num(ws, `F${r}`, kr(b), 'kr', '#,##0.00');
        num(ws, `G${r}`, kr(b) - saldo, 'kr', '#,##0.00');
        lines.push({ row: r, key: code, side: sideOf(code), budget: kr(b), outcome: saldo });
        r++;
      }
      put(ws, `B${r}`, 'Summa', { bold: true });
      for (const c of ['C', 'D']) num(ws, `${c}${r}`, sum(data.map((x) => kr(x[c === 'C' ? 2 : 3]))), 'kr', '#,##0.00', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0.00', { bold: true });
      num(ws, `F${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0.00', { bold: true });
      num(ws, `G${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 8, B: 36, C: 14, D: 14, E: 14, F: 14, G: 14 });
      return built(wb, {
        family: 'ledger',
        system: 'Visma',
        description:
          "A Visma Window huvudbok summary with budget for a samordningsförbund: per account the year's Debet and Kredit turnover, Saldo (debet − kredit, the outcome), Budget and Avvikelse (budget − saldo). Ledger signs: the member contributions are credits (negative saldo). Debet and Kredit are parts of the outcome, never the outcome or the budget. Deviation = budget − outcome; the reported Avvikelse agrees on every row and the Summa row foots in every column.",
        source: 'Samordningsförbund, Visma Window huvudbok with budget',
        tests: 'Debet and Kredit beside Saldo, Saldo as the outcome, kronor with öre',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', outcome: 'E', budget: 'F', deviation: 'G' },
            cells: { budget: ['F'], outcome: ['E'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['E', 'F', 'G'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'G', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const SYSTEMS: Fixture[] = [powerBiMatrix(), agressoHuvudbok(), raindanceKontoanalys(), stratsysPrognos(), vismaDebetKredit()];
