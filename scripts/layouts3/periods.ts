/**
 * Periods the first two corpora do not have: a budget per quarter with outcome for two quarters, month columns
 * with quarter sums between them, and year-named columns ("Budget 2025", "Utfall 2025-08-31") beside last year's.
 */
import ExcelJS from 'exceljs';
import { built, Fixture, SpecLine } from '../layouts2/spec';
import { formula, letter, newBook, num, put, putRow, widths, colNum } from '../layouts2/sheet';
import { kr, sum, tkr } from '../layouts2/money';
import { sideOf } from './kit';

function merge(ws: ExcelJS.Worksheet, range: string, text: string): void {
  ws.mergeCells(range);
  put(ws, range.split(':')[0], text, { bold: true, align: 'center', border: true });
}

/** Budget Q1–Q4 and Utfall Q1–Q4 under merged headers, outcome for Q1 and Q2 only, in tkr. */
function quarters(): Fixture {
  return {
    name: 'kvartal-budget-q1-q4-utfall-q1-q2-sammanslagna-rubriker-tkr',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Kvartal 2025');
      put(ws, 'A1', 'Regionförbundet Östra Götaland – uppföljning per kvartal 2025 (tkr)', { bold: true, size: 12 });
      merge(ws, 'B3:F3', 'Budget 2025');
      merge(ws, 'G3:K3', 'Utfall 2025');
      const H = 4;
      putRow(ws, H, 'A', ['Verksamhet', 'Q1', 'Q2', 'Q3', 'Q4', 'Helår', 'Q1', 'Q2', 'Q3', 'Q4', 'Hittills'], { bold: true, border: true });
      const data: [string, 'income' | 'cost', string[], string[]][] = [
        ['Medlemsavgifter', 'income', ['6150', '6150', '6150', '6150'], ['6150', '6150']],
        ['Statsbidrag regional utveckling', 'income', ['1200', '1200', '1200', '1200'], ['0', '2480']],
        ['Kansli och ledning', 'cost', ['2140', '2210', '1760', '2290'], ['2218.4', '2301.7']],
        ['Kollektivtrafikplanering', 'cost', ['1480', '1520', '1190', '1610'], ['1391.2', '1655.9']],
        ['Kompetensförsörjning', 'cost', ['960', '1040', '620', '1180'], ['702.5', '1318.3']],
        ['Näringsliv och innovation', 'cost', ['1850', '1900', '1400', '2050'], ['1620', '2040.6']],
        ['Internationella projekt', 'cost', ['740', '760', '540', '860'], ['915.8', '688.1']],
        ['Lokaler och IT', 'cost', ['820', '820', '820', '820'], ['834.6', '811.2']],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, bq, oq] of data) {
        put(ws, `A${r}`, label);
        const b = bq.map((x) => tkr(x));
        const o = oq.map((x) => tkr(x));
        b.forEach((v, i) => num(ws, `${letter(2 + i)}${r}`, v, 'tkr', '#,##0'));
        formula(ws, `F${r}`, `SUM(B${r}:E${r})`, sum(b), 'tkr', '#,##0');
        o.forEach((v, i) => num(ws, `${letter(7 + i)}${r}`, v, 'tkr', '#,##0.0'));
        formula(ws, `K${r}`, `SUM(G${r}:J${r})`, sum(o), 'tkr', '#,##0.0');
        lines.push({ row: r, key: label, side, budget: sum(b), periodBudget: b[0] + b[1], outcome: sum(o) });
        r++;
      }
      put(ws, `A${r}`, 'Summa', { bold: true });
      widths(ws, { A: 32, B: 8, C: 8, D: 8, E: 8, F: 9, G: 8, H: 8, I: 8, J: 8, K: 9 });
      return built(wb, {
        family: 'months',
        description:
          'A regionförbund\'s follow-up per quarter in tkr, unsigned: "Budget 2025" merged over Q1–Q4 and a Helår sum, "Utfall 2025" merged over Q1–Q4 (Q3 and Q4 empty) and a Hittills sum. The outcome covers two quarters, so it is compared with the budget of Q1 and Q2 (the budget\'s own quarters), not the year. Helår and Hittills are sums, not periods. Medlemsavgifter and Statsbidrag are income. The Summa row is empty (the sheet was not finished).',
        source: 'Regionförbund, kvartalsuppföljning kept in Excel',
        tests: 'quarters as periods, outcome through Q2 against the budget of Q1–Q2, sum columns not added again',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            period: { months: 6, basis: 'months' },
            cells: { budget: ['B', 'C', 'D', 'E'], periodBudget: ['B', 'C'], outcome: ['G', 'H', 'I', 'J'] },
            lines,
          },
        ],
      });
    },
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Twelve month columns with a "Kv n" sum after every third month, outcome through August, annual budget first. */
function monthsWithQuarterSums(): Fixture {
  return {
    name: 'manader-med-kvartalssummor-emellan-utfall-tom-augusti',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Utfall per månad');
      put(ws, 'A1', 'Utfall per månad 2025, ledger (intäkter negativa)', { bold: true, size: 12 });
      put(ws, 'A2', 'Räddningstjänsten Västra Mälardalen, kronor');
      const H = 4;
      const cols: { label: string; month?: number; quarter?: number }[] = [];
      MONTHS.forEach((m, i) => {
        cols.push({ label: m, month: i });
        if (i % 3 === 2) cols.push({ label: `Kv ${(i + 1) / 3}`, quarter: (i + 1) / 3 });
      });
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Årsbudget', ...cols.map((c) => c.label), 'Summa'], { bold: true, border: true });
      const data: [string, string, string, string[]][] = [
        ['3110', 'Medlemsbidrag', '-38400000', Array(8).fill('-3200000')],
        ['3510', 'Avgifter automatlarm', '-1150000', ['-88200', '-91400', '-96100', '-94800', '-97700', '-92150', '-89900', '-101250']],
        ['5010', 'Löner heltidsbrandmän', '14600000', ['1180420', '1174880.50', '1191230', '1201548.25', '1188003', '1902311.60', '1644219', '1206187.75']],
        ['5020', 'Löner deltidsbrandmän', '9800000', ['702310', '688450', '741222.40', '799340', '845906', '1012834.80', '1199230.15', '987115']],
        ['5410', 'Arbetsgivaravgifter', '7667000', ['591538', '585437.30', '607160', '629117.70', '638036', '936871', '893441.65', '688988']],
        ['6410', 'Drivmedel', '880000', ['61230.40', '58710', '74115.25', '66020', '81334.60', '77812', '92110.90', '70455']],
        ['6430', 'Fordonsunderhåll', '1240000', ['44120', '161230', '88450', '127700.50', '93318', '40560', '21890', '156004']],
        ['7810', 'Avskrivningar', '3300000', Array(8).fill('275000')],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [code, name, b, ms] of data) {
        putRow(ws, r, 'A', [code, name]);
        num(ws, `C${r}`, kr(b), 'kr', '#,##0');
        const months = ms.map((x) => kr(x));
        const monthCols: string[] = [];
        cols.forEach((c, i) => {
          const col = letter(4 + i);
          if (c.month !== undefined) {
            monthCols.push(col);
            if (c.month < months.length) num(ws, `${col}${r}`, months[c.month], 'kr', '#,##0');
          } else {
            const q = c.quarter!;
            const inQ = months.slice((q - 1) * 3, q * 3);
            if (inQ.length)
              formula(ws, `${col}${r}`, `SUM(${letter(colNum(col) - 3)}${r}:${letter(colNum(col) - 1)}${r})`, sum(inQ), 'kr', '#,##0', { bold: true });
          }
        });
        const last = letter(4 + cols.length);
        formula(ws, `${last}${r}`, `D${r}+E${r}+F${r}+H${r}+I${r}+J${r}+L${r}+M${r}+N${r}+P${r}+Q${r}+R${r}`, sum(months), 'kr', '#,##0', { bold: true });
        lines.push({ row: r, key: name, side: sideOf(code), budget: kr(b), outcome: sum(months) });
        r++;
      }
      widths(ws, { A: 8, B: 26, C: 13 });
      const monthCols = cols.map((c, i) => (c.month !== undefined ? letter(4 + i) : null)).filter((c): c is string => c !== null);
      return built(wb, {
        family: 'months',
        description:
          'An outcome per month in kronor from the ledger (income negative), with the annual budget in column C, and after every third month a "Kv 1" … "Kv 4" column that sums its quarter (formulas), and a Summa column of the months. Outcome runs January–August (September–December empty; Kv 3 holds July–August). The quarter and Summa columns must not be added to the months. Year to date: eight months against 8/12 of the annual budget (pro rata, the budget has no months).',
        source: 'Kommunalförbund (räddningstjänst), månadsuppföljning with quarter columns kept in Excel',
        tests: 'quarter sum columns between the months, outcome through August, annual budget pro rata, ledger signs',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C' },
            period: { months: 8, basis: 'pro-rata' },
            cells: { budget: ['C'], outcome: monthCols },
            lines,
          },
        ],
      });
    },
  };
}

/** "Budget 2025 | Utfall 2024-08-31 | Utfall 2025-08-31 | Prognos 2025 | Avvikelse prognos": an August interim. */
function yearNamedColumns(): Fixture {
  return {
    name: 'budget-2025-utfall-2025-08-31-bredvid-fjolarets-prognos-tkr',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Delår aug');
      put(ws, 'A1', 'Delårsrapport augusti 2025 – driftredovisning per verksamhet', { bold: true, size: 12 });
      put(ws, 'A2', 'Belopp i tkr. Nettokostnad (kostnader minus intäkter).');
      const H = 4;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget 2025', 'Utfall 2024-08-31', 'Utfall 2025-08-31', 'Prognos 2025', 'Avvikelse prognos/budget'], {
        bold: true,
        border: true,
        wrap: true,
      });
      const data: [string, string, string, string, string][] = [
        ['Förbundsstyrelse och revision', '1860', '1104', '1187', '1790'],
        ['Förbundskansli', '7420', '4610', '5066', '7610'],
        ['Vuxenutbildning', '18340', '11782', '12390', '18900'],
        ['Gymnasiesärskola', '9650', '6014', '6822', '10120'],
        ['Yrkeshögskola', '4210', '2390', '2514', '3980'],
        ['Fastigheter och lokaler', '6300', '4188', '4266', '6300'],
        ['Gemensam IT', '2980', '1760', '2241', '3150'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, prior, o, f] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(b), 'tkr');
        num(ws, `C${r}`, tkr(prior), 'tkr');
        num(ws, `D${r}`, tkr(o), 'tkr');
        num(ws, `E${r}`, tkr(f), 'tkr');
        num(ws, `F${r}`, tkr(b) - tkr(f), 'tkr');
        lines.push({ row: r, key: label, side: 'cost', budget: tkr(b), outcome: tkr(o), forecast: tkr(f) });
        r++;
      }
      put(ws, `A${r}`, 'Summa', { bold: true });
      for (const [c, i] of [
        ['B', 1],
        ['C', 2],
        ['D', 3],
        ['E', 4],
      ] as [string, number][])
        num(ws, `${c}${r}`, sum(data.map((d) => tkr(d[i]))), 'tkr', '#,##0', { bold: true });
      num(ws, `F${r}`, sum(data.map((d) => tkr(d[1]) - tkr(d[4]))), 'tkr', '#,##0', { bold: true });
      widths(ws, { A: 30, B: 11, C: 12, D: 12, E: 11, F: 14 });
      return built(wb, {
        family: 'interim',
        description:
          'A kommunalförbund\'s August interim report in tkr, net costs (unsigned): "Budget 2025", last year\'s "Utfall 2024-08-31" (the prior year, not the outcome), this year\'s "Utfall 2025-08-31" (the outcome, eight months), "Prognos 2025" and "Avvikelse prognos/budget" (= budget − forecast, the forecast deviation). The outcome is compared with 8/12 of the year\'s budget (pro rata); the forecast with the whole budget.',
        source: 'Kommunalförbund (utbildning), delårsrapport per verksamhet',
        tests: 'dates in the headers, the later year is the outcome, pro-rata budget for eight months, forecast deviation column',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', priorYear: 'C', outcome: 'D', forecast: 'E', forecastDeviation: 'F' },
            period: { months: 8, basis: 'pro-rata' },
            cells: { budget: ['B'], outcome: ['D'], forecast: ['E'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C', 'D', 'E', 'F'], covers: lines.map((l) => l.row) }],
      });
    },
  };
}

export const PERIODS: Fixture[] = [quarters(), monthsWithQuarterSums(), yearNamedColumns()];
