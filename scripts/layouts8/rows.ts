/**
 * Rows that are not what they look like: sum rows labelled by a range of account codes and no word, and a
 * printed report pasted into Excel with its header row repeated at the top of every page.
 */
import { Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { between, newBook, num, put, putRow, rng, widths } from '../layouts2/sheet';
import { kr, sum } from '../layouts2/money';
import { built8, sideOf } from './kit';

/** Konto | Kontonamn | Budget | Utfall with sum rows whose only label is the code range they add up (`3000-3999`). */
function rangeLabelledTotals(): Fixture {
  return {
    name: 'summarader-med-kontointervall-som-enda-etikett-3000-3999',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Resultatrapport');
      put(ws, 'A1', 'Resultatrapport 2025 – Samordningsförbundet Sörmland Väst', { bold: true, size: 12 });
      put(ws, 'A2', 'Kronor. Intäkter negativa, kostnader positiva.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Kontonamn', 'Budget 2025', 'Utfall 2025'], { bold: true, border: true });
      const income: [string, string, string, string][] = [
        ['3041', 'Medlemsavgifter', '-9600000', '-9600000'],
        ['3110', 'Statsbidrag', '-420000', '-388500'],
        ['3590', 'Övriga intäkter', '-25000', '-41620'],
      ];
      const costs: [string, string, string, string][] = [
        ['4010', 'Löner', '3780000', '3712455'],
        ['4710', 'Sociala avgifter', '1188000', '1166640'],
        ['5010', 'Lokalhyra', '516000', '516000'],
        ['5810', 'Resor', '96000', '71230'],
        ['6550', 'Konsulttjänster', '3460000', '3210118'],
        ['6990', 'Övriga kostnader', '385000', '402366'],
      ];
      const lines: SpecLine[] = [];
      const totals: { row: number; covers: number[] }[] = [];
      let r = H + 1;
      const block = (data: [string, string, string, string][], range: string) => {
        const rows: number[] = [];
        for (const [konto, name, b, o] of data) {
          putRow(ws, r, 'A', [Number(konto), name]);
          num(ws, `C${r}`, kr(b), 'kr');
          num(ws, `D${r}`, kr(o), 'kr');
          lines.push({ row: r, key: name, side: sideOf(konto), budget: kr(b), outcome: kr(o) });
          rows.push(r++);
        }
        // The system prints the account range and the sums, in bold, with no word.
        put(ws, `A${r}`, range, { bold: true });
        num(ws, `C${r}`, sum(data.map((d) => kr(d[2]))), 'kr', '#,##0', { bold: true });
        num(ws, `D${r}`, sum(data.map((d) => kr(d[3]))), 'kr', '#,##0', { bold: true });
        totals.push({ row: r++, covers: rows });
      };
      block(income, '3000-3999');
      block(costs, '4000-7999');
      put(ws, `A${r}`, '3000-7999', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      totals.push({ row: r, covers: lines.map((l) => l.row) });
      widths(ws, { A: 11, B: 24, C: 14, D: 14 });
      return built8(wb, {
        family: 'ledger',
        description:
          'A resultatrapport whose sum rows carry no word at all: the Konto column holds the range of accounts they add up ("3000-3999" under the income accounts, "4000-7999" under the costs, "3000-7999" at the bottom) and the name column is empty. A range of codes is no account: each of these rows equals, to the öre, the accounts in its range, so it is a control total and never a line (read as lines they would count every amount twice, and the result three times). Nine lines; ledger signs, deviation = budget − outcome.',
        source: 'Samordningsförbund, resultatrapport with sum rows labelled by account range',
        tests: 'sum rows labelled only by a code range: totals that foot, not lines',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            count: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        totals: totals.map((t) => ({ sheet: ws.name, unit: 'kr' as const, row: t.row, cols: ['C', 'D'], covers: t.covers })),
      });
    },
  };
}

/** A printed report pasted as values: title and header row again at the top of each page of 50 rows. */
function repeatedHeader(): Fixture {
  return {
    name: 'utskrift-inklistrad-med-rubrikraden-upprepad-var-femtionde-rad',
    build: () => {
      const wb = newBook('Ekonomiassistent');
      const ws = wb.addWorksheet('Driftrapport');
      const title = 'Driftuppföljning per ansvar och konto 2025 – Räddningstjänstförbundet Norr';
      const header = ['Ansvar', 'Konto', 'Benämning', 'Budget 2025', 'Utfall 2025', 'Avvikelse'];
      put(ws, 'A1', title, { bold: true, size: 12 });
      put(ws, 'A2', 'Kronor · sida 1 av 3');
      const H = 4;
      putRow(ws, H, 'A', header, { bold: true, border: true });
      const ansvar = [
        ['100', 'Förbundsledning'],
        ['210', 'Station Nord'],
        ['220', 'Station Syd'],
        ['230', 'Station Väst'],
        ['310', 'Förebyggande'],
        ['410', 'Utbildning'],
      ];
      const konton: [string, string][] = [
        ['3041', 'Medlemsavgifter'],
        ['3510', 'Tillsynsavgifter'],
        ['4010', 'Löner heltid'],
        ['4020', 'Löner deltid'],
        ['4710', 'Sociala avgifter'],
        ['5010', 'Lokalhyra'],
        ['5410', 'Förbrukningsinventarier'],
        ['5610', 'Fordonskostnader'],
        ['5810', 'Resor'],
        ['6110', 'Kontorsmaterial'],
        ['6230', 'Datakommunikation'],
        ['6420', 'Utbildning'],
        ['6550', 'Konsulttjänster'],
        ['6990', 'Övriga kostnader'],
        ['7810', 'Avskrivningar'],
        ['5460', 'Förbrukningsmaterial'],
        ['6310', 'Försäkringar'],
        ['6410', 'Kurser'],
        ['6210', 'Telefon'],
      ];
      const rand = rng(8014);
      const lines: SpecLine[] = [];
      let r = H + 1;
      let onPage = 0;
      let page = 1;
      for (const [a, aname] of ansvar) {
        for (const [konto, kname] of konton) {
          if (konto.startsWith('3') && a !== '100' && konto === '3041') continue;
          if (onPage === 50) {
            // Page break as the printed report has it: a blank row, the title with its page, the header again.
            page++;
            r++;
            put(ws, `A${r++}`, `${title} · sida ${page} av 3`, { bold: true });
            putRow(ws, r++, 'A', header, { bold: true, border: true });
            onPage = 0;
          }
          const income = konto.startsWith('3');
          const b = BigInt(between(rand, 20, 900)) * 1000n * (income ? -1n : 1n);
          const o = b + BigInt(between(rand, -60000, 60000)) * (income ? -1n : 1n);
          putRow(ws, r, 'A', [Number(a), Number(konto), kname]);
          num(ws, `D${r}`, kr(b), 'kr');
          num(ws, `E${r}`, kr(o), 'kr');
          num(ws, `F${r}`, kr(b) - kr(o), 'kr');
          lines.push({ row: r, key: kname, group: `${a} ${aname}`, side: sideOf(konto), budget: kr(b), outcome: kr(o), listed: onPage % 9 === 0 });
          r++;
          onPage++;
        }
      }
      put(ws, `C${r}`, 'Summa', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `F${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 8, B: 8, C: 26, D: 14, E: 14, F: 12 });
      return built8(wb, {
        family: 'ledger',
        description: `A Raindance report printed to PDF and pasted back as values: ${lines.length} rows per ansvar and konto, and at the top of each page of fifty a blank row, the title with its page number and the header row again (Ansvar | Konto | Benämning | Budget 2025 | Utfall 2025 | Avvikelse). A repeated header is no line and no unreadable amount: the words "Budget 2025" and "Utfall 2025" in the amount columns are the header, not text where a number belongs. Every row of every page is read as one table; Summa at the end foots; Avvikelse (budget − utfall) agrees on every row. Ledger signs; the income accounts are negative.`,
        source: 'Räddningstjänstförbund, Raindance driftuppföljning pasted from its printout',
        tests: 'the header row repeated on every page: skipped, not read as data or as errors; one table across the pages',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            sample: true,
            columns: { dimension: 'A', code: 'B', line: 'C', budget: 'D', outcome: 'E', deviation: 'F' },
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

export const ROWS: Fixture[] = [rangeLabelledTotals(), repeatedHeader()];
