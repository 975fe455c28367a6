/**
 * What the cells hold against what they show: an English board pack whose negatives are shown in brackets by a
 * number format, a statement in mnkr with one decimal closed by an "Avrundning" row, amounts whose unit stands only
 * in their number format (`#,##0" tkr"`), and a table pasted from a PDF whose numbers are text grouped by no-break
 * spaces (U+00A0, U+202F) with a real minus sign (U+2212).
 */
import { Fixture, LineFigures, SpecLine, TotalSpec } from '../layouts2/spec';
import { newBook, num, put, putRow, txt, widths } from '../layouts2/sheet';
import { mnkr, sum, tkr } from '../layouts2/money';
import { built11, Src, writeLines } from './kit';

const BRACKETS = '#,##0;(#,##0)';

/** Board pack in SEK thousands: Budget FY25 | Actual YTD | Forecast FY25 | Var to budget, period ending 31 August. */
function boardPack(): Fixture {
  return {
    name: 'english-board-pack-sek-thousands-budget-fy25-actual-ytd-forecast-fy25-var-to-budget-brackets-by-format',
    build: () => {
      const wb = newBook('Finance Director');
      const ws = wb.addWorksheet('Board pack');
      put(ws, 'A1', 'Greater Mälardalen Regional Council – board pack', { bold: true, size: 13 });
      put(ws, 'A2', 'Financial report for the period ended 31 August 2025', { bold: true });
      put(ws, 'A3', 'SEK thousands. Negative figures in brackets.', { italic: true });
      const H = 5;
      putRow(ws, H, 'A', ['', 'Budget FY25', 'Actual YTD', 'Forecast FY25', 'Var to budget'], { bold: true, border: true, align: 'right' });
      const sections: [string, 'income' | 'cost', string, [string, string, string, string][]][] = [
        [
          'Income',
          'income',
          'Total income',
          [
            ['Member contributions', '48600', '32400', '48600'],
            ['Government grants', '21300', '12950', '20400'],
            ['EU project income', '7400', '3812', '6900'],
            ['Other income', '900', '744', '1050'],
          ],
        ],
        [
          'Expenditure',
          'cost',
          'Total expenditure',
          [
            ['Staff costs', '-38200', '-24870', '-37650'],
            ['Premises', '-4100', '-2733', '-4100'],
            ['Purchased services', '-24800', '-14211', '-23900'],
            ['Grants to partners', '-8600', '-6450', '-8600'],
            ['Depreciation', '-1200', '-806', '-1210'],
            ['Other operating costs', '-1100', '-902', '-1290'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      for (const [head, side, label, data] of sections) {
        put(ws, `A${r++}`, head, { bold: true });
        const rows: Src[] = data.map(([name, b, a, f]) => ({ labels: [name], side, amounts: { B: tkr(b), C: tkr(a), D: tkr(f), E: tkr(f) - tkr(b) } }));
        const ls = writeLines(ws, r, rows, 'tkr', { budget: 'B', outcome: 'C', forecast: 'D' }, BRACKETS, 'A', { indent: 1 });
        r += ls.length;
        put(ws, `A${r}`, label, { bold: true });
        for (const c of ['B', 'C', 'D', 'E']) num(ws, `${c}${r}`, sum(rows.map((s) => s.amounts[c])), 'tkr', BRACKETS, { bold: true });
        totals.push({ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C', 'D', 'E'], covers: ls.map((l) => l.row) });
        lines.push(...ls);
        r += 2;
      }
      put(ws, `A${r}`, 'Net result', { bold: true });
      const all = (c: 'B' | 'C' | 'D') => sum(lines.map((l) => (c === 'B' ? l.budget : c === 'C' ? l.outcome : l.forecast)));
      for (const c of ['B', 'C', 'D'] as const) num(ws, `${c}${r}`, all(c), 'tkr', BRACKETS, { bold: true });
      num(ws, `E${r}`, all('D') - all('B'), 'tkr', BRACKETS, { bold: true });
      totals.push({ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C', 'D', 'E'], covers: lines.map((l) => l.row) });
      widths(ws, { A: 30, B: 13, C: 13, D: 14, E: 14 });
      return built11(wb, {
        family: 'english',
        description:
          'A regional council\'s board pack in English, SEK thousands, period ended 31 August 2025: Budget FY25 | Actual YTD | Forecast FY25 | Var to budget. Costs are stored as negative numbers and shown in brackets by the number format "#,##0;(#,##0)" (no text, no minus shown): the stored sign counts, the table is signed. Eight months of actuals against the full-year budget with no YTD budget: the year\'s budget pro rata (8/12). "Var to budget" is Forecast FY25 − Budget FY25, the forecast deviation, and agrees; it is not the deviation of the eight months (no finding). Total income, Total expenditure and Net result are totals.',
        source: 'Regionförbund, English board pack (management accounts) for an international board',
        tests: 'negatives in brackets by number format; Actual YTD pro rata for August; Var to budget as the forecast deviation',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', forecast: 'D', forecastDeviation: 'E' },
            period: { months: 8, basis: 'pro-rata' },
            cells: { budget: ['B'], outcome: ['C'], forecast: ['D'] },
            lines,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.forecastDeviation }],
      });
    },
  };
}

/** Resultaträkning in mnkr with one decimal, a Not column, costs negative, an Avrundning row in the outcome only. */
function roundingRow(): Fixture {
  return {
    name: 'resultatrakning-mnkr-en-decimal-not-kolumn-kostnader-negativa-avrundningsrad-utan-budget',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ws = wb.addWorksheet('RR');
      put(ws, 'A1', 'Regionförbundet Jämtland Härjedalen – resultaträkning 2025', { bold: true, size: 12 });
      put(ws, 'A2', 'Mnkr', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['', 'Not', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true, align: 'right' });
      const fmt = '#,##0.0';
      const item = (label: string, note: number | null, b: string | null, o: string): Src => ({
        labels: note === null ? [label] : [label, note],
        key: label,
        side: b !== null && b.startsWith('-') ? 'cost' : o.startsWith('-') ? 'cost' : 'income',
        amounts: { C: b === null ? null : mnkr(b), D: mnkr(o), E: b === null ? null : mnkr(o) - mnkr(b) },
      });
      const first = [
        item('Verksamhetens intäkter', 1, '48.6', '52.3'),
        item('Verksamhetens kostnader', 2, '-176.4', '-179.8'),
        item('Avskrivningar', 3, '-2.1', '-2.3'),
      ];
      const second = [
        item('Medlemsbidrag', 4, '112.5', '112.5'),
        item('Regionala utvecklingsmedel', 5, '18.0', '18.4'),
        item('Finansiella intäkter', 6, '0.3', '0.6'),
        item('Finansiella kostnader', 6, '-0.2', '-0.1'),
        item('Avrundning', null, null, '0.1'),
      ];
      let r = H + 1;
      const l1 = writeLines(ws, r, first, 'mnkr', { budget: 'C', outcome: 'D' }, fmt);
      r += l1.length;
      const totals: TotalSpec[] = [];
      const subtotal = (label: string, ls: SpecLine[], src: Src[]) => {
        put(ws, `A${r}`, label, { bold: true });
        for (const c of ['C', 'D', 'E']) num(ws, `${c}${r}`, sum(src.map((s) => s.amounts[c])), 'mnkr', fmt, { bold: true });
        totals.push({ sheet: ws.name, unit: 'mnkr', row: r, cols: ['C', 'D', 'E'], covers: ls.map((l) => l.row) });
        r++;
      };
      subtotal('Verksamhetens nettokostnad', l1, first);
      const l2 = writeLines(ws, r, second, 'mnkr', { budget: 'C', outcome: 'D' }, fmt);
      r += l2.length;
      subtotal('Årets resultat', [...l1, ...l2], [...first, ...second]);
      // Column B holds note numbers: centred, no amount format.
      for (const l of [...l1, ...l2]) ws.getCell(`B${l.row}`).alignment = { horizontal: 'center' };
      widths(ws, { A: 32, B: 6, C: 13, D: 13, E: 12 });
      return built11(wb, {
        family: 'statement',
        description:
          'A regionförbund\'s income statement in mnkr with one decimal (52,3), the unit only as "Mnkr" under the title, a "Not" column of note numbers (1–6) between the labels and the amounts. Signed: costs negative, Avvikelse = utfall − budget. "Verksamhetens nettokostnad" and "Årets resultat" are totals. The outcome has a row "Avrundning" of 0,1 (the rounding of the printed mnkr, so that Årets resultat foots) with no budget: a line left out of the comparison, never flagged; the note numbers are no amounts.',
        source: 'Regionförbund, resultaträkning in the årsredovisning (mnkr, one decimal)',
        tests: 'mnkr with one decimal, a Not column, costs negative, an Avrundning row with no budget',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'mnkr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines: [...l1, ...l2],
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** The unit only in the cells' number format: `#,##0" tkr"`; no unit in the title or the headers. */
function unitInFormat(): Fixture {
  return {
    name: 'tkr-bara-i-talformatet-hash-0-tkr-ingen-enhet-i-rubriker-eller-titel',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Uppföljning');
      put(ws, 'A1', 'Kommunalförbundet Samordnad Vårdplanering – uppföljning helår 2025', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget', 'Utfall', 'Differens'], { bold: true, border: true });
      const fmt = '#,##0" tkr";-#,##0" tkr"';
      const data: [string, string, string][] = [
        ['Kansli', '4850', '4712'],
        ['IT-stöd och systemförvaltning', '9320', '9876'],
        ['Utbildning', '1280', '1104'],
        ['Samverkansprojekt', '2600', '2245'],
        ['Förbundsstyrelse', '410', '438'],
      ];
      const rows: Src[] = data.map(([name, b, o]) => ({ labels: [name], side: 'cost', amounts: { B: tkr(b), C: tkr(o), D: tkr(b) - tkr(o) } }));
      const lines = writeLines(ws, H + 1, rows, 'tkr', { budget: 'B', outcome: 'C' }, fmt);
      const r = H + 1 + lines.length;
      put(ws, `A${r}`, 'Summa', { bold: true });
      for (const c of ['B', 'C', 'D']) num(ws, `${c}${r}`, sum(rows.map((s) => s.amounts[c])), 'tkr', fmt, { bold: true });
      widths(ws, { A: 32, B: 13, C: 13, D: 13 });
      return built11(wb, {
        family: 'odd',
        description:
          'A kommunalförbund\'s net cost per verksamhet where the unit stands only in the number format of the amount cells, "#,##0" tkr"" (4 850 is shown "4 850 tkr"); neither the title nor the headers name a unit. The cells hold thousands of kronor: the table is in tkr (4 850 000 kr), not kronor. Unsigned costs, Differens = budget − utfall agrees; Summa foots.',
        source: 'Kommunalförbund, follow-up where the officer put the unit in a custom number format',
        tests: 'the unit only in the number format #,##0" tkr": tkr',
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
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C', 'D'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Pasted from a PDF: every amount text, grouped by U+00A0 or U+202F, minus as U+2212, mnkr with one decimal. */
function pdfPaste(): Fixture {
  return {
    name: 'inklistrat-fran-pdf-text-med-hart-och-smalt-hart-mellanslag-u2212-minus-mnkr-en-decimal-signerat',
    build: () => {
      const wb = newBook('Revisor');
      const ws = wb.addWorksheet('Blad1');
      put(ws, 'A1', 'Driftredovisning 2025 (mnkr) – Kommunalförbundet Västra Mälardalens Myndighetsförbund');
      const H = 3;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget 2025', 'Utfall 2025', 'Avvikelse']);
      const data: [string, string, string][] = [
        ['Medlemsbidrag', '1284.6', '1284.6'],
        ['Miljö- och hälsoskydd', '-412.3', '-398.7'],
        ['Bygglov och tillsyn', '-356.8', '-371.2'],
        ['Livsmedelskontroll', '-118.4', '-109.9'],
        ['Alkohol och tobak', '-42.7', '-44.1'],
        ['Gemensam administration', '-301.5', '-296.8'],
        ['Finansnetto', '-3.2', '-1.9'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      data.forEach(([name, b, o], i) => {
        // The PDF's grouping alternates by column: U+00A0 in the budget, U+202F in the outcome and deviation.
        put(ws, `A${r}`, name);
        txt(ws, `B${r}`, mnkr(b), 'mnkr', { group: '\u00a0', decimals: 1, minus: 'u2212' });
        txt(ws, `C${r}`, mnkr(o), 'mnkr', { group: i % 2 ? '\u202f' : '\u00a0', decimals: 1, minus: 'u2212' });
        txt(ws, `D${r}`, mnkr(o) - mnkr(b), 'mnkr', { group: '\u202f', decimals: 1, minus: 'u2212' });
        lines.push({ row: r, key: name, side: i === 0 ? 'income' : 'cost', budget: mnkr(b), outcome: mnkr(o) });
        r++;
      });
      put(ws, `A${r}`, 'Årets resultat');
      txt(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'mnkr', { group: '\u00a0', decimals: 1, minus: 'u2212' });
      txt(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'mnkr', { group: '\u202f', decimals: 1, minus: 'u2212' });
      txt(ws, `D${r}`, sum(lines.map((l) => l.outcome! - l.budget!)), 'mnkr', { group: '\u202f', decimals: 1, minus: 'u2212' });
      widths(ws, { A: 30, B: 13, C: 13, D: 12 });
      return built11(wb, {
        family: 'statement',
        description:
          'A driftredovisning copied from the årsredovisning\'s PDF into an empty workbook: every amount is text, "1 284,6" with a no-break space (U+00A0) or a narrow no-break space (U+202F) between the thousands, a decimal comma, and the minus sign U+2212 ("−412,3"); no formatting, no bold. mnkr from the title. Signed: the member contributions positive, each verksamhet\'s net cost negative; Avvikelse = utfall − budget agrees; Årets resultat is a total. Every text amount reads as the number it shows; none is an error.',
        source: 'Kommunalförbund (miljö och bygg), driftredovisning pasted from the PDF of the årsredovisning',
        tests: 'amounts as text with U+00A0 and U+202F thousands and U+2212 minus, mnkr with one decimal, signed',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'mnkr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'mnkr', row: r, cols: ['B', 'C', 'D'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const FORMATS: Fixture[] = [boardPack(), roundingRow(), unitInFormat(), pdfPaste()];
