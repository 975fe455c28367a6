/**
 * Where the tables stand: a table starting in column F beside the economist's own notes (with figures) in A–D,
 * drift and investering side by side with one blank column between them, and one sheet per goal area with a
 * summary sheet whose figures are formulas pointing at the goal-area sheets.
 */
import { Fixture, LineFigures, SpecLine, TableSpec, TotalSpec } from '../layouts2/spec';
import { kr, sum, tkr } from '../layouts2/money';
import { formula, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { built7, sideOfCode } from './kit';

/** Notes in A–D (dates, a fee per invånare, a count, a percentage) on the same rows as a table in F–I. */
function tableAtF(): Fixture {
  return {
    name: 'tabell-fran-kolumn-f-med-egna-anteckningar-och-tal-i-kolumn-a-d-bredvid',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Uppföljning');
      put(ws, 'A1', 'Anteckningar', { bold: true });
      putRow(ws, 2, 'A', ['Beslut i direktionen', '2024-11-21 § 34']);
      putRow(ws, 3, 'A', ['Medlemsavgift per invånare', undefined, 142]);
      putRow(ws, 4, 'A', ['Invånare 31 dec 2024', undefined, 128400]);
      put(ws, 'A5', 'Uppräkning');
      put(ws, 'C5', 0.025, { numFmt: '0.0%' });
      putRow(ws, 6, 'A', ['Antal medlemskommuner', undefined, undefined, 6]);
      put(ws, 'A8', 'Att göra', { bold: true });
      put(ws, 'A9', 'Stäm av semesterlöneskulden före 15/1');
      put(ws, 'A10', 'Fråga Sandviken om fakturan 4 812 kr');
      put(ws, 'F2', 'Budgetuppföljning 2025 – Gästrike Räddningstjänstförbund (kr)', { bold: true, size: 12 });
      const H = 4;
      putRow(ws, H, 'F', ['Verksamhet', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      const data: [string, 'income' | 'cost', string, string][] = [
        ['Medlemsavgifter', 'income', '18230000', '18230000'],
        ['Intäkter externa uppdrag', 'income', '1400000', '1622450'],
        ['Utryckningsverksamhet', 'cost', '9850000', '10214330'],
        ['Förebyggande', 'cost', '3120000', '2987612'],
        ['Fordon och materiel', 'cost', '4300000', '4118905'],
        ['Ledning och administration', 'cost', '2360000', '2401277'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, b, o] of data) {
        put(ws, `F${r}`, label);
        num(ws, `G${r}`, kr(b), 'kr');
        num(ws, `H${r}`, kr(o), 'kr');
        num(ws, `I${r}`, side === 'income' ? kr(o) - kr(b) : kr(b) - kr(o), 'kr');
        lines.push({ row: r, key: label, side, budget: kr(b), outcome: kr(o) });
        r++;
      }
      put(ws, `F${r}`, 'Resultat', { bold: true });
      const res = (f: (l: SpecLine) => bigint | null) => sum(lines.map((l) => (l.side === 'income' ? f(l) : -(f(l) ?? 0n))));
      num(
        ws,
        `G${r}`,
        res((l) => l.budget),
        'kr',
        '#,##0',
        { bold: true },
      );
      num(
        ws,
        `H${r}`,
        res((l) => l.outcome),
        'kr',
        '#,##0',
        { bold: true },
      );
      const covers = lines.map((l): number | [number, -1] => (l.side === 'income' ? l.row : [l.row, -1]));
      widths(ws, { A: 26, B: 16, C: 10, D: 8, E: 3, F: 28, G: 14, H: 14, I: 12 });
      return built7(wb, {
        family: 'odd',
        description:
          'A räddningstjänstförbund\'s budget follow-up whose table starts in column F (header F4) because the economist keeps notes in A–D on the same rows: a decision date, "Medlemsavgift per invånare" 142, "Invånare 31 dec 2024" 128 400, "Uppräkning" 2,5 %, "Antal medlemskommuner" 6 and a to-do list with an amount in words. The notes are no table and give no line or deviation; the table is F–I alone. Unsigned: Medlemsavgifter and Intäkter externa uppdrag are income; Avvikelse agrees; Resultat = income − costs.',
        source: "Räddningstjänstförbund, budgetuppföljning with the economist's notes to the left",
        tests: 'a table starting in column F beside notes with numbers in A–D on the same rows',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'F', budget: 'G', outcome: 'H', deviation: 'I' },
            cells: { budget: ['G'], outcome: ['H'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['G', 'H'], covers }],
        reported: [{ table: 0, col: 'I', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Driftredovisning A–E (ledger) and Investeringsredovisning G–J (unsigned) on the same header row, F blank. */
function sideBySide(): Fixture {
  return {
    name: 'drift-och-investering-sida-vid-sida-en-tom-kolumn-emellan-olika-teckenkonventioner-tkr',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Drift och investering');
      put(ws, 'A1', 'Årsbokslut 2025 – Kommunalförbundet Avfall Norr (tkr)', { bold: true, size: 12 });
      put(ws, 'A3', 'Driftredovisning', { bold: true });
      put(ws, 'G3', 'Investeringsredovisning', { bold: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget', 'Utfall', 'Avvikelse'], { bold: true, border: true });
      putRow(ws, H, 'G', ['Projekt', 'Budget', 'Utfall', 'Kvar'], { bold: true, border: true });
      const drift: [string, string, string, string][] = [
        ['3110', 'Avfallstaxa hushåll', '-48600', '-49812'],
        ['3120', 'Slamtömning', '-6200', '-6045'],
        ['3990', 'Övriga intäkter', '-900', '-1344'],
        ['4010', 'Löner', '14800', '15112'],
        ['4710', 'Sociala avgifter', '4650', '4744'],
        ['5410', 'Fordon och drivmedel', '9850', '10377'],
        ['6520', 'Behandlingsavgifter', '21300', '20866'],
        ['6990', 'Övrigt', '3400', '3208'],
      ];
      const inv: [string, string, string][] = [
        ['Ny sopbil', '4200', '4080'],
        ['Omlastningsstation etapp 2', '12500', '9870'],
        ['Kärl och behållare', '1800', '2115'],
        ['IT-system vägning', '650', '0'],
      ];
      const dl: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, text, b, o] of drift) {
        putRow(ws, r, 'A', [Number(konto), text]);
        num(ws, `C${r}`, tkr(b), 'tkr');
        num(ws, `D${r}`, tkr(o), 'tkr');
        num(ws, `E${r}`, tkr(b) - tkr(o), 'tkr');
        dl.push({ row: r, key: text, side: sideOfCode(konto), budget: tkr(b), outcome: tkr(o) });
        r++;
      }
      const driftSum = r;
      put(ws, `B${r}`, 'Summa drift', { bold: true });
      num(ws, `C${r}`, sum(dl.map((l) => l.budget)), 'tkr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(dl.map((l) => l.outcome)), 'tkr', '#,##0', { bold: true });
      num(ws, `E${r}`, sum(dl.map((l) => l.budget! - l.outcome!)), 'tkr', '#,##0', { bold: true });
      const il: SpecLine[] = [];
      r = H + 1;
      for (const [text, b, o] of inv) {
        put(ws, `G${r}`, text);
        num(ws, `H${r}`, tkr(b), 'tkr');
        num(ws, `I${r}`, tkr(o), 'tkr');
        num(ws, `J${r}`, tkr(b) - tkr(o), 'tkr');
        il.push({ row: r, key: text, side: 'cost', budget: tkr(b), outcome: tkr(o) });
        r++;
      }
      const invSum = r;
      put(ws, `G${r}`, 'Summa investeringar', { bold: true });
      num(ws, `H${r}`, sum(il.map((l) => l.budget)), 'tkr', '#,##0', { bold: true });
      num(ws, `I${r}`, sum(il.map((l) => l.outcome)), 'tkr', '#,##0', { bold: true });
      num(ws, `J${r}`, sum(il.map((l) => l.budget! - l.outcome!)), 'tkr', '#,##0', { bold: true });
      widths(ws, { A: 8, B: 24, C: 10, D: 10, E: 11, F: 4, G: 28, H: 10, I: 10, J: 10 });
      return built7(wb, {
        family: 'odd',
        description:
          "An avfallsförbund's year-end report with two tables side by side on one header row (row 4), in tkr (unit in the title): the Driftredovisning in A–E (Konto | Benämning | Budget | Utfall | Avvikelse, ledger signs: income negative, Avvikelse = budget − utfall) and, after one blank column F, the Investeringsredovisning in G–J (Projekt | Budget | Utfall | Kvar, expenditure positive, Kvar = budget − utfall). Two tables with their own lines, conventions and Summa rows; no row holds one line made of both. IT-system vägning has outcome 0 (a value: postponed).",
        source: 'Kommunalförbund (avfall), årsbokslut with drift and investering side by side',
        tests: 'two tables on one header row with a blank column between, a ledger-signed one beside an unsigned one',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines: dl,
            count: true,
          },
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'G', budget: 'H', outcome: 'I', deviation: 'J' },
            cells: { budget: ['H'], outcome: ['I'] },
            lines: il,
            count: true,
          },
        ],
        totals: [
          { sheet: ws.name, unit: 'tkr', row: driftSum, cols: ['C', 'D', 'E'], covers: dl.map((l) => l.row) },
          { sheet: ws.name, unit: 'tkr', row: invSum, cols: ['H', 'I', 'J'], covers: il.map((l) => l.row) },
        ],
        reported: [
          { table: 0, col: 'E', expect: (l: LineFigures) => l.deviation },
          { table: 1, col: 'J', expect: (l: LineFigures) => l.deviation },
        ],
        reread: { sideBySide: true },
      });
    },
  };
}

/** Sammanfattning first (Målområde | Budget | Utfall | Avvikelse as formulas into the sheets), one sheet per goal area. */
function sheetPerGoalArea(): Fixture {
  return {
    name: 'ett-blad-per-malomrade-bladnamnet-ar-malomradet-sammanfattning-med-formler-mot-bladen',
    build: () => {
      const wb = newBook('Förbundschef');
      const summary = wb.addWorksheet('Sammanfattning');
      const areas: [string, [string, string, string][]][] = [
        [
          'Arbete och försörjning',
          [
            ['Arbetsträning Jobbverkstan', '1650000', '1588214'],
            ['Stegvis mot arbete', '920000', '987330'],
            ['Språk och arbete', '540000', '512900'],
          ],
        ],
        [
          'Hälsa och rehabilitering',
          [
            ['Hälsoslussen', '1380000', '1402877'],
            ['Samtalsstöd', '610000', '544125'],
          ],
        ],
        [
          'Unga vuxna',
          [
            ['Ung resurs', '1120000', '1063400'],
            ['Navigatorcentrum', '780000', '811652'],
            ['Feriejobb med stöd', '260000', '241000'],
          ],
        ],
      ];
      const tables: TableSpec[] = [];
      const totals: TotalSpec[] = [];
      const sumRows: { area: string; row: number; lines: SpecLine[] }[] = [];
      for (const [area, items] of areas) {
        const ws = wb.addWorksheet(area);
        put(ws, 'A1', `${area} – insatser 2025 (kr)`, { bold: true, size: 12 });
        const H = 3;
        putRow(ws, H, 'A', ['Insats', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
        const lines: SpecLine[] = [];
        let r = H + 1;
        for (const [label, b, o] of items) {
          put(ws, `A${r}`, label);
          num(ws, `B${r}`, kr(b), 'kr');
          num(ws, `C${r}`, kr(o), 'kr');
          formula(ws, `D${r}`, `B${r}-C${r}`, kr(b) - kr(o), 'kr');
          lines.push({ row: r, key: label, side: 'cost', budget: kr(b), outcome: kr(o) });
          r++;
        }
        put(ws, `A${r}`, 'Summa', { bold: true });
        formula(ws, `B${r}`, `SUM(B${H + 1}:B${r - 1})`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
        formula(ws, `C${r}`, `SUM(C${H + 1}:C${r - 1})`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
        formula(ws, `D${r}`, `SUM(D${H + 1}:D${r - 1})`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C', 'D'], covers: lines.map((l) => l.row) });
        widths(ws, { A: 30, B: 14, C: 14, D: 12 });
        tables.push({
          sheet: ws.name,
          headerRow: H,
          unit: 'kr',
          convention: 'unsigned',
          deviations: true,
          columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
          cells: { budget: ['B'], outcome: ['C'] },
          lines,
        });
        sumRows.push({ area, row: r, lines });
      }
      put(summary, 'A1', 'Sammanfattning per målområde 2025 – Samordningsförbundet Välfärdsutveckling Mitt (kr)', { bold: true, size: 12 });
      const H = 3;
      putRow(summary, H, 'A', ['Målområde', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const s of sumRows) {
        const b = sum(s.lines.map((l) => l.budget));
        const o = sum(s.lines.map((l) => l.outcome));
        put(summary, `A${r}`, s.area);
        formula(summary, `B${r}`, `'${s.area}'!B${s.row}`, b, 'kr');
        formula(summary, `C${r}`, `'${s.area}'!C${s.row}`, o, 'kr');
        formula(summary, `D${r}`, `'${s.area}'!D${s.row}`, b - o, 'kr');
        lines.push({ row: r, key: s.area, side: 'cost', budget: b, outcome: o });
        r++;
      }
      put(summary, `A${r}`, 'Totalt', { bold: true });
      formula(summary, `B${r}`, `SUM(B${H + 1}:B${r - 1})`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      formula(summary, `C${r}`, `SUM(C${H + 1}:C${r - 1})`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      formula(summary, `D${r}`, `SUM(D${H + 1}:D${r - 1})`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      totals.push({ sheet: summary.name, unit: 'kr', row: r, cols: ['B', 'C', 'D'], covers: lines.map((l) => l.row) });
      widths(summary, { A: 30, B: 14, C: 14, D: 12 });
      tables.unshift({
        sheet: summary.name,
        headerRow: H,
        unit: 'kr',
        convention: 'unsigned',
        deviations: true,
        columns: { goalArea: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
        cells: { budget: ['B'], outcome: ['C'] },
        lines,
      });
      return built7(wb, {
        family: 'goal-area',
        description:
          'A samordningsförbund\'s insatser kept one sheet per goal area, the sheet named after it ("Arbete och försörjning", "Hälsa och rehabilitering", "Unga vuxna"; no goal-area column or header on those sheets), each with Insats | Budget 2025 | Utfall 2025 | Avvikelse and a Summa row, and a Sammanfattning sheet first whose rows are the goal areas and whose figures are formulas pointing at each sheet\'s Summa row (=\'Unga vuxna\'!B7), saved with their results. Four tables; the summary agrees with every goal-area sheet (nothing to report across sheets). Unsigned costs; Avvikelse = budget − utfall agrees everywhere.',
        source: 'Samordningsförbund, one sheet per målområde with a summary of formulas',
        tests: 'one sheet per goal area named by it, a summary sheet of cross-sheet formulas that agrees',
        tables,
        totals,
        reported: tables.map((_, i) => ({ table: i, col: 'D', expect: (l: LineFigures) => l.deviation })),
      });
    },
  };
}

export const PLACEMENT: Fixture[] = [tableAtF(), sideBySide(), sheetPerGoalArea()];
