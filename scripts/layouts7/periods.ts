/**
 * Periods in shapes the earlier corpora lack: the months as rows of one unit (January to December down column
 * A, outcome through August), an English year-to-date report with Actuals before Budget YTD and FY Budget / FY
 * Forecast, and headers broken over lines with Alt+Enter ("Utfall\njan–aug\n2025").
 */
import { Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { inUnit, kr, sum, tkr } from '../layouts2/money';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { built7, sideOfCode } from './kit';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** Månad | Budget 2025 | Utfall 2025 | Avvikelse, one row per month; outcome jan–aug; Summa of the budget for the year. */
function monthsAsRows(): Fixture {
  return {
    name: 'manaderna-som-rader-januari-december-budget-utfall-tom-augusti-kansliets-kostnader',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Månadsuppföljning');
      put(ws, 'A1', 'Månadsuppföljning 2025 – Samordningsförbundet Västra Mälardalen, kansliets kostnader (kr)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Månad', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      const budget = ['310000', '310000', '325000', '310000', '310000', '420000', '180000', '290000', '330000', '330000', '330000', '395000'];
      const outcome = ['298412', '321877', '309150', '334208', '301640', '441902', '166330', '305118'];
      const lines: SpecLine[] = [];
      let r = H + 1;
      MONTHS.forEach((m, i) => {
        put(ws, `A${r}`, m);
        num(ws, `B${r}`, kr(budget[i]), 'kr');
        const o = i < outcome.length ? kr(outcome[i]) : null;
        num(ws, `C${r}`, o, 'kr');
        if (o !== null) num(ws, `D${r}`, kr(budget[i]) - o, 'kr');
        lines.push({ row: r, key: m, side: 'cost', budget: kr(budget[i]), outcome: o });
        r++;
      });
      put(ws, `A${r}`, 'Summa', { bold: true });
      num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.filter((l) => l.outcome !== null).map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 14, B: 14, C: 14, D: 12 });
      const booked = lines.filter((l) => l.outcome !== null);
      const sv = (o: bigint) =>
        inUnit(o, 'kr')
          .replace('-', '−')
          .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
      return built7(wb, {
        family: 'months',
        description: `A samordningsförbund's monthly follow-up of the kansli's costs with the months as rows: januari … december down column A, Budget 2025 per month (more in June for holiday pay, less in July), Utfall 2025 filled through augusti and empty after (no value: the months have not been booked), Avvikelse = budget − utfall for the booked months. Each month is a line; September–December have no outcome and so no deviation, and the total compares the outcome of January–August with the budget of the same eight months (${sv(sum(booked.map((l) => l.budget)))} against ${sv(sum(booked.map((l) => l.outcome)))}, ${sv(sum(booked.map((l) => l.budget! - l.outcome!)))}), never with the budget for the year. The Summa row holds the year's budget, the outcome so far and the sum of the monthly deviations. Unsigned costs.`,
        source: 'Samordningsförbund, månadsuppföljning of the kansli with months down the rows',
        tests: 'months as rows jan–dec, outcome through August: twelve lines, four without outcome, the total for the eight months',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C', 'D'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Cost centre | Account | Description | Actuals YTD | Budget YTD | Var | Var % | FY Budget | FY Forecast; kSEK, signed. */
function englishYtd(): Fixture {
  return {
    name: 'english-actuals-ytd-fore-budget-ytd-var-och-var-procent-fy-budget-fy-forecast-ksek',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Cost centre report');
      put(ws, 'A1', 'Kommunalförbundet Inlandsbanan – cost centre report', { bold: true, size: 12 });
      put(ws, 'A2', 'Period: August 2025 (P08), year to date');
      put(ws, 'A3', 'Amounts in kSEK. Income positive, costs negative. Var = Actuals YTD − Budget YTD.', { italic: true });
      const H = 5;
      putRow(ws, H, 'A', ['Cost centre', 'Account', 'Description', 'Actuals YTD', 'Budget YTD', 'Var', 'Var %', 'FY Budget', 'FY Forecast'], {
        bold: true,
        border: true,
      });
      const data: [string, string, string, string, string, string, string][] = [
        ['CC100', '3010', 'Member contributions', '11200', '11200', '16800', '16800'],
        ['CC100', '3050', 'Ticket revenue', '2380', '2240', '3360', '3500'],
        ['CC100', '4010', 'Salaries', '-3412', '-3320', '-4980', '-5110'],
        ['CC100', '4710', 'Payroll taxes', '-1072', '-1043', '-1565', '-1605'],
        ['CC200', '5410', 'Rolling stock maintenance', '-5960', '-5480', '-8220', '-8700'],
        ['CC200', '5610', 'Energy', '-1485', '-1620', '-2430', '-2300'],
        ['CC200', '6550', 'Consultants', '-612', '-800', '-1200', '-1000'],
        ['CC300', '6990', 'Other expenses', '-318', '-280', '-420', '-450'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [cc, acc, text, a, bytd, fy, fc] of data) {
        putRow(ws, r, 'A', [cc, Number(acc), text]);
        num(ws, `D${r}`, tkr(a), 'tkr');
        num(ws, `E${r}`, tkr(bytd), 'tkr');
        num(ws, `F${r}`, tkr(a) - tkr(bytd), 'tkr');
        put(ws, `G${r}`, Math.round(((Number(a) - Number(bytd)) / Math.abs(Number(bytd))) * 1000) / 1000, { numFmt: '0.0%' });
        num(ws, `H${r}`, tkr(fy), 'tkr');
        num(ws, `I${r}`, tkr(fc), 'tkr');
        lines.push({ row: r, key: text, side: sideOfCode(acc), budget: tkr(fy), periodBudget: tkr(bytd), outcome: tkr(a), forecast: tkr(fc) });
        r++;
      }
      put(ws, `C${r}`, 'Total', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'tkr', '#,##0', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.periodBudget)), 'tkr', '#,##0', { bold: true });
      num(ws, `F${r}`, sum(lines.map((l) => l.outcome! - l.periodBudget!)), 'tkr', '#,##0', { bold: true });
      num(ws, `H${r}`, sum(lines.map((l) => l.budget)), 'tkr', '#,##0', { bold: true });
      num(ws, `I${r}`, sum(lines.map((l) => l.forecast)), 'tkr', '#,##0', { bold: true });
      widths(ws, { A: 11, B: 9, C: 28, D: 12, E: 12, F: 9, G: 8, H: 11, I: 12 });
      return built7(wb, {
        family: 'english',
        description:
          "A kommunalförbund's English cost centre report for August 2025 in kSEK (row 3), signed (income positive, costs negative): Actuals YTD comes before Budget YTD, then Var (Actuals YTD − Budget YTD, the reported deviation), Var % (a fraction under a % format: no amount), FY Budget (the full-year budget) and FY Forecast (the full-year forecast). The year so far is compared: outcome = Actuals YTD against the period budget Budget YTD (eight months, given as a column), deviation = actual − budget YTD; the forecast deviation is FY Forecast − FY Budget. Var agrees on every row; Total foots.",
        source: 'Kommunalförbund (railway), English cost centre report year to date',
        tests: 'Actuals YTD before Budget YTD, Var and Var %, FY Budget and FY Forecast beside the year-to-date columns',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'signed',
            deviations: true,
            columns: { dimension: 'A', code: 'B', line: 'C', outcome: 'D', periodBudget: 'E', deviation: 'F', budget: 'H', forecast: 'I' },
            period: { months: 8, basis: 'column' },
            cells: { budget: ['H'], periodBudget: ['E'], outcome: ['D'], forecast: ['I'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['D', 'E', 'F', 'H', 'I'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'F', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Headers broken with Alt+Enter: "Budget\n2025", "Budget\njan–aug", "Utfall\njan–aug\n2025", "Avvikelse\njan–aug", "Prognos\nhelår". */
function altEnterHeaders(): Fixture {
  return {
    name: 'rubriker-med-radbrytning-alt-enter-budget-jan-aug-utfall-jan-aug-2025-prognos-helar-tkr',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Delår aug');
      put(ws, 'A1', 'Delårsrapport januari–augusti 2025 – Västkustens Gymnasieförbund', { bold: true, size: 12 });
      put(ws, 'A2', 'Belopp i tkr');
      const H = 4;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget\n2025', 'Budget\njan–aug', 'Utfall\njan–aug\n2025', 'Avvikelse\njan–aug', 'Prognos\nhelår'], {
        bold: true,
        border: true,
        wrap: true,
      });
      ws.getRow(H).height = 48;
      const data: [string, 'income' | 'cost', string, string, string, string][] = [
        ['Interkommunala ersättningar', 'income', '84200', '56133', '57402', '85900'],
        ['Medlemsbidrag', 'income', '96000', '64000', '64000', '96000'],
        ['Undervisning', 'cost', '118400', '78933', '80219', '120100'],
        ['Elevhälsa', 'cost', '14600', '9733', '9412', '14200'],
        ['Lokaler', 'cost', '31200', '20800', '20800', '31200'],
        ['Skolskjuts och resor', 'cost', '9800', '6533', '7105', '10400'],
        ['Administration', 'cost', '6200', '4133', '3988', '6000'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, b, pb, o, f] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(b), 'tkr');
        num(ws, `C${r}`, tkr(pb), 'tkr');
        num(ws, `D${r}`, tkr(o), 'tkr');
        num(ws, `E${r}`, side === 'income' ? tkr(o) - tkr(pb) : tkr(pb) - tkr(o), 'tkr');
        num(ws, `F${r}`, tkr(f), 'tkr');
        lines.push({ row: r, key: label, side, budget: tkr(b), periodBudget: tkr(pb), outcome: tkr(o), forecast: tkr(f) });
        r++;
      }
      widths(ws, { A: 30, B: 11, C: 11, D: 11, E: 12, F: 11 });
      return built7(wb, {
        family: 'interim',
        description:
          'A gymnasieförbund\'s delårsrapport for January–August in tkr (row 2) whose headers were broken over lines with Alt+Enter, so each header cell holds line breaks: "Budget\\n2025" (the full-year budget), "Budget\\njan–aug" (the period budget, given), "Utfall\\njan–aug\\n2025" (the outcome for eight months), "Avvikelse\\njan–aug" (the reported deviation against the period budget) and "Prognos\\nhelår" (the forecast). Read as if the breaks were spaces. Unsigned: Interkommunala ersättningar and Medlemsbidrag are income. Deviation = period budget against outcome by side; forecast deviation against the full-year budget; Avvikelse agrees.',
        source: 'Kommunalförbund (gymnasium), delårsrapport with wrapped headers',
        tests: 'header cells with line breaks (Alt+Enter): period budget, outcome, deviation and forecast read through them',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', periodBudget: 'C', outcome: 'D', deviation: 'E', forecast: 'F' },
            period: { months: 8, basis: 'column' },
            cells: { budget: ['B'], periodBudget: ['C'], outcome: ['D'], forecast: ['F'] },
            lines,
          },
        ],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const PERIODS: Fixture[] = [monthsAsRows(), englishYtd(), altEnterHeaders()];
