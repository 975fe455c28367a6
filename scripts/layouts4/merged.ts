/**
 * Two more shapes: the label column headed "Belopp i tkr" (the unit, in a word that is also an outcome header),
 * and a Hypergene report whose Ansvar cells are merged down over their accounts.
 */
import { built, Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, sum, tkr } from '../layouts2/money';
import { sideOf } from '../layouts3/kit';

/** Header row: "Belopp i tkr | Budget 2025 | Utfall 2025 | Avvikelse", a resultaträkning-like list, unsigned. */
function beloppITkrLabel(): Fixture {
  return {
    name: 'radrubriken-belopp-i-tkr-over-benamningarna-budget-utfall-avvikelse',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Drift');
      put(ws, 'A1', 'Driftsammanställning helår 2025', { bold: true, size: 12 });
      put(ws, 'A2', 'Kommunalförbundet Medelpads Räddningstjänst');
      const H = 4;
      putRow(ws, H, 'A', ['Belopp i tkr', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      const data: [string, 'income' | 'cost', string, string][] = [
        ['Medlemsbidrag', 'income', '98450', '98450'],
        ['Avtalsintäkter automatlarm', 'income', '2300', '2612'],
        ['Utbildning externa kunder', 'income', '1150', '968'],
        ['Personalkostnader', 'cost', '71240', '72918'],
        ['Lokalkostnader', 'cost', '12600', '12544'],
        ['Fordon och drivmedel', 'cost', '6850', '7422'],
        ['Övriga kostnader', 'cost', '7410', '6877'],
        ['Avskrivningar', 'cost', '3800', '3712'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, b, o] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(b), 'tkr');
        num(ws, `C${r}`, tkr(o), 'tkr');
        num(ws, `D${r}`, side === 'income' ? tkr(o) - tkr(b) : tkr(b) - tkr(o), 'tkr');
        lines.push({ row: r, key: label, side, budget: tkr(b), outcome: tkr(o) });
        r++;
      }
      widths(ws, { A: 32, B: 13, C: 13, D: 12 });
      return built(wb, {
        family: 'statement',
        description:
          'A räddningstjänstförbund\'s drift summary whose label column is headed "Belopp i tkr" (as many Swedish statements print the unit over the row labels): that cell is the unit and the label column\'s header, not an outcome column ("Belopp" alone would be one). So the unit is tkr, column A holds the labels, and Budget 2025 / Utfall 2025 are budget and outcome. Unsigned: the first three rows are income (Medlemsbidrag, Avtalsintäkter, and Utbildning externa kunder: training sold to outside customers, which the sheet\'s own Avvikelse, outcome − budget = −182 tkr, confirms). Avvikelse follows the favourable-positive rule and agrees on every row. No total row.',
        source: 'Kommunalförbund (räddningstjänst), drift summary with the unit over the labels',
        tests: '"Belopp i tkr" as the label column header (the unit, not an outcome column), a sales line whose name starts with a cost word',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
        ],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Hypergene: Ansvar merged down over its accounts (value only in the first cell), ledger signs, kr. */
function hypergeneMergedAnsvar(): Fixture {
  return {
    name: 'hypergene-ansvar-sammanslaget-nedat-over-sina-konton',
    build: () => {
      const wb = newBook('Hypergene');
      const ws = wb.addWorksheet('Rapport');
      put(ws, 'A1', 'Resultatrapport ansvar/konto – Samordningsförbundet Centrala Östergötland, 2024', { bold: true });
      const H = 3;
      putRow(ws, H, 'A', ['Ansvar', 'Konto', 'Budget', 'Utfall'], { bold: true, border: true });
      const blocks: [string, [string, string, string][]][] = [
        [
          '100 Förbundsgemensamt',
          [
            ['3010 Medlemsbidrag', '-8400000', '-8400000'],
            ['6420 Revision', '120000', '108750'],
            ['6990 Övrigt', '85000', '64318'],
          ],
        ],
        [
          '200 Kansli',
          [
            ['4010 Löner', '1960000', '2041775'],
            ['4510 Arbetsgivaravgifter', '616000', '641526'],
            ['5010 Lokalhyra', '210000', '210000'],
          ],
        ],
        [
          '310 Insats Motivationslyftet',
          [
            ['4010 Löner', '1240000', '1118600'],
            ['5810 Resor', '36000', '22140'],
            ['6550 Köpta tjänster', '410000', '462380'],
          ],
        ],
        [
          '320 Insats Språkstöd',
          [
            ['4010 Löner', '980000', '1012460'],
            ['6550 Köpta tjänster', '350000', '287115'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [ansvar, rows] of blocks) {
        const first = r;
        put(ws, `A${r}`, ansvar, { bold: true });
        for (const [k, b, o] of rows) {
          put(ws, `B${r}`, k);
          num(ws, `C${r}`, kr(b), 'kr');
          num(ws, `D${r}`, kr(o), 'kr');
          lines.push({ row: r, key: k, side: sideOf(k), budget: kr(b), outcome: kr(o), group: ansvar });
          r++;
        }
        ws.mergeCells(`A${first}:A${r - 1}`);
        ws.getCell(`A${first}`).alignment = { vertical: 'top' };
      }
      put(ws, `A${r}`, 'Totalt', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 30, B: 28, C: 13, D: 13 });
      return built(wb, {
        family: 'ledger',
        description:
          'A Hypergene report per ansvar and konto for a samordningsförbund, kronor, ledger signs: each Ansvar cell is merged down over its accounts (A4:A6, A7:A9, …), so the ansvar stands only in the first cell of the merge and the rows below have it by the merge. Account 4010 recurs under three ansvar, told apart by row. Grouped by Ansvar (four groups); deviation = budget − outcome. The Totalt row foots.',
        source: 'Samordningsförbund, Hypergene resultatrapport with merged ansvar cells',
        tests: 'a dimension column merged down over its rows, the same account under several ansvar',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { dimension: 'A', line: 'B', budget: 'C', outcome: 'D' },
            groupBy: 'Ansvar',
            groups: true,
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D'], covers: lines.map((l) => l.row) }],
      });
    },
  };
}

export const MERGED: Fixture[] = [beloppITkrLabel(), hypergeneMergedAnsvar()];
