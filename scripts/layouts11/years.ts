/**
 * Two budget years beside one outcome year: the budget compared is the one of the outcome's year, wherever it
 * stands; the other year's budget is shown and never compared. In Swedish (Budget 2025 | Budget 2026 | Utfall
 * 2025) and in English (Budget 2025 | Outturn 2025 | Variance | Budget 2026).
 */
import { Fixture, LineFigures, SpecLine, TotalSpec } from '../layouts2/spec';
import { newBook, put, putRow, widths } from '../layouts2/sheet';
import { kr, sum } from '../layouts2/money';
import { built11, favourableDiff, sideOf, Src, sumRow, writeLines } from './kit';

/** Konto | Benämning | Budget 2025 | Budget 2026 | Utfall 2025: the officer keeps the budgets together. */
function twoBudgetsOneOutcome(): Fixture {
  return {
    name: 'budget-2025-och-budget-2026-bredvid-utfall-2025-samma-ars-budget-jamfors',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Budget och utfall');
      put(ws, 'A1', 'Samordningsförbundet Östra Skaraborg – budget 2026 och bokslut 2025 (kr)', { bold: true, size: 12 });
      put(ws, 'A2', 'Budget 2026 fastställd av styrelsen 2025-11-21. Utfall 2025 enligt bokslut.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget 2025', 'Budget 2026', 'Utfall 2025'], { bold: true, border: true });
      const data: [string, string, string, string, string][] = [
        ['3041', 'Medlemsbidrag Försäkringskassan', '3200000', '3300000', '3200000'],
        ['3042', 'Medlemsbidrag Region Västra Götaland', '1600000', '1650000', '1600000'],
        ['3043', 'Medlemsbidrag kommunerna', '1600000', '1650000', '1600000'],
        ['3590', 'Övriga intäkter', '0', '50000', '42600'],
        ['4010', 'Löner', '1480000', '1540000', '1436275'],
        ['4710', 'Sociala avgifter', '465000', '484000', '451290'],
        ['5010', 'Lokalhyra', '180000', '186000', '180000'],
        ['5810', 'Resor och konferenser', '65000', '60000', '71840'],
        ['6420', 'Revision', '90000', '95000', '88500'],
        ['6550', 'Köpta insatser', '3850000', '3990000', '3612400'],
        ['6990', 'Övriga kostnader', '270000', '295000', '248115'],
      ];
      const rows: Src[] = data.map(([k, name, b25, b26, u25]) => ({ labels: [k, name], side: sideOf(k), amounts: { C: kr(b25), D: kr(b26), E: kr(u25) } }));
      const lines = writeLines(ws, H + 1, rows, 'kr', { budget: 'C', outcome: 'E' });
      for (const l of lines) if (l.budget === 0n) l.noPercent = true;
      const r = H + 1 + lines.length;
      put(ws, `B${r}`, 'Resultat', { bold: true });
      const res = (col: 'C' | 'D' | 'E') => sum(rows.map((s) => (s.side === 'income' ? s.amounts[col]! : -s.amounts[col]!)));
      for (const c of ['C', 'D', 'E'] as const) put(ws, `${c}${r}`, Number(res(c) / 100n), { bold: true, numFmt: '#,##0' });
      const covers = lines.map((l) => (l.side === 'income' ? l.row : ([l.row, -1] as [number, -1])));
      widths(ws, { A: 8, B: 36, C: 13, D: 13, E: 13 });
      return built11(wb, {
        family: 'ledger',
        description:
          "A samordningsförbund's sheet with two budget years and one outcome year: Budget 2025 | Budget 2026 | Utfall 2025, the budgets kept together and the closed year pasted at the right. The outcome is 2025, so the budget compared is Budget 2025 (column C), not the later Budget 2026 beside it, which is next year's budget and compared with nothing. Unsigned by account class (3xxx income); Resultat = intäkter − kostnader foots in all three columns. Övriga intäkter had no budget for 2025 (0): a deviation but no percentage.",
        source: 'Samordningsförbund, budget document for 2026 with the closed 2025 beside it',
        tests: "Budget 2025 and Budget 2026 beside Utfall 2025: the budget of the outcome's year is compared",
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'E' },
            cells: { budget: ['C'], outcome: ['E'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E'], covers }],
      });
    },
  };
}

/** English: Item | Budget 2025 | Outturn 2025 | Variance | Budget 2026, sections Income and Expenditure. */
function englishOutturn(): Fixture {
  return {
    name: 'english-budget-2025-outturn-2025-variance-and-budget-2026-surplus-deficit-sek',
    build: () => {
      const wb = newBook('Head of Finance');
      const ws = wb.addWorksheet('Outturn 2025');
      put(ws, 'A1', 'North Sweden European Office – outturn report 2025', { bold: true, size: 12 });
      put(ws, 'A2', 'All amounts in SEK', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Item', 'Budget 2025', 'Outturn 2025', 'Variance', 'Budget 2026'], { bold: true, border: true });
      const sections: [string, 'income' | 'cost', string, [string, string, string, string][]][] = [
        [
          'Income',
          'income',
          'Total income',
          [
            ['Member contributions', '9400000', '9400000', '9650000'],
            ['Project funding (Interreg)', '1850000', '1512300', '1200000'],
            ['Secondment income', '420000', '468750', '430000'],
          ],
        ],
        [
          'Expenditure',
          'cost',
          'Total expenditure',
          [
            ['Staff costs', '6150000', '6287410', '6420000'],
            ['Office rent, Brussels', '1320000', '1341880', '1360000'],
            ['Travel and events', '980000', '812560', '950000'],
            ['Communication', '410000', '377120', '400000'],
            ['Other running costs', '690000', '721935', '700000'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      const byTotal: SpecLine[][] = [];
      for (const [head, side, totalLabel, data] of sections) {
        put(ws, `A${r++}`, head, { bold: true });
        const rows: Src[] = data.map(([label, b, o, b26]) => ({
          labels: [label],
          side,
          amounts: { B: kr(b), C: kr(o), D: favourableDiff(side, kr(b), kr(o)), E: kr(b26) },
        }));
        const ls = writeLines(ws, r, rows, 'kr', { budget: 'B', outcome: 'C' }, '#,##0', 'A', { indent: 1 });
        r += ls.length;
        const b26 = data.map((d) => kr(d[3]));
        sumRow(
          ws,
          r,
          'A',
          totalLabel,
          [
            ['B', (l) => l.budget],
            ['C', (l) => l.outcome],
            ['D', (l) => favourableDiff(side, l.budget!, l.outcome!)],
          ],
          ls,
          'kr',
        );
        put(ws, `E${r}`, Number(sum(b26) / 100n), { bold: true, numFmt: '#,##0' });
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C', 'D', 'E'], covers: ls.map((l) => l.row) });
        lines.push(...ls);
        byTotal.push(ls);
        r += 2;
      }
      const [inc, exp] = byTotal;
      const net = (f: (l: SpecLine) => bigint) => sum(inc.map(f)) - sum(exp.map(f));
      put(ws, `A${r}`, 'Surplus/(deficit) for the year', { bold: true });
      put(ws, `B${r}`, Number(net((l) => l.budget!) / 100n), { bold: true, numFmt: '#,##0;(#,##0)' });
      put(ws, `C${r}`, Number(net((l) => l.outcome!) / 100n), { bold: true, numFmt: '#,##0;(#,##0)' });
      put(ws, `D${r}`, Number((net((l) => l.outcome!) - net((l) => l.budget!)) / 100n), { bold: true, numFmt: '#,##0;(#,##0)' });
      const covers = lines.map((l) => (l.side === 'income' ? l.row : ([l.row, -1] as [number, -1])));
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C'], covers });
      widths(ws, { A: 34, B: 14, C: 14, D: 12, E: 14 });
      return built11(wb, {
        family: 'english',
        description:
          'A regional EU office (run by a regionförbund) reports its year in English: Item | Budget 2025 | Outturn 2025 | Variance | Budget 2026, in SEK. "Outturn" is the British word for the actual result: the outcome. The budget compared is Budget 2025, the one of the outturn\'s year; Budget 2026, to the right of the variance, is next year\'s. Income and Expenditure sections, all amounts positive (unsigned); Variance is favourable-positive and agrees; Total income, Total expenditure and "Surplus/(deficit) for the year" are totals, not lines.',
        source: "Regionförbund's Brussels office, outturn report to its board in English",
        tests: 'Outturn as the outcome; Budget 2026 right of the variance not compared; Surplus/(deficit) a total',
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
        totals,
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const YEARS: Fixture[] = [twoBudgetsOneOutcome(), englishOutturn()];
