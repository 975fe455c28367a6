/**
 * Ledger exports the first two corpora do not have: Visma.net with English headers and text account codes, a
 * Raindance report with a six-row title block and "Summa Ansvar" rows between blank rows, and a Fortnox report
 * saved as CSV and opened in Excel, every cell text.
 */
import { built, Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { newBook, num, put, putRow, txt, widths } from '../layouts2/sheet';
import { divRound, kr, sum } from '../layouts2/money';
import { sideOf, totalRow } from './kit';

type Acc = [code: string, name: string, budget: string, outcome: string];

/** Visma.net Financials P&L with budget: English headers, accounts as text, "Total" labels in column B. */
function vismaNetEnglish(): Fixture {
  return {
    name: 'visma-net-profit-and-loss-engelska-rubriker-total-i-kolumn-b',
    build: () => {
      const wb = newBook('Visma.net Financials');
      const ws = wb.addWorksheet('Profit and loss');
      put(ws, 'A1', 'Profit and loss – budget comparison', { bold: true, size: 13 });
      put(ws, 'A2', 'Company: 1004 Samordningsförbundet Norra Dalarna');
      put(ws, 'A3', 'Financial period: 01-2024 – 12-2024');
      put(ws, 'A4', 'Ledger: ACTUAL   Budget ledger: BUD2024');
      put(ws, 'A5', 'Printed: 2025-01-21 14:02');
      const H = 7;
      putRow(ws, H, 'A', ['Account', 'Description', 'Budget', 'Actual', 'Variance', 'Variance %'], { bold: true, border: true });
      const income: Acc[] = [
        ['3910', 'Bidrag Försäkringskassan', '-2150000', '-2150000'],
        ['3911', 'Bidrag Region Dalarna', '-1075000', '-1075000'],
        ['3912', 'Bidrag kommuner', '-1075000', '-1075000'],
        ['3990', 'Övriga intäkter', '0', '-18450'],
      ];
      const costs: Acc[] = [
        ['5010', 'Löner', '1240000', '1198732.50'],
        ['5410', 'Sociala avgifter enligt lag', '389600', '376634.16'],
        ['5460', 'Avtalsförsäkringar och pensionspremier', '98000', '103214'],
        ['6110', 'Lokalhyror', '186000', '186000'],
        ['6460', 'Konsulttjänster, insatser', '2150000', '1876415.75'],
        ['6530', 'Revision', '62000', '58750'],
        ['6550', 'Konsultarvoden', '140000', '212480'],
        ['6990', 'Övriga externa tjänster', '35400', '41288.90'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      const write = (accs: Acc[]) => {
        const mine: SpecLine[] = [];
        for (const [code, name, b, o] of accs) {
          const budget = kr(b);
          const outcome = kr(o);
          putRow(ws, r, 'A', [code, name]);
          num(ws, `C${r}`, budget, 'kr', '#,##0.00');
          num(ws, `D${r}`, outcome, 'kr', '#,##0.00');
          num(ws, `E${r}`, budget - outcome, 'kr', '#,##0.00');
          if (budget !== 0n) put(ws, `F${r}`, Math.round((Number(outcome) / Number(budget)) * 1000) / 10, { numFmt: '0.0' });
          mine.push({ row: r, key: name, side: sideOf(code), budget, outcome });
          r++;
        }
        lines.push(...mine);
        return mine;
      };
      const cols = [
        { col: 'C', of: (l: SpecLine) => l.budget },
        { col: 'D', of: (l: SpecLine) => l.outcome },
        { col: 'E', of: (l: SpecLine) => l.budget! - l.outcome! },
      ];
      const inc = write(income);
      const incTotal = r++;
      totalRow(ws, incTotal, 'B', 'Total income', cols, inc, 'kr', '#,##0.00');
      r++;
      const cst = write(costs);
      const cstTotal = r++;
      totalRow(ws, cstTotal, 'B', 'Total expenses', cols, cst, 'kr', '#,##0.00');
      r++;
      const total = r;
      totalRow(ws, total, 'B', 'Total', cols, lines, 'kr', '#,##0.00');
      widths(ws, { A: 10, B: 40, C: 16, D: 16, E: 16, F: 11 });
      return built(wb, {
        family: 'ledger',
        system: 'Visma',
        description:
          'A Visma.net Financials profit and loss with budget for a samordningsförbund: English headers (Account, Description, Budget, Actual, Variance, Variance %), account codes stored as text, Swedish BAS account names, income negative and costs positive (ledger), Variance = Budget − Actual. The total rows have an empty column A and their label ("Total income", "Total expenses", "Total") in column B; they are control totals, not lines. 3990 has budget 0: a deviation, no percentage.',
        source: 'Visma.net Financials, Profit and loss with budget comparison, exported to Excel',
        tests: 'English headers on a Swedish ledger, text account codes, total labels in the second column, ledger signs',
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
        totals: [
          { sheet: ws.name, unit: 'kr', row: incTotal, cols: ['C', 'D', 'E'], covers: inc.map((l) => l.row) },
          { sheet: ws.name, unit: 'kr', row: cstTotal, cols: ['C', 'D', 'E'], covers: cst.map((l) => l.row) },
          { sheet: ws.name, unit: 'kr', row: total, cols: ['C', 'D', 'E'], covers: lines.map((l) => l.row) },
        ],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Raindance, six title rows, ansvar header rows, "Summa Ansvar nnnn" after each block and a blank row. */
function raindanceSummaAnsvar(): Fixture {
  return {
    name: 'raindance-sex-titelrader-summa-ansvar-blanka-rader-budget-ack',
    build: () => {
      const wb = newBook('RAINDANCE');
      const ws = wb.addWorksheet('Rapport');
      put(ws, 'A1', 'RAINDANCE EKONOMISYSTEM', { bold: true });
      put(ws, 'A2', 'Resultatrapport ansvar/konto med periodiserad budget', { bold: true, size: 12 });
      put(ws, 'A3', 'Kommunalförbundet Sjuhärads Miljö');
      put(ws, 'A4', 'Period: 202506   (jan–jun)');
      put(ws, 'A5', 'Urval: Ansvar 1100–1400, Konto 3000–8999, Belopp i kronor');
      put(ws, 'A6', 'Utskrivet 2025-07-08 09:14 av MILJO\\ANLE');
      const H = 8;
      putRow(ws, H, 'A', ['Ansvar', 'Konto', 'Kontotext', 'Budget helår', 'Budget ack 202506', 'Utfall ack 202506', 'Avvikelse ack'], {
        bold: true,
        border: true,
      });
      const data: [string, string, [string, string, string, number, string][]][] = [
        [
          '1100',
          'Förbundsledning',
          [
            ['3110', 'Medlemsavgifter', '-9840000', 50, '-4920000'],
            ['5010', 'Löner månadsavlönade', '2310000', 50, '1161284.40'],
            ['5410', 'Arbetsgivaravgifter', '725800', 50, '364887.25'],
            ['5810', 'Arvoden förtroendevalda', '186000', 42, '71450'],
            ['7010', 'Resor och logi', '48000', 46, '29841.60'],
          ],
        ],
        [
          '1200',
          'Tillsyn livsmedel',
          [
            ['3420', 'Tillsynsavgifter livsmedel', '-2400000', 55, '-1402850'],
            ['5010', 'Löner månadsavlönade', '3960000', 50, '1914203.10'],
            ['5410', 'Arbetsgivaravgifter', '1244300', 50, '601442.55'],
            ['6420', 'Laboratorieanalyser', '210000', 48, '131770'],
          ],
        ],
        [
          '1300',
          'Miljö- och hälsoskydd',
          [
            ['3430', 'Tillsynsavgifter miljöbalken', '-3150000', 45, '-1296400'],
            ['3440', 'Prövningsavgifter', '-420000', 45, '-287300'],
            ['5010', 'Löner månadsavlönade', '5120000', 50, '2592615.80'],
            ['5410', 'Arbetsgivaravgifter', '1608700', 50, '814562.05'],
            ['6430', 'Mätutrustning', '95000', 40, '0'],
            ['7310', 'Telefoni och datakommunikation', '132000', 50, '70213.45'],
          ],
        ],
        [
          '1400',
          'Gemensamt och IT',
          [
            ['6110', 'Lokalhyra', '1344000', 50, '672000'],
            ['6910', 'Licenser och systemstöd', '612000', 70, '455910'],
            ['7810', 'Avskrivningar inventarier', '96000', 50, '48000'],
            ['8410', 'Räntekostnader', '12000', 50, '4318.75'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: { row: number; covers: number[] }[] = [];
      let r = H + 1;
      for (const [ansvar, name, accs] of data) {
        put(ws, `A${r}`, `${ansvar} ${name}`, { bold: true });
        r++;
        const mine: SpecLine[] = [];
        for (const [konto, text, b, pct, o] of accs) {
          const budget = kr(b);
          const periodBudget = divRound(budget * BigInt(pct), 100n);
          const outcome = kr(o);
          putRow(ws, r, 'B', [konto, text]);
          num(ws, `D${r}`, budget, 'kr', '#,##0.00');
          num(ws, `E${r}`, periodBudget, 'kr', '#,##0.00');
          num(ws, `F${r}`, outcome, 'kr', '#,##0.00');
          num(ws, `G${r}`, periodBudget - outcome, 'kr', '#,##0.00');
          mine.push({ row: r, key: text, group: ansvar, side: konto.startsWith('3') ? 'income' : 'cost', budget, periodBudget, outcome });
          r++;
        }
        totalRow(
          ws,
          r,
          'A',
          `Summa Ansvar ${ansvar}`,
          [
            { col: 'D', of: (l) => l.budget },
            { col: 'E', of: (l) => l.periodBudget! },
            { col: 'F', of: (l) => l.outcome },
            { col: 'G', of: (l) => l.periodBudget! - l.outcome! },
          ],
          mine,
          'kr',
          '#,##0.00',
        );
        totals.push({ row: r, covers: mine.map((l) => l.row) });
        lines.push(...mine);
        r += 2;
      }
      totalRow(
        ws,
        r,
        'A',
        'Summa totalt',
        [
          { col: 'D', of: (l) => l.budget },
          { col: 'E', of: (l) => l.periodBudget! },
          { col: 'F', of: (l) => l.outcome },
          { col: 'G', of: (l) => l.periodBudget! - l.outcome! },
        ],
        lines,
        'kr',
        '#,##0.00',
      );
      totals.push({ row: r, covers: lines.map((l) => l.row) });
      widths(ws, { A: 24, B: 8, C: 34, D: 15, E: 17, F: 17, G: 15 });
      return built(wb, {
        family: 'ledger',
        system: 'Raindance',
        description:
          'A Raindance resultatrapport for a miljöförbund, period 202506: a six-row title block, then per ansvar a header row ("1100 Förbundsledning", no amounts), its accounts (ansvar column empty on them), a "Summa Ansvar 1100" row and a blank row; "Summa totalt" at the end. Ledger signs. Budget ack 202506 is the periodised budget the outcome is compared with (not half the year: each account has its own profile); Avvikelse ack = Budget ack − Utfall ack. Groups per ansvar.',
        source: 'Raindance Resultatrapport ansvar/konto with periodiserad budget, Excel export',
        tests: 'six title rows, ansvar as header rows, "Summa Ansvar" subtotals between blank rows, Budget ack as the period budget',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'B', line: 'C', budget: 'D', periodBudget: 'E', outcome: 'F', deviation: 'G' },
            groupBy: 'Ansvar',
            period: { months: 6, basis: 'column' },
            cells: { budget: ['D'], periodBudget: ['E'], outcome: ['F'] },
            lines,
            groups: true,
          },
        ],
        totals: totals.map((t) => ({ sheet: ws.name, unit: 'kr' as const, row: t.row, cols: ['D', 'E', 'F', 'G'], covers: t.covers })),
        reported: [{ table: 0, col: 'G', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Fortnox Resultatrapport saved as CSV and opened in Excel: every cell text, dot decimals, costs negative. */
function fortnoxCsvText(): Fixture {
  return {
    name: 'fortnox-csv-oppnad-i-excel-allt-text-punkt-decimal',
    build: () => {
      const wb = newBook('Fortnox');
      const ws = wb.addWorksheet('resultatrapport_2024');
      put(ws, 'A1', 'Resultatrapport');
      put(ws, 'A2', 'Samarbetskommittén Mälardalens Räddningsutbildning');
      put(ws, 'A3', 'Räkenskapsår: 2024-01-01 - 2024-12-31');
      put(ws, 'A4', 'Period: 2024-01-01 - 2024-12-31');
      const H = 6;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Utfall', 'Budget', 'Avvikelse']);
      const st = { group: '' as const, decimal: '.' as const, decimals: 2, minus: 'hyphen' as const };
      const sections: [string, string, Acc[]][] = [
        [
          'Rörelsens intäkter',
          'Summa rörelsens intäkter',
          [
            ['3011', 'Kursavgifter', '2840000', '3112450'],
            ['3041', 'Uppdragsutbildning', '960000', '811200'],
            ['3890', 'Medlemsbidrag', '1500000', '1500000'],
          ],
        ],
        [
          'Personalkostnader',
          'Summa personalkostnader',
          [
            ['7010', 'Löner tjänstemän', '-1980000', '-2046183.35'],
            ['7510', 'Arbetsgivaravgifter', '-622100', '-642910.80'],
            ['7690', 'Övriga personalkostnader', '-45000', '-61725'],
          ],
        ],
        [
          'Övriga externa kostnader',
          'Summa övriga externa kostnader',
          [
            ['5010', 'Lokalhyra', '-720000', '-720000'],
            ['5410', 'Förbrukningsinventarier', '-160000', '-207332.50'],
            ['5611', 'Drivmedel övningsfordon', '-95000', '-88410.20'],
            ['6540', 'IT-tjänster', '-130000', '-124980'],
            ['6990', 'Övriga externa kostnader', '0', '-15600'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: { row: number; covers: number[] }[] = [];
      let r = H + 1;
      for (const [head, sumLabel, accs] of sections) {
        put(ws, `A${r}`, head);
        r++;
        const mine: SpecLine[] = [];
        for (const [code, name, b, o] of accs) {
          const budget = kr(b);
          const outcome = kr(o);
          putRow(ws, r, 'A', [code, name]);
          txt(ws, `C${r}`, outcome, 'kr', st, {});
          txt(ws, `D${r}`, budget, 'kr', st, {});
          txt(ws, `E${r}`, outcome - budget, 'kr', st, {});
          mine.push({ row: r, key: name, side: sideOf(code), budget, outcome });
          r++;
        }
        const tr = r++;
        putRow(ws, tr, 'A', ['', sumLabel]);
        txt(ws, `C${tr}`, sum(mine.map((l) => l.outcome)), 'kr', st, {});
        txt(ws, `D${tr}`, sum(mine.map((l) => l.budget)), 'kr', st, {});
        txt(ws, `E${tr}`, sum(mine.map((l) => l.outcome! - l.budget!)), 'kr', st, {});
        totals.push({ row: tr, covers: mine.map((l) => l.row) });
        lines.push(...mine);
      }
      const res = r + 1;
      putRow(ws, res, 'A', ['', 'Beräknat resultat']);
      txt(ws, `C${res}`, sum(lines.map((l) => l.outcome)), 'kr', st, {});
      txt(ws, `D${res}`, sum(lines.map((l) => l.budget)), 'kr', st, {});
      txt(ws, `E${res}`, sum(lines.map((l) => l.outcome! - l.budget!)), 'kr', st, {});
      totals.push({ row: res, covers: lines.map((l) => l.row) });
      // The CSV opened by double-click: every cell is text, including the codes, and nothing has a width.
      for (let i = 1; i <= res; i++)
        for (const c of ['A', 'B', 'C', 'D', 'E']) {
          const cell = ws.getCell(`${c}${i}`);
          if (typeof cell.value === 'number') cell.value = String(cell.value);
        }
      return built(wb, {
        family: 'ledger',
        system: 'Fortnox',
        description:
          'A Fortnox Resultatrapport with budget saved as CSV and opened in Excel by double-click: every cell is text, the amounts too ("-2046183.35", dot decimal, no grouping), codes as text. Fortnox shows income positive and costs negative (signed), so the deviation is outcome − budget, as its own Avvikelse column. Section headers, "Summa …" rows with the label in column B and "Beräknat resultat" are totals. Utfall stands before Budget.',
        source: 'Fortnox Resultatrapport with budget, exported as CSV (semicolon) and opened in Excel',
        tests: 'all cells text, dot decimals, outcome before budget, signed (costs negative), sum labels in column B',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'signed',
            deviations: true,
            columns: { code: 'A', line: 'B', outcome: 'C', budget: 'D', deviation: 'E' },
            cells: { budget: ['D'], outcome: ['C'] },
            lines,
          },
        ],
        totals: totals.map((t) => ({ sheet: ws.name, unit: 'kr' as const, row: t.row, cols: ['C', 'D', 'E'], covers: t.covers })),
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const LEDGER: Fixture[] = [vismaNetEnglish(), raindanceSummaAnsvar(), fortnoxCsvText()];
