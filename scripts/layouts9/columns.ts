/**
 * Columns beside the outcome that are not the outcome or not its deviation: commitments (Beställt, Ej
 * attesterat, Utfall inkl. beställt), a deviation whose header defines it as outcome − budget, a samordningsförbund's
 * grant for the whole project period beside the year's, and a comment column of long text with figures in it.
 */
import { Fixture, LineFigures } from '../layouts2/spec';
import { newBook, put, putRow, widths } from '../layouts2/sheet';
import { kr } from '../layouts2/money';
import { built9, Src, sumRow, writeLines } from './kit';

/** Konto | Benämning | Budget 2025 | Utfall | Beställt | Ej attesterat | Utfall inkl. beställt | Kvar. */
function commitments(): Fixture {
  return {
    name: 'bestallt-och-ej-attesterat-bredvid-utfall-utfall-inkl-bestallt-ar-inte-utfallet',
    build: () => {
      const wb = newBook('Ekonomiassistent');
      const ws = wb.addWorksheet('Kansliet');
      put(ws, 'A1', 'Budgetuppföljning 2025 – kansliet, Kommunalförbundet Vårdsamverkan Fyrbodal', { bold: true, size: 12 });
      put(ws, 'A2', 'Kronor. Beställt = öppna beställningar i e-handeln; Ej attesterat = fakturor i attestflödet.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget 2025', 'Utfall', 'Beställt', 'Ej attesterat', 'Utfall inkl. beställt', 'Kvar'], {
        bold: true,
        border: true,
        wrap: true,
      });
      const data: [string, string, string, string, string, string][] = [
        ['4010', 'Löner', '4260000', '4188310', '0', '0'],
        ['4710', 'Sociala avgifter', '1338000', '1316010', '0', '0'],
        ['5410', 'Förbrukningsinventarier', '95000', '61240', '18900', '4200'],
        ['5460', 'Förbrukningsmaterial', '60000', '48115', '3500', '2890'],
        ['5810', 'Resor', '140000', '118920', '0', '6410'],
        ['6110', 'Kontorsmaterial', '35000', '29870', '2100', '0'],
        ['6550', 'Konsulttjänster', '820000', '692400', '95000', '41250'],
        ['6990', 'Övriga kostnader', '210000', '233412', '0', '11800'],
      ];
      const rows: Src[] = data.map(([konto, name, b, o, best, ej]) => ({
        labels: [Number(konto), name],
        side: 'cost',
        amounts: { C: kr(b), D: kr(o), E: kr(best), F: kr(ej), G: kr(o) + kr(best) + kr(ej), H: kr(b) - kr(o) - kr(best) - kr(ej) },
      }));
      const lines = writeLines(ws, H + 1, rows, 'kr', { budget: 'C', outcome: 'D' });
      widths(ws, { A: 8, B: 24, C: 13, D: 13, E: 11, F: 12, G: 14, H: 12 });
      return built9(wb, {
        family: 'odd',
        description:
          'A kansli\'s follow-up per account with commitments beside the outcome: "Beställt" (open purchase orders), "Ej attesterat" (invoices awaiting approval), "Utfall inkl. beställt" (outcome + both) and "Kvar" (budget − all three). Costs only, kronor. The outcome is "Utfall" (D); "Utfall inkl. beställt" carries the outcome word but includes money not yet spent, and Kvar is no deviation of the outcome. Deviation = budget − Utfall.',
        source: 'Kommunalförbund, budgetuppföljning with commitments from the e-commerce system',
        tests: 'Beställt, Ej attesterat and Utfall inkl. beställt beside Utfall: the outcome is Utfall alone',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
      });
    },
  };
}

/** Kostnadsställe | Budget | Utfall | Avvikelse (utfall-budget): the header says which way the difference runs. */
function deviationDefinedInHeader(): Fixture {
  return {
    name: 'avvikelse-utfall-minus-budget-definierad-i-rubriken-kostnadstabell',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Kostnadsställen');
      put(ws, 'A1', 'Kostnader per kostnadsställe 2025 – Samordningsförbundet Centrala Östergötland', { bold: true, size: 12 });
      put(ws, 'A2', 'Kronor. Positiv avvikelse = överskridande.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Kostnadsställe', 'Budget', 'Utfall', 'Avvikelse (utfall-budget)'], { bold: true, border: true, wrap: true });
      const data: [string, string, string][] = [
        ['100 Kansli', '2380000', '2311840'],
        ['210 Steget vidare', '1650000', '1744920'],
        ['220 Arbetsträning', '1240000', '1103375'],
        ['230 Hälsofrämjande insatser', '560000', '588260'],
        ['300 Kompetensutveckling', '310000', '254100'],
        ['400 Utvärdering', '180000', '180000'],
      ];
      const rows: Src[] = data.map(([label, b, o]) => ({ labels: [label], side: 'cost', amounts: { B: kr(b), C: kr(o), D: kr(o) - kr(b) } }));
      const lines = writeLines(ws, H + 1, rows, 'kr', { budget: 'B', outcome: 'C' });
      const r = H + 1 + lines.length;
      sumRow(
        ws,
        r,
        'A',
        'Summa kostnader',
        [
          ['B', (l) => l.budget],
          ['C', (l) => l.outcome],
          ['D', (l) => l.outcome! - l.budget!],
        ],
        lines,
        'kr',
      );
      widths(ws, { A: 28, B: 13, C: 13, D: 16 });
      return built9(wb, {
        family: 'odd',
        description:
          'A cost table whose deviation header defines itself: "Avvikelse (utfall-budget)", outcome − budget, so an overspend is positive (A2 says so). The product\'s deviation of a cost is budget − outcome (positive favourable, SPEC 1.5), the opposite sign; the reported column agrees with outcome − budget on every row and is no mismatch. Summa kostnader foots in all three columns.',
        source: 'Samordningsförbund, kostnadsuppföljning with the deviation defined in its header',
        tests: 'Avvikelse (utfall-budget) on costs: no mismatch findings, deviations favourable-positive',
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
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C', 'D'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => (l.deviation === null ? null : -l.deviation) }],
      });
    },
  };
}

/** Insats | Period | Beviljat totalt | Beviljat 2025 | Upparbetat 2025 | Återstår 2025. */
function grantedWholePeriod(): Fixture {
  return {
    name: 'insatser-beviljat-totalt-for-projektperioden-beviljat-2025-upparbetat-aterstar',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Insatser 2025');
      put(ws, 'A1', 'Insatser – uppföljning helår 2025', { bold: true, size: 12 });
      put(ws, 'A2', 'Samordningsförbundet Norra Västmanland, kronor', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Insats', 'Projektperiod', 'Beviljat totalt', 'Beviljat 2025', 'Upparbetat 2025', 'Återstår 2025'], {
        bold: true,
        border: true,
        wrap: true,
      });
      const data: [string, string, string, string, string][] = [
        ['Vägen framåt', '2024–2026', '3600000', '1200000', '1146380'],
        ['IPS för unga', '2025–2027', '2850000', '950000', '712440'],
        ['Hälsoskolan', '2023–2025', '1320000', '440000', '451215'],
        ['Språkstöd i arbete', '2025', '380000', '380000', '296870'],
        ['Kartläggning och stöd', '2024–2025', '1100000', '550000', '548900'],
      ];
      const rows: Src[] = data.map(([label, period, tot, b, o]) => ({
        labels: [label, period],
        key: label,
        side: 'cost',
        amounts: { C: kr(tot), D: kr(b), E: kr(o), F: kr(b) - kr(o) },
      }));
      const lines = writeLines(ws, H + 1, rows, 'kr', { budget: 'D', outcome: 'E' });
      const r = H + 1 + lines.length;
      sumRow(
        ws,
        r,
        'A',
        'Summa',
        [
          ['C', (l) => rows[l.row - H - 1].amounts.C],
          ['D', (l) => l.budget],
          ['E', (l) => l.outcome],
          ['F', (l) => l.budget! - l.outcome!],
        ],
        lines,
        'kr',
      );
      widths(ws, { A: 24, B: 13, C: 14, D: 13, E: 14, F: 13 });
      return built9(wb, {
        family: 'goal-area',
        description:
          'A samordningsförbund\'s insatser with the grant for the whole project period ("Beviljat totalt", up to three years) beside the grant for the year ("Beviljat 2025"), "Upparbetat 2025" (spent this year) and "Återstår 2025" (year\'s grant − spent). The year is compared with the year\'s grant: Beviljat 2025 is the budget, Upparbetat 2025 the outcome. Beviljat totalt is no budget for 2025; a product that took it would show every insats far under budget.',
        source: 'Samordningsförbund, uppföljning av insatser with multi-year grants',
        tests: "Beviljat totalt beside Beviljat 2025: the year's grant is the budget",
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'D', outcome: 'E', deviation: 'F' },
            cells: { budget: ['D'], outcome: ['E'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['D', 'E', 'F'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'F', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Projekt | Budget 2025 | Kommentar (long text with figures) | Utfall 2025 | Avvikelse. */
function commentWithFigures(): Fixture {
  return {
    name: 'kommentar-med-belopp-i-texten-mellan-budget-och-utfall',
    build: () => {
      const wb = newBook('Utvecklingsledare');
      const ws = wb.addWorksheet('Projekt');
      put(ws, 'A1', 'Projektbudget och utfall 2025 – Regionförbundet Kalmar län', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Projekt', 'Budget 2025', 'Kommentar', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['Kompetenslyftet', '1450000', 'Två utbildningsomgångar; den andra flyttad till 2026 (ca 300 000 kr).', '1162800'],
        ['Smart landsbygd', '820000', 'Konsultinsats 145 000 kr tillkom efter beslut i styrelsen 12/5.', '947315'],
        ['Regional matstrategi', '360000', '', '342118'],
        ['Besöksnäringens data', '510000', 'Licens 2025–2027 betald i förskott: 3 × 48 000 kr.', '598420'],
        ['Ungdomsråd', '95000', 'Färre möten än planerat (4 av 6).', '61230'],
      ];
      const rows: Src[] = data.map(([label, b, c, o]) => ({
        labels: [label],
        side: 'cost',
        amounts: { B: kr(b), D: kr(o), E: kr(b) - kr(o) },
        ...(c ? { extra: { C: c } } : {}),
      }));
      const lines = writeLines(ws, H + 1, rows, 'kr', { budget: 'B', outcome: 'D' });
      widths(ws, { A: 24, B: 13, C: 52, D: 13, E: 12 });
      return built9(wb, {
        family: 'odd',
        description:
          'A project list with a "Kommentar" column of long text between the budget and the outcome; several comments carry figures of their own ("ca 300 000 kr", "145 000 kr", "3 × 48 000 kr"). The comment is no amount column and its figures are no budget, outcome or error: Budget 2025 (B) and Utfall 2025 (D) are compared across it, costs, and Avvikelse = budget − outcome agrees.',
        source: 'Regionförbund, projektuppföljning with comments typed between the figures',
        tests: 'a Kommentar column with figures in its text between budget and outcome: read as a comment',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', comment: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['B'], outcome: ['D'] },
            lines,
          },
        ],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const COLUMNS: Fixture[] = [commitments(), deviationDefinedInHeader(), grantedWholePeriod(), commentWithFigures()];
