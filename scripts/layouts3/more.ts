/**
 * Two more shapes: Fortnox's English report with the month beside the year to date and a budget to date, and a
 * kommun's driftredovisning with Intäkter | Kostnader | Netto under both a merged Budget and a merged Utfall.
 */
import ExcelJS from 'exceljs';
import { built, Fixture, SpecLine } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, mnkr, sum } from '../layouts2/money';
import { sideOf } from './kit';

/** Fortnox (English UI): Account | Account name | Period | Year to date | Budget YTD | Budget full year; signed. */
function fortnoxEnglish(): Fixture {
  return {
    name: 'fortnox-english-period-year-to-date-budget-ytd-full-year',
    build: () => {
      const wb = newBook('Fortnox');
      const ws = wb.addWorksheet('Income statement');
      put(ws, 'A1', 'Income statement', { bold: true, size: 13 });
      put(ws, 'A2', 'Norrbottens Kommunalförbund för Kollektivtrafik');
      put(ws, 'A3', 'Financial year 2025-01-01 - 2025-12-31');
      put(ws, 'A4', 'Period 2025-09-01 - 2025-09-30');
      const H = 6;
      putRow(ws, H, 'A', ['Account', 'Account name', 'Period', 'Year to date', 'Budget YTD', 'Budget full year'], { bold: true, border: true });
      // [account, name, September, Jan–Sep, budget Jan–Sep, budget year]
      const data: [string, string, string, string, string, string][] = [
        ['3010', 'Medlemsbidrag', '1425000', '12825000', '12825000', '17100000'],
        ['3110', 'Biljettintäkter', '512340', '4388215.50', '4125000', '5600000'],
        ['3990', 'Övriga rörelseintäkter', '0', '48200', '30000', '40000'],
        ['4010', 'Trafikkostnader entreprenörer', '-1288400.25', '-11904338.75', '-11625000', '-15500000'],
        ['5010', 'Lokalhyra', '-42000', '-378000', '-378000', '-504000'],
        ['6540', 'IT-tjänster och biljettsystem', '-61215', '-602884.40', '-540000', '-720000'],
        ['7010', 'Löner tjänstemän', '-318220', '-2886912', '-2925000', '-3900000'],
        ['7510', 'Arbetsgivaravgifter', '-99983.10', '-907067.75', '-919000', '-1225400'],
        ['8410', 'Räntekostnader', '-3120', '-29455', '-33750', '-45000'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [code, name, p, ytd, bytd, b] of data) {
        putRow(ws, r, 'A', [code, name]);
        num(ws, `C${r}`, kr(p), 'kr', '#,##0.00');
        num(ws, `D${r}`, kr(ytd), 'kr', '#,##0.00');
        num(ws, `E${r}`, kr(bytd), 'kr', '#,##0.00');
        num(ws, `F${r}`, kr(b), 'kr', '#,##0.00');
        lines.push({ row: r, key: name, side: sideOf(code), budget: kr(b), periodBudget: kr(bytd), outcome: kr(ytd) });
        r++;
      }
      const total = r + 1;
      put(ws, `B${total}`, 'Calculated result', { bold: true });
      num(ws, `C${total}`, sum(data.map((d) => kr(d[2]))), 'kr', '#,##0.00', { bold: true });
      num(ws, `D${total}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0.00', { bold: true });
      num(ws, `E${total}`, sum(lines.map((l) => l.periodBudget!)), 'kr', '#,##0.00', { bold: true });
      num(ws, `F${total}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 9, B: 34, C: 15, D: 16, E: 16, F: 17 });
      return built(wb, {
        family: 'english',
        system: 'Fortnox',
        description:
          'Fortnox\'s income statement with budget, the user interface set to English, for September 2025: Period (September alone), Year to date (January–September, the outcome), Budget YTD (the budget for the same nine months) and Budget full year. Fortnox shows income positive and costs negative (signed): deviation = Year to date − Budget YTD. Period is one month and neither outcome nor budget; "Calculated result" (label in column B) is the total.',
        source: 'Fortnox Income statement with budget (English), exported to Excel',
        tests: 'one month beside the year to date, Budget YTD as the period budget, signed English ledger, result label in column B',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'signed',
            deviations: true,
            columns: { code: 'A', line: 'B', outcome: 'D', periodBudget: 'E', budget: 'F' },
            period: { months: 9, basis: 'column' },
            cells: { budget: ['F'], periodBudget: ['E'], outcome: ['D'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: total, cols: ['D', 'E', 'F'], covers: lines.map((l) => l.row) }],
      });
    },
  };
}

function merged(ws: ExcelJS.Worksheet, range: string, text: string): void {
  ws.mergeCells(range);
  put(ws, range.split(':')[0], text, { bold: true, align: 'center', border: true });
}

/** Budget 2024 and Utfall 2024 each over Intäkter | Kostnader | Netto, mnkr, costs negative; Avvikelse netto. */
function incomeCostNetBlocks(): Fixture {
  return {
    name: 'kommun-budget-och-utfall-intakter-kostnader-netto-under-sammanslagna-rubriker',
    build: () => {
      const wb = newBook('Ekonomiavdelningen');
      const ws = wb.addWorksheet('Drift per nämnd');
      put(ws, 'A1', 'Driftredovisning 2024 (mnkr)', { bold: true, size: 13 });
      merged(ws, 'B3:D3', 'Budget 2024');
      merged(ws, 'E3:G3', 'Utfall 2024');
      const H = 4;
      putRow(ws, H, 'A', ['Nämnd', 'Intäkter', 'Kostnader', 'Netto', 'Intäkter', 'Kostnader', 'Netto', 'Avvikelse'], { bold: true, border: true });
      put(ws, 'H3', '', { border: true });
      // [nämnd, budget income, budget costs, outcome income, outcome costs]
      const data: [string, string, string, string, string][] = [
        ['Kommunstyrelsen', '38.4', '-176.2', '41.9', '-183.5'],
        ['Bildningsnämnden', '61.0', '-598.7', '66.3', '-611.0'],
        ['Socialnämnden', '92.5', '-701.3', '88.1', '-716.8'],
        ['Samhällsbyggnadsnämnden', '144.8', '-232.6', '151.2', '-236.9'],
        ['Kultur- och fritidsnämnden', '9.7', '-64.9', '10.4', '-63.1'],
        ['Miljö- och hälsoskyddsnämnden', '11.2', '-19.8', '10.5', '-19.1'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [n, bi, bc, oi, oc] of data) {
        put(ws, `A${r}`, n);
        const bNet = mnkr(bi) + mnkr(bc);
        const oNet = mnkr(oi) + mnkr(oc);
        num(ws, `B${r}`, mnkr(bi), 'mnkr', '#,##0.0');
        num(ws, `C${r}`, mnkr(bc), 'mnkr', '#,##0.0');
        num(ws, `D${r}`, bNet, 'mnkr', '#,##0.0');
        num(ws, `E${r}`, mnkr(oi), 'mnkr', '#,##0.0');
        num(ws, `F${r}`, mnkr(oc), 'mnkr', '#,##0.0');
        num(ws, `G${r}`, oNet, 'mnkr', '#,##0.0');
        num(ws, `H${r}`, oNet - bNet, 'mnkr', '#,##0.0');
        lines.push({ row: r, key: n, side: 'cost', budget: bNet, outcome: oNet });
        r++;
      }
      const total = r;
      put(ws, `A${total}`, 'Summa nämnder', { bold: true });
      num(ws, `D${total}`, sum(lines.map((l) => l.budget)), 'mnkr', '#,##0.0', { bold: true });
      num(ws, `G${total}`, sum(lines.map((l) => l.outcome)), 'mnkr', '#,##0.0', { bold: true });
      num(ws, `H${total}`, sum(lines.map((l) => l.outcome! - l.budget!)), 'mnkr', '#,##0.0', { bold: true });
      widths(ws, { A: 32, B: 10, C: 10, D: 10, E: 10, F: 10, G: 10, H: 11 });
      return built(wb, {
        family: 'statement',
        description:
          'A kommun\'s driftredovisning per nämnd in mnkr: "Budget 2024" merged over Intäkter | Kostnader | Netto and "Utfall 2024" merged over the same three, then Avvikelse (netto utfall − netto budget). Costs are negative (signed). The budget and the outcome of each nämnd are the Netto columns (D and G), not the income or the costs; each nämnd is a net cost. Summa nämnder carries only the nets.',
        source: 'Kommun årsredovisning, driftredovisning with gross income and costs per nämnd',
        tests: 'three amount columns under each merged role header, Netto as the figure compared, signed',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'mnkr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', budget: 'D', outcome: 'G', deviation: 'H' },
            cells: { budget: ['D'], outcome: ['G'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'mnkr', row: total, cols: ['D', 'G', 'H'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'H', expect: (l) => l.deviation }],
      });
    },
  };
}

export const MORE: Fixture[] = [fortnoxEnglish(), incomeCostNetBlocks()];
