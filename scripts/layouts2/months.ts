/**
 * Months: outcome per month beside an annual budget, budget and outcome as two month blocks, a pivot with dates
 * as column headers against a budget sheet, and ledger period rows against a monthly budget. The comparison is
 * for the months with outcome (SPEC 2.6).
 */
import { built, Fixture, JoinRowSpec, SpecLine, TotalSpec } from './spec';
import { between, formula, letter, newBook, num, put, putRow, rng, widths } from './sheet';
import { divRound, kr, Ore, sum } from './money';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Spread an annual amount over `n` months with noise, in whole öre. */
function spread(rand: () => number, annual: Ore, n: number): Ore[] {
  return Array.from({ length: n }, () => divRound(annual * BigInt(between(rand, 85, 115)) * BigInt(between(rand, 9000, 10999)), 12n * 100n * 10000n));
}

/** Outcome jan–dec (filled through July) beside one Budget 2024 column; ledger signs. */
function monthsBesideAnnualBudget(): Fixture {
  return {
    name: 'manader-utfall-jan-dec-mot-arsbudget',
    build: () => {
      const wb = newBook('Tolkförmedling Väst');
      const ws = wb.addWorksheet('Utfall per månad');
      put(ws, 'A1', 'Tolkförmedling Väst – utfall per månad 2024', { bold: true, size: 13 });
      put(ws, 'E3', 'Utfall 2024', { bold: true, align: 'center' });
      ws.mergeCells('E3:P3');
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget 2024'], { bold: true, border: true });
      MONTHS.forEach((m, i) => put(ws, `${letter(5 + i)}${H}`, m, { bold: true, align: 'right', border: true }));
      put(ws, `Q${H}`, 'Summa', { bold: true, border: true });
      const accs: [string, string, string][] = [
        ['3010', 'Intäkter tolkuppdrag', '-24000000'],
        ['3020', 'Intäkter översättning', '-2400000'],
        ['5010', 'Löner', '9600000'],
        ['5060', 'Arvoden frilanstolkar', '8400000'],
        ['5410', 'Sociala avgifter', '3016000'],
        ['6110', 'Lokalhyra', '1020000'],
        ['6540', 'IT-system bokning', '840000'],
        ['7010', 'Resor tolkar', '1560000'],
        ['7310', 'Telefoni', '240000'],
        ['8410', 'Räntekostnader', '12000'],
      ];
      const M = 7;
      const rand = rng(7);
      const lines: SpecLine[] = [];
      const monthCols = MONTHS.map((_, i) => letter(5 + i));
      let r = H + 1;
      const monthValues = new Map<number, Ore[]>();
      for (const [konto, name, b] of accs) {
        const months = spread(rand, kr(b), M);
        putRow(ws, r, 'A', [Number(konto), name]);
        num(ws, `C${r}`, kr(b), 'kr', '#,##0');
        months.forEach((v, i) => num(ws, `${monthCols[i]}${r}`, v, 'kr', '#,##0.00'));
        formula(ws, `Q${r}`, `SUM(E${r}:P${r})`, sum(months), 'kr', '#,##0.00');
        monthValues.set(r, months);
        lines.push({ row: r, key: name, side: konto.startsWith('3') ? 'income' : 'cost', budget: kr(b), outcome: sum(months) });
        r++;
      }
      put(ws, `A${r}`, 'Summa', { bold: true });
      formula(ws, `C${r}`, `SUM(C${H + 1}:C${r - 1})`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      for (let i = 0; i < M; i++) {
        const c = monthCols[i];
        formula(ws, `${c}${r}`, `SUM(${c}${H + 1}:${c}${r - 1})`, sum([...monthValues.values()].map((v) => v[i])), 'kr', '#,##0.00', { bold: true });
      }
      formula(ws, `Q${r}`, `SUM(Q${H + 1}:Q${r - 1})`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 8, B: 26, C: 14, D: 2, Q: 14 });
      return built(wb, {
        family: 'months',
        description:
          'A kommunalförbund\'s outcome per month: Konto, Benämning, Budget 2024, an empty narrow column, then jan … dec under a merged "Utfall 2024", filled through July, and a Summa column (a formula). Ledger signs. The year so far is seven months: the outcome jan–jul against 7/12 of the annual budget (there is no monthly budget), with the full-year budget beside it.',
        source: 'Kommunalförbund, utfall per månad from the ledger with the annual budget pasted beside it',
        tests: 'month columns are periods, last month with outcome is July, pro-rata budget, Summa column',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C' },
            period: { months: M, basis: 'pro-rata' },
            cells: { budget: ['C'], outcome: monthCols.slice(0, M) },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C', ...monthCols.slice(0, M), 'Q'], covers: lines.map((l) => l.row) }],
      });
    },
  };
}

/** "Budget 2024" over months 1–12 and "Utfall 2024" over months 1–12 (numbers as headers), outcome through May. */
function twoMonthBlocks(): Fixture {
  return {
    name: 'manader-budget-och-utfall-tva-block-sifferrubriker',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Månadsrapport');
      put(ws, 'A1', 'Samordningsförbundet Kronoberg Norra – budget och utfall per månad 2024', { bold: true, size: 12 });
      put(ws, 'A2', 'kr');
      put(ws, 'B4', 'Budget 2024', { bold: true, align: 'center', fill: 'FFFCE4D6' });
      ws.mergeCells('B4:M4');
      put(ws, 'O4', 'Utfall 2024', { bold: true, align: 'center', fill: 'FFE2EFDA' });
      ws.mergeCells('O4:Z4');
      const H = 5;
      put(ws, `A${H}`, 'Post', { bold: true });
      for (let m = 1; m <= 12; m++) {
        put(ws, `${letter(1 + m)}${H}`, m, { bold: true, align: 'center' });
        put(ws, `${letter(14 + m)}${H}`, m, { bold: true, align: 'center' });
      }
      const M = 5;
      const q = (x: string) => [x, '0', '0', x, '0', '0', x, '0', '0', x, '0', '0'];
      const flat = (x: string) => Array(12).fill(x) as string[];
      const rows: [string, 'income' | 'cost', string[], string[]][] = [
        ['Medlemsbidrag', 'income', q('1200000'), ['1200000', '0', '0', '1200000', '0']],
        ['Personal', 'cost', [...flat('95000').slice(0, 6), '40000', ...flat('95000').slice(7)], ['93412.50', '96120', '95877.25', '101230', '94005.80']],
        ['Lokaler', 'cost', flat('15000'), ['15000', '15000', '15000', '15000', '15000']],
        [
          'Insatser',
          'cost',
          ['0', '250000', '250000', '250000', '250000', '250000', '100000', '300000', '300000', '300000', '300000', '300000'],
          ['0', '188400', '231950', '264100', '301225'],
        ],
        ['Administration', 'cost', flat('20000'), ['18220', '21404.40', '19876', '25310.10', '17402']],
        ['Övrigt', 'cost', flat('5000'), ['0', '1250', '6812.75', '0', '3120']],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, budget, outcome] of rows) {
        put(ws, `A${r}`, label);
        budget.forEach((v, i) => num(ws, `${letter(2 + i)}${r}`, kr(v), 'kr', '#,##0'));
        outcome.forEach((v, i) => num(ws, `${letter(15 + i)}${r}`, kr(v), 'kr', '#,##0'));
        lines.push({ row: r, key: label, side, budget: sum(budget.map(kr)), periodBudget: sum(budget.slice(0, M).map(kr)), outcome: sum(outcome.map(kr)) });
        r++;
      }
      widths(ws, { A: 18, N: 2 });
      const budgetCols = Array.from({ length: 12 }, (_, i) => letter(2 + i));
      const outcomeCols = Array.from({ length: M }, (_, i) => letter(15 + i));
      return built(wb, {
        family: 'months',
        description:
          'A samordningsförbund\'s monthly sheet: a merged "Budget 2024" over month numbers 1–12 (numbers, not names), an empty column, and a merged "Utfall 2024" over 1–12 filled through May (zeros where nothing was booked, empty after May). The budget has its own months, and they are uneven (member contributions paid quarterly, insatser starting in February, a July dip in personnel), so the year to date is budget months 1–5 against outcome months 1–5, not 5/12 of the year. All amounts positive, Medlemsbidrag is income.',
        source: 'Samordningsförbund, månadsrapport with periodised budget',
        tests: "month numbers as headers under merged year headers, the budget's own months, zero versus empty months",
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A' },
            period: { months: M, basis: 'months' },
            cells: { budget: budgetCols, periodBudget: budgetCols.slice(0, M), outcome: outcomeCols },
            lines,
            count: true,
          },
        ],
      });
    },
  };
}

/** A pivot of the ledger with month dates as column labels, joined by account with a budget sheet. */
function pivotDatesAgainstBudget(): Fixture {
  return {
    name: 'pivot-manadsdatum-mot-budgetblad-per-konto',
    build: () => {
      const wb = newBook('Ekonom');
      const bs = wb.addWorksheet('Budget');
      put(bs, 'A1', 'Budget 2024 per konto', { bold: true, size: 12 });
      putRow(bs, 3, 'A', ['Konto', 'Kontonamn', 'Budget 2024'], { bold: true, border: true });
      const budget: [number, string, string][] = [
        [3110, 'Medlemsavgifter', '-7400000'],
        [3510, 'Projektintäkter', '-1800000'],
        [5010, 'Löner', '4960000'],
        [5510, 'Arbetsgivaravgifter', '1560000'],
        [6110, 'Lokalhyra', '540000'],
        [6550, 'Konsulttjänster', '1100000'],
        [7010, 'Resor', '210000'],
        [7310, 'IT och telefoni', '330000'],
        [6990, 'Oförutsett', '250000'],
        [8410, 'Räntekostnader', '24000'],
      ];
      const budgetRows: JoinRowSpec[] = [];
      let r = 4;
      for (const [konto, name, b] of budget) {
        putRow(bs, r, 'A', [konto, name]);
        num(bs, `C${r}`, kr(b), 'kr', '#,##0');
        budgetRows.push({ row: r, key: [String(konto)], amount: kr(b) });
        r++;
      }
      put(bs, `A${r}`, 'Summa', { bold: true });
      formula(bs, `C${r}`, `SUM(C4:C${r - 1})`, sum(budgetRows.map((x) => x.amount)), 'kr', '#,##0', { bold: true });
      widths(bs, { A: 8, B: 24, C: 14 });

      const ps = wb.addWorksheet('Utfall');
      putRow(ps, 1, 'A', ['Ansvar', '(Alla)']);
      putRow(ps, 3, 'A', ['Summa av Belopp', 'Kolumnetiketter'], { bold: true });
      const H = 4;
      put(ps, `A${H}`, 'Radetiketter', { bold: true });
      const M = 6;
      for (let m = 0; m < M; m++) put(ps, `${letter(2 + m)}${H}`, new Date(Date.UTC(2024, m, 1)), { bold: true, numFmt: 'mmm-yy' });
      put(ps, `${letter(2 + M)}${H}`, 'Totalsumma', { bold: true });
      const rand = rng(66);
      const outcomeAccounts = budget.filter(([k]) => k !== 6990).map(([k, , b]) => [k, kr(b)] as [number, Ore]);
      outcomeAccounts.splice(7, 0, [7631, kr('18000')]);
      const outcomeRows: JoinRowSpec[] = [];
      const monthCols = Array.from({ length: M }, (_, i) => letter(2 + i));
      let p = H + 1;
      const colSums: Ore[] = Array(M).fill(0n);
      for (const [konto, annual] of outcomeAccounts) {
        const months = konto === 3110 ? [annual / 4n, 0n, 0n, annual / 4n, 0n, 0n] : spread(rand, annual, M);
        put(ps, `A${p}`, konto, { align: 'left' });
        months.forEach((v, i) => {
          num(ps, `${monthCols[i]}${p}`, v === 0n ? null : v, 'kr', '#,##0.00');
          colSums[i] += v;
        });
        num(ps, `${letter(2 + M)}${p}`, sum(months), 'kr', '#,##0.00');
        outcomeRows.push({ row: p, key: [String(konto)], amount: sum(months) });
        p++;
      }
      put(ps, `A${p}`, 'Totalsumma', { bold: true });
      colSums.forEach((v, i) => num(ps, `${monthCols[i]}${p}`, v, 'kr', '#,##0.00', { bold: true }));
      num(ps, `${letter(2 + M)}${p}`, sum(colSums), 'kr', '#,##0.00', { bold: true });
      widths(ps, { A: 16 });
      const totals: TotalSpec[] = [
        { sheet: bs.name, unit: 'kr', row: r, cols: ['C'], covers: budgetRows.map((x) => x.row) },
        { sheet: ps.name, unit: 'kr', row: p, cols: [...monthCols, letter(2 + M)], covers: outcomeRows.map((x) => x.row) },
      ];
      return built(wb, {
        family: 'months',
        system: 'Excel pivot',
        description:
          'Budget per account on one sheet; on the other, a pivot of the ledger with accounts (numbers only) as row labels and the months as column labels, which Excel writes as dates (2024-01-01 … 2024-06-01 shown as "jan-24"), and a Totalsumma column and row. Joined by account: 6990 Oförutsett has no outcome, 7631 Personalrepresentation was not budgeted. Medlemsavgifter are paid quarterly (empty cells in the other months). Ledger signs; six months of outcome against 6/12 of the annual budget.',
        source: 'Excel pivot of a Raindance ledger by month, with the budget on its own sheet (LETARAD workbook)',
        tests: 'dates as month headers, join by account, year to date pro rata, unmatched keys both ways',
        tables: [],
        totals,
        join: {
          budgetSheet: bs.name,
          outcomeSheet: ps.name,
          key: ['account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: ['C'] },
          outcomeCols: { key: ['A'], amount: monthCols },
          budgetRows,
          outcomeRows,
          ytd: { months: M, basis: 'pro-rata' },
        },
      });
    },
  };
}

/** Ledger period rows (Period | Ver.nr | Konto | Text | Belopp) against a monthly budget per account. */
function periodRowsAgainstMonthlyBudget(): Fixture {
  return {
    name: 'period-rader-huvudbok-mot-manadsbudget',
    build: () => {
      const wb = newBook('Ekonom');
      const bs = wb.addWorksheet('Budget');
      put(bs, 'A1', 'Budget 2024 per månad', { bold: true, size: 12 });
      const H = 3;
      putRow(bs, H, 'A', ['Konto', 'Benämning', ...MONTHS, 'Helår'], { bold: true, border: true });
      const accounts: [string, string, string, 'flat' | 'dec' | 'q'][] = [
        ['3110', 'Medlemsavgifter', '-6000000', 'q'],
        ['3310', 'Statsbidrag', '-1200000', 'flat'],
        ['5010', 'Löner', '3600000', 'flat'],
        ['5510', 'Arbetsgivaravgifter', '1131600', 'flat'],
        ['6110', 'Lokalhyra', '432000', 'flat'],
        ['6550', 'Konsulttjänster', '840000', 'flat'],
        ['7010', 'Resor', '180000', 'flat'],
        ['7310', 'IT och telefoni', '264000', 'flat'],
        ['7620', 'Revision', '96000', 'dec'],
      ];
      const M = 9;
      const budgetRows: JoinRowSpec[] = [];
      let r = H + 1;
      const monthly = new Map<string, Ore[]>();
      for (const [konto, name, annual, shape] of accounts) {
        const a = kr(annual);
        const months =
          shape === 'flat'
            ? Array(12).fill(a / 12n)
            : shape === 'q'
              ? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((i) => (i % 3 === 0 ? a / 4n : 0n))
              : [...Array(11).fill(0n), a];
        if (sum(months) !== a) throw new Error(`budget ${konto} does not divide`);
        monthly.set(konto, months);
        putRow(bs, r, 'A', [Number(konto), name]);
        months.forEach((v, i) => num(bs, `${letter(3 + i)}${r}`, v, 'kr', '#,##0'));
        formula(bs, `O${r}`, `SUM(C${r}:N${r})`, a, 'kr', '#,##0', { bold: true });
        budgetRows.push({ row: r, key: [konto], amount: a, periodAmount: sum(months.slice(0, M)) });
        r++;
      }
      widths(bs, { A: 8, B: 22, O: 12 });

      const hb = wb.addWorksheet('Huvudbok');
      putRow(hb, 1, 'A', ['Period', 'Ver.nr', 'Konto', 'Text', 'Belopp'], { bold: true });
      const rand = rng(909);
      const outcomeRows: JoinRowSpec[] = [];
      let h = 2;
      let ver = 10001;
      const texts: Record<string, string[]> = {
        '3110': ['Medlemsavgift kv', 'Medlemsavgift kv'],
        '3310': ['Statsbidrag rekvisition'],
        '5010': ['Lön', 'Lönekörning'],
        '5510': ['AG-avgifter'],
        '6110': ['Hyra kontor'],
        '6550': ['Konsult utredning', 'Faktura konsult'],
        '7010': ['Resa', 'Tågbiljett', 'Hotell'],
        '7310': ['Telia', 'Licenser'],
        '6990': ['Övrigt ej budgeterat'],
      };
      for (let m = 1; m <= M; m++) {
        for (const [konto] of accounts) {
          if (konto === '7620') continue;
          const b = monthly.get(konto)![m - 1];
          if (b === 0n) continue;
          const parts = konto === '7010' || konto === '6550' ? between(rand, 1, 4) : 1;
          for (let k = 0; k < parts; k++) {
            const v = divRound(b * BigInt(between(rand, 70, 130)), BigInt(100 * parts)) + BigInt(between(rand, 0, 99));
            putRow(hb, h, 'A', [Number(`2024${String(m).padStart(2, '0')}`), ver++, Number(konto), texts[konto][k % texts[konto].length]]);
            num(hb, `E${h}`, v, 'kr', '#,##0.00');
            outcomeRows.push({ row: h, key: [konto], amount: v });
            h++;
          }
        }
        if (m === 3 || m === 7) {
          putRow(hb, h, 'A', [Number(`2024${String(m).padStart(2, '0')}`), ver++, 6990, texts['6990'][0]]);
          const v = kr(m === 3 ? '4312.50' : '12800');
          num(hb, `E${h}`, v, 'kr', '#,##0.00');
          outcomeRows.push({ row: h, key: ['6990'], amount: v });
          h++;
        }
      }
      widths(hb, { A: 9, B: 9, C: 8, D: 26, E: 14 });
      return built(wb, {
        family: 'months',
        description: `A monthly budget per account (jan … dec and a Helår formula) and a huvudbok of ${outcomeRows.length} rows with Period (202401 … 202409), Ver.nr, Konto, Text and Belopp. The ledger rows are summed per account and joined with the budget; the year to date is the budget's own months January–September against the outcome through period 202409. Revision (7620) is budgeted only in December, so it has budget and no outcome yet; 6990 was booked without a budget. Ledger signs.`,
        source: 'Visma/Raindance huvudbok export with period rows, budget per month in Excel',
        tests: "period rows are months, transactions summed per account, year to date from the budget's own months",
        tables: [],
        join: {
          budgetSheet: bs.name,
          outcomeSheet: hb.name,
          key: ['account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: ['O'], period: MONTHS.slice(0, M).map((_, i) => letter(3 + i)) },
          outcomeCols: { key: ['C'], amount: ['E'] },
          budgetRows,
          outcomeRows,
          ytd: { months: M, basis: 'months' },
        },
      });
    },
  };
}

export const MONTHS_FAMILY: Fixture[] = [monthsBesideAnnualBudget(), twoMonthBlocks(), pivotDatesAgainstBudget(), periodRowsAgainstMonthlyBudget()];
