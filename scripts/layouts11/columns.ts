/**
 * Where the table stands and what stands beside it: a table from C8 under a logo with two empty margin columns,
 * closed by a bold SUM row with no label whose saved result is stale; a deviation written without its sign and a
 * column of "Överskott" / "Underskott" beside it; a "varav" column inside the outcome.
 */
import { Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { addLogo, formula, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, sum, tkr } from '../layouts2/money';
import { built11, Src, writeLines } from './kit';

/** Columns A–B an empty margin, a logo over A1:D4, the header on row 8 from column C, an unlabelled SUM row. */
function marginLogoC8(): Fixture {
  return {
    name: 'tom-marginal-a-b-logga-tabellen-i-c8-summarad-i-fetstil-utan-etikett-med-inaktuellt-sparat-varde',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Insatser 2025');
      addLogo(wb, ws, 'A1:D4', [0, 110, 80]);
      put(ws, 'C5', 'Samordningsförbundet Norra Dalarna', { bold: true, size: 14 });
      put(ws, 'C6', 'Uppföljning av insatser, helår 2025. Belopp i kronor.', { italic: true });
      const H = 8;
      putRow(ws, H, 'C', ['Insats', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true, fill: 'FFDDEBF7' });
      const zeroBlank = '#,##0;-#,##0;""';
      const data: [string, string, string][] = [
        ['Arbetslivsinriktad rehabilitering (ALIR)', '2400000', '2318450'],
        ['Unga till arbete', '1850000', '1912300'],
        ['Hälsolotsen', '960000', '874120'],
        ['Språkpraktik', '720000', '688900'],
        ['Kartläggning och vägledning', '540000', '566710'],
        ['Nätverk för arbetsgivare', '0', '84600'],
        ['Kompetensutveckling handläggare', '310000', '245800'],
      ];
      const rows: Src[] = data.map(([name, b, o]) => ({ labels: [name], side: 'cost', amounts: { D: kr(b), E: kr(o), F: kr(b) - kr(o) } }));
      const lines = writeLines(ws, H + 1, rows, 'kr', { budget: 'D', outcome: 'E' }, zeroBlank, 'C');
      for (const l of lines) if (l.budget === 0n) l.noPercent = true;
      const r = H + 1 + lines.length;
      const range = (c: string) => `SUM(${c}${H + 1}:${c}${r - 1})`;
      const b = sum(lines.map((l) => l.budget));
      const o = sum(lines.map((l) => l.outcome));
      // Calculation was set to manual: the outcome's SUM kept the result it had before Hälsolotsen's last invoice.
      const stale = o - kr('38750');
      formula(ws, `D${r}`, range('D'), b, 'kr', zeroBlank, { bold: true });
      formula(ws, `E${r}`, range('E'), stale, 'kr', zeroBlank, { bold: true });
      formula(ws, `F${r}`, range('F'), b - o, 'kr', zeroBlank, { bold: true });
      ws.getCell(`C${r}`).border = { top: { style: 'thin' } };
      widths(ws, { A: 2, B: 2, C: 40, D: 14, E: 14, F: 13 });
      ws.pageSetup.printTitlesRow = `${H}:${H}`;
      return built11(wb, {
        family: 'odd',
        description:
          'A samordningsförbund\'s follow-up of its insatser: columns A and B are an empty margin two characters wide, a logo sits over A1:D4, the name and "Belopp i kronor" in C5:C6, and the header on row 8 from column C (Insats | Budget 2025 | Utfall 2025 | Avvikelse). Zero is shown blank by the format "#,##0;-#,##0;""": the new Nätverk för arbetsgivare has a budget of 0 (stored), so a deviation and no percentage. The table closes with a bold row with no label at all whose cells are =SUM(…) formulas: a total, not a line. Calculation was manual and the outcome\'s SUM kept an old result, 38 750 kr below the rows: a control-total finding at E16. Costs, unsigned; Avvikelse = budget − utfall.',
        source: 'Samordningsförbund, insatsuppföljning on a template with a logo and margin columns',
        tests: 'table from C8 under a logo, empty margin columns, zero shown blank, an unlabelled SUM row whose saved result is stale',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'C', budget: 'D', outcome: 'E', deviation: 'F' },
            cells: { budget: ['D'], outcome: ['E'] },
            lines,
            count: true,
          },
        ],
        totals: [
          {
            sheet: ws.name,
            unit: 'kr',
            row: r,
            cols: ['D', 'E', 'F'],
            covers: lines.map((l) => l.row),
            mismatch: [{ col: 'E', why: "the SUM formula's saved result is 38 750 kr below the rows it sums (calculation left on manual)" }],
          },
        ],
        reported: [{ table: 0, col: 'F', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Avvikelse written as a size only, its direction in words in the next column. */
function unsignedDeviationWords(): Fixture {
  return {
    name: 'avvikelse-som-belopp-utan-tecken-och-overskott-underskott-i-ord-i-kolumnen-bredvid-tkr',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Nämnder');
      put(ws, 'A1', 'Kommunalförbundet Gemensam Nämndadministration – budgetuppföljning 2025', { bold: true, size: 12 });
      put(ws, 'A2', 'Nettokostnad, tkr', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget 2025', 'Utfall 2025', 'Avvikelse', 'Över-/underskott'], { bold: true, border: true });
      const data: [string, string, string][] = [
        ['Överförmyndare', '6840', '7215'],
        ['Lönecenter', '14200', '13612'],
        ['IT-drift', '22650', '23904'],
        ['Upphandling', '3900', '3541'],
        ['Växel och kundtjänst', '5300', '5300'],
        ['Dokumenthantering', '2750', '2602'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [name, b, o] of data) {
        const d = tkr(b) - tkr(o);
        put(ws, `A${r}`, name);
        num(ws, `B${r}`, tkr(b), 'tkr');
        num(ws, `C${r}`, tkr(o), 'tkr');
        num(ws, `D${r}`, d < 0n ? -d : d, 'tkr');
        put(ws, `E${r}`, d > 0n ? 'Överskott' : d < 0n ? 'Underskott' : '–', { align: 'center' });
        lines.push({ row: r, key: name, side: 'cost', budget: tkr(b), outcome: tkr(o) });
        r++;
      }
      put(ws, `A${r}`, 'Summa', { bold: true });
      num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'tkr', '#,##0', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'tkr', '#,##0', { bold: true });
      widths(ws, { A: 28, B: 13, C: 13, D: 12, E: 18 });
      return built11(wb, {
        family: 'odd',
        description:
          'A kommunalförbund\'s net cost per verksamhet in tkr where "Avvikelse" is written as a size only (375, never −375) and its direction stands in words in the next column, "Över-/underskott": Överskott (under budget) or Underskott (over budget), "–" for none. The deviations are budget − utfall for these costs, positive favourable (Överskott); the unsigned Avvikelse column with its words agrees with them on every row, so no line may be reported as a mismatch for its sign. Summa foots in budget and outcome.',
        source: 'Kommunalförbund (gemensam service), budgetuppföljning to the direktion',
        tests: 'a deviation written without sign, Överskott / Underskott in words beside it: no mismatch findings',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C'], covers: lines.map((l) => l.row) }],
      });
    },
  };
}

/** Budget 2025 | Utfall 2025 | varav jämförelsestörande | Avvikelse: the varav column is part of the outcome. */
function varavColumn(): Fixture {
  return {
    name: 'utfall-med-varav-jamforelsestorande-i-egen-kolumn-bredvid-budget-och-avvikelse-tkr',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ws = wb.addWorksheet('Utfall 2025');
      put(ws, 'A1', 'Kommunalförbundet Avfall Sydost – budget och utfall 2025 (tkr)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Post', 'Budget 2025', 'Utfall 2025', 'varav jämförelsestörande', 'Avvikelse'], { bold: true, border: true, wrap: true });
      const data: ['income' | 'cost', string, string, string, string | null][] = [
        ['income', 'Avfallstaxor', '148600', '151240', null],
        ['income', 'Försäljning av material', '9800', '14320', '3900'],
        ['income', 'Övriga intäkter', '2100', '1875', null],
        ['cost', 'Personalkostnader', '46200', '47915', '1350'],
        ['cost', 'Entreprenader insamling', '61400', '60870', null],
        ['cost', 'Behandlingsavgifter', '32800', '35412', '2600'],
        ['cost', 'Drift av återvinningscentraler', '11900', '11488', null],
        ['cost', 'Avskrivningar', '6400', '6410', null],
        ['cost', 'Övriga kostnader', '1800', '2211', null],
      ];
      const rows: Src[] = data.map(([side, name, b, o, v]) => ({
        labels: [name],
        side,
        amounts: { B: tkr(b), C: tkr(o), D: v === null ? null : tkr(v), E: side === 'income' ? tkr(o) - tkr(b) : tkr(b) - tkr(o) },
      }));
      const lines = writeLines(ws, H + 1, rows, 'tkr', { budget: 'B', outcome: 'C' });
      widths(ws, { A: 32, B: 13, C: 13, D: 16, E: 12 });
      return built11(wb, {
        family: 'odd',
        description:
          'A waste-management kommunalförbund\'s table in tkr: Post | Budget 2025 | Utfall 2025 | "varav jämförelsestörande" | Avvikelse. The varav column is the part of the outcome that is one-off (a sale of scrap metal, a pension adjustment, a disputed fee), already inside Utfall 2025: it is no outcome, no budget and no deviation, and never added to or taken from the outcome. Unsigned income and costs; Avvikelse is favourable-positive on the whole outcome and agrees.',
        source: 'Kommunalförbund (avfall), uppföljning with jämförelsestörande poster shown beside the outcome',
        tests: 'a "varav jämförelsestörande" column beside the outcome: not an outcome, not subtracted',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'E' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
            count: true,
          },
        ],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const COLUMNS: Fixture[] = [marginLogoC8(), unsignedDeviationWords(), varavColumn()];
