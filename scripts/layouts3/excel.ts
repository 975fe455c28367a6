/**
 * Excel's own machinery the first two corpora do not use: a table (ListObject) with a total row and structured
 * references, grouped rows with collapsed (hidden) groups, frozen panes with a filter and a SUBTOTAL row above the
 * header, and formulas whose saved results are error values.
 */
import ExcelJS from 'exceljs';
import { built, Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { cellNumber, kr, Ore, sum } from '../layouts2/money';
import { formula, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { sideOf } from './kit';

/** An Excel table with a total row (SUBTOTAL(109, …)) and a calculated Avvikelse column (structured references). */
function listObject(): Fixture {
  return {
    name: 'excel-tabell-totalrad-strukturerade-referenser-insatser',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Insatser 2024');
      put(ws, 'A1', 'Samordningsförbundet Centrala Östergötland – insatser 2024', { bold: true, size: 13 });
      const data: [string, string, string, string][] = [
        ['Jobbcoach Unga', 'Unga utanför arbetsmarknaden', '1450000', '1392418'],
        ['Steget vidare', 'Unga utanför arbetsmarknaden', '820000', '861274'],
        ['Hälsosteget', 'Hälsa och arbetsförmåga', '1100000', '1023560'],
        ['Arbetsträning i kommunal regi', 'Hälsa och arbetsförmåga', '960000', '1004812'],
        ['Språkstöd i arbetsträning', 'Nyanlända', '540000', '397215'],
        ['Samverkansteam', 'Strukturövergripande', '380000', '402118'],
        ['Kompetensutveckling handläggare', 'Strukturövergripande', '150000', '88430'],
        ['Utvärdering', 'Strukturövergripande', '120000', '0'],
      ];
      const H = 3;
      const rows = data.map(([p, m, b, o], i) => {
        const r = H + 1 + i;
        return [
          p,
          m,
          cellNumber(kr(b), 'kr'),
          cellNumber(kr(o), 'kr'),
          { formula: 'tblInsatser[[#This Row],[Budget 2024]]-tblInsatser[[#This Row],[Utfall 2024]]', result: cellNumber(kr(b) - kr(o), 'kr') },
          r,
        ];
      });
      const budget = sum(data.map((d) => kr(d[2])));
      const outcome = sum(data.map((d) => kr(d[3])));
      ws.addTable({
        name: 'tblInsatser',
        ref: `A${H}`,
        headerRow: true,
        totalsRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: [
          { name: 'Insats', totalsRowLabel: 'Summa' },
          { name: 'Målområde' },
          { name: 'Budget 2024', totalsRowFunction: 'sum', totalsRowResult: cellNumber(budget, 'kr') },
          { name: 'Utfall 2024', totalsRowFunction: 'sum', totalsRowResult: cellNumber(outcome, 'kr') },
          { name: 'Avvikelse', totalsRowFunction: 'sum', totalsRowResult: cellNumber(budget - outcome, 'kr') },
        ] as ExcelJS.TableColumnProperties[],
        rows: rows.map((r) => r.slice(0, 5)) as ExcelJS.CellValue[][],
      });
      const lines: SpecLine[] = data.map(([p, m, b, o], i) => ({ row: H + 1 + i, key: p, group: m, side: 'cost', budget: kr(b), outcome: kr(o) }));
      const total = H + 1 + data.length;
      for (const c of ['C', 'D', 'E']) ws.getColumn(c).numFmt = '#,##0';
      widths(ws, { A: 34, B: 32, C: 14, D: 14, E: 13 });
      return built(wb, {
        family: 'goal-area',
        description:
          "A samordningsförbund's insats list kept as an Excel table (tblInsatser) with its total row switched on: the total row's label is Excel's \"Summa\" and its amounts are SUBTOTAL(109, tblInsatser[…]) formulas; Avvikelse is a calculated column written with structured references (budget − utfall). Every formula carries its saved result. Unsigned costs; summary per Målområde. Utvärdering has an outcome of 0 (a value, not missing).",
        source: 'Samordningsförbund, insatsuppföljning kept as an Excel table',
        tests: 'ListObject with a total row, structured-reference formulas, goal-area column',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', goalArea: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
            groupBy: 'goalArea',
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
            groups: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: total, cols: ['C', 'D', 'E'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Account groups as outlined (grouped) rows; two groups collapsed, so their rows are hidden. */
function outlinedRows(): Fixture {
  return {
    name: 'grupperade-rader-hopfallda-grupper-dolda-rader-summa',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Drift 2024');
      ws.properties.outlineProperties = { summaryBelow: true, summaryRight: false };
      put(ws, 'A1', 'Driftuppföljning 2024 – Kommunalförbundet Avfall Sydost', { bold: true, size: 13 });
      put(ws, 'A2', 'Kronor. Grupperna Personal och Övrigt är hopfällda (klicka + för att visa).', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget', 'Utfall', 'Avvikelse'], { bold: true, border: true });
      const groups: [string, boolean, [string, string, string, string][]][] = [
        [
          'Intäkter',
          false,
          [
            ['3110', 'Avfallstaxa hushåll', '86400000', '87912450'],
            ['3120', 'Verksamhetsavfall', '12300000', '11486210'],
            ['3510', 'Försäljning återvunnet material', '4100000', '3420775'],
          ],
        ],
        [
          'Personal',
          true,
          [
            ['5010', 'Löner', '21800000', '22416830'],
            ['5410', 'Arbetsgivaravgifter', '6849600', '7043368'],
            ['5710', 'Pensionskostnader', '2180000', '2051300'],
          ],
        ],
        [
          'Verksamhet',
          false,
          [
            ['6410', 'Entreprenad insamling', '41200000', '42687115'],
            ['6420', 'Behandlingsavgifter', '15600000', '14980460'],
            ['6430', 'Transporter', '5400000', '5812904'],
          ],
        ],
        [
          'Övrigt',
          true,
          [
            ['6110', 'Lokaler', '3200000', '3175000'],
            ['7810', 'Avskrivningar', '4600000', '4588120'],
            ['8410', 'Räntekostnader', '950000', '1104336'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: { row: number; covers: number[] }[] = [];
      let r = H + 1;
      for (const [name, collapsed, accs] of groups) {
        put(ws, `A${r}`, name, { bold: true });
        r++;
        const mine: SpecLine[] = [];
        for (const [code, text, b, o] of accs) {
          const side = sideOf(code);
          putRow(ws, r, 'A', [code, text]);
          num(ws, `C${r}`, kr(b), 'kr');
          num(ws, `D${r}`, kr(o), 'kr');
          num(ws, `E${r}`, side === 'income' ? kr(o) - kr(b) : kr(b) - kr(o), 'kr');
          const row = ws.getRow(r);
          row.outlineLevel = 1;
          if (collapsed) row.hidden = true;
          mine.push({ row: r, key: text, group: name, side, budget: kr(b), outcome: kr(o) });
          r++;
        }
        const first = mine[0].row;
        const last = mine[mine.length - 1].row;
        put(ws, `A${r}`, `Summa ${name.toLowerCase()}`, { bold: true });
        formula(ws, `C${r}`, `SUBTOTAL(9,C${first}:C${last})`, sum(mine.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
        formula(ws, `D${r}`, `SUBTOTAL(9,D${first}:D${last})`, sum(mine.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
        formula(
          ws,
          `E${r}`,
          `SUBTOTAL(9,E${first}:E${last})`,
          sum(mine.map((l) => (l.side === 'income' ? l.outcome! - l.budget! : l.budget! - l.outcome!))),
          'kr',
          '#,##0',
          { bold: true },
        );
        totals.push({ row: r, covers: mine.map((l) => l.row) });
        lines.push(...mine);
        r++;
      }
      const res = r + 1;
      const resultOf = (f: (l: SpecLine) => Ore) => sum(lines.map((l) => (l.side === 'income' ? f(l) : -f(l))));
      put(ws, `A${res}`, 'Resultat', { bold: true });
      num(
        ws,
        `C${res}`,
        resultOf((l) => l.budget!),
        'kr',
        '#,##0',
        { bold: true },
      );
      num(
        ws,
        `D${res}`,
        resultOf((l) => l.outcome!),
        'kr',
        '#,##0',
        { bold: true },
      );
      widths(ws, { A: 10, B: 34, C: 14, D: 14, E: 13 });
      return built(wb, {
        family: 'odd',
        description:
          "A kommunalförbund's operating follow-up in kronor with its accounts grouped by Excel's outline (Data › Gruppera): group header rows (Intäkter, Personal, Verksamhet, Övrigt), accounts at outline level 1, \"Summa …\" rows with SUBTOTAL(9, …) below each group. Personal and Övrigt are collapsed, so their account rows are hidden: they are still the workbook's figures and count in every group and total. Unsigned: income under Intäkter; Avvikelse favourable positive. Resultat = income − costs.",
        source: 'Kommunalförbund (avfall), driftuppföljning with grouped rows',
        tests: 'outline levels, collapsed groups with hidden rows still read, SUBTOTAL rows, group header rows',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        totals: [
          ...totals.map((t) => ({ sheet: ws.name, unit: 'kr' as const, row: t.row, cols: ['C', 'D', 'E'], covers: t.covers })),
          { sheet: ws.name, unit: 'kr', row: res, cols: ['C', 'D'], covers: lines.map((l) => (l.side === 'income' ? l.row : ([l.row, -1] as [number, -1]))) },
        ],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Frozen panes under the header, an AutoFilter on it, and a SUBTOTAL(9, …) row above the header. */
function frozenFilter(): Fixture {
  return {
    name: 'frysta-rutor-autofilter-delsumma-ovanfor-rubrikraden',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Huvudbok mot budget');
      put(ws, 'A1', 'Budget mot utfall per ansvar och konto 2024', { bold: true, size: 12 });
      put(ws, 'A2', 'Filtrera på Ansvar; raden nedan summerar det som visas.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Ansvar', 'Konto', 'Kontonamn', 'Budget', 'Utfall', 'Diff'], { bold: true, border: true, fill: 'FFDDEBF7' });
      const data: [string, string, string, string, string][] = [
        ['410', '3010', 'Försäljning tolktjänster', '-8400000', '-8912335'],
        ['410', '5010', 'Löner tolkar', '4860000', '5103227.40'],
        ['410', '5410', 'Arbetsgivaravgifter', '1527000', '1603433.05'],
        ['410', '6990', 'Arvoden frilanstolkar', '1200000', '1468900'],
        ['420', '3010', 'Försäljning översättningar', '-1900000', '-1714620'],
        ['420', '5010', 'Löner', '880000', '861540'],
        ['420', '5410', 'Arbetsgivaravgifter', '276500', '270696'],
        ['420', '6550', 'Köpta översättningar', '520000', '433015.50'],
        ['490', '3110', 'Medlemsbidrag', '-2600000', '-2600000'],
        ['490', '5010', 'Löner administration', '1340000', '1322806.80'],
        ['490', '5410', 'Arbetsgivaravgifter', '421000', '415627.90'],
        ['490', '6110', 'Lokalhyra', '690000', '690000'],
        ['490', '6540', 'IT-tjänster', '410000', '466218.25'],
        ['490', '8410', 'Räntekostnader', '25000', '19884'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [a, k, name, b, o] of data) {
        putRow(ws, r, 'A', [a, Number(k), name]);
        num(ws, `D${r}`, kr(b), 'kr', '#,##0.00');
        num(ws, `E${r}`, kr(o), 'kr', '#,##0.00');
        num(ws, `F${r}`, kr(b) - kr(o), 'kr', '#,##0.00');
        lines.push({ row: r, key: name, group: a, side: sideOf(k), budget: kr(b), outcome: kr(o) });
        r++;
      }
      const last = r - 1;
      put(ws, 'C3', 'Summa (filtrerat)', { bold: true });
      formula(ws, 'D3', `SUBTOTAL(9,D${H + 1}:D${last})`, sum(lines.map((l) => l.budget)), 'kr', '#,##0.00', { bold: true });
      formula(ws, 'E3', `SUBTOTAL(9,E${H + 1}:E${last})`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0.00', { bold: true });
      formula(ws, 'F3', `SUBTOTAL(9,F${H + 1}:F${last})`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0.00', { bold: true });
      ws.autoFilter = `A${H}:F${last}`;
      ws.views = [{ state: 'frozen', xSplit: 3, ySplit: H, topLeftCell: `D${H + 1}`, activeCell: `D${H + 1}` }];
      widths(ws, { A: 8, B: 8, C: 30, D: 15, E: 15, F: 14 });
      return built(wb, {
        family: 'ledger',
        description:
          'A tolkförmedling kommunalförbund\'s ledger against budget per ansvar and konto, kept with frozen panes (three columns, four rows) and an AutoFilter on the header row. Above the header, row 3 holds "Summa (filtrerat)" with SUBTOTAL(9, …) over the whole list (nothing filtered out): it is a total of the table below, not a line and not a header. Ledger signs; Diff = budget − utfall; accounts repeat under each ansvar, summary per Ansvar.',
        source: 'Kommunalförbund, huvudbok mot budget kept as a filtered list',
        tests: 'frozen panes, AutoFilter, a SUBTOTAL total above the header row, repeated accounts per ansvar',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { dimension: 'A', code: 'B', line: 'C', budget: 'D', outcome: 'E', deviation: 'F' },
            groupBy: 'Ansvar',
            cells: { budget: ['D'], outcome: ['E'] },
            lines,
            groups: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: 3, cols: ['D', 'E', 'F'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'F', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** VLOOKUP outcome formulas, two with saved errors (#N/A, #REF!) that run on into the Avvikelse and the sums. */
function cachedErrors(): Fixture {
  return {
    name: 'letarad-formler-sparade-felvarden-sprids-till-avvikelse-och-summa',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Avstämning');
      const led = wb.addWorksheet('Saldon');
      put(ws, 'A1', 'Avstämning budget mot utfall 2024 (kr)', { bold: true, size: 12 });
      put(ws, 'A2', 'Utfall hämtas med LETARAD från bladet Saldon (klistrad saldolista).', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget', 'Utfall', 'Avvikelse', 'Förbrukat'], { bold: true, border: true });
      // [konto, name, budget, outcome or error]
      const data: [string, string, string, string | { error: '#N/A' | '#REF!' }][] = [
        ['4610', 'Köpta tjänster', '1850000', '1796400'],
        ['4930', 'Förbrukningsmaterial', '260000', '311755'],
        ['5010', 'Löner', '3950000', '4012377'],
        ['5410', 'Arbetsgivaravgifter', '1241000', '1260642'],
        ['5810', 'Arvoden', '215000', { error: '#N/A' }],
        ['6110', 'Lokalhyra', '540000', '540000'],
        ['6540', 'IT-tjänster', '320000', { error: '#REF!' }],
        ['6990', 'Konsulter', '600000', '488150'],
        ['7010', 'Resor', '90000', '12480'],
      ];
      const lines: SpecLine[] = [];
      const errors: { sheet: string; cell: string; why: string }[] = [];
      let r = H + 1;
      let ledRow = 2;
      putRow(led, 1, 'A', ['Kontonr', 'Kontonamn', 'Saldo'], { bold: true });
      for (const [k, name, b, o] of data) {
        const side = sideOf(k);
        putRow(ws, r, 'A', [Number(k), name]);
        num(ws, `C${r}`, kr(b), 'kr');
        if (typeof o === 'string') {
          putRow(led, ledRow, 'A', [Number(k), name]);
          num(led, `C${ledRow}`, kr(o), 'kr', '#,##0.00');
          ledRow++;
          formula(ws, `D${r}`, `VLOOKUP(A${r},Saldon!$A:$C,3,FALSE)`, kr(o), 'kr');
          formula(ws, `E${r}`, `C${r}-D${r}`, kr(b) - kr(o), 'kr');
          put(ws, `F${r}`, { formula: `IFERROR(D${r}/C${r},"")`, result: Math.round((Number(o) / Number(b)) * 1000) / 1000 } as ExcelJS.CellFormulaValue, {
            numFmt: '0%',
          });
          lines.push({ row: r, key: name, side, budget: kr(b), outcome: kr(o) });
        } else {
          const f = o.error === '#REF!' ? `VLOOKUP(A${r},Saldon!$A:#REF!,3,FALSE)` : `VLOOKUP(A${r},Saldon!$A:$C,3,FALSE)`;
          put(ws, `D${r}`, { formula: f, result: o } as ExcelJS.CellFormulaValue, { numFmt: '#,##0' });
          put(ws, `E${r}`, { formula: `C${r}-D${r}`, result: o } as ExcelJS.CellFormulaValue, { numFmt: '#,##0' });
          put(ws, `F${r}`, { formula: `IFERROR(D${r}/C${r},"")`, result: '' } as ExcelJS.CellFormulaValue, { numFmt: '0%' });
          errors.push(
            { sheet: ws.name, cell: `D${r}`, why: `the outcome's lookup saved ${o.error}` },
            { sheet: ws.name, cell: `E${r}`, why: `the deviation saved ${o.error} from the outcome` },
          );
          lines.push({ row: r, key: name, side, budget: kr(b), outcome: null });
        }
        r++;
      }
      put(ws, `A${r}`, 'Summa', { bold: true });
      // The sums of the costs run into the first error; the budget sum is fine. (Left as Excel saved it.)
      put(ws, `C${r}`, { formula: `SUM(C${H + 1}:C${r - 1})`, result: cellNumber(sum(lines.map((l) => l.budget)), 'kr') } as ExcelJS.CellFormulaValue, {
        numFmt: '#,##0',
        bold: true,
      });
      put(ws, `D${r}`, { formula: `SUM(D${H + 1}:D${r - 1})`, result: { error: '#N/A' } } as ExcelJS.CellFormulaValue, { numFmt: '#,##0', bold: true });
      put(ws, `E${r}`, { formula: `SUM(E${H + 1}:E${r - 1})`, result: { error: '#N/A' } } as ExcelJS.CellFormulaValue, { numFmt: '#,##0', bold: true });
      errors.push(
        { sheet: ws.name, cell: `D${r}`, why: 'the sum of the outcome saved #N/A' },
        { sheet: ws.name, cell: `E${r}`, why: 'the sum of the deviations saved #N/A' },
      );
      widths(ws, { A: 8, B: 24, C: 13, D: 13, E: 13, F: 10 });
      widths(led, { A: 9, B: 24, C: 14 });
      return built(wb, {
        family: 'odd',
        description:
          "An economist's reconciliation in kronor: budget typed per account, Utfall fetched with VLOOKUP (LETARAD) from a pasted saldolista on the sheet Saldon, costs only, positive (unsigned). Two lookups saved error values: 5810 Arvoden #N/A (the account is not in the saldolista) and 6540 IT-tjänster #REF! (a column was deleted). The errors run on into their Avvikelse cells and into the Summa row's outcome and deviation. Every one of those cells is an error to report by cell; the two lines have no outcome and no deviation and are left out; everything else is still read. Förbrukat uses IFERROR and is empty there. The Saldon sheet is the lookup source (outcome only) and gives no deviation.",
        source: "Economist's LETARAD reconciliation workbook with a pasted saldolista",
        tests: 'formulas whose saved result is an error, errors that propagate into the deviation and the sum, lines left out, a lookup sheet',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        errors,
      });
    },
  };
}

export const EXCEL: Fixture[] = [listObject(), outlinedRows(), frozenFilter(), cachedErrors()];
