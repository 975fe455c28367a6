/**
 * Statements the first two corpora do not have: a kommun's driftredovisning with net costs negative (signed)
 * in mnkr, a resultaträkning pasted as text with thin spaces and parenthesised negatives, and an English board
 * report in MSEK with a budget to date.
 */
import { built, Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { asText, mnkr, Ore, sum, tkr } from '../layouts2/money';

/** Kommun: Nämnd | Budget | Nettokostnad | Avvikelse mot budget | Prognos delår | Avvikelse mot prognos, all negative. */
function namnderNegative(): Fixture {
  return {
    name: 'kommun-namnder-nettokostnad-negativ-avvikelse-mot-budget-prognos-mnkr',
    build: () => {
      const wb = newBook('Kommunledningskontoret');
      const ws = wb.addWorksheet('Driftredovisning');
      put(ws, 'A1', 'Driftredovisning 2024 – nämndernas nettokostnader (mnkr)', { bold: true, size: 13 });
      put(ws, 'A2', 'Negativa belopp är kostnader. Negativ avvikelse = underskott mot budget.');
      const H = 4;
      putRow(ws, H, 'A', ['Nämnd', 'Budget 2024', 'Nettokostnad 2024', 'Avvikelse mot budget', 'Prognos delår 2024', 'Avvikelse mot prognos'], {
        bold: true,
        border: true,
        wrap: true,
      });
      const data: [string, string, string, string][] = [
        ['Kommunstyrelsen', '-142.6', '-138.9', '-144.0'],
        ['Barn- och utbildningsnämnden', '-812.4', '-826.1', '-821.5'],
        ['Socialnämnden', '-298.7', '-321.4', '-316.0'],
        ['Vård- och omsorgsnämnden', '-604.2', '-611.8', '-609.9'],
        ['Tekniska nämnden', '-96.3', '-91.7', '-95.0'],
        ['Kultur- och fritidsnämnden', '-71.5', '-70.2', '-71.5'],
        ['Miljö- och byggnämnden', '-18.9', '-16.4', '-17.8'],
        ['Överförmyndarnämnden', '-6.1', '-6.9', '-6.6'],
        ['Revisionen', '-2.8', '-2.6', '-2.8'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, o, f] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, mnkr(b), 'mnkr', '#,##0.0');
        num(ws, `C${r}`, mnkr(o), 'mnkr', '#,##0.0');
        num(ws, `D${r}`, mnkr(o) - mnkr(b), 'mnkr', '#,##0.0');
        num(ws, `E${r}`, mnkr(f), 'mnkr', '#,##0.0');
        num(ws, `F${r}`, mnkr(o) - mnkr(f), 'mnkr', '#,##0.0');
        lines.push({ row: r, key: label, side: 'cost', budget: mnkr(b), outcome: mnkr(o) });
        r++;
      }
      const total = r;
      put(ws, `A${total}`, 'Summa nämnder', { bold: true });
      num(ws, `B${total}`, sum(lines.map((l) => l.budget)), 'mnkr', '#,##0.0', { bold: true });
      num(ws, `C${total}`, sum(lines.map((l) => l.outcome)), 'mnkr', '#,##0.0', { bold: true });
      num(ws, `D${total}`, sum(lines.map((l) => l.outcome! - l.budget!)), 'mnkr', '#,##0.0', { bold: true });
      widths(ws, { A: 32, B: 12, C: 14, D: 14, E: 14, F: 12 });
      return built(wb, {
        family: 'statement',
        description:
          'A kommun\'s driftredovisning per nämnd in mnkr where net costs are written negative (the kommun\'s own convention, said in row 2): Budget 2024, Nettokostnad 2024 (the outcome), Avvikelse mot budget (= outcome − budget, negative is a deficit), then the forecast made at the interim report and how the year ended against it ("Avvikelse mot prognos", outcome − forecast, not a forecast deviation against the budget). Signed: deviation = outcome − budget, e.g. Socialnämnden −22,7 mnkr. The forecast column is an earlier forecast; the scorer does not judge it.',
        source: 'Kommun årsredovisning, driftredovisning per nämnd with the delår forecast',
        tests: 'net costs negative (signed), Nettokostnad as outcome, Avvikelse mot budget as the reported deviation, a forecast-accuracy column',
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
          },
        ],
        totals: [{ sheet: ws.name, unit: 'mnkr', row: total, cols: ['B', 'C', 'D'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Thin space (U+2009) and no-break space grouping, negatives in parentheses, all as text, signed tkr. */
function textThinSpaces(): Fixture {
  return {
    name: 'resultatrakning-text-tunt-mellanrum-parentes-minus-tkr',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('RR');
      put(ws, 'A1', 'Resultaträkning med budgetjämförelse, tkr', { bold: true, size: 12 });
      put(ws, 'A2', 'Kopierad från årsredovisningen (pdf).', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['', 'Not', 'Budget 2024', 'Utfall 2024', 'Avvikelse'], { bold: true, border: true });
      // Budget grouped with no-break spaces, outcome and deviation with thin spaces (U+2009), as the PDF gave them.
      const nb = (o: Ore) => asText(o, 'tkr', { group: '\u00a0', minus: 'paren' });
      const thin = (o: Ore) => asText(o, 'tkr', { group: ' ', minus: 'paren' }).replace(/ /g, '\u2009');
      const rows: [string, string, string, string, 'income' | 'cost'][] = [
        ['Medlemsbidrag', '1', '24600', '24600', 'income'],
        ['Statsbidrag och projektmedel', '2', '3150', '4412', 'income'],
        ['Försäljning av tjänster', '', '1880', '1624', 'income'],
        ['Personalkostnader', '3', '-17450', '-18093', 'cost'],
        ['Lokalkostnader', '', '-3920', '-3876', 'cost'],
        ['Köpta tjänster', '4', '-5210', '-6147', 'cost'],
        ['Övriga verksamhetskostnader', '', '-1865', '-1702', 'cost'],
        ['Avskrivningar', '5', '-1120', '-1098', 'cost'],
      ];
      const fin: [string, string, string, string, 'income' | 'cost'][] = [
        ['Finansiella intäkter', '', '40', '96', 'income'],
        ['Finansiella kostnader', '6', '-180', '-141', 'cost'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      const write = (rs: typeof rows) => {
        const mine: SpecLine[] = [];
        for (const [label, note, b, o, side] of rs) {
          putRow(ws, r, 'A', [label, note || undefined]);
          put(ws, `C${r}`, nb(tkr(b)), { align: 'right' });
          put(ws, `D${r}`, thin(tkr(o)), { align: 'right' });
          put(ws, `E${r}`, thin(tkr(o) - tkr(b)), { align: 'right' });
          mine.push({ row: r, key: label, side, budget: tkr(b), outcome: tkr(o) });
          r++;
        }
        lines.push(...mine);
        return mine;
      };
      const subtotal = (label: string, of: SpecLine[]) => {
        put(ws, `A${r}`, label, { bold: true });
        put(ws, `C${r}`, nb(sum(of.map((l) => l.budget))), { align: 'right', bold: true });
        put(ws, `D${r}`, thin(sum(of.map((l) => l.outcome))), { align: 'right', bold: true });
        put(ws, `E${r}`, thin(sum(of.map((l) => l.outcome! - l.budget!))), { align: 'right', bold: true });
        return r++;
      };
      const ops = write(rows);
      const net = subtotal('Verksamhetens nettokostnad', ops);
      const f = write(fin);
      const res = subtotal('Årets resultat', [...ops, ...f]);
      widths(ws, { A: 34, B: 5, C: 13, D: 13, E: 12 });
      return built(wb, {
        family: 'odd',
        description:
          'A resultaträkning with budget in tkr copied from the annual report\'s PDF: every amount is text, the budget grouped with no-break spaces ("24\u00a0600") and the outcome and deviation with thin spaces U+2009 ("18\u2009093"), negatives in parentheses ("(17\u2009450)"). Signed (costs negative): deviation = outcome − budget, as the Avvikelse column. Verksamhetens nettokostnad and Årets resultat are totals. The header of the label column is empty; Not is a note column.',
        source: 'Kommunalförbund årsredovisning, resultaträkning pasted from PDF into Excel',
        tests: 'text numbers with thin spaces (U+2009) and no-break spaces, parentheses as minus, empty label header, Not column',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        totals: [
          { sheet: ws.name, unit: 'tkr', row: net, cols: ['C', 'D', 'E'], covers: ops.map((l) => l.row) },
          { sheet: ws.name, unit: 'tkr', row: res, cols: ['C', 'D', 'E'], covers: lines.map((l) => l.row) },
        ],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** English board report, MSEK with one decimal, Budget 2025 | Budget YTD | Actual YTD | Variance | Var % | Forecast. */
function englishBoardMsek(): Fixture {
  return {
    name: 'english-board-report-msek-budget-ytd-actual-ytd-var-pct',
    build: () => {
      const wb = newBook('CFO');
      const ws = wb.addWorksheet('Board report');
      put(ws, 'A1', 'Regional Development Council Skåne Nordost', { bold: true, size: 13 });
      put(ws, 'A2', 'Financial report January–June 2025 (MSEK)');
      const H = 4;
      putRow(ws, H, 'A', ['Area', 'Budget 2025', 'Budget YTD', 'Actual YTD', 'Variance', 'Var %', 'Forecast 2025'], { bold: true, border: true });
      const data: [string, 'income' | 'cost', string, string, string, string][] = [
        ['Member contributions', 'income', '48.0', '24.0', '24.0', '48.0'],
        ['Government grants', 'income', '12.5', '6.2', '7.9', '14.1'],
        ['EU project funding', 'income', '8.4', '4.2', '2.6', '6.9'],
        ['Staff costs', 'cost', '-31.2', '-15.6', '-16.3', '-32.4'],
        ['Premises', 'cost', '-4.8', '-2.4', '-2.4', '-4.8'],
        ['Public transport planning', 'cost', '-14.6', '-7.1', '-6.5', '-13.9'],
        ['Business development', 'cost', '-9.7', '-4.6', '-3.8', '-9.0'],
        ['EU projects, external costs', 'cost', '-7.9', '-3.9', '-2.7', '-6.6'],
        ['Depreciation', 'cost', '-0.6', '-0.3', '-0.3', '-0.6'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, b, by, a, f] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, mnkr(b), 'mnkr', '#,##0.0');
        num(ws, `C${r}`, mnkr(by), 'mnkr', '#,##0.0');
        num(ws, `D${r}`, mnkr(a), 'mnkr', '#,##0.0');
        num(ws, `E${r}`, mnkr(a) - mnkr(by), 'mnkr', '#,##0.0');
        if (mnkr(by) !== 0n) put(ws, `F${r}`, Math.round(((Number(a) - Number(by)) / Math.abs(Number(by))) * 1000) / 1000, { numFmt: '0.0%' });
        num(ws, `G${r}`, mnkr(f), 'mnkr', '#,##0.0');
        lines.push({ row: r, key: label, side, budget: mnkr(b), periodBudget: mnkr(by), outcome: mnkr(a), forecast: mnkr(f) });
        r++;
      }
      const total = r;
      put(ws, `A${total}`, 'Net result', { bold: true });
      num(ws, `B${total}`, sum(lines.map((l) => l.budget)), 'mnkr', '#,##0.0', { bold: true });
      num(ws, `C${total}`, sum(lines.map((l) => l.periodBudget!)), 'mnkr', '#,##0.0', { bold: true });
      num(ws, `D${total}`, sum(lines.map((l) => l.outcome)), 'mnkr', '#,##0.0', { bold: true });
      num(ws, `E${total}`, sum(lines.map((l) => l.outcome! - l.periodBudget!)), 'mnkr', '#,##0.0', { bold: true });
      num(ws, `G${total}`, sum(lines.map((l) => l.forecast!)), 'mnkr', '#,##0.0', { bold: true });
      widths(ws, { A: 30, B: 12, C: 11, D: 11, E: 10, F: 8, G: 13 });
      return built(wb, {
        family: 'english',
        description:
          'A regionförbund\'s half-year board report in English, amounts in MSEK with one decimal (the unit only in the title, as "MSEK"): income positive, costs negative (signed). Budget YTD is the period budget the Actual YTD is compared with; Variance = Actual YTD − Budget YTD; Var % is a percentage, not an amount; Forecast 2025 against Budget 2025 gives the forecast deviation. Net result is a total.',
        source: 'Regionförbund, half-year financial report to the board in English',
        tests: 'MSEK as the unit in the title, Budget YTD as the period budget, signed English statement, Var % ignored, forecast',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'mnkr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', budget: 'B', periodBudget: 'C', outcome: 'D', deviation: 'E', forecast: 'G' },
            period: { months: 6, basis: 'column' },
            cells: { budget: ['B'], periodBudget: ['C'], outcome: ['D'], forecast: ['G'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'mnkr', row: total, cols: ['B', 'C', 'D', 'E', 'G'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const STATEMENT: Fixture[] = [namnderNegative(), textThinSpaces(), englishBoardMsek()];
