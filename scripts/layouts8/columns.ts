/**
 * Columns whose meaning the workbook does not settle: two outcomes with nothing to tell them apart, a unit in the
 * header that the title contradicts, an outcome column with no sign rule beside a budget with one, and a share of
 * the budget kept as a plain number where the outcome should be.
 */
import { Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, sum, tkr } from '../layouts2/money';
import { built8, sideOf, sumRow } from './kit';

/** Insats | Budget 2025 | Utfall | Utfall prel. | Kommentar: which of the two is the year's outcome? */
function outcomeAndPreliminary(): Fixture {
  return {
    name: 'utfall-och-utfall-prel-utan-ar-eller-period-att-skilja-dem-at',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Uppföljning');
      put(ws, 'A1', 'Budgetuppföljning 2025 – Samordningsförbundet Östra Skaraborg', { bold: true, size: 12 });
      put(ws, 'A2', 'Belopp i kronor');
      const H = 4;
      putRow(ws, H, 'A', ['Insats', 'Budget 2025', 'Utfall', 'Utfall prel.', 'Kommentar'], { bold: true, border: true });
      const data: [string, string, string, string, string?][] = [
        ['Kansli och ledning', '1350000', '1288410', '1342900'],
        ['Unga in i arbete', '2100000', '1874225', '2065000', 'Två tjänster tillsatta i mars'],
        ['IPS Skaraborg', '980000', '1014302', '1029500'],
        ['Arbetsförmågebedömning', '640000', '512880', '596000'],
        ['Kompetensutveckling', '180000', '96410', '151200'],
        ['Utvärdering', '150000', '0', '140000', 'Faktureras i januari'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, o, p, c] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, kr(b), 'kr');
        num(ws, `C${r}`, kr(o), 'kr');
        num(ws, `D${r}`, kr(p), 'kr');
        if (c) put(ws, `E${r}`, c, { italic: true });
        lines.push({ row: r, key: label, side: 'cost', budget: kr(b), outcome: null });
        r++;
      }
      sumRow(ws, r, 'A', 'Summa', [['B', (l) => l.budget]], lines, 'kr');
      // The sums of the two outcome columns as the sheet prints them.
      num(ws, `C${r}`, sum(data.map((d) => kr(d[2]))), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(data.map((d) => kr(d[3]))), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 28, B: 13, C: 13, D: 13, E: 32 });
      return built8(wb, {
        family: 'odd',
        description:
          'A samordningsförbund\'s follow-up in kronor with Budget 2025 and two outcome columns, "Utfall" and "Utfall prel.", neither with a year or a period. One may be the books as they stand and the other a preliminary year-end with accruals, or the other way round; nothing in the sheet says which is the year\'s outcome. Taking either would compare the budget with a figure that may be the wrong one: no deviation, no flag, and the reader says at the second outcome header (D4) that two outcome columns cannot be told apart (a mapping settles it).',
        source: 'Samordningsförbund, budgetuppföljning with a preliminary outcome beside the booked one',
        tests: 'Utfall beside Utfall prel. with no year or period: no outcome chosen, no deviation, the header named',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: false,
            columns: { line: 'A', budget: 'B' },
            cells: { budget: ['B'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['B'], covers: lines.map((l) => l.row) }],
        errors: [
          { sheet: ws.name, cell: `D${H}`, why: 'a second outcome column (Utfall prel.) beside Utfall, with no year or period to tell which is the outcome' },
        ],
        mustNotFlag: true,
      });
    },
  };
}

/** Headers say (tkr), the title says mnkr: the header wins (SPEC 1.2), and the title's other unit is said. */
function unitConflict(): Fixture {
  return {
    name: 'rubrikerna-sager-tkr-titeln-sager-mnkr',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ws = wb.addWorksheet('Driftredovisning');
      put(ws, 'A1', 'Driftredovisning per verksamhet 2025 (mnkr)', { bold: true, size: 12 });
      put(ws, 'A2', 'Räddningstjänsten Mitt – helår', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget 2025 (tkr)', 'Utfall 2025 (tkr)', 'Avvikelse (tkr)'], { bold: true, border: true, wrap: true });
      const data: [string, string, string][] = [
        ['Förbundsgemensamt', '14250.5', '13988.2'],
        ['Räddningstjänst', '86420', '88105.7'],
        ['Förebyggande', '9310', '8874.3'],
        ['Utbildning och övning', '4120.5', '3997.1'],
        ['Larm och ledning', '11840', '12211.6'],
        ['Fastigheter', '15600', '15598.4'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, o] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(b), 'tkr', '#,##0.0');
        num(ws, `C${r}`, tkr(o), 'tkr', '#,##0.0');
        num(ws, `D${r}`, tkr(b) - tkr(o), 'tkr', '#,##0.0');
        lines.push({ row: r, key: label, side: 'cost', budget: tkr(b), outcome: tkr(o) });
        r++;
      }
      sumRow(
        ws,
        r,
        'A',
        'Summa',
        [
          ['B', (l) => l.budget],
          ['C', (l) => l.outcome],
          ['D', (l) => l.budget! - l.outcome!],
        ],
        lines,
        'tkr',
        '#,##0.0',
      );
      widths(ws, { A: 26, B: 14, C: 14, D: 14 });
      return built8(wb, {
        family: 'odd',
        description:
          'A räddningstjänstförbund\'s operating statement whose title says "(mnkr)" while every amount header says "(tkr)"; the figures (86 420 for Räddningstjänst) are thousands. SPEC 1.2 takes the unit from the header first, so the table is read in tkr and computed; but a title and a header a thousandfold apart is a contradiction the reader must name: the title cell A1 is reported (its unit is not the one used). Costs, unsigned; Avvikelse = budget − utfall agrees; Summa foots.',
        source: "Räddningstjänstförbund, driftredovisning whose title was copied from last year's report in mnkr",
        tests: "a unit in the headers and another in the title: the header's is used, the title cell named",
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
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C', 'D'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
        errors: [{ sheet: ws.name, cell: 'A1', why: 'the title says mnkr, the headers say tkr' }],
      });
    },
  };
}

/** Konto | Kontonamn | Budget 2025 (income negative) | Belopp (every amount positive, income too). */
function unsignedBeside(): Fixture {
  return {
    name: 'belopp-utan-tecken-bredvid-budget-med-tecken-intakterna-gar-inte-att-jamfora',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Resultat per konto');
      put(ws, 'A1', 'Resultat per konto 2025 – Kommunalförbundet Sjuhärads Samordning', { bold: true, size: 12 });
      put(ws, 'A2', 'Budget ur budgetmodulen. Belopp: saldolista helår ur ekonomisystemet.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Kontonamn', 'Budget 2025', 'Belopp'], { bold: true, border: true });
      // Budget with ledger signs (income negative); Belopp as the saldolista's absolute amounts, with no sign at all.
      const data: [string, string, string, string][] = [
        ['3041', 'Medlemsavgifter', '-12400000', '12400000'],
        ['3110', 'Statsbidrag', '-850000', '1012600'],
        ['3990', 'Övriga intäkter', '-60000', '41250'],
        ['4010', 'Löner', '6120000', '6244318'],
        ['4710', 'Sociala avgifter', '1923000', '1961250'],
        ['5010', 'Lokalhyra', '912000', '912000'],
        ['5810', 'Resor', '145000', '118420'],
        ['6550', 'Konsulttjänster', '2650000', '2298110'],
        ['6990', 'Övriga kostnader', '420000', '455902'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, name, b, o] of data) {
        putRow(ws, r, 'A', [Number(konto), name]);
        num(ws, `C${r}`, kr(b), 'kr');
        num(ws, `D${r}`, kr(o), 'kr');
        // An income line's outcome is written without its sign: it cannot be compared with the budget's.
        lines.push({ row: r, key: name, side: sideOf(konto), budget: kr(b), outcome: sideOf(konto) === 'income' ? null : kr(o) });
        r++;
      }
      widths(ws, { A: 8, B: 24, C: 14, D: 14 });
      return built8(wb, {
        family: 'odd',
        description:
          'Budget 2025 from the budget module with ledger signs (income negative: Medlemsavgifter −12 400 000) beside "Belopp", a saldolista pasted with no sign at all (Medlemsavgifter 12 400 000, costs positive too), no type column and no sign rule. For the cost accounts both columns are positive and every convention gives budget − outcome. For the three income accounts the budget is negative and the outcome positive: read as a ledger, 3041 would show a deviation of −24 800 000 that is no deviation at all. Honest: the cost lines are compared; the income lines are not (deviation null, left out of the rollup), and the Belopp header (D4) is named: its income amounts have no sign to compare with the budget\'s.',
        source: 'Kommunalförbund, budget beside a saldolista pasted from another report',
        tests: 'an outcome column with no sign beside a signed budget: cost lines compared, income lines left out and the column named',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        errors: [{ sheet: ws.name, cell: `D${H}`, why: 'income written positive in Belopp beside a budget with income negative: no sign rule' }],
        leftOut: [{ sheet: ws.name, cells: lines.filter((l) => l.side === 'income').map((l) => `D${l.row}`), why: 'an income outcome with no sign' }],
      });
    },
  };
}

/** Projekt | Projektledare | Budget 2025 | Förbrukat (0.87 as a plain number) | Kvar: the only "outcome" is a share. */
function shareAsOutcome(): Fixture {
  return {
    name: 'forbrukat-som-andel-0-1-utan-procentformat-enda-utfallskolumnen',
    build: () => {
      const wb = newBook('Projektkoordinator');
      const ws = wb.addWorksheet('Projekt 2025');
      put(ws, 'A1', 'Projektuppföljning 2025 – Region- och kommunförbundet', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Projekt', 'Projektledare', 'Budget 2025', 'Förbrukat', 'Kvar'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['Kompetensförsörjning vård', 'A. Lind', '1850000', '1609500'],
        ['Digital infrastruktur', 'M. Berg', '2400000', '2615820'],
        ['Regional cykelplan', 'S. Holm', '420000', '218400'],
        ['Besöksnäring data', 'J. Ek', '300000', '291000'],
        ['Unga vuxna i arbete', 'K. Nyström', '1200000', '876000'],
        ['Kollektivtrafikstudie', 'P. Åberg', '540000', '583200'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, who, b, o] of data) {
        putRow(ws, r, 'A', [label, who]);
        num(ws, `C${r}`, kr(b), 'kr');
        // Förbrukat = spent ÷ budget, to two decimals, under a plain number format: 0.87, not 87 %.
        put(ws, `D${r}`, Math.round((Number(o) / Number(b)) * 100) / 100, { numFmt: '0.00' });
        num(ws, `E${r}`, kr(b) - kr(o), 'kr');
        lines.push({ row: r, key: label, side: 'cost', budget: kr(b), outcome: null });
        r++;
      }
      sumRow(ws, r, 'A', 'Totalt', [['C', (l) => l.budget]], lines, 'kr');
      num(ws, `E${r}`, sum(data.map((d) => kr(d[2]) - kr(d[3]))), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 28, B: 16, C: 13, D: 11, E: 13 });
      return built8(wb, {
        family: 'missing-role',
        description:
          'A project list in kronor: Budget 2025, "Förbrukat" and Kvar. Förbrukat is the share of the budget spent, kept as a plain number 0–1 (0.87, 1.09) under the format 0.00, not as an amount: the word is an outcome word, but 0.87 kr against a budget of 1 850 000 kr is no outcome. The table has no outcome in kronor (Kvar is budget − spent, not the outcome): no deviation, no flag, and no reported-deviation finding made from 0.87 kr. The reading says the outcome is missing.',
        source: 'Regionförbund, projektuppföljning with Förbrukat as a fraction',
        tests: 'a share 0–1 under an outcome word as the only outcome column: no outcome, no deviation',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: false,
            missingRole: 'outcome',
            columns: { line: 'A', budget: 'C' },
            cells: { budget: ['C'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C'], covers: lines.map((l) => l.row) }],
        mustNotFlag: true,
      });
    },
  };
}

export const COLUMNS: Fixture[] = [outcomeAndPreliminary(), unitConflict(), unsignedBeside(), shareAsOutcome()];
