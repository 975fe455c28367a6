/**
 * Income statements with a budget column, as annual reports and small-body bookkeeping systems print them:
 * signed (income positive, costs negative), with note references, subtotals and result rows.
 */
import { built, Fixture, Side, SpecLine, TotalSpec } from './spec';
import { formula, newBook, num, put, putRow, widths } from './sheet';
import { kr, mnkr, Ore, sum, tkr } from './money';

/** A detailed resultaträkning in tkr: section headers, Summa rows, nettokostnad, a Not column, the prior year. */
function detailedWithNotes(): Fixture {
  return {
    name: 'resultatrakning-detalj-not-kolumn-tkr',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Resultaträkning');
      put(ws, 'A1', 'Resultaträkning 2024', { bold: true, size: 14 });
      put(ws, 'A2', 'Belopp i tkr', { italic: true });
      const H = 4;
      putRow(ws, H, 'B', ['Not', 'Utfall 2024', 'Budget 2024', 'Avvikelse', 'Utfall 2023'], { bold: true, border: true });
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      const prior = new Map<number, Ore>();
      let r = H + 1;
      const item = (label: string, note: number | undefined, side: Side, o: string, b: string, fg: string) => {
        put(ws, `A${r}`, label);
        if (note !== undefined) put(ws, `B${r}`, note, { align: 'center' });
        num(ws, `C${r}`, tkr(o), 'tkr');
        num(ws, `D${r}`, tkr(b), 'tkr');
        num(ws, `E${r}`, tkr(o) - tkr(b), 'tkr');
        num(ws, `F${r}`, tkr(fg), 'tkr');
        prior.set(r, tkr(fg));
        lines.push({ row: r, key: label, side, budget: tkr(b), outcome: tkr(o) });
        return r++;
      };
      const total = (label: string, rows: number[], bold = true) => {
        const ls = lines.filter((l) => rows.includes(l.row));
        put(ws, `A${r}`, label, { bold });
        num(ws, `C${r}`, sum(ls.map((l) => l.outcome)), 'tkr', '#,##0', { bold });
        num(ws, `D${r}`, sum(ls.map((l) => l.budget)), 'tkr', '#,##0', { bold });
        num(ws, `E${r}`, sum(ls.map((l) => l.outcome! - l.budget!)), 'tkr', '#,##0', { bold });
        num(ws, `F${r}`, sum(rows.map((x) => prior.get(x))), 'tkr', '#,##0', { bold });
        totals.push({ sheet: ws.name, unit: 'tkr', row: r, cols: ['C', 'D', 'E', 'F'], covers: rows });
        return r++;
      };
      put(ws, `A${r++}`, 'Verksamhetens intäkter', { bold: true });
      const inc = [
        item('Medlemsavgifter', 1, 'income', '31420', '31420', '30510'),
        item('Statsbidrag och projektmedel', 2, 'income', '6875', '5200', '7120'),
        item('Försäljning av tjänster', undefined, 'income', '2214', '2600', '2398'),
        item('Övriga intäkter', undefined, 'income', '318', '150', '402'),
      ];
      total('Summa verksamhetens intäkter', inc);
      r++;
      put(ws, `A${r++}`, 'Verksamhetens kostnader', { bold: true });
      const cost = [
        item('Personalkostnader', 3, 'cost', '-24188', '-23950', '-23012'),
        item('Lokalkostnader', undefined, 'cost', '-3120', '-3100', '-3044'),
        item('Köpta tjänster', undefined, 'cost', '-8917', '-7650', '-9010'),
        item('Övriga verksamhetskostnader', undefined, 'cost', '-2486', '-2900', '-2602'),
        item('Avskrivningar', 4, 'cost', '-1240', '-1300', '-1188'),
      ];
      total('Summa verksamhetens kostnader', cost);
      r++;
      total('Verksamhetens nettokostnad', [...inc, ...cost]);
      const fin = [item('Finansiella intäkter', 5, 'income', '96', '40', '51'), item('Finansiella kostnader', 6, 'cost', '-212', '-300', '-244')];
      total('Resultat efter finansiella poster', [...inc, ...cost, ...fin]);
      r++;
      total('Årets resultat', [...inc, ...cost, ...fin]);
      widths(ws, { A: 36, B: 6, C: 13, D: 13, E: 13, F: 13 });
      return built(wb, {
        family: 'statement',
        description:
          "The resultaträkning of a kommunalförbund's annual report, in tkr, with a Not column (small integers that are note references, not amounts), section headers without amounts, Summa rows, Verksamhetens nettokostnad, Resultat efter finansiella poster and Årets resultat. Signed: costs negative, Avvikelse = Utfall − Budget. Utfall 2024 stands before Budget 2024 and the prior year last.",
        source: 'Årsredovisning, resultaträkning with budget column (kommunalförbund)',
        tests: 'Not column ignored, section headers, statement subtotals and results are totals, signed',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', outcome: 'C', budget: 'D', deviation: 'E', priorYear: 'F' },
            cells: { budget: ['D'], outcome: ['C'] },
            lines,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'E', expect: (l) => l.deviation }],
      });
    },
  };
}

/** The short statement every annual report prints: Verksamhetens intäkter/kostnader are its lines. */
function shortStatement(): Fixture {
  return {
    name: 'resultatrakning-kort-arsredovisning-formler',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('RR');
      put(ws, 'A1', 'Resultaträkning', { bold: true, size: 13 });
      const H = 3;
      putRow(ws, H, 'A', ['Belopp i tkr', 'Not', 'Budget 2024', 'Utfall 2024', 'Utfall 2023'], { bold: true, border: true });
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      const prior = new Map<number, Ore>();
      const item = (label: string, note: number, side: Side, b: string, o: string, fg: string) => {
        putRow(ws, r, 'A', [label, note]);
        num(ws, `C${r}`, tkr(b), 'tkr', '#,##0;-#,##0');
        num(ws, `D${r}`, tkr(o), 'tkr', '#,##0;-#,##0');
        num(ws, `E${r}`, tkr(fg), 'tkr', '#,##0;-#,##0');
        prior.set(r, tkr(fg));
        lines.push({ row: r, key: label, side, budget: tkr(b), outcome: tkr(o) });
        return r++;
      };
      const total = (label: string, rows: number[]) => {
        const ls = lines.filter((l) => rows.includes(l.row));
        put(ws, `A${r}`, label, { bold: true });
        const refs = (c: string) => rows.map((x) => `${c}${x}`).join('+');
        formula(ws, `C${r}`, refs('C'), sum(ls.map((l) => l.budget)), 'tkr', '#,##0;-#,##0', { bold: true });
        formula(ws, `D${r}`, refs('D'), sum(ls.map((l) => l.outcome)), 'tkr', '#,##0;-#,##0', { bold: true });
        formula(ws, `E${r}`, refs('E'), sum(rows.map((x) => prior.get(x))), 'tkr', '#,##0;-#,##0', { bold: true });
        totals.push({ sheet: ws.name, unit: 'tkr', row: r, cols: ['C', 'D', 'E'], covers: rows });
        return r++;
      };
      const first = (
        [
          ['Verksamhetens intäkter', 2, 'income', '14200', '15391', '14872'],
          ['Verksamhetens kostnader', 3, 'cost', '-71850', '-73016', '-69530'],
          ['Avskrivningar', 4, 'cost', '-3400', '-3288', '-3175'],
        ] as [string, number, Side, string, string, string][]
      ).map((d) => item(...d));
      total('Verksamhetens nettokostnad', first);
      const second = (
        [
          ['Medlemsbidrag', 5, 'income', '61500', '61500', '58900'],
          ['Finansiella intäkter', 6, 'income', '120', '188', '97'],
          ['Finansiella kostnader', 7, 'cost', '-350', '-402', '-318'],
        ] as [string, number, Side, string, string, string][]
      ).map((d) => item(...d));
      total('Resultat efter finansiella poster', [...first, ...second]);
      total('Årets resultat', [...first, ...second]);
      widths(ws, { A: 36, B: 6, C: 13, D: 13, E: 13 });
      return built(wb, {
        family: 'statement',
        description:
          'The short resultaträkning of a kommunalförbund\'s annual report (the form in every årsredovisning), in tkr: Verksamhetens intäkter, Verksamhetens kostnader and Avskrivningar have amounts and no rows above them, so they are the statement\'s lines, not subtotals; Verksamhetens nettokostnad, Resultat efter finansiella poster and Årets resultat are totals (formulas with their saved results). Medlemsbidrag stands where a kommun has skatteintäkter. Signed. The unit is in the header of the label column ("Belopp i tkr").',
        source: 'Årsredovisning, resultaträkning (short form) with Budget column, totals as formulas',
        tests: 'short statement lines, formulas read by their saved result, unit in the label header, Not column',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', budget: 'C', outcome: 'D', priorYear: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
            count: true,
          },
        ],
        totals,
      });
    },
  };
}

/** Fortnox resultatrapport: BAS accounts, "Perioden" (December) beside "Ackumulerat" (the year). */
function fortnoxResultatrapport(): Fixture {
  return {
    name: 'fortnox-resultatrapport-perioden-ackumulerat',
    build: () => {
      const wb = newBook('Fortnox');
      const ws = wb.addWorksheet('Resultatrapport');
      put(ws, 'A1', 'Resultatrapport', { bold: true, size: 14 });
      put(ws, 'A2', 'Samordningsförbundet Norra Ådalen');
      put(ws, 'A3', 'Räkenskapsår: 2024-01-01 - 2024-12-31');
      put(ws, 'A4', 'Period: 2024-12-01 - 2024-12-31');
      put(ws, 'A5', 'Utskrivet: 2025-01-20 10:14');
      const H = 7;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Perioden', 'Ackumulerat', 'Budget', 'Avvikelse'], { bold: true, border: true });
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      const dec = new Map<number, Ore>();
      const block = (title: string, side: Side, accs: [string, string, string, string, string][]) => {
        put(ws, `A${r++}`, title, { bold: true });
        const rows: number[] = [];
        for (const [konto, name, month, year, b] of accs) {
          putRow(ws, r, 'A', [Number(konto), name]);
          num(ws, `C${r}`, kr(month), 'kr', '#,##0.00');
          num(ws, `D${r}`, kr(year), 'kr', '#,##0.00');
          num(ws, `E${r}`, kr(b), 'kr', '#,##0.00');
          num(ws, `F${r}`, kr(year) - kr(b), 'kr', '#,##0.00');
          dec.set(r, kr(month));
          lines.push({ row: r, key: name, side, budget: kr(b), outcome: kr(year) });
          rows.push(r++);
        }
        return rows;
      };
      const sumRow = (label: string, rows: number[]) => {
        const ls = lines.filter((l) => rows.includes(l.row));
        put(ws, `A${r}`, label, { bold: true });
        num(ws, `C${r}`, sum(rows.map((x) => dec.get(x))), 'kr', '#,##0.00', { bold: true });
        num(ws, `D${r}`, sum(ls.map((l) => l.outcome)), 'kr', '#,##0.00', { bold: true });
        num(ws, `E${r}`, sum(ls.map((l) => l.budget)), 'kr', '#,##0.00', { bold: true });
        num(ws, `F${r}`, sum(ls.map((l) => l.outcome! - l.budget!)), 'kr', '#,##0.00', { bold: true });
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E', 'F'], covers: rows });
        r++;
      };
      const inc = block('Rörelsens intäkter', 'income', [
        ['3010', 'Medlemsbidrag Försäkringskassan', '350000', '4200000', '4200000'],
        ['3011', 'Medlemsbidrag Region Västernorrland', '175000', '2100000', '2100000'],
        ['3012', 'Medlemsbidrag kommunerna', '175000', '2100000', '2100000'],
        ['3990', 'Övriga intäkter', '0', '36500', '0'],
      ]);
      sumRow('Summa rörelsens intäkter', inc);
      r++;
      const cost = block('Rörelsens kostnader', 'cost', [
        ['4010', 'Insatser, köpta tjänster', '-1124300', '-5410250', '-5900000'],
        ['5010', 'Lokalhyra', '-21000', '-252000', '-252000'],
        ['6110', 'Kontorsmaterial', '-3412.50', '-18765.25', '-25000'],
        ['6540', 'IT-tjänster', '-12500', '-98410', '-90000'],
        ['6550', 'Konsultarvoden', '-40000', '-145000', '-120000'],
        ['7010', 'Löner tjänstemän', '-101200', '-1212400', '-1250000'],
        ['7510', 'Arbetsgivaravgifter', '-31796', '-380936', '-392750'],
        ['7690', 'Övriga personalkostnader', '-1250', '-22118.40', '-35000'],
      ]);
      sumRow('Summa rörelsens kostnader', cost);
      r++;
      sumRow('Rörelseresultat', [...inc, ...cost]);
      r++;
      const fin = block('Finansiella poster', 'income', [['8310', 'Ränteintäkter', '1844.12', '21402.77', '10000']]);
      sumRow('Resultat efter finansiella poster', [...inc, ...cost, ...fin]);
      r++;
      sumRow('Beräknat resultat', [...inc, ...cost, ...fin]);
      widths(ws, { A: 22, B: 36, C: 15, D: 15, E: 15, F: 15 });
      return built(wb, {
        family: 'statement',
        system: 'Fortnox',
        description:
          'A Fortnox Resultatrapport of a samordningsförbund for the year, printed in December: "Perioden" is December alone and "Ackumulerat" the year to date, which in December is the year; the outcome compared with the annual budget is Ackumulerat. BAS accounts (personnel in 7xxx), section headers in the Konto column, Summa rows, Rörelseresultat and Beräknat resultat as totals. Signed: costs negative, Avvikelse = Ackumulerat − Budget. Övriga intäkter has budget 0.',
        source: 'Fortnox Resultatrapport with budget, period December, Excel export',
        tests: 'Ackumulerat rather than Perioden as outcome, BAS accounts, Beräknat resultat',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'signed',
            deviations: true,
            columns: { code: 'A', line: 'B', outcome: 'D', budget: 'E', deviation: 'F' },
            cells: { budget: ['E'], outcome: ['D'] },
            lines,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'F', expect: (l) => l.deviation }],
      });
    },
  };
}

/** A kommun's driftredovisning: outcome split into Intäkter and Kostnader beside Nettokostnad, Budget and Avvikelse. */
function driftredovisningIntakterKostnader(): Fixture {
  return {
    name: 'driftredovisning-intakter-kostnader-nettokostnad-mnkr',
    build: () => {
      const wb = newBook('Kommunledningskontoret');
      const ws = wb.addWorksheet('Driftredovisning');
      put(ws, 'A1', 'Driftredovisning per nämnd 2024 (mnkr)', { bold: true, size: 13 });
      const H = 3;
      putRow(ws, H, 'A', ['Nämnd', 'Intäkter', 'Kostnader', 'Nettokostnad 2024', 'Budget 2024', 'Budgetavvikelse', 'Nettokostnad 2023'], {
        bold: true,
        wrap: true,
        border: true,
      });
      const data: [string, string, string, string, string][] = [
        ['Kommunstyrelsen', '38.4', '-142.9', '-106.0', '-101.2'],
        ['Utbildningsnämnden', '61.2', '-798.4', '-731.5', '-712.8'],
        ['Socialnämnden', '112.7', '-701.3', '-579.0', '-560.4'],
        ['Tekniska nämnden', '96.5', '-148.0', '-53.0', '-49.9'],
        ['Kultur- och fritidsnämnden', '9.8', '-71.1', '-62.0', '-59.0'],
        ['Miljö- och byggnadsnämnden', '14.1', '-25.3', '-12.5', '-10.8'],
      ];
      const fmt = '#,##0.0;-#,##0.0';
      const lines: SpecLine[] = [];
      const cols: Record<string, Ore[]> = { B: [], C: [], D: [], E: [], F: [], G: [] };
      let r = H + 1;
      for (const [name, inc, cost, b, fg] of data) {
        const net = mnkr(inc) + mnkr(cost);
        const vals: Record<string, Ore> = { B: mnkr(inc), C: mnkr(cost), D: net, E: mnkr(b), F: net - mnkr(b), G: mnkr(fg) };
        put(ws, `A${r}`, name);
        for (const [c, v] of Object.entries(vals)) {
          num(ws, `${c}${r}`, v, 'mnkr', fmt);
          cols[c].push(v);
        }
        lines.push({ row: r, key: name, side: 'cost', budget: mnkr(b), outcome: net });
        r++;
      }
      put(ws, `A${r}`, 'Summa nämnder', { bold: true });
      for (const [c, vs] of Object.entries(cols)) num(ws, `${c}${r}`, sum(vs), 'mnkr', fmt, { bold: true });
      widths(ws, { A: 30, B: 11, C: 11, D: 13, E: 12, F: 14, G: 13 });
      return built(wb, {
        family: 'statement',
        description:
          "A kommun's driftredovisning per nämnd in mnkr as the annual report prints it: the year's outcome split into Intäkter and Kostnader, then Nettokostnad 2024 (their sum), Budget 2024 (net), Budgetavvikelse and Nettokostnad 2023. Net figures are negative (signed). The comparison is Nettokostnad 2024 against Budget 2024: Intäkter and Kostnader are parts of the outcome, not budget or outcome themselves, and 2023 is the prior year.",
        source: 'Kommun årsredovisning, driftredovisning per nämnd (intäkter, kostnader, nettokostnad, budget)',
        tests: 'outcome as the net of two component columns beside it, later Nettokostnad year is the outcome',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'mnkr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', outcome: 'D', budget: 'E', deviation: 'F', priorYear: 'G' },
            cells: { budget: ['E'], outcome: ['D'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'mnkr', row: r, cols: ['B', 'C', 'D', 'E', 'F', 'G'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'F', expect: (l) => l.deviation }],
      });
    },
  };
}

export const STATEMENT: Fixture[] = [detailedWithNotes(), shortStatement(), fortnoxResultatrapport(), driftredovisningIntakterKostnader()];
