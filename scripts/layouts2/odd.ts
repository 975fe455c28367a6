/**
 * The mess of real sheets: numbers pasted as text with every kind of minus, two tables on one sheet starting in
 * column D under a comment block, hidden columns and merged headers under a logo, error values from a broken
 * LETARAD, and three sheets in three units.
 */
import { built, Fixture, Side, SpecLine, TotalSpec } from './spec';
import { addLogo, newBook, num, put, putRow, txt, widths } from './sheet';
import { kr, Ore, sum, TextStyle, tkr } from './money';

/** A budget reconciliation pasted from a PDF: all text, grouping by three kinds of space, minus in six ways. */
function textNumbersEveryMinus(): Fixture {
  return {
    name: 'budgetavstamning-textsiffror-alla-minustecken',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Budgetavstämning');
      put(ws, 'A1', 'Budgetavstämning 2024', { bold: true, size: 13 });
      put(ws, 'A2', 'Belopp i kronor', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Rad', 'Utfall 2024', 'Budget 2024', 'Budgetavvikelse', 'Utfall 2023'], { bold: true, border: true });
      const lines: SpecLine[] = [];
      const prior = new Map<number, Ore>();
      let r = H + 1;
      const item = (label: string, side: Side, o: string, b: string, fg: string, st: TextStyle) => {
        put(ws, `A${r}`, label);
        txt(ws, `B${r}`, kr(o), 'kr', st);
        txt(ws, `C${r}`, kr(b), 'kr', st);
        txt(ws, `D${r}`, kr(o) - kr(b), 'kr', st);
        txt(ws, `E${r}`, kr(fg), 'kr', st);
        prior.set(r, kr(fg));
        lines.push({ row: r, key: label, side, budget: kr(b), outcome: kr(o) });
        return r++;
      };
      const totals: TotalSpec[] = [];
      const plain: TextStyle = { group: ' ', minus: 'hyphen' };
      const total = (label: string, rows: number[]) => {
        const ls = lines.filter((l) => rows.includes(l.row));
        put(ws, `A${r}`, label, { bold: true });
        const d = 2;
        txt(ws, `B${r}`, sum(ls.map((l) => l.outcome)), 'kr', { ...plain, decimals: d }, { bold: true });
        txt(ws, `C${r}`, sum(ls.map((l) => l.budget)), 'kr', { ...plain, decimals: d }, { bold: true });
        txt(ws, `D${r}`, sum(ls.map((l) => l.outcome! - l.budget!)), 'kr', { ...plain, decimals: d }, { bold: true });
        txt(ws, `E${r}`, sum(rows.map((x) => prior.get(x))), 'kr', { ...plain, decimals: d }, { bold: true });
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C', 'D', 'E'], covers: rows });
        return r++;
      };
      const inc = [
        item('Medlemsavgifter', 'income', '12450000', '12450000', '12100000', { group: ' ' }),
        item('Statsbidrag', 'income', '1820500', '1500000', '1710000', { group: '\u00a0' }),
        item('Projektintäkter', 'income', '2904318.40', '3200000', '2455120', { group: '\u202f', decimals: 2 }),
        item('Övriga intäkter', 'income', '45200.50', '20000', '38100', { group: ' ', decimals: 2 }),
      ];
      total('Summa intäkter', inc);
      const cost = [
        item('Personalkostnader', 'cost', '-7912340', '-7800000', '-7540118', { minus: 'u2212' }),
        item('Lokalkostnader', 'cost', '-1204000', '-1200000', '-1188400', { minus: 'trailing-space' }),
        item('Köpta tjänster', 'cost', '-2101455', '-2400000', '-1987300', { minus: 'hyphen-space' }),
        item('Resor och konferenser', 'cost', '-312400', '-250000', '-289900', { minus: 'paren' }),
        item('IT-kostnader', 'cost', '-1245300', '-1100000', '-1054210', { group: '.', decimals: 2, minus: 'hyphen' }),
        item('Övriga kostnader', 'cost', '-845000', '-900000', '-802750', { minus: 'en-dash' }),
      ];
      total('Summa kostnader', cost);
      total('RESULTAT', [...inc, ...cost]);
      widths(ws, { A: 26, B: 16, C: 16, D: 16, E: 16 });
      return built(wb, {
        family: 'odd',
        description:
          'A budget reconciliation copied from a PDF report, so every amount is text: thousands grouped by a space, a no-break space (U+00A0), a narrow no-break space (U+202F) or dots ("1.245.300,00"), decimal commas, and negatives written as "−" (U+2212), "1 204 000 -" (trailing minus), "- 2 101 455" (minus and space), "(312 400)", "-1.245.300,00" and "–845 000" (an en dash, as Word and PDF tables set it). Signed (costs negative), Budgetavvikelse = utfall − budget.',
        source: 'Årsredovisning budgetavstämning, table copied from the PDF into Excel',
        tests: 'text numbers in every Swedish form, six ways to write a minus',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', outcome: 'B', budget: 'C', deviation: 'D', priorYear: 'E' },
            cells: { budget: ['C'], outcome: ['B'] },
            lines,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'D', expect: (l) => l.deviation }],
      });
    },
  };
}

/** A comment block, then a drift table and an investment table on one sheet, both starting in column D. */
function twoTablesInColumnD(): Fixture {
  return {
    name: 'drift-och-investeringar-tva-tabeller-kolumn-d',
    build: () => {
      const wb = newBook('Räddningschef');
      const ws = wb.addWorksheet('Uppföljning');
      put(ws, 'A1', 'Drift- och investeringsuppföljning helår 2024, tkr', { bold: true, size: 13 });
      put(ws, 'A3', 'Kommentarer', { bold: true });
      put(
        ws,
        'A4',
        'Utfallet för driften blev 1,2 mnkr bättre än budget, främst på grund av vakanser inom förebyggande verksamhet. Investeringarna blev lägre än planerat då leveransen av höjdfordonet försenats till 2025.',
        { wrap: true },
      );
      ws.mergeCells('A4:J7');
      put(ws, 'D9', 'Driftredovisning', { bold: true });
      const H1 = 10;
      putRow(ws, H1, 'D', ['Verksamhet', 'Budget', 'Utfall', 'Avvikelse'], { bold: true, border: true });
      const drift: [string, string, string][] = [
        ['Ledning och administration', '8450', '8212'],
        ['Räddningstjänst', '41300', '41988'],
        ['Förebyggande', '6200', '5104'],
        ['Utbildning', '2100', '2230'],
        ['Fordon och materiel', '4900', '4613'],
        ['Lokaler', '7650', '7601'],
      ];
      const write = (rows: [string, string, string, string?][], first: number) =>
        rows.map(([label, b, o, c], i): SpecLine => {
          const r = first + i;
          put(ws, `D${r}`, label);
          num(ws, `E${r}`, tkr(b), 'tkr');
          num(ws, `F${r}`, tkr(o), 'tkr');
          num(ws, `G${r}`, tkr(b) - tkr(o), 'tkr');
          if (c) put(ws, `H${r}`, c, { italic: true });
          return { row: r, key: label, side: 'cost', budget: tkr(b), outcome: tkr(o) };
        });
      const sumRow = (r: number, label: string, ls: SpecLine[]) => {
        put(ws, `D${r}`, label, { bold: true });
        num(ws, `E${r}`, sum(ls.map((l) => l.budget)), 'tkr', '#,##0', { bold: true });
        num(ws, `F${r}`, sum(ls.map((l) => l.outcome)), 'tkr', '#,##0', { bold: true });
        num(ws, `G${r}`, sum(ls.map((l) => l.budget! - l.outcome!)), 'tkr', '#,##0', { bold: true });
      };
      const d = write(drift, H1 + 1);
      const s1 = H1 + 1 + drift.length;
      sumRow(s1, 'Summa drift', d);
      put(ws, 'D19', 'Investeringsredovisning', { bold: true });
      const H2 = 20;
      putRow(ws, H2, 'D', ['Investeringsprojekt', 'Budget', 'Utfall', 'Avvikelse', 'Kommentar'], { bold: true, border: true });
      const inv: [string, string, string, string?][] = [
        ['Höjdfordon', '6500', '0', 'Levereras 2025'],
        ['Släckbil station Västby', '4200', '4388'],
        ['Rökdykarutrustning', '900', '812'],
        ['IT-utrustning', '350', '402'],
        ['Övningsfält, etapp 2', '1800', '1615'],
      ];
      const iv = write(inv, H2 + 1);
      const s2 = H2 + 1 + inv.length;
      sumRow(s2, 'Summa investeringar', iv);
      widths(ws, { A: 4, B: 4, C: 4, D: 30, E: 11, F: 11, G: 11, H: 20 });
      return built(wb, {
        family: 'odd',
        description:
          'One sheet with a title, a merged comment block of prose, then a Driftredovisning and an Investeringsredovisning one under the other, both starting in column D, each with its own header row and Summa row, in tkr (unit in the title). Net costs and investment expenditure positive (unsigned). The two tables are read separately; Höjdfordon has outcome 0 (a value, delayed delivery).',
        source: 'Räddningstjänstförbund, uppföljning helår with drift and investeringar on one sheet',
        tests: 'two tables on one sheet, table starting in column D, comment block above',
        tables: [
          {
            sheet: ws.name,
            headerRow: H1,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'D', budget: 'E', outcome: 'F', deviation: 'G' },
            cells: { budget: ['E'], outcome: ['F'] },
            lines: d,
            count: true,
          },
          {
            sheet: ws.name,
            headerRow: H2,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'D', budget: 'E', outcome: 'F', deviation: 'G', comment: 'H' },
            cells: { budget: ['E'], outcome: ['F'] },
            lines: iv,
            count: true,
          },
        ],
        totals: [
          { sheet: ws.name, unit: 'tkr', row: s1, cols: ['E', 'F', 'G'], covers: d.map((l) => l.row) },
          { sheet: ws.name, unit: 'tkr', row: s2, cols: ['E', 'F', 'G'], covers: iv.map((l) => l.row) },
        ],
        reported: [
          { table: 0, col: 'G', expect: (l) => l.deviation },
          { table: 1, col: 'G', expect: (l) => l.deviation },
        ],
      });
    },
  };
}

/** A logo, headers merged over two rows with line breaks, hidden columns, spacer columns, footnotes and note rows. */
function hiddenColumnsMergedHeaders(): Fixture {
  return {
    name: 'logga-dolda-kolumner-sammanslagna-rubriker-fotnoter',
    build: () => {
      const wb = newBook('Ekonomiassistent');
      const ws = wb.addWorksheet('Driftbudget');
      addLogo(wb, ws, 'A1:B3');
      put(ws, 'D1', 'Kommunalförbundet Gränslandet', { bold: true, size: 14 });
      put(ws, 'D2', 'Driftuppföljning helår 2024');
      const heads: [string, string][] = [
        ['A', 'Kostnadsställe'],
        ['B', 'Benämning'],
        ['C', 'Nyckel'],
        ['D', 'Budget\n2024'],
        ['F', 'Utfall\n2024'],
        ['G', 'Utfall\n2023'],
        ['H', 'Avvikelse'],
        ['I', 'Kommentar'],
      ];
      for (const [c, h] of heads) {
        put(ws, `${c}5`, h, { bold: true, wrap: true, align: 'center', fill: 'FFD9D9D9' });
        ws.mergeCells(`${c}5:${c}6`);
      }
      ws.getColumn('C').hidden = true;
      ws.getColumn('G').hidden = true;
      const H = 6;
      const lines: SpecLine[] = [];
      const prior: Ore[] = [];
      let r = H + 1;
      const item = (kst: string, name: string, key: string, b: string, o: string, fg: string, comment?: string) => {
        putRow(ws, r, 'A', [Number(kst), name, `${kst}|${key}`]);
        num(ws, `D${r}`, kr(b), 'kr');
        num(ws, `F${r}`, kr(o), 'kr');
        num(ws, `G${r}`, kr(fg), 'kr');
        num(ws, `H${r}`, kr(b) - kr(o), 'kr');
        if (comment) put(ws, `I${r}`, comment, { italic: true });
        prior.push(kr(fg));
        lines.push({ row: r, key, side: 'cost', budget: kr(b), outcome: kr(o) });
        r++;
      };
      item('1010', 'Kansli', 'Kansli', '2450000', '2398210', '2301400');
      item('1020', 'Lokaler¹', 'Lokaler', '1380000', '1512400', '1190000', 'Ny station från april');
      item('1030', 'Fordon 2)', 'Fordon', '2900000', '2655880', '2712300');
      put(ws, `B${r++}`, '¹ Hyran för stationen i Västby ingår från den 1 april.', { italic: true });
      r++;
      item('2010', 'Räddningsstyrka heltid', 'Räddningsstyrka heltid', '18600000', '18905430', '18012000', 'Övertid vid skogsbränder i juli');
      item('2020', 'Räddningsstyrka RiB', 'Räddningsstyrka RiB', '9400000', '10122600', '9188000', 'Fler larm');
      item('2030', 'Räddningsvärn', 'Räddningsvärn', '650000', '512300', '601000');
      r++;
      item('3010', 'Tillsyn och rådgivning', 'Tillsyn och rådgivning', '3100000', '2877150', '2950400');
      item('3020', 'Utbildning allmänhet', 'Utbildning allmänhet', '820000', '901420', '788100');
      put(ws, `B${r++}`, '2) Avser leasing och drivmedel.', { italic: true });
      put(ws, `A${r}`, 'Totalt', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `F${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `G${r}`, sum(prior), 'kr', '#,##0', { bold: true });
      num(ws, `H${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 14, B: 30, C: 16, D: 14, E: 2, F: 14, G: 14, H: 14, I: 32 });
      ws.getRow(5).height = 30;
      return built(wb, {
        family: 'odd',
        description:
          'A räddningstjänstförbund\'s follow-up with a logo image over A1:B3, the body\'s name beside it, and headers merged over rows 5–6 with line breaks ("Budget⏎2024"). Column C (a lookup key) and column G (Utfall 2023) are hidden; column E is an empty spacer. Labels carry footnote marks ("Lokaler¹", "Fordon 2)") and the footnotes stand as note rows inside the table; blank rows separate the groups of kostnadsställen. Costs positive (unsigned), Avvikelse = budget − utfall.',
        source: 'Kommunalförbund driftuppföljning kept in Excel for many years',
        tests: 'logo, two-row merged headers with line breaks, hidden columns, spacer column, footnote and note rows',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'D', outcome: 'F', priorYear: 'G', deviation: 'H', comment: 'I' },
            cells: { budget: ['D'], outcome: ['F'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['D', 'F', 'G', 'H'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'H', expect: (l) => l.deviation }],
      });
    },
  };
}

/** A LETARAD sheet: outcome looked up from the ledger sheet, with #N/A, #REF! and a budget typed as text. */
function lookupErrors(): Fixture {
  return {
    name: 'letarad-felvarden-saknas-ref-text-i-budget',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Budget mot utfall');
      put(ws, 'A1', 'Budget mot utfall 2024 (utfall hämtat med LETARAD från Huvudbok)', { bold: true });
      const H = 2;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget', 'Utfall'], { bold: true, border: true });
      const hb = wb.addWorksheet('Huvudbok');
      putRow(hb, 1, 'A', ['Konto', 'Saldo'], { bold: true });
      const rows: [number, string, string | null, string | 'NA' | 'REF', string?][] = [
        [3110, 'Medlemsavgifter', '-8200000', '-8200000'],
        [3310, 'Statsbidrag', '-650000', '-712400'],
        [5010, 'Löner', '3900000', '3987214.50'],
        [5510, 'Arbetsgivaravgifter', '1225000', '1252765.10'],
        [6110, 'Lokalhyra', '480000', '480000'],
        [6420, 'Resor', '95000', 'NA'],
        [6550, 'Konsulttjänster', '600000', '512880'],
        [7310, 'IT och telefoni', null, '301245', 'ca 15 000'],
        [7410, 'Försäkringar', '85000', 'REF'],
        [7620, 'Revision', '120000', 'NA'],
        [7690, 'Övriga kostnader, ej budgeterat', null, '14250', '-'],
        [8410, 'Räntekostnader', '30000', '27114.75'],
      ];
      const lines: SpecLine[] = [];
      const errors: { sheet: string; cell: string; why: string }[] = [];
      let h = 2;
      rows.forEach(([konto, name, b, o, text], i) => {
        const r = H + 1 + i;
        putRow(ws, r, 'A', [konto, name]);
        if (text === '-') put(ws, `C${r}`, text, { align: 'right' });
        else if (text) {
          put(ws, `C${r}`, text, { align: 'right' });
          errors.push({ sheet: ws.name, cell: `C${r}`, why: 'a budget typed as text that is no number ("ca 15 000")' });
        } else num(ws, `C${r}`, kr(b!), 'kr', '#,##0');
        if (o === 'NA') {
          put(ws, `D${r}`, { formula: `VLOOKUP(A${r},Huvudbok!A:B,2,FALSE)`, result: { error: '#N/A' } } as never);
          errors.push({ sheet: ws.name, cell: `D${r}`, why: 'LETARAD found no such account in the ledger (#N/A)' });
        } else if (o === 'REF') {
          put(ws, `D${r}`, { formula: 'VLOOKUP(A11,#REF!,2,FALSE)', result: { error: '#REF!' } } as never);
          errors.push({ sheet: ws.name, cell: `D${r}`, why: 'a broken reference (#REF!)' });
        } else {
          put(ws, `D${r}`, { formula: `VLOOKUP(A${r},Huvudbok!A:B,2,FALSE)`, result: Number(o) } as never, { numFmt: '#,##0.00' });
          putRow(hb, h, 'A', [konto]);
          num(hb, `B${h++}`, kr(o), 'kr', '#,##0.00');
        }
        const outcome = o === 'NA' || o === 'REF' ? null : kr(o);
        lines.push({ row: r, key: name, side: String(konto).startsWith('3') ? 'income' : 'cost', budget: text ? null : kr(b!), outcome });
      });
      widths(ws, { A: 8, B: 24, C: 14, D: 14 });
      widths(hb, { A: 8, B: 14 });
      return built(wb, {
        family: 'odd',
        description:
          'A budget sheet whose Utfall column is LETARAD (VLOOKUP) into a Huvudbok sheet: two accounts are missing from the ledger (#N/A), one formula lost its range (#REF!), and one budget cell says "ca 15 000". Each is an error naming its cell; those lines get no deviation and are counted as left out, the rest is read. 7690 has "-" as budget: no value (not zero and not an error), so it is left out too. Ledger signs. The Huvudbok sheet holds only outcome and gives no deviation of its own.',
        source: "Economist's LETARAD workbook: budget per account, outcome looked up from a pasted ledger",
        tests: 'error values and unreadable text named by cell, a lone dash is no value, lines left out, the rest still read',
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
            count: true,
          },
        ],
        errors,
      });
    },
  };
}

/** Three sheets, three units: from the sheet name, from the header (KSEK), from the title (miljoner kronor). */
function threeUnits(): Fixture {
  return {
    name: 'tre-blad-tre-enheter-bladnamn-rubrik-titel',
    build: () => {
      const wb = newBook('Ekonom');
      const d = wb.addWorksheet('Drift tkr');
      putRow(d, 2, 'A', ['Verksamhet', 'Budget', 'Utfall'], { bold: true, border: true });
      const drift: [string, string, string][] = [
        ['Kollektivtrafikplanering', '12400', '12877'],
        ['Färdtjänst', '21800', '22512'],
        ['Regional utveckling', '6320', '5921'],
        ['Gemensam administration', '4800', '4700'],
      ];
      const dl: SpecLine[] = drift.map(([label, b, o], i) => {
        put(d, `A${3 + i}`, label);
        num(d, `B${3 + i}`, tkr(b), 'tkr');
        num(d, `C${3 + i}`, tkr(o), 'tkr');
        return { row: 3 + i, key: label, side: 'cost', budget: tkr(b), outcome: tkr(o) };
      });
      widths(d, { A: 28, B: 12, C: 12 });

      const inv = wb.addWorksheet('Investeringar');
      put(inv, 'A1', 'Investeringar 2024', { bold: true });
      putRow(inv, 3, 'A', ['Projekt', 'Budget (KSEK)', 'Utfall (KSEK)'], { bold: true, border: true });
      const invest: [string, string, string][] = [
        ['Realtidssystem', '5200', '4410'],
        ['Biljettautomater', '3100', '3380'],
        ['Pendlarparkeringar', '4150', '3080'],
      ];
      const il: SpecLine[] = invest.map(([label, b, o], i) => {
        put(inv, `A${4 + i}`, label);
        num(inv, `B${4 + i}`, tkr(b), 'tkr');
        num(inv, `C${4 + i}`, tkr(o), 'tkr');
        return { row: 4 + i, key: label, side: 'cost', budget: tkr(b), outcome: tkr(o) };
      });
      widths(inv, { A: 24, B: 14, C: 14 });

      const s = wb.addWorksheet('Sammandrag');
      put(s, 'A1', 'Sammandrag (i miljoner kronor)', { bold: true });
      putRow(s, 3, 'A', ['Område', 'Budget', 'Utfall'], { bold: true, border: true });
      const sl: SpecLine[] = [
        ['Drift, nettokostnad', sum(dl.map((l) => l.budget)), sum(dl.map((l) => l.outcome))],
        ['Investeringar', sum(il.map((l) => l.budget)), sum(il.map((l) => l.outcome))],
      ].map(([label, b, o], i) => {
        put(s, `A${4 + i}`, label as string);
        num(s, `B${4 + i}`, b as Ore, 'mnkr', '#,##0.00');
        num(s, `C${4 + i}`, o as Ore, 'mnkr', '#,##0.00');
        return { row: 4 + i, key: label as string, side: 'cost', budget: b as Ore, outcome: o as Ore };
      });
      widths(s, { A: 24, B: 12, C: 12 });
      return built(wb, {
        family: 'odd',
        description:
          'A regional transport body\'s workbook with three sheets in three units, each stated in a different place: "Drift tkr" (only the sheet name says tkr), "Investeringar" (the headers say "(KSEK)") and "Sammandrag" (the title says "i miljoner kronor", figures with two decimals). The summary agrees with the two detail sheets once the units are applied. Costs positive (unsigned).',
        source: 'Kommunalförbund (kollektivtrafik), workbook with drift, investeringar and a summary',
        tests: 'unit from the sheet name, from KSEK in the header, from the title; three tables',
        tables: [
          {
            sheet: d.name,
            headerRow: 2,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines: dl,
            count: true,
          },
          {
            sheet: inv.name,
            headerRow: 3,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines: il,
            count: true,
          },
          {
            sheet: s.name,
            headerRow: 3,
            unit: 'mnkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines: sl,
            count: true,
          },
        ],
      });
    },
  };
}

export const ODD: Fixture[] = [textNumbersEveryMinus(), twoTablesInColumnD(), hiddenColumnsMergedHeaders(), lookupErrors(), threeUnits()];
