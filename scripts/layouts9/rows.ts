/**
 * Rows that are not lines: totals labelled with signs and abbreviations (`Summa:`, `Σ`, `Tot.`), and a statement
 * printed from Excel and pasted back with its page header (title, print date, page number, column headers)
 * repeated on every page.
 */
import { Fixture, LineFigures, SpecLine, TotalSpec } from '../layouts2/spec';
import { newBook, put, putRow, widths } from '../layouts2/sheet';
import { kr } from '../layouts2/money';
import { built9, sideOf, Src, sumRow, writeLines } from './kit';

/** A signed statement in three sections whose totals read `Summa:`, `Σ`, `Tot.` and `Σ Resultat`. */
function signTotals(): Fixture {
  return {
    name: 'summarader-med-summa-kolon-sigma-och-tot-punkt-signerat',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Resultat');
      put(ws, 'A1', 'Resultaträkning 2025 – Samordningsförbundet Göteborg Nordost (kr)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Post', 'Budget 2025', 'Utfall 2025'], { bold: true, border: true });
      const sections: [string, string, [string, string, string][]][] = [
        [
          'Intäkter',
          'Summa:',
          [
            ['Medlemsbidrag', '16800000', '16800000'],
            ['Projektbidrag ESF', '1400000', '1189550'],
            ['Övriga intäkter', '60000', '84210'],
          ],
        ],
        [
          'Personalkostnader',
          'Σ',
          [
            ['Löner', '-5400000', '-5288114'],
            ['Sociala avgifter', '-1700000', '-1661870'],
            ['Övriga personalkostnader', '-210000', '-176430'],
          ],
        ],
        [
          'Verksamhetskostnader',
          'Tot.',
          [
            ['Köpta insatser', '-9100000', '-8433215'],
            ['Lokaler', '-980000', '-981200'],
            ['Utvärdering', '-400000', '-455000'],
            ['Övrigt', '-470000', '-388650'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      for (const [head, total, data] of sections) {
        put(ws, `A${r++}`, head, { bold: true });
        const rows: Src[] = data.map(([label, b, o]) => ({ labels: [label], side: head === 'Intäkter' ? 'income' : 'cost', amounts: { B: kr(b), C: kr(o) } }));
        const ls = writeLines(ws, r, rows, 'kr', { budget: 'B', outcome: 'C' }, '#,##0', 'A', { indent: 1 });
        r += ls.length;
        sumRow(
          ws,
          r,
          'A',
          total,
          [
            ['B', (l) => l.budget],
            ['C', (l) => l.outcome],
          ],
          ls,
          'kr',
        );
        totals.push({ sheet: ws.name, unit: 'kr', row: r++, cols: ['B', 'C'], covers: ls.map((l) => l.row) });
        lines.push(...ls);
        r++;
      }
      sumRow(
        ws,
        r,
        'A',
        'Σ Resultat',
        [
          ['B', (l) => l.budget],
          ['C', (l) => l.outcome],
        ],
        lines,
        'kr',
      );
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C'], covers: lines.map((l) => l.row) });
      widths(ws, { A: 28, B: 14, C: 14 });
      return built9(wb, {
        family: 'statement',
        description:
          'A samordningsförbund\'s income statement with costs negative (signed) in three sections, each closed by a total whose label is a sign or an abbreviation: "Summa:" under Intäkter, "Σ" under Personalkostnader, "Tot." under Verksamhetskostnader, and "Σ Resultat" for the year. Each is a total of the lines since the previous one (the result of all ten lines); none is a line. Signed: deviation = outcome − budget. All totals foot.',
        source: 'Samordningsförbund, resultaträkning typed with Σ for sums',
        tests: 'totals labelled Summa:, Σ, Tot. and Σ Resultat: control totals, not lines',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
            count: true,
          },
        ],
        totals,
      });
    },
  };
}

/** A saldolista printed to PDF-like pages and pasted back: title, print date, "Sida n av 3" and the header on every page. */
function printedPages(): Fixture {
  return {
    name: 'utskrift-inklistrad-med-sidhuvud-titel-utskriftsdatum-och-sida-n-av-3-pa-varje-sida',
    build: () => {
      const wb = newBook('Ekonomiassistent');
      const ws = wb.addWorksheet('Utskrift');
      const accounts: [string, string, string, string][] = [
        ['3041', 'Medlemsavgifter kommuner', '-6200000', '-6200000'],
        ['3042', 'Medlemsavgift region', '-6200000', '-6200000'],
        ['3043', 'Medlemsavgift Försäkringskassan', '-12400000', '-12400000'],
        ['3110', 'Statsbidrag', '-300000', '-262500'],
        ['3590', 'Övriga intäkter', '-20000', '-35870'],
        ['3740', 'Öresutjämning', '0', '-3'],
        ['4010', 'Löner tillsvidare', '3400000', '3312870'],
        ['4020', 'Löner visstid', '350000', '412650'],
        ['4110', 'Arvoden förtroendevalda', '180000', '166400'],
        ['4510', 'Pensionskostnader', '410000', '396210'],
        ['4710', 'Sociala avgifter', '1180000', '1162310'],
        ['4910', 'Personalutbildning', '90000', '71240'],
        ['4920', 'Friskvård', '25000', '18600'],
        ['5010', 'Lokalhyra', '620000', '620000'],
        ['5110', 'El och värme', '45000', '51220'],
        ['5410', 'Förbrukningsinventarier', '60000', '43110'],
        ['5460', 'Förbrukningsmaterial', '30000', '27845'],
        ['5810', 'Resor', '110000', '97560'],
        ['5830', 'Kost och logi', '40000', '46720'],
        ['6110', 'Kontorsmaterial', '25000', '19432'],
        ['6210', 'Telefon och data', '75000', '81115'],
        ['6420', 'Revision', '95000', '95000'],
        ['6550', 'Köpta insatser', '13200000', '12744870'],
        ['6560', 'Utvärdering', '400000', '385000'],
        ['6910', 'Medlemsavgifter i nätverk', '15000', '15000'],
        ['6990', 'Övriga kostnader', '160000', '139211'],
      ];
      const perPage = 10;
      const lines: SpecLine[] = [];
      let r = 1;
      let H = 0;
      for (let page = 0; page * perPage < accounts.length; page++) {
        put(ws, `A${r++}`, 'Samordningsförbundet Umeå', { bold: true });
        put(ws, `A${r++}`, 'Resultatrapport per konto, period 202501–202512 (kr)');
        put(ws, `A${r}`, 'Utskriven 2026-01-15 09:12');
        put(ws, `E${r++}`, `Sida ${page + 1} av 3`, { align: 'right' });
        putRow(ws, r, 'A', ['Konto', 'Benämning', 'Budget', 'Utfall', 'Avvikelse'], { bold: true, border: true });
        if (page === 0) H = r;
        r++;
        const rows: Src[] = accounts.slice(page * perPage, (page + 1) * perPage).map(([konto, name, b, o]) => ({
          labels: [konto, name],
          side: sideOf(konto),
          amounts: { C: kr(b), D: kr(o), E: kr(b) - kr(o) },
        }));
        const ls = writeLines(ws, r, rows, 'kr', { budget: 'C', outcome: 'D' });
        lines.push(...ls);
        r += ls.length;
        r++;
      }
      r--;
      sumRow(
        ws,
        r,
        'B',
        'Summa resultat',
        [
          ['C', (l) => l.budget],
          ['D', (l) => l.outcome],
          ['E', (l) => l.budget! - l.outcome!],
        ],
        lines,
        'kr',
      );
      widths(ws, { A: 9, B: 30, C: 14, D: 14, E: 13 });
      return built9(wb, {
        family: 'ledger',
        description:
          'A saldolista printed from the ledger and pasted back into Excel page by page: every page starts with the body\'s name, the report title, "Utskriven 2026-01-15 09:12" with "Sida n av 3", and the column headers again, with a blank row between pages. 26 accounts with ledger signs (income negative); Avvikelse = budget − utfall agrees; "Summa resultat" at the end covers all. The repeated title rows and header rows are neither lines nor errors, and the table does not end at the first page break.',
        source: 'Samordningsförbund, saldolista printed and pasted back into Excel',
        tests: 'page headers (title, print date, page number, column headers) repeated on every page: skipped, one table',
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
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const ROWS: Fixture[] = [signTotals(), printedPages()];
