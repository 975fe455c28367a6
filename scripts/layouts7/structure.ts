/**
 * Rows an economist tells apart at a glance and the earlier corpora lack: Excel's Data → Delsumma output
 * (SUBTOTAL(9, …) rows named in the grouping column, a grand total over every row), levels shown by leading
 * spaces with the sums on the parent rows above their children, "varav" lines that break a line down, comment
 * rows of prose between and inside the groups, key figures (counts) under the result, years only on a merged row
 * above the role words, and negatives shown in red without a minus.
 */
import { Fixture, LineFigures, SpecLine, TotalSpec } from '../layouts2/spec';
import { kr, Ore, sum, tkr } from '../layouts2/money';
import { formula, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { built7, sideOfCode } from './kit';

/** Data → Delsumma on a ledger list: "100 Förbundsledning Summa" in the Verksamhet column, SUBTOTAL(9, …), Totalsumma. */
function dataSubtotal(): Fixture {
  return {
    name: 'data-delsumma-subtotal-9-summa-i-verksamhetskolumnen-och-totalsumma-over-allt',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Per verksamhet');
      putRow(ws, 1, 'A', ['Verksamhet', 'Konto', 'Benämning', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      const groups: [string, [string, string, string, string][]][] = [
        [
          '100 Förbundsledning',
          [
            ['3041', 'Medlemsavgifter', '-16150000', '-16150000'],
            ['4010', 'Löner', '1850000', '1902114'],
            ['4710', 'Sociala avgifter', '581000', '597264'],
            ['6420', 'Revision', '120000', '112500'],
          ],
        ],
        [
          '200 Tillsyn',
          [
            ['3510', 'Tillsynsavgifter', '-3200000', '-3412880'],
            ['4010', 'Löner', '4620000', '4488310'],
            ['4710', 'Sociala avgifter', '1451000', '1409330'],
            ['5810', 'Resor', '180000', '214776'],
          ],
        ],
        [
          '300 Räddning',
          [
            ['4010', 'Löner', '6840000', '7012455'],
            ['4710', 'Sociala avgifter', '2148000', '2201910'],
            ['5410', 'Fordon', '1250000', '1187640'],
            ['6990', 'Övrigt', '310000', '288120'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = 2;
      for (const [v, rows] of groups) {
        const first = r;
        const mine: SpecLine[] = [];
        for (const [konto, text, b, o] of rows) {
          putRow(ws, r, 'A', [v, konto, text]);
          num(ws, `D${r}`, kr(b), 'kr');
          num(ws, `E${r}`, kr(o), 'kr');
          formula(ws, `F${r}`, `D${r}-E${r}`, kr(b) - kr(o), 'kr');
          ws.getRow(r).outlineLevel = 2;
          const l: SpecLine = { row: r, key: text, group: v, side: sideOfCode(konto), budget: kr(b), outcome: kr(o) };
          lines.push(l);
          mine.push(l);
          r++;
        }
        put(ws, `A${r}`, `${v} Summa`, { bold: true });
        formula(ws, `D${r}`, `SUBTOTAL(9,D${first}:D${r - 1})`, sum(mine.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
        formula(ws, `E${r}`, `SUBTOTAL(9,E${first}:E${r - 1})`, sum(mine.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
        formula(ws, `F${r}`, `SUBTOTAL(9,F${first}:F${r - 1})`, sum(mine.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
        ws.getRow(r).outlineLevel = 1;
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['D', 'E', 'F'], covers: mine.map((l) => l.row) });
        r++;
      }
      // Excel's grand total runs over every row; SUBTOTAL leaves the SUBTOTAL rows inside its range out.
      put(ws, `A${r}`, 'Totalsumma', { bold: true });
      formula(ws, `D${r}`, `SUBTOTAL(9,D2:D${r - 1})`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      formula(ws, `E${r}`, `SUBTOTAL(9,E2:E${r - 1})`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      formula(ws, `F${r}`, `SUBTOTAL(9,F2:F${r - 1})`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['D', 'E', 'F'], covers: lines.map((l) => l.row) });
      ws.properties.outlineLevelRow = 2;
      widths(ws, { A: 26, B: 8, C: 20, D: 14, E: 14, F: 12 });
      return built7(wb, {
        family: 'ledger',
        description:
          'A räddningstjänstförbund\'s ledger list per verksamhet and konto after Excel\'s Data → Delsumma ("At each change in Verksamhet, use Summa"): each block closes with a row whose only label is "100 Förbundsledning Summa" in the Verksamhet column (not the label column) and SUBTOTAL(9, …) formulas over the block; "Totalsumma" at the end is SUBTOTAL(9, D2:D16) over every row above, subtotal rows included, which Excel leaves out of a SUBTOTAL, so it equals the sum of the item rows. Every formula carries its saved result; the rows are grouped in an outline. The subtotal rows and Totalsumma are control totals, never lines; accounts repeat under each verksamhet (the row tells them apart). Ledger signs (income negative), Avvikelse = budget − utfall, summary per Verksamhet.',
        source: 'Räddningstjänstförbund, ledger list with Excel Data → Delsumma per verksamhet',
        tests: 'SUBTOTAL(9, …) rows labelled "X Summa" in the grouping column, a Totalsumma over the subtotal rows, outline levels',
        tables: [
          {
            sheet: ws.name,
            headerRow: 1,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            groupBy: 'Verksamhet',
            columns: { dimension: 'A', code: 'B', line: 'C', budget: 'D', outcome: 'E', deviation: 'F' },
            cells: { budget: ['D'], outcome: ['E'] },
            lines,
            groups: true,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'F', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Column A empty; labels in B, levels by leading spaces; each parent row holds the sum of its children; signed. */
function indentLevels(): Fixture {
  return {
    name: 'tom-forsta-kolumn-etiketter-i-b-nivaer-med-inledande-blanksteg-summor-pa-foraldraraden',
    build: () => {
      const wb = newBook('Hypergene');
      const ws = wb.addWorksheet('Resultat per insats');
      put(ws, 'B1', 'Samordningsförbundet Kalmar Sydost – resultat per insats 2025 (kr)', { bold: true, size: 12 });
      put(ws, 'B2', 'Intäkter positiva, kostnader negativa. Avvikelse = utfall − budget.', { italic: true });
      const H = 4;
      putRow(ws, H, 'B', ['Post', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      // [label with its leading spaces, budget, outcome] for leaves; [label, children] for parents.
      type Node = { label: string; b?: string; o?: string; kids?: Node[] };
      const tree: Node[] = [
        {
          label: 'Intäkter',
          kids: [
            {
              label: '  Medlemsbidrag',
              kids: [
                { label: '    Försäkringskassan', b: '2400000', o: '2400000' },
                { label: '    Region Kalmar län', b: '1200000', o: '1200000' },
                { label: '    Kommunerna', b: '1200000', o: '1200000' },
              ],
            },
            { label: '  Ränteintäkter', b: '10000', o: '18450' },
          ],
        },
        {
          label: 'Kostnader',
          kids: [
            {
              label: '  Insatser',
              kids: [
                { label: '    Unga till arbete', b: '-1850000', o: '-1712336' },
                { label: '    IPS individstöd', b: '-1240000', o: '-1301874' },
                { label: '    Samverkansteam', b: '-980000', o: '-1006552' },
              ],
            },
            {
              label: '  Förbundsgemensamt',
              kids: [
                { label: '    Kansli', b: '-1120000', o: '-1087415' },
                { label: '    Lokaler och IT', b: '-410000', o: '-398212' },
                { label: '    Revision och utvärdering', b: '-210000', o: '-176000' },
              ],
            },
          ],
        },
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      const write = (n: Node): { row: number; lines: SpecLine[] } => {
        const row = r++;
        put(ws, `B${row}`, n.label, n.kids ? { bold: !n.label.startsWith(' ') } : undefined);
        if (!n.kids) {
          const l: SpecLine = { row, key: n.label.trim(), side: n.b!.startsWith('-') ? 'cost' : 'income', budget: kr(n.b!), outcome: kr(n.o!) };
          lines.push(l);
          return { row, lines: [l] };
        }
        const kids = n.kids.map(write);
        const mine = kids.flatMap((k) => k.lines);
        totals.push({ sheet: ws.name, unit: 'kr', row, cols: ['C', 'D', 'E'], covers: kids.map((k) => k.row) });
        return { row, lines: mine };
      };
      const tops = tree.map(write);
      put(ws, `B${r}`, 'Resultat', { bold: true });
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E'], covers: tops.map((t) => t.row) });
      // Amounts: leaves their own, every parent the sum of its leaves, written after the rows are known.
      const all: { row: number; ls: SpecLine[] }[] = [...lines.map((l) => ({ row: l.row, ls: [l] }))];
      for (const t of totals) all.push({ row: t.row, ls: lines.filter((l) => covered(t, l.row, totals)) });
      for (const { row, ls } of all) {
        const bold = totals.some((t) => t.row === row) ? { bold: true } : {};
        num(ws, `C${row}`, sum(ls.map((l) => l.budget)), 'kr', '#,##0', bold);
        num(ws, `D${row}`, sum(ls.map((l) => l.outcome)), 'kr', '#,##0', bold);
        num(ws, `E${row}`, sum(ls.map((l) => l.outcome! - l.budget!)), 'kr', '#,##0', bold);
      }
      widths(ws, { A: 3, B: 34, C: 14, D: 14, E: 12 });
      return built7(wb, {
        family: 'statement',
        description:
          'A samordningsförbund\'s result per insats as a report tool prints it: column A empty, the labels in column B with their level shown only by leading spaces in the text ("Intäkter", "  Medlemsbidrag", "    Försäkringskassan"), and every parent row carrying the sum of the rows under it, above them, with no Summa word ("Intäkter", "  Medlemsbidrag", "Kostnader", "  Insatser", "  Förbundsgemensamt"); Resultat closes. Only the leaves are lines (ten of them; "  Ränteintäkter" is a leaf one level up); the parent rows are control totals of their children, so nothing is counted twice. Signed (income positive, costs negative, said in row 2): deviation = utfall − budget; Avvikelse agrees on every row.',
        source: 'Samordningsförbund, Hypergene-style report with levels by indentation and sums on the parent rows',
        tests: 'an empty column A, labels in B indented by leading spaces, parent rows holding the sums of their children above them',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
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

/** Is `row` one of the leaf rows under total `t` (following covered totals down)? */
function covered(t: TotalSpec, row: number, totals: TotalSpec[]): boolean {
  return t.covers.some((c) => {
    const r = Array.isArray(c) ? c[0] : c;
    if (r === row) return true;
    const sub = totals.find((x) => x.row === r);
    return sub ? covered(sub, row, totals) : false;
  });
}

/** Driftredovisning with "varav" rows under some lines (indented or not): parts of the line above, never lines. */
function varavRows(): Fixture {
  return {
    name: 'varav-rader-under-posterna-indragna-och-med-versal-raknas-inte-tva-ganger-tkr',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Driftredovisning');
      put(ws, 'A1', 'Driftredovisning 2025 – Kommunalförbundet Miljö Mitt (tkr)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      type Row = [string, string, string, 'line' | 'varav'];
      const income: Row[] = [
        ['Medlemsavgifter', '24600', '24600', 'line'],
        ['Avgifter och taxor', '3150', '3402', 'line'],
        ['  varav tillsynsavgifter', '2400', '2655', 'varav'],
        ['Bidrag', '850', '1120', 'line'],
      ];
      const costs: Row[] = [
        ['Personalkostnader', '18900', '19244', 'line'],
        ['  varav löner', '13800', '14051', 'varav'],
        ['  varav sociala avgifter', '4340', '4418', 'varav'],
        ['Lokalkostnader', '3400', '3389', 'line'],
        ['Fordon och materiel', '2800', '2611', 'line'],
        ['Varav leasing', '1100', '1102', 'varav'],
        ['Övriga kostnader', '2950', '3210', 'line'],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      const section = (title: string, rows: Row[], side: 'income' | 'cost', sumLabel: string): { row: number; ls: SpecLine[] } => {
        put(ws, `A${r++}`, title, { bold: true });
        const mine: SpecLine[] = [];
        for (const [label, b, o, kind] of rows) {
          put(ws, `A${r}`, label, kind === 'varav' ? { italic: true } : undefined);
          num(ws, `B${r}`, tkr(b), 'tkr');
          num(ws, `C${r}`, tkr(o), 'tkr');
          num(ws, `D${r}`, side === 'income' ? tkr(o) - tkr(b) : tkr(b) - tkr(o), 'tkr');
          if (kind === 'line') {
            const l: SpecLine = { row: r, key: label, side, budget: tkr(b), outcome: tkr(o) };
            lines.push(l);
            mine.push(l);
          }
          r++;
        }
        put(ws, `A${r}`, sumLabel, { bold: true });
        num(ws, `B${r}`, sum(mine.map((l) => l.budget)), 'tkr', '#,##0', { bold: true });
        num(ws, `C${r}`, sum(mine.map((l) => l.outcome)), 'tkr', '#,##0', { bold: true });
        num(ws, `D${r}`, sum(mine.map((l) => (side === 'income' ? l.outcome! - l.budget! : l.budget! - l.outcome!))), 'tkr', '#,##0', { bold: true });
        totals.push({ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C', 'D'], covers: mine.map((l) => l.row) });
        const at = r;
        r += 2;
        return { row: at, ls: mine };
      };
      const inc = section('Intäkter', income, 'income', 'Summa intäkter');
      const cst = section('Kostnader', costs, 'cost', 'Summa kostnader');
      put(ws, `A${r}`, 'Resultat', { bold: true });
      const res = (f: (l: SpecLine) => Ore | null) => sum(inc.ls.map(f)) - sum(cst.ls.map(f));
      num(
        ws,
        `B${r}`,
        res((l) => l.budget),
        'tkr',
        '#,##0',
        { bold: true },
      );
      num(
        ws,
        `C${r}`,
        res((l) => l.outcome),
        'tkr',
        '#,##0',
        { bold: true },
      );
      totals.push({ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C'], covers: [inc.row, [cst.row, -1]] });
      widths(ws, { A: 30, B: 13, C: 13, D: 12 });
      return built7(wb, {
        family: 'statement',
        description:
          'A miljöförbund\'s driftredovisning in tkr with "varav" rows: "  varav tillsynsavgifter" under Avgifter och taxor, "  varav löner" and "  varav sociala avgifter" under Personalkostnader (indented by spaces, italic), and "Varav leasing" under Fordon och materiel (capital V, not indented). A varav row tells how much of the line above is one kind: it is part of that line, not a line of its own, and adding it would count the same kronor twice (the Summa rows leave them out and foot). Seven lines; unsigned: the lines under Intäkter are income. Avvikelse agrees on every row, varav rows included; Resultat = Summa intäkter − Summa kostnader.',
        source: 'Kommunalförbund (miljö), driftredovisning with varav rows',
        tests: '"varav" sub-lines indented and capitalised, left out of the lines and the totals',
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
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Goal-area header rows; a long comment inside a group and after each group's Summa row (text only, one merged). */
function commentRows(): Fixture {
  return {
    name: 'kommentarsrader-med-lang-text-inne-i-och-mellan-malomradena-utan-belopp',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Insatser 2025');
      put(ws, 'A1', 'Uppföljning av insatser 2025 – Samordningsförbundet Sörmland Väst (kr)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Insats', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      type Item = [string, string, string] | { comment: string; merge?: boolean };
      const areas: [string, Item[], string][] = [
        [
          'Målområde 1: Unga i arbete',
          [
            ['Jobbspår unga', '1200000', '1143870'],
            ['Ung framtid', '860000', '912450'],
            { comment: 'Obs! Ung framtid fick ett tillägg på 60 000 kr genom styrelsebeslut 2025-05-14; tillägget ligger inte i budgetkolumnen.' },
            ['Sommarjobb med stöd', '340000', '322000'],
          ],
          'Kommentar: Målområdet som helhet ligger nära budget. Överskridandet i Ung framtid förklaras av tillägget ovan och väntas inte återkomma 2026, då insatsen övergår i ordinarie verksamhet hos kommunerna.',
        ],
        [
          'Målområde 2: Hälsa och arbetsförmåga',
          [
            ['Hälsoslussen', '1450000', '1502118'],
            ['IPS', '980000', '954300'],
          ],
          'Kommentar: Hälsoslussen har haft fler deltagare än planerat under hösten; IPS har haft en vakant tjänst i två månader.',
        ],
        [
          'Målområde 3: Strukturella insatser',
          [
            ['Kompetensutveckling', '250000', '184220'],
            ['Utvärdering', '150000', '150000'],
          ],
          '',
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      const sums: number[] = [];
      let r = H + 1;
      areas.forEach(([area, items, after], i) => {
        put(ws, `A${r++}`, area, { bold: true });
        const mine: SpecLine[] = [];
        for (const it of items) {
          if (!Array.isArray(it)) {
            put(ws, `A${r++}`, it.comment, { italic: true });
            continue;
          }
          const [label, b, o] = it;
          put(ws, `A${r}`, label);
          num(ws, `B${r}`, kr(b), 'kr');
          num(ws, `C${r}`, kr(o), 'kr');
          num(ws, `D${r}`, kr(b) - kr(o), 'kr');
          const l: SpecLine = { row: r, key: label, group: area, side: 'cost', budget: kr(b), outcome: kr(o) };
          lines.push(l);
          mine.push(l);
          r++;
        }
        put(ws, `A${r}`, `Summa målområde ${i + 1}`, { bold: true });
        num(ws, `B${r}`, sum(mine.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
        num(ws, `C${r}`, sum(mine.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
        num(ws, `D${r}`, sum(mine.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C', 'D'], covers: mine.map((l) => l.row) });
        sums.push(r);
        r++;
        if (after) {
          put(ws, `A${r}`, after, { italic: true, wrap: true });
          ws.mergeCells(`A${r}:D${r}`);
          ws.getRow(r).height = 45;
          r++;
        }
        r++;
      });
      put(ws, `A${r}`, 'Totalt', { bold: true });
      num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C', 'D'], covers: sums });
      widths(ws, { A: 40, B: 14, C: 14, D: 12 });
      return built7(wb, {
        family: 'goal-area',
        description:
          'A samordningsförbund\'s insatser in kronor under goal-area header rows ("Målområde 1: Unga i arbete" …), each closed by a Summa row, with prose the förbundschef wrote between the figures: a note inside the first group between two insatser ("Obs! Ung framtid fick ett tillägg …", a full sentence with a date and an amount in words, in column A, no amounts), and a long "Kommentar: …" after the Summa rows of the first two groups (merged across the table, wrapped). A comment row is neither a line nor a goal-area header: Sommarjobb med stöd still belongs to Målområde 1, and no group is named after a comment. Unsigned costs; Avvikelse = budget − utfall agrees; Totalt covers the three Summa rows.',
        source: "Samordningsförbund, insatsuppföljning with the förbundschef's comments between the rows",
        tests: 'comment rows of long text inside a group and after the Summa rows, one merged: no line, no group, the goal area kept',
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
            groups: true,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** A statement closed by Resultat, then a "Nyckeltal" block under the same columns: counts and a kronor ratio. */
function keyFigures(): Fixture {
  return {
    name: 'nyckeltal-under-resultatet-arsarbetare-deltagare-och-kostnad-per-deltagare-ej-rader',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Budgetuppföljning');
      put(ws, 'A1', 'Budgetuppföljning 2025 – Samordningsförbundet Östra Skaraborg (kr)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Post', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      const inc: [string, string, string][] = [
        ['Medlemsavgifter', '6400000', '6400000'],
        ['Övriga intäkter', '120000', '164380'],
      ];
      const cst: [string, string, string][] = [
        ['Personalkostnader', '3900000', '3811452'],
        ['Insatser', '2100000', '2284019'],
        ['Lokaler', '310000', '309600'],
        ['Övriga kostnader', '210000', '188712'],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      const block = (rows: [string, string, string][], side: 'income' | 'cost', label: string) => {
        const mine: SpecLine[] = [];
        for (const [l, b, o] of rows) {
          put(ws, `A${r}`, l);
          num(ws, `B${r}`, kr(b), 'kr');
          num(ws, `C${r}`, kr(o), 'kr');
          num(ws, `D${r}`, side === 'income' ? kr(o) - kr(b) : kr(b) - kr(o), 'kr');
          const x: SpecLine = { row: r, key: l, side, budget: kr(b), outcome: kr(o) };
          lines.push(x);
          mine.push(x);
          r++;
        }
        put(ws, `A${r}`, label, { bold: true });
        num(ws, `B${r}`, sum(mine.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
        num(ws, `C${r}`, sum(mine.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C'], covers: mine.map((l) => l.row) });
        return { row: r++, mine };
      };
      const a = block(inc, 'income', 'Summa intäkter');
      const b = block(cst, 'cost', 'Summa kostnader');
      put(ws, `A${r}`, 'Resultat', { bold: true });
      num(ws, `B${r}`, sum(a.mine.map((l) => l.budget)) - sum(b.mine.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `C${r}`, sum(a.mine.map((l) => l.outcome)) - sum(b.mine.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C'], covers: [a.row, [b.row, -1]] });
      r += 2;
      put(ws, `A${r++}`, 'Nyckeltal', { bold: true });
      put(ws, `A${r}`, 'Antal årsarbetare');
      put(ws, `B${r}`, 5.5, { numFmt: '0.0' });
      put(ws, `C${r}`, 5.2, { numFmt: '0.0' });
      r++;
      put(ws, `A${r}`, 'Antal deltagare i insatser');
      put(ws, `B${r}`, 420, { numFmt: '#,##0' });
      put(ws, `C${r}`, 388, { numFmt: '#,##0' });
      r++;
      put(ws, `A${r}`, 'Kostnad per deltagare i insatser (kr)');
      put(ws, `B${r}`, 5000, { numFmt: '#,##0' });
      put(ws, `C${r}`, Math.round(2284019 / 388), { numFmt: '#,##0' });
      widths(ws, { A: 36, B: 14, C: 14, D: 12 });
      return built7(wb, {
        family: 'statement',
        description:
          'A samordningsförbund\'s budget follow-up in kronor: income lines, Summa intäkter, cost lines, Summa kostnader, Resultat; then, after a blank row, a "Nyckeltal" heading and three rows under the same Budget 2025 / Utfall 2025 columns: Antal årsarbetare (5,5 / 5,2), Antal deltagare i insatser (420 / 388) and Kostnad per deltagare i insatser (kr) (5 000 / 5 887). None of these is a line of the budget: counts are not kronor, and the cost per participant is a ratio of a line already counted. Six lines; the statement\'s totals foot without them. Unsigned; Avvikelse given for the six lines only.',
        source: 'Samordningsförbund, budgetuppföljning with nyckeltal under the result',
        tests: 'a Nyckeltal block under Resultat in the amount columns: counts and a ratio, no lines, no deviations',
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

/** Row 3: "2024" over C, "2025" merged over D:F; row 4: Utfall | Utfall | Budget | Avvikelse. tkr, unsigned. */
function yearsMergedAbove(): Fixture {
  return {
    name: 'utfall-i-fjol-utfall-och-budget-i-ar-aren-bara-i-sammanslagen-rad-ovanfor-tkr',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Driftredovisning');
      put(ws, 'A1', 'Driftredovisning 2025 – Kommunalförbundet Norra Skaraborgs Miljö (tkr)', { bold: true, size: 12 });
      put(ws, 'C3', 2024, { bold: true, align: 'center' });
      put(ws, 'D3', 2025, { bold: true, align: 'center' });
      ws.mergeCells('D3:F3');
      putRow(ws, 4, 'A', ['Verksamhet', 'Ansvarig', 'Utfall', 'Utfall', 'Budget', 'Avvikelse'], { bold: true, border: true });
      const data: [string, string, 'income' | 'cost', string, string, string][] = [
        ['Tillsynsavgifter', 'Miljöchef', 'income', '5820', '6214', '6000'],
        ['Medlemsbidrag', 'Förbundschef', 'income', '9400', '9800', '9800'],
        ['Miljötillsyn', 'Miljöchef', 'cost', '8120', '8544', '8700'],
        ['Livsmedelskontroll', 'Miljöchef', 'cost', '3210', '3377', '3150'],
        ['Hälsoskydd', 'Miljöchef', 'cost', '1640', '1712', '1800'],
        ['Administration', 'Förbundschef', 'cost', '2190', '2268', '2150'],
      ];
      const lines: SpecLine[] = [];
      let r = 5;
      for (const [label, who, side, py, o, b] of data) {
        putRow(ws, r, 'A', [label, who]);
        num(ws, `C${r}`, tkr(py), 'tkr');
        num(ws, `D${r}`, tkr(o), 'tkr');
        num(ws, `E${r}`, tkr(b), 'tkr');
        num(ws, `F${r}`, side === 'income' ? tkr(o) - tkr(b) : tkr(b) - tkr(o), 'tkr');
        lines.push({ row: r, key: label, side, budget: tkr(b), outcome: tkr(o) });
        r++;
      }
      put(ws, `A${r}`, 'Verksamhetens nettokostnad', { bold: true });
      const net = (f: (i: number) => Ore) => sum(data.map((d, i) => (d[2] === 'cost' ? f(i) : -f(i))));
      num(
        ws,
        `C${r}`,
        net((i) => tkr(data[i][3])),
        'tkr',
        '#,##0',
        { bold: true },
      );
      num(
        ws,
        `D${r}`,
        net((i) => tkr(data[i][4])),
        'tkr',
        '#,##0',
        { bold: true },
      );
      num(
        ws,
        `E${r}`,
        net((i) => tkr(data[i][5])),
        'tkr',
        '#,##0',
        { bold: true },
      );
      const covers = lines.map((l): number | [number, -1] => (l.side === 'cost' ? l.row : [l.row, -1]));
      widths(ws, { A: 26, B: 14, C: 10, D: 10, E: 10, F: 11 });
      return built7(wb, {
        family: 'statement',
        description:
          'A miljöförbund\'s driftredovisning in tkr whose header row says only Utfall | Utfall | Budget | Avvikelse: the years stand alone on the row above, "2024" over the first Utfall and "2025" merged over Utfall, Budget and Avvikelse. So the first Utfall is last year\'s (prior year, no role in the deviation) and the second this year\'s outcome, compared with Budget 2025; Ansvarig is text. Unsigned: Tillsynsavgifter and Medlemsbidrag are income. Avvikelse agrees; Verksamhetens nettokostnad = costs − income (a surplus this year).',
        source: 'Kommunalförbund (miljö), driftredovisning with the years on a merged row above the role words',
        tests: 'Utfall twice in one header row, the years only in a merged row above: the later is the outcome, the earlier the prior year',
        tables: [
          {
            sheet: ws.name,
            headerRow: 4,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', priorYear: 'C', outcome: 'D', budget: 'E', deviation: 'F' },
            cells: { budget: ['E'], outcome: ['D'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['C', 'D', 'E'], covers }],
        reported: [{ table: 0, col: 'F', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Signed statement where every amount has the format `#,##0;[Red]#,##0`: negatives shown red, no minus. */
function redNegatives(): Fixture {
  return {
    name: 'negativa-belopp-i-rott-utan-minustecken-talformat-det-lagrade-tecknet-galler',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Resultat 2025');
      put(ws, 'A1', 'Budgetuppföljning 2025 – Samordningsförbundet Finsam Uppsala (kr)', { bold: true, size: 12 });
      put(ws, 'A2', 'Negativa belopp visas i rött.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      const fmt = '#,##0;[Red]#,##0';
      const data: [string, string, string, string][] = [
        ['3010', 'Bidrag Försäkringskassan', '3600000', '3600000'],
        ['3020', 'Bidrag Region Uppsala', '1800000', '1800000'],
        ['3030', 'Bidrag kommunerna', '1800000', '1800000'],
        ['8310', 'Ränteintäkter', '0', '12480'],
        ['4010', 'Löner', '-1420000', '-1387662'],
        ['4710', 'Arbetsgivaravgifter', '-446000', '-436001'],
        ['5010', 'Lokalhyra', '-240000', '-240000'],
        ['6550', 'Konsulttjänster', '-380000', '-512760'],
        ['7010', 'Insatser, köpta tjänster', '-4200000', '-3944118'],
        ['6990', 'Övriga kostnader', '-514000', '-486205'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, text, b, o] of data) {
        putRow(ws, r, 'A', [konto, text]);
        num(ws, `C${r}`, kr(b), 'kr', fmt);
        num(ws, `D${r}`, kr(o), 'kr', fmt);
        num(ws, `E${r}`, kr(o) - kr(b), 'kr', fmt);
        lines.push({
          row: r,
          key: text,
          side: b.startsWith('-') || konto.startsWith('4') || konto.startsWith('5') || konto.startsWith('6') || konto.startsWith('7') ? 'cost' : 'income',
          budget: kr(b),
          outcome: kr(o),
        });
        r++;
      }
      put(ws, `B${r}`, 'Resultat', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.budget)), 'kr', fmt, { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'kr', fmt, { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.outcome! - l.budget!)), 'kr', fmt, { bold: true });
      widths(ws, { A: 8, B: 28, C: 14, D: 14, E: 12 });
      return built7(wb, {
        family: 'statement',
        description:
          'A samordningsförbund\'s year-end follow-up in kronor, signed (income positive, costs negative) but with every amount under the number format "#,##0;[Red]#,##0": a negative shows in red without a minus, so the sheet looks unsigned. The stored sign is what counts: costs are negative numbers, deviation = utfall − budget (Konsulttjänster −132 760, unfavourable). Ränteintäkter has a budget of 0 (a value). Row 2 says negatives are red. Avvikelse agrees; Resultat foots.',
        source: 'Samordningsförbund, budgetuppföljning with negatives in red',
        tests: 'negatives shown red without a minus by "#,##0;[Red]#,##0": the stored sign counts, signed convention',
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
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const STRUCTURE: Fixture[] = [dataSubtotal(), indentLevels(), varavRows(), commentRows(), keyFigures(), yearsMergedAbove(), redNegatives()];
