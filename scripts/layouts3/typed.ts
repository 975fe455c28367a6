/**
 * Two hand-kept sheets: English month names (May, Oct) under merged "Budget 2025" and "Actual 2025" blocks,
 * and a budget typed with "kr" after every amount, as text.
 */
import ExcelJS from 'exceljs';
import { built, Fixture, SpecLine } from '../layouts2/spec';
import { letter, newBook, num, put, putRow, txt, widths } from '../layouts2/sheet';
import { kr, sum } from '../layouts2/money';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function merged(ws: ExcelJS.Worksheet, range: string, text: string): void {
  ws.mergeCells(range);
  put(ws, range.split(':')[0], text, { bold: true, align: 'center', border: true });
}

/** Budget 2025 over Jan–Dec and Actual 2025 over Jan–Dec (through May), English months, kronor, unsigned. */
function englishMonthBlocks(): Fixture {
  return {
    name: 'english-month-blocks-budget-and-actual-jan-dec-through-may',
    build: () => {
      const wb = newBook('Project office');
      const ws = wb.addWorksheet('Monthly');
      put(ws, 'A1', 'Interreg project Baltic Bioeconomy Hub – lead partner Regionförbundet Kalmar län (SEK)', { bold: true, size: 12 });
      merged(ws, 'B3:M3', 'Budget 2025');
      merged(ws, 'N3:Y3', 'Actual 2025');
      const H = 4;
      putRow(ws, H, 'A', ['Cost category', ...EN_MONTHS, ...EN_MONTHS], { bold: true, border: true });
      // Monthly budget per category (kr) and the actuals through May.
      const data: [string, 'income' | 'cost', number[], number[]][] = [
        ['EU co-financing received', 'income', [0, 0, 420000, 0, 0, 420000, 0, 0, 420000, 0, 0, 420000], [0, 0, 398500, 0, 0]],
        ['Staff costs', 'cost', [96000, 96000, 96000, 96000, 96000, 96000, 48000, 96000, 96000, 96000, 96000, 96000], [91240, 93810, 101655, 96002, 94318]],
        ['Office and administration', 'cost', Array(12).fill(14400), [14400, 14400, 14400, 14400, 14400]],
        ['Travel and accommodation', 'cost', [5000, 12000, 18000, 8000, 25000, 10000, 0, 0, 22000, 15000, 9000, 6000], [3210, 14985, 9870, 11204, 31460]],
        ['External expertise', 'cost', [0, 40000, 60000, 60000, 60000, 40000, 0, 20000, 60000, 60000, 40000, 20000], [0, 0, 72500, 81250, 46000]],
        ['Equipment', 'cost', [0, 0, 35000, 0, 0, 0, 0, 0, 15000, 0, 0, 0], [0, 0, 0, 38940, 0]],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, b, a] of data) {
        put(ws, `A${r}`, label);
        b.forEach((v, i) => num(ws, `${letter(2 + i)}${r}`, kr(v), 'kr'));
        a.forEach((v, i) => num(ws, `${letter(14 + i)}${r}`, kr(v), 'kr'));
        lines.push({
          row: r,
          key: label,
          side,
          budget: sum(b.map((v) => kr(v))),
          periodBudget: sum(b.slice(0, a.length).map((v) => kr(v))),
          outcome: sum(a.map((v) => kr(v))),
        });
        r++;
      }
      widths(ws, { A: 30 });
      return built(wb, {
        family: 'months',
        description:
          'An Interreg project\'s monthly follow-up kept in English by a regionförbund, in kronor: "Budget 2025" merged over Jan–Dec and "Actual 2025" merged over Jan–Dec, actuals entered through May (June–December empty). English month names, two of which are not Swedish (May, Oct). The outcome for five months is compared with the budget of the same five months (the budget\'s own months). EU co-financing is income (unsigned); an actual of 0 in an entered month is a value.',
        source: 'Regionförbund, Interreg project monthly budget follow-up in English',
        tests: "English month names (May, Oct) under merged Budget / Actual blocks, outcome through May against the budget's own months",
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            period: { months: 5, basis: 'months' },
            cells: {
              budget: EN_MONTHS.map((_, i) => letter(2 + i)),
              periodBudget: EN_MONTHS.slice(0, 5).map((_, i) => letter(2 + i)),
              outcome: EN_MONTHS.slice(0, 5).map((_, i) => letter(14 + i)),
            },
            lines,
          },
        ],
      });
    },
  };
}

/** A samordningsförbund's budget typed by hand: "150 000 kr" as text; the outcome pasted as numbers. */
function krSuffixText(): Fixture {
  return {
    name: 'handskriven-budget-belopp-med-kr-som-text-utfall-som-tal',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Budget och utfall');
      put(ws, 'A1', 'Samordningsförbundet Sörmland Väst – budget och utfall 2024', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Post', 'Budget', 'Utfall', 'Kommentar'], { bold: true, border: true });
      const data: [string, 'income' | 'cost', string, string, string][] = [
        ['Medlemsbidrag Försäkringskassan', 'income', '2300000', '2300000', ''],
        ['Medlemsbidrag Region Sörmland', 'income', '1150000', '1150000', ''],
        ['Medlemsbidrag kommunerna', 'income', '1150000', '1150000', 'Eskilstuna, Strängnäs'],
        ['Insatser', 'cost', '3400000', '3012480', 'Två insatser startade sent'],
        ['Kansli', 'cost', '950000', '987214.50', ''],
        ['Styrelse och revision', 'cost', '150000', '131920', ''],
        ['Utvärdering och utveckling', 'cost', '100000', '42600', ''],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, b, o, note] of data) {
        put(ws, `A${r}`, label);
        txt(ws, `B${r}`, kr(b), 'kr', { group: ' ', suffix: ' kr' });
        num(ws, `C${r}`, kr(o), 'kr', '#,##0.00');
        if (note) put(ws, `D${r}`, note);
        lines.push({ row: r, key: label, side, budget: kr(b), outcome: kr(o) });
        r++;
      }
      widths(ws, { A: 34, B: 16, C: 16, D: 30 });
      return built(wb, {
        family: 'odd',
        description:
          'A small samordningsförbund\'s budget and outcome on one sheet kept by the förbundschef: every budget amount was typed with " kr" after it ("2 300 000 kr"), so it is text; the outcome was pasted from the ledger as numbers. Unsigned: the three Medlemsbidrag rows are income, the rest costs. No total row.',
        source: 'Samordningsförbund, budget typed by hand beside a pasted outcome',
        tests: 'text amounts with a "kr" suffix, numbers beside them, income by vocabulary without a section header',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', comment: 'D' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
        ],
      });
    },
  };
}

export const TYPED: Fixture[] = [englishMonthBlocks(), krSuffixText()];
