/**
 * Periods the workbook does not settle, or settles in a form easy to misread: outcome months with June empty and
 * July filled, a period budget for other months than the outcome's, and a ledger's dates written as text in two
 * forms.
 */
import { ErrorSpec, Fixture, JoinRowSpec, SpecLine } from '../layouts2/spec';
import { letter, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, Ore, sum, tkr } from '../layouts2/money';
import { built8, sideOf } from './kit';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Konto | Benämning | Budget 2025 | jan … dec (outcome), with jun empty in every row and jul filled. */
function gapInMonths(): Fixture {
  return {
    name: 'manadskolumner-juni-tom-men-juli-ifylld-hittills-i-ar-till-vilken-manad',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Utfall per månad');
      put(ws, 'A1', 'Utfall per månad 2025 – Kommunalförbundet Avfall Mitt (kronor)', { bold: true, size: 12 });
      put(ws, 'A2', 'Budget helår. Utfall per bokföringsmånad.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget 2025', ...MONTHS], { bold: true, border: true });
      const data: [string, string, string, number][] = [
        ['3510', 'Avfallstaxor', '-48000000', -3950000],
        ['3590', 'Övriga intäkter', '-1200000', -96500],
        ['4010', 'Löner', '14400000', 1180000],
        ['4710', 'Sociala avgifter', '4520000', 370600],
        ['5610', 'Fordonskostnader', '6300000', 512000],
        ['6550', 'Entreprenader', '19800000', 1642000],
        ['6990', 'Övriga kostnader', '2100000', 171500],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, name, b, base] of data) {
        putRow(ws, r, 'A', [Number(konto), name]);
        num(ws, `C${r}`, kr(b), 'kr');
        // Outcome jan–maj and jul; jun empty in every row (not yet transferred from the old system).
        [1, 2, 3, 4, 5, 7].forEach((m, i) => num(ws, `${letter(3 + m)}${r}`, kr(base + (i % 3) * 1250 * Math.sign(base)), 'kr'));
        lines.push({ row: r, key: name, side: sideOf(konto), budget: kr(b), outcome: null });
        r++;
      }
      widths(ws, { A: 8, B: 20, C: 13, ...Object.fromEntries(MONTHS.map((_, i) => [letter(4 + i), 10])) });
      return built8(wb, {
        family: 'months',
        description:
          "Outcome per month beside the year's budget, where the June column is empty in every row and July has figures. An empty month is no value, not zero: through July the outcome so far is unknown (June's is missing everywhere), and through May would drop July's figures without a word. Nothing is compared: no deviation, no flag, and the empty month's header (I4, jun) is named. Ledger signs.",
        source: 'Kommunalförbund (avfall), månadsuppföljning after a change of ledger system in June',
        tests: 'a month empty in every row before a month with figures: the year so far is unknown, nothing compared, the month named',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: false,
            columns: { code: 'A', line: 'B', budget: 'C' },
            cells: { budget: ['C'] },
            lines,
          },
        ],
        errors: [{ sheet: ws.name, cell: `I${H}`, why: 'June is empty in every row while July has figures' }],
        mustNotFlag: true,
      });
    },
  };
}

/** Verksamhet | Budget 2025 | Budget jan–jun | Utfall jan–aug: the period budget covers other months than the outcome. */
function periodBudgetOfOtherMonths(): Fixture {
  return {
    name: 'budget-jan-jun-bredvid-utfall-jan-aug-periodbudgeten-galler-andra-manader',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Uppföljning aug');
      put(ws, 'A1', 'Uppföljning januari–augusti 2025 – Samordningsförbundet Göteborg Väster (tkr)', { bold: true, size: 12 });
      put(ws, 'A2', 'Periodbudgeten är från delårsrapporten i juni.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget 2025', 'Budget jan–jun', 'Utfall jan–aug'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['Medlemsbidrag', '16800', '8400', '11200'],
        ['Individinsatser', '9600', '4620', '6598.4'],
        ['Strukturinsatser', '3300', '1410', '1952.7'],
        ['Kansli', '2850', '1425', '1874.2'],
        ['Utvärdering', '600', '0', '412.5'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, p, o] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(b), 'tkr', '#,##0.0');
        num(ws, `C${r}`, tkr(p), 'tkr', '#,##0.0');
        num(ws, `D${r}`, tkr(o), 'tkr', '#,##0.0');
        lines.push({ row: r, key: label, side: label === 'Medlemsbidrag' ? 'income' : 'cost', budget: tkr(b), outcome: tkr(o) });
        r++;
      }
      widths(ws, { A: 20, B: 13, C: 15, D: 15 });
      return built8(wb, {
        family: 'interim',
        description:
          'A follow-up through August whose period budget column is left from the June report: "Budget jan–jun" beside "Utfall jan–aug". Six months of budget against eight of outcome is no comparison (every line would look two months overspent). The budget for the months compared is the year\'s budget × 8/12, said as pro rata (SPEC 2.6), and the jan–jun column is not used. Unsigned; Medlemsbidrag is income.',
        source: 'Samordningsförbund, uppföljning where the period budget was not updated',
        tests: "a period budget for other months than the outcome: not used; the year's budget pro rata for eight months",
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            period: { months: 8, basis: 'pro-rata' },
            columns: { line: 'A', budget: 'B', outcome: 'D' },
            cells: { budget: ['B'], outcome: ['D'] },
            lines,
          },
        ],
      });
    },
  };
}

/** Budget per month (jan … dec) beside transactions whose Datum is text: `2025-03-14` to June, `14.07.2025` after. */
function datesInTwoForms(): Fixture {
  return {
    name: 'datum-som-text-i-tva-format-2025-03-14-och-14-07-2025-i-en-kolumn',
    build: () => {
      const wb = newBook('Ekonom');
      const bs = wb.addWorksheet('Budget 2025');
      put(bs, 'A1', 'Periodiserad budget 2025 per konto (kronor)', { bold: true, size: 12 });
      putRow(bs, 3, 'A', ['Konto', 'Benämning', ...MONTHS], { bold: true, border: true });
      const accounts: [string, string, number][] = [
        ['3041', 'Medlemsavgifter', -700000],
        ['4010', 'Löner', 310000],
        ['4710', 'Sociala avgifter', 97400],
        ['5010', 'Lokalhyra', 42000],
        ['6550', 'Konsulttjänster', 85000],
        ['6990', 'Övriga kostnader', 18000],
      ];
      const budgetRows: JoinRowSpec[] = [];
      let r = 4;
      for (const [konto, name, perMonth] of accounts) {
        putRow(bs, r, 'A', [konto, name]);
        const months: Ore[] = MONTHS.map((_, i) => kr(perMonth + (i === 6 && !konto.startsWith('3') ? -Math.round(perMonth / 2) : 0)));
        months.forEach((v, i) => num(bs, `${letter(3 + i)}${r}`, v, 'kr'));
        budgetRows.push({ row: r, key: [konto], amount: sum(months), periodAmount: sum(months.slice(0, 8)) });
        r++;
      }
      widths(bs, { A: 8, B: 20, ...Object.fromEntries(MONTHS.map((_, i) => [letter(3 + i), 10])) });

      const ts = wb.addWorksheet('Transaktioner');
      putRow(ts, 1, 'A', ['Datum', 'Ver.nr', 'Konto', 'Text', 'Belopp'], { bold: true });
      const outcomeRows: JoinRowSpec[] = [];
      let v = 2;
      let ver = 1001;
      const pad = (n: number) => String(n).padStart(2, '0');
      for (let m = 1; m <= 8; m++) {
        for (const [konto, name, perMonth] of accounts) {
          // A new ledger system from July writes its dates day first with dots; the old one wrote ISO dates.
          const day = 5 + ((m * 7 + konto.charCodeAt(3)) % 20);
          const text = m <= 6 ? `2025-${pad(m)}-${pad(day)}` : `${pad(day)}.${pad(m)}.2025`;
          const amount = kr(perMonth + ((m * 37 + Number(konto)) % 11) * 500 * Math.sign(perMonth));
          put(ts, `A${v}`, text);
          putRow(ts, v, 'B', [ver++, konto, name]);
          num(ts, `E${v}`, amount, 'kr', '#,##0.00');
          outcomeRows.push({ row: v, key: [konto], amount });
          v++;
        }
      }
      widths(ts, { A: 12, B: 8, C: 8, D: 20, E: 14 });
      return built8(wb, {
        family: 'join',
        description: `A budget per account and month (jan … dec) beside a transaction list of ${outcomeRows.length} rows whose Datum is text in two forms: ISO dates ("2025-03-14") from the old ledger up to June, and day-first dates with dots ("14.07.2025") from the new one from July. Both forms read one way only (a dotted date is day first in every Swedish and European system). The outcome runs through August, so the budget compared is that of January–August, the budget's own months (SPEC 2.6); reading only the ISO dates would stop the year at June and set eight months of outcome against six of budget. Joined on Konto; ledger signs, deviation = budget − outcome.`,
        source: 'Samordningsförbund, transactions collected across a change of ledger system',
        tests: 'dates as text in two forms in one column: both read, the year so far through the last month of either',
        tables: [],
        join: {
          budgetSheet: bs.name,
          outcomeSheet: ts.name,
          key: ['account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: MONTHS.map((_, i) => letter(3 + i)), period: MONTHS.slice(0, 8).map((_, i) => letter(3 + i)) },
          outcomeCols: { key: ['C'], amount: ['E'] },
          budgetRows,
          outcomeRows,
          ytd: { months: 8, basis: 'months' },
        },
      });
    },
  };
}

/** The same budget, with transactions dated ISO to July and `dd/mm/yyyy` in August: `04/08/2025` is 4 August or 8 April. */
function slashedDates(): Fixture {
  return {
    name: 'datum-med-snedstreck-04-08-2025-kan-vara-april-eller-augusti',
    build: () => {
      const wb = newBook('Ekonom');
      const bs = wb.addWorksheet('Budget 2025');
      put(bs, 'A1', 'Periodiserad budget 2025 per konto (kronor)', { bold: true, size: 12 });
      putRow(bs, 3, 'A', ['Konto', 'Benämning', ...MONTHS], { bold: true, border: true });
      const accounts: [string, string, number][] = [
        ['3041', 'Medlemsavgifter', -520000],
        ['4010', 'Löner', 236000],
        ['4710', 'Sociala avgifter', 74100],
        ['5810', 'Resor', 9000],
        ['6550', 'Konsulttjänster', 61000],
        ['6990', 'Övriga kostnader', 14500],
      ];
      const budgetRows: JoinRowSpec[] = [];
      let r = 4;
      for (const [konto, name, perMonth] of accounts) {
        putRow(bs, r, 'A', [konto, name]);
        const months: Ore[] = MONTHS.map(() => kr(perMonth));
        months.forEach((v, i) => num(bs, `${letter(3 + i)}${r}`, v, 'kr'));
        budgetRows.push({ row: r, key: [konto], amount: sum(months), periodAmount: sum(months.slice(0, 8)) });
        r++;
      }
      widths(bs, { A: 8, B: 20, ...Object.fromEntries(MONTHS.map((_, i) => [letter(3 + i), 10])) });

      const ts = wb.addWorksheet('Transaktioner');
      putRow(ts, 1, 'A', ['Datum', 'Ver.nr', 'Konto', 'Text', 'Belopp'], { bold: true });
      const outcomeRows: JoinRowSpec[] = [];
      const errors: ErrorSpec[] = [];
      let v = 2;
      let ver = 2001;
      const pad = (n: number) => String(n).padStart(2, '0');
      // August's day per account: past the 12th reads one way; 5810 and 6550 were booked on the 4th and the 11th.
      const augustDay: Record<string, number> = { '3041': 25, '4010': 25, '4710': 25, '5810': 4, '6550': 11, '6990': 19 };
      for (let m = 1; m <= 8; m++) {
        for (const [konto, name, perMonth] of accounts) {
          // From August the bank file's dates, day first with slashes; before, the ledger's ISO dates.
          const day = m === 8 ? augustDay[konto] : 3 + ((m * 5 + Number(konto)) % 24);
          const text = m <= 7 ? `2025-${pad(m)}-${pad(day)}` : `${pad(day)}/${pad(m)}/2025`;
          const amount = kr(perMonth + ((m * 13 + Number(konto)) % 7) * 300 * Math.sign(perMonth));
          const twoWays = m === 8 && day <= 12;
          put(ts, `A${v}`, text);
          putRow(ts, v, 'B', [ver++, konto, name]);
          num(ts, `E${v}`, amount, 'kr', '#,##0.00');
          outcomeRows.push({ row: v, key: [konto], amount, ...(twoWays ? { unreadable: true } : {}) });
          if (twoWays) errors.push({ sheet: ts.name, cell: `A${v}`, why: `"${text}" is ${day} August or ${m} ${MONTHS[day - 1]}` });
          v++;
        }
      }
      widths(ts, { A: 12, B: 8, C: 8, D: 20, E: 14 });
      return built8(wb, {
        family: 'join',
        description: `A budget per account and month beside ${outcomeRows.length} transactions dated in ISO form up to July ("2025-07-09") and, from August, as a bank file writes them, day and month with slashes. "25/08/2025" is 25 August: no month is 25. But "04/08/2025" (5810 Resor) is 4 August or 8 April, and "11/08/2025" (6550 Konsulttjänster) 11 August or 8 November: their month cannot be known, so neither account can be given an outcome for the year so far (the other rows alone would look right). Both cells are reported; the other accounts are compared through August against the budget's own January–August. Ledger signs.`,
        source: 'Samordningsförbund, ledger rows completed from a bank file with slashed dates',
        tests: 'a date that reads as day or month: reported, its account left out; the year so far through the last month that reads one way',
        tables: [],
        join: {
          budgetSheet: bs.name,
          outcomeSheet: ts.name,
          key: ['account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: MONTHS.map((_, i) => letter(3 + i)), period: MONTHS.slice(0, 8).map((_, i) => letter(3 + i)) },
          outcomeCols: { key: ['C'], amount: ['E'] },
          budgetRows,
          outcomeRows,
          ytd: { months: 8, basis: 'months' },
        },
        errors,
      });
    },
  };
}

export const PERIODS: Fixture[] = [gapInMonths(), periodBudgetOfOtherMonths(), datesInTwoForms(), slashedDates()];
