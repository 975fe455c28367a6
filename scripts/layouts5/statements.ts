/**
 * Statements of kommuner and förbund in shapes the earlier corpora lack: a nämnd's kommunbidrag (its ram) as
 * the budget with Resultat as the deviation, "S:a" sum rows between blank rows, and a budget adjusted during the
 * year (ursprunglig budget, ombudgetering, tilläggsanslag, justerad budget).
 */
import { Fixture, LineFigures, SpecLine, TotalSpec } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, mnkr, sum, tkr } from '../layouts2/money';
import { built5 } from './kit';

/** Nämnd | Kommunbidrag 2025 | Nettokostnad 2025 | Resultat 2025 | Resultat 2024; mnkr. */
function kommunbidrag(): Fixture {
  return {
    name: 'kommun-namnder-kommunbidrag-som-budget-nettokostnad-resultat-mnkr',
    build: () => {
      const wb = newBook('Kommunledningskontoret');
      const ws = wb.addWorksheet('Nämnderna');
      put(ws, 'A1', 'Nämndernas resultat 2025, mnkr', { bold: true, size: 12 });
      put(ws, 'A2', 'Resultat = kommunbidrag − nettokostnad. Positivt resultat är ett överskott mot ramen.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Nämnd', 'Kommunbidrag 2025', 'Nettokostnad 2025', 'Resultat 2025', 'Resultat 2024'], { bold: true, border: true, wrap: true });
      const data: [string, string, string, string][] = [
        ['Kommunstyrelsen', '182.4', '176.95', '3.1'],
        ['Barn- och utbildningsnämnden', '1304.6', '1321.84', '-12.4'],
        ['Socialnämnden', '1188.2', '1216.07', '-21.8'],
        ['Kultur- och fritidsnämnden', '141.3', '138.62', '0.9'],
        ['Samhällsbyggnadsnämnden', '96.8', '91.47', '4.2'],
        ['Miljö- och hälsoskyddsnämnden', '14.9', '14.31', '0.3'],
        ['Överförmyndarnämnden', '8.6', '9.12', '-0.4'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, o, py] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, mnkr(b), 'mnkr', '#,##0.0');
        num(ws, `C${r}`, mnkr(o), 'mnkr', '#,##0.0');
        num(ws, `D${r}`, mnkr(b) - mnkr(o), 'mnkr', '#,##0.0');
        num(ws, `E${r}`, mnkr(py), 'mnkr', '#,##0.0');
        lines.push({ row: r, key: label, side: 'cost', budget: mnkr(b), outcome: mnkr(o) });
        r++;
      }
      put(ws, `A${r}`, 'Summa nämnder', { bold: true });
      num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'mnkr', '#,##0.0', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'mnkr', '#,##0.0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'mnkr', '#,##0.0', { bold: true });
      num(ws, `E${r}`, sum(data.map((d) => mnkr(d[3]))), 'mnkr', '#,##0.0', { bold: true });
      widths(ws, { A: 32, B: 14, C: 14, D: 13, E: 13 });
      return built5(wb, {
        family: 'statement',
        description:
          "A kommun's table of the nämnder's results in mnkr, as the årsredovisning has it: Kommunbidrag 2025 (the ram each nämnd was given: its budget), Nettokostnad 2025 (the outcome), Resultat 2025 (kommunbidrag − nettokostnad, the nämnd's deviation, said in row 2) and Resultat 2024 (last year's deviation: no role). Net costs, all positive (unsigned): each nämnd is a cost; a kommunbidrag is the budget here, not an income line. Deviation = budget − outcome; Resultat 2025 agrees on every row; the Summa row foots in every column.",
        source: 'Kommun årsredovisning, nämndernas resultat mot kommunbidrag',
        tests: "Kommunbidrag as the budget, Nettokostnad as the outcome, Resultat as the reported deviation, last year's Resultat ignored",
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'mnkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'mnkr', row: r, cols: ['B', 'C', 'D', 'E'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Groups closed by "S:a …" rows, blank rows between, "S:a Kostnader" over two, "Summa totalt" at the end; signed kr. */
function saRows(): Fixture {
  return {
    name: 's-a-summarader-och-blanka-rader-mellan-grupperna-summa-totalt-signerat',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Resultat 2025');
      put(ws, 'A1', 'Budgetuppföljning helår 2025 – Samordningsförbundet Gävleborg Väst (kr)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      type G = [string, [string, string, string, string][]];
      // signed: income +, costs −
      const groups: G[] = [
        [
          'Intäkter',
          [
            ['3010', 'Bidrag Försäkringskassan', '2900000', '2900000'],
            ['3011', 'Bidrag Region Gävleborg', '1450000', '1450000'],
            ['3012', 'Bidrag kommunerna', '1450000', '1450000'],
            ['3990', 'Övriga intäkter', '0', '38500'],
          ],
        ],
        [
          'Personalkostnader',
          [
            ['4010', 'Löner', '-1720000', '-1689412'],
            ['4510', 'Arbetsgivaravgifter', '-540400', '-530812'],
            ['4610', 'Pensionskostnader', '-98000', '-104377'],
            ['4710', 'Övriga personalkostnader', '-45000', '-61208'],
          ],
        ],
        [
          'Övriga kostnader',
          [
            ['5010', 'Lokalhyra', '-204000', '-204000'],
            ['6110', 'Kontorsmaterial', '-18000', '-9412'],
            ['6420', 'Revision', '-95000', '-88750'],
            ['6510', 'Köpta insatser', '-3200000', '-2905118'],
            ['6990', 'Övrigt', '-120000', '-147210'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      const groupRows: Record<string, number[]> = {};
      for (const [g, items] of groups) {
        groupRows[g] = [];
        for (const [konto, text, b, o] of items) {
          putRow(ws, r, 'A', [Number(konto), text]);
          num(ws, `C${r}`, kr(b), 'kr');
          num(ws, `D${r}`, kr(o), 'kr');
          num(ws, `E${r}`, kr(o) - kr(b), 'kr');
          lines.push({ row: r, key: konto, side: konto.startsWith('3') ? 'income' : 'cost', budget: kr(b), outcome: kr(o) });
          groupRows[g].push(r);
          r++;
        }
        const ls = lines.filter((l) => groupRows[g].includes(l.row));
        put(ws, `B${r}`, `S:a ${g}`, { bold: true });
        num(ws, `C${r}`, sum(ls.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
        num(ws, `D${r}`, sum(ls.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
        num(ws, `E${r}`, sum(ls.map((l) => l.outcome! - l.budget!)), 'kr', '#,##0', { bold: true });
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E'], covers: groupRows[g] });
        r += 2; // a blank row after each group
      }
      const costRows = [...groupRows.Personalkostnader, ...groupRows['Övriga kostnader']];
      const costs = lines.filter((l) => costRows.includes(l.row));
      put(ws, `B${r}`, 'S:a Kostnader', { bold: true });
      num(ws, `C${r}`, sum(costs.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(costs.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `E${r}`, sum(costs.map((l) => l.outcome! - l.budget!)), 'kr', '#,##0', { bold: true });
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E'], covers: costRows });
      r += 2;
      put(ws, `B${r}`, 'Summa totalt', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.outcome! - l.budget!)), 'kr', '#,##0', { bold: true });
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E'], covers: lines.map((l) => l.row) });
      widths(ws, { A: 8, B: 30, C: 13, D: 13, E: 13 });
      return built5(wb, {
        family: 'statement',
        description:
          'A samordningsförbund\'s year-end follow-up in kronor, signed (income positive, costs negative): three groups of accounts, each closed by a sum row labelled with the abbreviation "S:a" ("S:a Intäkter", "S:a Personalkostnader", "S:a Övriga kostnader") and followed by a blank row; then "S:a Kostnader" over the two cost groups and "Summa totalt" (the result) over everything. There are no group header rows: the group is named only by its S:a row beneath it. "S:a" means Summa: every S:a row is a total, none is a line, and each foots. Deviation = outcome − budget, as the Avvikelse column has it.',
        source: 'Samordningsförbund, budgetuppföljning kept in Excel with S:a rows',
        tests: '"S:a" sum rows as totals, blank rows between groups, a sum of sums, "Summa totalt", signed',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'signed',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Ursprunglig budget | Ombudgetering | Tilläggsanslag | Justerad budget | Utfall | Avvikelse mot justerad budget. */
function adjustedBudget(): Fixture {
  return {
    name: 'ursprunglig-budget-ombudgetering-tillaggsanslag-justerad-budget-utfall-tkr',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Drift 2025');
      put(ws, 'A1', 'Driftredovisning 2025 – Kommunalförbundet Kollektivtrafik Öst (tkr)', { bold: true, size: 12 });
      const H = 3;
      putRow(
        ws,
        H,
        'A',
        ['Verksamhet', 'Ursprunglig budget', 'Ombudgetering', 'Tilläggsanslag', 'Justerad budget', 'Utfall', 'Avvikelse mot justerad budget'],
        { bold: true, border: true, wrap: true },
      );
      // label, ursprunglig, ombudgetering, tillägg, utfall (net costs, tkr)
      const data: [string, string, string, string, string][] = [
        ['Förbundsledning', '6400', '0', '0', '6212'],
        ['Allmän kollektivtrafik buss', '212500', '-3500', '8000', '219804'],
        ['Särskild kollektivtrafik', '48200', '3500', '0', '50911'],
        ['Skolskjuts', '31700', '0', '1200', '32466'],
        ['Infrastruktur och hållplatser', '9800', '-1200', '0', '8117'],
        ['Biljettsystem och IT', '7300', '1200', '0', '8844'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, u, om, t, o] of data) {
        const adj = tkr(u) + tkr(om) + tkr(t);
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(u), 'tkr');
        num(ws, `C${r}`, tkr(om), 'tkr');
        num(ws, `D${r}`, tkr(t), 'tkr');
        num(ws, `E${r}`, adj, 'tkr');
        num(ws, `F${r}`, tkr(o), 'tkr');
        num(ws, `G${r}`, adj - tkr(o), 'tkr');
        lines.push({ row: r, key: label, side: 'cost', budget: adj, outcome: tkr(o) });
        r++;
      }
      put(ws, `A${r}`, 'Summa', { bold: true });
      for (const [c, i] of [
        ['B', 1],
        ['C', 2],
        ['D', 3],
      ] as const)
        num(ws, `${c}${r}`, sum(data.map((d) => tkr(d[i]))), 'tkr', '#,##0', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.budget)), 'tkr', '#,##0', { bold: true });
      num(ws, `F${r}`, sum(lines.map((l) => l.outcome)), 'tkr', '#,##0', { bold: true });
      num(ws, `G${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'tkr', '#,##0', { bold: true });
      widths(ws, { A: 32, B: 12, C: 13, D: 13, E: 12, F: 12, G: 15 });
      return built5(wb, {
        family: 'statement',
        description:
          "A kollektivtrafik förbund's driftredovisning in tkr with the budget changed during the year: Ursprunglig budget (as adopted), Ombudgetering (moved between verksamheter, summing to zero), Tilläggsanslag (added by the direktion), Justerad budget (the sum: the budget the outcome is judged against), Utfall and Avvikelse mot justerad budget. Net costs (unsigned). The budget is Justerad budget, never Ursprunglig budget; Ombudgetering and Tilläggsanslag are parts of it. Deviation = justerad budget − utfall, as column G has it. The Summa row foots.",
        source: 'Kommunalförbund (kollektivtrafik), driftredovisning with budget changes of the year',
        tests: 'Justerad budget as the budget beside Ursprunglig budget, Ombudgetering and Tilläggsanslag as its parts',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'E', outcome: 'F', deviation: 'G' },
            cells: { budget: ['E'], outcome: ['F'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C', 'D', 'E', 'F', 'G'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'G', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const STATEMENTS: Fixture[] = [kommunbidrag(), saRows(), adjustedBudget()];
