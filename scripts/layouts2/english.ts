/**
 * English workbooks, as cross-border and EU-funded bodies keep them: a cost-centre report in SEK thousands, an
 * income statement with year to date and forecast, and an English pivot.
 */
import { built, Fixture, Side, SpecLine, TotalSpec } from './spec';
import { newBook, num, put, putRow, txt, widths } from './sheet';
import { kr, Ore, sum, tkr } from './money';

/** Cost-centre report in SEK thousands: Income and Expenses sections, Variance with favourable positive. */
function costCentreKsek(): Fixture {
  return {
    name: 'english-cost-centre-report-sek-thousands',
    build: () => {
      const wb = newBook('Finance');
      const ws = wb.addWorksheet('Budget vs actual');
      put(ws, 'A1', 'Mälardalen Regional Council', { bold: true, size: 13 });
      put(ws, 'A2', 'Budget follow-up 2024');
      put(ws, 'A3', 'Amounts in SEK thousands', { italic: true });
      const H = 5;
      putRow(ws, H, 'A', ['Cost centre', 'Account', 'Description', 'Annual budget', 'Actual', 'Variance', 'Comment'], { bold: true, border: true });
      const lines: SpecLine[] = [];
      let r = H + 1;
      const variance = (side: Side, b: Ore, a: Ore) => (side === 'income' ? a - b : b - a);
      const block = (title: string, side: Side, items: [string, string, string, string, string, string?][]) => {
        put(ws, `A${r++}`, title, { bold: true });
        const rows: number[] = [];
        for (const [cc, acc, desc, b, a, comment] of items) {
          putRow(ws, r, 'A', [cc, Number(acc), desc]);
          num(ws, `D${r}`, tkr(b), 'tkr');
          num(ws, `E${r}`, tkr(a), 'tkr');
          num(ws, `F${r}`, variance(side, tkr(b), tkr(a)), 'tkr');
          if (comment) put(ws, `G${r}`, comment, { italic: true });
          lines.push({ row: r, key: desc, side, budget: tkr(b), outcome: tkr(a) });
          rows.push(r++);
        }
        return rows;
      };
      const totals: TotalSpec[] = [];
      const totalRow = (label: string, covers: (number | [number, -1])[], varianceCovers: number[]) => {
        put(ws, `A${r}`, label, { bold: true });
        const get = (x: number) => lines.find((l) => l.row === x)!;
        const signed = (pick: (l: SpecLine) => Ore) => sum(covers.map((c) => (Array.isArray(c) ? -pick(get(c[0])) : pick(get(c)))));
        num(
          ws,
          `D${r}`,
          signed((l) => l.budget!),
          'tkr',
          '#,##0',
          { bold: true },
        );
        num(
          ws,
          `E${r}`,
          signed((l) => l.outcome!),
          'tkr',
          '#,##0',
          { bold: true },
        );
        num(ws, `F${r}`, sum(varianceCovers.map((x) => variance(get(x).side, get(x).budget!, get(x).outcome!))), 'tkr', '#,##0', { bold: true });
        totals.push({ sheet: ws.name, unit: 'tkr', row: r, cols: ['D', 'E'], covers });
        totals.push({ sheet: ws.name, unit: 'tkr', row: r, cols: ['F'], covers: varianceCovers });
        r++;
      };
      const inc = block('Income', 'income', [
        ['100 Secretariat', '3100', 'Member contributions', '18600', '18600'],
        ['200 Projects', '3300', 'Grants – Interreg', '4200', '3615', 'Final claim paid in 2025'],
        ['100 Secretariat', '3900', 'Other income', '150', '212'],
      ]);
      totalRow('Total income', inc, inc);
      r++;
      const exp = block('Expenses', 'cost', [
        ['100 Secretariat', '5000', 'Staff costs', '12400', '12918'],
        ['100 Secretariat', '6100', 'Premises', '1450', '1446'],
        ['100 Secretariat', '7000', 'Travel', '380', '512', 'Two extra board trips'],
        ['200 Projects', '4000', 'Consultants', '3900', '3140'],
        ['100 Secretariat', '7300', 'IT and telecom', '620', '701'],
        ['200 Projects', '7600', 'Meetings and events', '540', '488'],
      ]);
      totalRow('Total expenses', exp, exp);
      r++;
      totalRow('Net result', [...inc, ...exp.map((x): [number, -1] => [x, -1])], [...inc, ...exp]);
      widths(ws, { A: 18, B: 9, C: 26, D: 14, E: 12, F: 12, G: 30 });
      return built(wb, {
        family: 'english',
        description:
          'An English budget follow-up of a regional council in SEK thousands (the unit stated in a note row above the table): Cost centre, Account, Description, Annual budget, Actual, Variance, Comment; Income and Expenses sections with totals and a Net result (income − expenses). All amounts positive (unsigned); Variance is actual − budget for income and budget − actual for expenses, so positive is favourable throughout.',
        source: 'Cross-border regional council, budget follow-up in English',
        tests: 'English headers, unit from "Amounts in SEK thousands", Income/Expenses sections in an unsigned table',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { dimension: 'A', code: 'B', line: 'C', budget: 'D', outcome: 'E', deviation: 'F', comment: 'G' },
            cells: { budget: ['D'], outcome: ['E'] },
            lines,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'F', expect: (l) => l.deviation }],
      });
    },
  };
}

/** Income statement January–September: Actual YTD, Budget YTD, Variance YTD, Annual budget, Full-year forecast. */
function incomeStatementYtd(): Fixture {
  return {
    name: 'english-income-statement-ytd-forecast-parentheses',
    build: () => {
      const wb = newBook('Finance');
      const ws = wb.addWorksheet('P&L');
      put(ws, 'A1', 'Income statement', { bold: true, size: 13 });
      put(ws, 'A2', '1 January – 30 September 2024');
      put(ws, 'A3', 'SEK');
      const H = 5;
      putRow(ws, H, 'B', ['Actual YTD', 'Budget YTD', 'Variance YTD', 'Annual budget', 'Full-year forecast'], { bold: true, border: true, wrap: true });
      const fmt = '#,##0;(#,##0)';
      const lines: SpecLine[] = [];
      let r = H + 1;
      const item = (label: string, side: Side, a: string, yb: string, b: string, f: string, asText = false) => {
        put(ws, `A${r}`, label);
        if (asText) txt(ws, `B${r}`, kr(a), 'kr', { minus: 'paren' });
        else num(ws, `B${r}`, kr(a), 'kr', fmt);
        num(ws, `C${r}`, kr(yb), 'kr', fmt);
        num(ws, `D${r}`, kr(a) - kr(yb), 'kr', fmt);
        num(ws, `E${r}`, kr(b), 'kr', fmt);
        num(ws, `F${r}`, kr(f), 'kr', fmt);
        lines.push({ row: r, key: label, side, budget: kr(b), periodBudget: kr(yb), outcome: kr(a), forecast: kr(f) });
        return r++;
      };
      const totals: TotalSpec[] = [];
      const total = (label: string, rows: number[]) => {
        const ls = lines.filter((l) => rows.includes(l.row));
        put(ws, `A${r}`, label, { bold: true });
        num(ws, `B${r}`, sum(ls.map((l) => l.outcome)), 'kr', fmt, { bold: true });
        num(ws, `C${r}`, sum(ls.map((l) => l.periodBudget)), 'kr', fmt, { bold: true });
        num(ws, `D${r}`, sum(ls.map((l) => l.outcome! - l.periodBudget!)), 'kr', fmt, { bold: true });
        num(ws, `E${r}`, sum(ls.map((l) => l.budget)), 'kr', fmt, { bold: true });
        num(ws, `F${r}`, sum(ls.map((l) => l.forecast)), 'kr', fmt, { bold: true });
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C', 'D', 'E', 'F'], covers: rows });
        r++;
      };
      const inc = [
        item('Member contributions', 'income', '9450000', '9450000', '12600000', '12600000'),
        item('Grants', 'income', '1812400', '2100000', '2800000', '2550000'),
        item('Other income', 'income', '96210', '75000', '100000', '120000'),
      ];
      total('Total income', inc);
      const exp = [
        item('Staff costs', 'cost', '-7204880', '-7050000', '-9400000', '-9610000'),
        item('Premises', 'cost', '-1050000', '-1050000', '-1400000', '-1400000'),
        item('Purchased services', 'cost', '-2318450', '-2700000', '-3600000', '-3350000'),
        item('Travel', 'cost', '-201338', '-180000', '-240000', '-265000'),
        item('Depreciation', 'cost', '-187500', '-187500', '-250000', '-250000'),
      ];
      total('Total expenses', exp);
      total('Operating result', [...inc, ...exp]);
      const fin = [
        item('Financial income', 'income', '14250', '7500', '10000', '18000'),
        item('Financial expenses', 'cost', '-3250', '-4500', '-6000', '-5000', true),
      ];
      total('Net result', [...inc, ...exp, ...fin]);
      widths(ws, { A: 26, B: 13, C: 13, D: 13, E: 13, F: 13 });
      return built(wb, {
        family: 'english',
        description:
          'An English income statement for January–September in SEK: Actual YTD, Budget YTD, Variance YTD (actual − budget), Annual budget and Full-year forecast. Signed, with negatives shown in parentheses by the number format (the cells hold negative numbers), and one cell (Financial expenses) typed as the text "(3 250)". Operating result and Net result are totals. The comparison is nine months: Actual YTD against Budget YTD.',
        source: 'EU-funded body, quarterly income statement in English',
        tests: 'Budget YTD as period budget, Operating result as a subtotal, parentheses as negatives, forecast',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'signed',
            deviations: true,
            columns: { outcome: 'B', periodBudget: 'C', deviation: 'D', budget: 'E', forecast: 'F' },
            period: { months: 9, basis: 'column' },
            cells: { budget: ['E'], periodBudget: ['C'], outcome: ['B'], forecast: ['F'] },
            lines,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'D', expect: (l) => l.deviation }],
      });
    },
  };
}

/** An English pivot by focus area: group label rows, "<area> Total" rows after each group, Grand Total. */
function englishPivotFocusAreas(): Fixture {
  return {
    name: 'english-pivot-focus-area-totals',
    build: () => {
      const wb = newBook('Project office');
      const ws = wb.addWorksheet('Sheet1');
      putRow(ws, 1, 'A', ['Year', 2024]);
      const H = 3;
      putRow(ws, H, 'A', ['Row Labels', 'Sum of Budget 2024', 'Sum of Actual 2024'], { bold: true, fill: 'FFDDEBF7' });
      const areas: [string, [string, string, string][]][] = [
        [
          'Green transition',
          [
            ['Interreg project income', '-2600000', '-2415300'],
            ['Circular Baltic', '1450000', '1388420'],
            ['Hydrogen corridor study', '900000', '1046750'],
            ['Energy advisory network', '620000', '574100'],
          ],
        ],
        [
          'Skills and labour market',
          [
            ['Cross-border job portal', '480000', '512330'],
            ['Mutual recognition of qualifications', '350000', '198400'],
          ],
        ],
        [
          'Transport and accessibility',
          [
            ['Ferry line analysis', '300000', '296000'],
            ['Rail timetable coordination', '750000', '802150'],
            ['Cycle tourism route', '210000', '143900'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      for (const [area, items] of areas) {
        put(ws, `A${r++}`, area, { bold: true });
        const start = lines.length;
        for (const [name, b, a] of items) {
          put(ws, `A${r}`, name, { indent: 1 });
          num(ws, `B${r}`, kr(b), 'kr', '#,##0');
          num(ws, `C${r}`, kr(a), 'kr', '#,##0');
          lines.push({ row: r, key: name, group: area, side: kr(b) < 0n ? 'income' : 'cost', budget: kr(b), outcome: kr(a) });
          r++;
        }
        const own = lines.slice(start);
        put(ws, `A${r}`, `${area} Total`, { bold: true });
        num(ws, `B${r}`, sum(own.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
        num(ws, `C${r}`, sum(own.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C'], covers: own.map((l) => l.row) });
        r++;
      }
      put(ws, `A${r}`, 'Grand Total', { bold: true });
      num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C'], covers: lines.map((l) => l.row) });
      widths(ws, { A: 40, B: 20, C: 20 });
      return built(wb, {
        family: 'english',
        system: 'Excel pivot',
        description:
          'An English Excel pivot of a cross-border secretariat\'s project ledger, pasted as values on "Sheet1": Row Labels with a focus area as a label row, its projects indented under it, a "<focus area> Total" row after each group (English Excel puts Total after the item) and a Grand Total. Ledger signs: the Interreg project income is negative, project costs positive. The summary is per focus area.',
        source: 'English Excel pivot (compact form, subtotals at bottom) of a project ledger',
        tests: '"X Total" rows are totals, Grand Total, group label rows, English pivot wording',
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
            groups: true,
            count: true,
          },
        ],
        totals,
      });
    },
  };
}

export const ENGLISH: Fixture[] = [costCentreKsek(), incomeStatementYtd(), englishPivotFocusAreas()];
