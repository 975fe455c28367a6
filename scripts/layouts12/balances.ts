/**
 * A budget against the ledger's balances per account, in shapes the earlier corpora do not hold: a saldobalans
 * whose Period column is the outcome between the opening and closing balances, a budget kept per range of
 * accounts, a result report with income positive and costs negative, and a budget in tkr beside a ledger in kronor.
 */
import ExcelJS from 'exceljs';
import { Fixture, JoinRowSpec } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, Ore, sum, tkr } from '../layouts2/money';
import { accountLines, budgetSheet, nameOf } from './sheets';
import { amountCells, built12, cellsKey, classOf, NotJoined } from './kit';

const MONEY = '#,##0.00';

/** A list of accounts with one amount each, from `row` on: Konto | Benämning | amount (written × `sign`). */
function accountList(ws: ExcelJS.Worksheet, row: number, data: [string, Ore][], sign: 1n | -1n = 1n): JoinRowSpec[] {
  return data.map(([a, amount], i) => {
    putRow(ws, row + i, 'A', [Number(a), nameOf(a)]);
    num(ws, `C${row + i}`, amount * sign, 'kr', MONEY);
    return { row: row + i, key: [a], amount };
  });
}

/** Fortnox's saldobalans: Ingående balans | Period | Utgående balans for every account, balance accounts first. */
function saldobalans(): Fixture {
  return {
    name: 'fortnox-saldobalans-ingaende-balans-period-utgaende-balans-perioden-ar-utfallet',
    build: () => {
      const wb = newBook('Ekonomi');
      const bs = wb.addWorksheet('Budget');
      const budget = budgetSheet(bs, {
        title: ['Budget 2025'],
        headerRow: 3,
        headers: ['Konto', 'Benämning', 'Budget 2025'],
        amountCol: 'C',
        lines: accountLines([
          ['3110', kr(-2600000)],
          ['3410', kr(-180000)],
          ['4010', kr(30000)],
          ['5010', kr(1380000)],
          ['5410', kr(434000)],
          ['6110', kr(168000)],
          ['6550', kr(650000)],
          ['7010', kr(60000)],
        ]),
      });
      const ls = wb.addWorksheet('Saldobalans');
      put(ls, 'A1', 'Saldobalans', { bold: true, size: 13 });
      put(ls, 'A2', 'Räkenskapsår 2025-01-01 – 2025-12-31');
      put(ls, 'A3', 'Period 2025-01-01 – 2025-12-31');
      putRow(ls, 5, 'A', ['Konto', 'Benämning', 'Ingående balans', 'Period', 'Utgående balans'], { bold: true, border: true });
      const result: [string, Ore][] = [
        ['3110', kr('-2600000')],
        ['3410', kr('-201500')],
        ['4010', kr('27344.10')],
        ['5010', kr('1366720')],
        ['5410', kr('429423.42')],
        ['6110', kr('168000')],
        ['6550', kr('708115')],
        ['6990', kr('11840.75')],
      ];
      // Balance accounts: opening balances that balance, and movements that balance the year's result.
      const opening: [string, Ore][] = [
        ['1510', kr('125000')],
        ['1930', kr('2318450.40')],
        ['2081', kr('-2243450.40')],
        ['2440', kr('-142000')],
        ['2730', kr('-58000')],
      ];
      const moves = { '1510': kr('-40000'), '2440': kr('18250'), '2730': kr('-3120.55'), '2081': 0n } as Record<string, Ore>;
      moves['1930'] = -sum(result.map(([, x]) => x)) - sum(Object.values(moves));
      const rows: JoinRowSpec[] = [];
      const left: NotJoined[] = [];
      let r = 6;
      for (const [a, ib] of opening) {
        putRow(ls, r, 'A', [Number(a), nameOf(a)]);
        num(ls, `C${r}`, ib, 'kr', MONEY);
        num(ls, `D${r}`, moves[a], 'kr', MONEY);
        num(ls, `E${r}`, ib + moves[a], 'kr', MONEY);
        left.push({
          sheet: ls.name,
          row: r,
          why: 'a balance account (class 1–2): no part of a result budget',
          holds: (ws, row) => ['1', '2'].includes(classOf(ws, `A${row}`)),
        });
        r++;
      }
      for (const [a, p] of result) {
        putRow(ls, r, 'A', [Number(a), nameOf(a)]);
        num(ls, `C${r}`, 0n, 'kr', MONEY);
        num(ls, `D${r}`, p, 'kr', MONEY);
        num(ls, `E${r}`, p, 'kr', MONEY);
        rows.push({ row: r, key: [a], amount: p });
        r++;
      }
      widths(ls, { A: 8, B: 28, C: 16, D: 16, E: 16 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Fortnox',
          description:
            "A budget per account beside Fortnox's saldobalans for the year 2025: every account with Ingående balans | Period | Utgående balans, the balance accounts (1510 … 2730) first, then the result accounts, whose opening balance is 0,00 and whose closing balance equals the period. The outcome of each result account is its Period (the year's movement): never Ingående + Period + Utgående added up, never a balance account. Joined on the account, ledger signs, deviation = budget − outcome. The balance accounts are no part of the join: not ej budgeterat, not in any total. 7010 Bidrag till föreningar has budget and no outcome; 6990 Övriga kostnader outcome and no budget.",
          source: 'Samordningsförbund, budget beside a Fortnox saldobalans for the year',
          tests: 'a saldobalans with opening balance, period and closing balance: the period is the outcome, balance accounts are not joined',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A'], amount: ['C'] },
            outcomeCols: { key: ['A'], amount: ['D'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A']), amount: amountCells(['C'], 'kr'), span: [4, budget.last] },
          outcome: { key: cellsKey(['A']), amount: amountCells(['D'], 'kr'), span: [6, r - 1] },
          notJoined: left,
        },
      );
    },
  };
}

/** A budget per range of accounts (`4000–4999`) against the ledger's balance per account. */
function accountRanges(): Fixture {
  return {
    name: 'budget-per-kontointervall-4000-4999-mot-huvudbokens-saldo-per-konto',
    build: () => {
      const wb = newBook('Förbundschefen');
      const bs = wb.addWorksheet('Budget');
      const ranges: [string, string, string, Ore][] = [
        ['3000', '3999', 'Verksamhetens intäkter', kr(-3800000)],
        ['4000', '4999', 'Material och köp av verksamhet', kr(450000)],
        ['5000', '5999', 'Personalkostnader', kr(2650000)],
        ['6000', '6999', 'Lokaler och övriga kostnader', kr(780000)],
        ['7000', '7999', 'Bidrag', kr(120000)],
      ];
      const budget = budgetSheet(bs, {
        title: ['Budget 2025 per kontogrupp', 'Kronor, intäkter negativa'],
        headerRow: 4,
        headers: ['Konton', 'Kontogrupp', 'Budget 2025'],
        amountCol: 'C',
        lines: ranges.map(([from, to, name, amount]) => ({ key: [`${from}–${to}`], cells: [`${from}–${to}`, name], amount })),
      });
      const ls = wb.addWorksheet('Saldo per konto');
      put(ls, 'A1', 'Saldo per konto 2025-12-31', { bold: true, size: 13 });
      putRow(ls, 3, 'A', ['Konto', 'Benämning', 'Utfall 2025'], { bold: true, border: true });
      const data: [string, Ore][] = [
        ['3110', kr('-3500000')],
        ['3410', kr('-262000')],
        ['3990', kr('-15220')],
        ['4010', kr('31845.20')],
        ['4610', kr('455000')],
        ['5010', kr('1987400')],
        ['5410', kr('624443.11')],
        ['5810', kr('18200')],
        ['6110', kr('300000')],
        ['6420', kr('22310.40')],
        ['6550', kr('412900')],
        ['6990', kr('28761.05')],
        ['8410', kr('1250')],
      ];
      const rangeOf = (a: string): string => {
        const hit = ranges.find(([from, to]) => Number(a) >= Number(from) && Number(a) <= Number(to));
        return hit ? `${hit[0]}–${hit[1]}` : a;
      };
      const rows = accountList(ls, 4, data).map((x) => ({ ...x, key: [rangeOf(x.key[0])] }));
      widths(ls, { A: 8, B: 28, C: 16 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Raindance',
          description:
            'A budget kept per range of accounts ("3000–3999 Verksamhetens intäkter", "4000–4999 Material och köp av verksamhet" … "7000–7999 Bidrag"), beside the ledger\'s balance per account (3110, 3410, 4010 …). Each account belongs to the range that holds it: the budget line 5000–5999 is compared with 5010 + 5410 + 5810, and so on, ledger signs, deviation = budget − outcome. 7000–7999 has budget and no account (inget utfall). 8410 Räntekostnader lies in no range: it is outcome with no budget (ej budgeterat), under its own code, never put in a range by guess.',
          source: 'Kommunalförbund, budget per kontogrupp beside the year-end balances per account',
          tests: 'budget lines that are ranges of accounts: the accounts summed into the range that holds them',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A'], amount: ['C'] },
            outcomeCols: { key: ['A'], amount: ['C'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A']), amount: amountCells(['C'], 'kr'), span: [5, budget.last] },
          outcome: { key: (ws, row) => [rangeOf(cellsKey(['A'])(ws, row)[0])], amount: amountCells(['C'], 'kr'), span: [4, 3 + data.length] },
        },
      );
    },
  };
}

/** A result report with income positive and costs negative (its title says so), against a budget in ledger signs. */
function reversedSigns(): Fixture {
  return {
    name: 'hogia-resultat-per-konto-med-omvanda-tecken-intakter-positiva-enligt-titeln-mot-budget',
    build: () => {
      const wb = newBook('Ekonomi');
      const bs = wb.addWorksheet('Budget');
      const budget = budgetSheet(bs, {
        title: ['Budget 2025', 'Intäkter med minustecken, kostnader med plustecken'],
        headerRow: 4,
        headers: ['Konto', 'Benämning', 'Budget 2025'],
        amountCol: 'C',
        lines: accountLines([
          ['3110', kr(-3300000)],
          ['3410', kr(-400000)],
          ['3510', kr(-90000)],
          ['4010', kr(44000)],
          ['5010', kr(1800000)],
          ['5410', kr(566000)],
          ['6110', kr(204000)],
          ['6550', kr(980000)],
          ['6990', kr(50000)],
        ]),
      });
      const ls = wb.addWorksheet('Utfall');
      put(ls, 'A1', 'Resultatrapport per konto 2025-01-01 – 2025-12-31', { bold: true, size: 13 });
      put(ls, 'A2', 'Intäkter redovisas med positivt tecken och kostnader med negativt tecken.', { italic: true });
      putRow(ls, 4, 'A', ['Konto', 'Benämning', 'Utfall 2025'], { bold: true, border: true });
      // Source in ledger signs (income negative); written reversed.
      const data: [string, Ore][] = [
        ['3110', kr('-3300000')],
        ['3410', kr('-436000')],
        ['3510', kr('-71450')],
        ['4010', kr('39218.45')],
        ['5010', kr('1771903')],
        ['5410', kr('556726.13')],
        ['6110', kr('204000')],
        ['6550', kr('1046200')],
        ['6420', kr('9830')],
      ];
      const rows = accountList(ls, 5, data, -1n);
      widths(ls, { A: 8, B: 28, C: 16 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Hogia',
          description:
            "A budget per account in ledger signs (its second line says so: income negative, costs positive) beside Hogia's result report per account, whose second line says the opposite: \"Intäkter redovisas med positivt tecken och kostnader med negativt tecken\" (3110 Medlemsavgifter 3 300 000, 5010 Löner −1 771 903). Before they are compared the report is put in the budget's signs (every amount turned), so that Medlemsavgifter are on budget (deviation 0), not 6 600 000 off. Joined on the account, ledger signs, deviation = budget − outcome: the expectation gives each outcome in the budget's signs. 6990 Övriga kostnader has budget and no outcome; 6420 Resekostnader outcome and no budget.",
          source: 'Kommunalförbund, budget beside a Hogia resultatrapport exported with reversed signs',
          tests: "an outcome with income positive and costs negative (said in its title) turned to the budget's ledger signs",
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A'], amount: ['C'] },
            outcomeCols: { key: ['A'], amount: ['C'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A']), amount: amountCells(['C'], 'kr'), span: [5, budget.last] },
          outcome: { key: cellsKey(['A']), amount: amountCells(['C'], 'kr', [], -1n), span: [5, 4 + data.length] },
        },
      );
    },
  };
}

/** A budget in tkr with one decimal beside the ledger's balances in kronor and öre. */
function tkrAgainstKronor(): Fixture {
  return {
    name: 'raindance-budget-i-tkr-med-en-decimal-mot-huvudbokens-saldon-i-kronor-och-oren',
    build: () => {
      const wb = newBook('Ekonomi');
      const bs = wb.addWorksheet('Budget');
      const data: [string, string][] = [
        ['3110', '-6250.0'],
        ['3410', '-720.5'],
        ['4610', '1480.0'],
        ['5010', '2875.0'],
        ['5410', '903.3'],
        ['5810', '45.0'],
        ['6110', '312.0'],
        ['6550', '1210.5'],
      ];
      const budget = budgetSheet(bs, {
        title: ['Budget 2025', 'Belopp i tkr'],
        headerRow: 4,
        headers: ['Konto', 'Benämning', 'Budget 2025 (tkr)'],
        amountCol: 'C',
        unit: 'tkr',
        numFmt: '#,##0.0',
        lines: data.map(([a, v]) => ({ key: [a], cells: [Number(a), nameOf(a)], amount: tkr(v) })),
      });
      const ls = wb.addWorksheet('Huvudbok');
      put(ls, 'A1', 'Kontosaldon 2025', { bold: true, size: 13 });
      put(ls, 'A2', 'Period 202501–202512. Kronor.');
      putRow(ls, 4, 'A', ['Konto', 'Kontotext', 'Bokfört 2025'], { bold: true, border: true });
      const outcome: [string, Ore][] = [
        ['3110', kr('-6250000')],
        ['3410', kr('-698214')],
        ['4610', kr('1512840.60')],
        ['5010', kr('2851206')],
        ['5410', kr('895844.73')],
        ['6110', kr('312000')],
        ['6550', kr('1187302.15')],
        ['6990', kr('8314.50')],
      ];
      const rows = accountList(ls, 5, outcome);
      widths(ls, { A: 8, B: 28, C: 16 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Raindance',
          description:
            'A budget per account in tkr with one decimal (header "Budget 2025 (tkr)", title "Belopp i tkr": 5410 is 903,3 tkr) beside the ledger\'s balances per account in kronor and öre ("Bokfört 2025", title "Kronor"). Each side is read in its own unit and compared in kronor: 5410 has a budget of 903 300 kr against 895 844,73 kr. Joined on the account, ledger signs, deviation = budget − outcome. 5810 Utbildning has budget and no outcome; 6990 Övriga kostnader outcome and no budget.',
          source: 'Regionförbund, budget in tkr beside Raindance account balances in kronor',
          tests: 'the budget in tkr and the ledger in kronor: each side in its own unit, compared in kronor',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A'], amount: ['C'] },
            outcomeCols: { key: ['A'], amount: ['C'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A']), amount: amountCells(['C'], 'tkr'), span: [5, budget.last] },
          outcome: { key: cellsKey(['A']), amount: amountCells(['C'], 'kr'), span: [5, 4 + outcome.length] },
        },
      );
    },
  };
}

export const BALANCES: Fixture[] = [saldobalans(), accountRanges(), reversedSigns(), tkrAgainstKronor()];
