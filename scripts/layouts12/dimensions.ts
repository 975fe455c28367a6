/**
 * A budget per ansvar (cost centre) and account against the ledger, in shapes the earlier corpora do not hold:
 * ansvar codes with a leading zero as text in the budget and as numbers shown with zeros in the ledger, a
 * ledger with Projekt and Motpart beside the key, Business Central's English ledger against a Swedish budget,
 * and a budget with a Summa row under each ansvar.
 */
import ExcelJS from 'exceljs';
import { Fixture, JoinRowSpec } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { cellNumber, kr, Ore, sum } from '../layouts2/money';
import { readValue } from '../layouts2/verify';
import { budgetSheet, nameOf } from './sheets';
import { amountCells, built12, cellsKey, NotJoined, transactions, Tx } from './kit';

const DATE = 'yyyy-mm-dd';
const MONEY = '#,##0.00';
const period = (d: Date) => d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;

/** Transactions for two-part keys: `[[ansvar, account], total in kronor, how many, texts]`. */
const txOf = (seed: number, data: [[string, string], string, number, string[]][]): Tx[] =>
  transactions(
    seed,
    2025,
    data.map(([key, total, n, text]) => ({ key, total: kr(total), n, text })),
  );

/** Unit4: ansvar `01100` as text in the budget, 1100 shown as `01100` by the ledger's number format. */
function leadingZeros(): Fixture {
  return {
    name: 'unit4-ansvar-med-inledande-nolla-som-text-i-budgeten-och-tal-med-talformat-00000-i-huvudboken',
    build: () => {
      const wb = newBook('Controller');
      const bs = wb.addWorksheet('Budget');
      const names: Record<string, string> = { '01100': 'Förbundskansli', '01200': 'Samordning', '02100': 'Insatser' };
      const data: [string, string, Ore][] = [
        ['01100', '3110', kr(-3000000)],
        ['01100', '5010', kr(900000)],
        ['01100', '5410', kr(283000)],
        ['01100', '6110', kr(150000)],
        ['01200', '5010', kr(620000)],
        ['01200', '5410', kr(195000)],
        ['01200', '6550', kr(300000)],
        ['02100', '6550', kr(700000)],
        ['02100', '7010', kr(80000)],
      ];
      const budget = budgetSheet(bs, {
        title: ['Budget 2025 per ansvar och konto'],
        headerRow: 3,
        headers: ['Ansvar', 'Ansvar (T)', 'Konto', 'Konto (T)', 'Budget 2025'],
        amountCol: 'E',
        lines: data.map(([an, a, amount]) => ({ key: [an, a], cells: [an, names[an], Number(a), nameOf(a)], amount })),
      });
      const ls = wb.addWorksheet('Huvudbok');
      put(ls, 'A1', 'Huvudbokstransaktioner 2025', { bold: true, size: 13 });
      putRow(ls, 3, 'A', ['Period', 'Ansvar', 'Konto', 'Konto (T)', 'Belopp'], { bold: true, border: true });
      const tx = txOf(1204, [
        [['01100', '3110'], '-3000000', 4, ['Medlemsavgift']],
        [['01100', '5010'], '884120', 12, ['Lön']],
        [['01100', '5410'], '277790.50', 12, ['Arbetsgivaravgift']],
        [['01100', '6110'], '150000', 4, ['Hyra']],
        [['01200', '5010'], '641300', 12, ['Lön']],
        [['01200', '5410'], '201496.46', 12, ['Arbetsgivaravgift']],
        [['01200', '6550'], '262480', 5, ['Konsult']],
        [['01200', '6420'], '7450', 3, ['Resa']],
        [['02100', '6550'], '731900', 6, ['Insatsfaktura']],
      ]);
      const rows: JoinRowSpec[] = tx.map((t, i) => {
        const r = 4 + i;
        put(ls, `A${r}`, period(t.date));
        put(ls, `B${r}`, Number(t.key[0]), { numFmt: '00000' });
        putRow(ls, r, 'C', [Number(t.key[1]), nameOf(t.key[1])]);
        put(ls, `E${r}`, cellNumber(t.amount, 'kr'), { numFmt: MONEY });
        return { row: r, key: t.key, amount: t.amount };
      });
      widths(ls, { A: 9, B: 9, C: 8, D: 26, E: 15 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Unit4',
          description:
            'A budget per ansvar and account whose ansvar codes are text with a leading zero ("01100", "01200", "02100") beside a Unit4 transaction export whose Ansvar cells are numbers (1100, 1200, 2100) shown with the number format 00000, so that the sheet shows 01100 as the budget does. The codes are compared as they are shown: 01100 is the same ansvar on both sheets (SPEC 1.8: "0210" is not "210", and here both read 01100). Transactions summed per ansvar and account and joined, ledger signs, deviation = budget − outcome. 02100/7010 has budget and no outcome; 01200/6420 outcome and no budget.',
          source: 'Kommunalförbund, budget per ansvar and konto beside a Unit4 Business World transaction export',
          tests: 'ansvar with a leading zero as text in the budget and as a number formatted 00000 in the ledger',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['ansvar', 'account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A', 'C'], amount: ['E'] },
            outcomeCols: { key: ['B', 'C'], amount: ['E'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A', 'C']), amount: amountCells(['E'], 'kr'), span: [4, budget.last] },
          outcome: { key: cellsKey(['B', 'C']), amount: amountCells(['E'], 'kr'), span: [4, 3 + tx.length] },
        },
      );
    },
  };
}

/** Unit4: the budget per ansvar and account; the ledger also carries Projekt and Motpart, which are summed over. */
function projectAndCounterparty(): Fixture {
  return {
    name: 'unit4-budget-per-ansvar-och-konto-huvudbok-med-projekt-och-motpart-summeras-over',
    build: () => {
      const wb = newBook('Controller');
      const bs = wb.addWorksheet('Budget');
      const data: [string, string, Ore][] = [
        ['100', '3110', kr(-4800000)],
        ['100', '5010', kr(1100000)],
        ['100', '5410', kr(346000)],
        ['100', '6110', kr(220000)],
        ['200', '3410', kr(-500000)],
        ['200', '5010', kr(1450000)],
        ['200', '5410', kr(455000)],
        ['200', '6550', kr(1600000)],
        ['200', '5810', kr(40000)],
      ];
      const budget = budgetSheet(bs, {
        title: ['Budget 2025', 'Per ansvar och konto, kronor'],
        headerRow: 4,
        headers: ['Ansvar', 'Konto', 'Benämning', 'Budget'],
        amountCol: 'D',
        lines: data.map(([an, a, amount]) => ({ key: [an, a], cells: [Number(an), Number(a), nameOf(a)], amount })),
      });
      const ls = wb.addWorksheet('Huvudbok');
      putRow(ls, 1, 'A', ['Konto', 'Konto(T)', 'Ansvar', 'Ansvar(T)', 'Projekt', 'Projekt(T)', 'Motpart', 'Motpart(T)', 'Period', 'Belopp'], {
        bold: true,
        border: true,
      });
      const tx = txOf(1205, [
        [['100', '3110'], '-4800000', 12, ['Medlemsavgift']],
        [['100', '5010'], '1083200', 12, ['Lön']],
        [['100', '5410'], '340341.44', 12, ['Arbetsgivaravgift']],
        [['100', '6110'], '220000', 4, ['Hyra']],
        [['200', '3410'], '-538000', 2, ['Statsbidrag']],
        [['200', '5010'], '1496700', 12, ['Lön']],
        [['200', '5410'], '470263.14', 12, ['Arbetsgivaravgift']],
        [['200', '6550'], '1512640', 10, ['Insatsfaktura']],
        [['200', '6420'], '15490', 4, ['Resa']],
      ]);
      const ansvar: Record<string, string> = { '100': 'Kansli', '200': 'Insatser' };
      const projects: [string, string][] = [
        ['2101', 'Unga till arbete'],
        ['2102', 'Föräldrastöd'],
        ['2103', 'Hälsa i arbete'],
      ];
      const members: [string, string][] = [
        ['0580', 'Linköpings kommun'],
        ['0581', 'Norrköpings kommun'],
        ['0512', 'Ydre kommun'],
        ['R05', 'Region Östergötland'],
      ];
      const rows: JoinRowSpec[] = tx.map((t, i) => {
        const r = 2 + i;
        const [an, a] = t.key;
        putRow(ls, r, 'A', [Number(a), nameOf(a), Number(an), ansvar[an]]);
        if (an === '200') putRow(ls, r, 'E', projects[i % projects.length]);
        if (a === '3110') putRow(ls, r, 'G', members[i % members.length]);
        put(ls, `I${r}`, period(t.date));
        put(ls, `J${r}`, cellNumber(t.amount, 'kr'), { numFmt: MONEY });
        return { row: r, key: [an, a], amount: t.amount };
      });
      widths(ls, { A: 7, B: 24, C: 7, D: 10, E: 8, F: 18, G: 8, H: 20, I: 8, J: 14 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Unit4',
          description:
            'A budget per ansvar and account (Ansvar | Konto | Benämning | Budget) beside a Unit4 Business World export with more dimensions than the budget: Konto, Ansvar, Projekt (on ansvar 200: 2101 Unga till arbete, 2102 Föräldrastöd, 2103 Hälsa i arbete) and Motpart (the member paying each Medlemsavgift), each with its name column. The key is what both share, ansvar and account: the transactions are summed over Projekt and Motpart, never split by them and never keyed on the project. Ledger signs, deviation = budget − outcome. 200/5810 has budget and no outcome; 200/6420 outcome and no budget.',
          source: 'Samordningsförbund, budget per ansvar and konto beside a Unit4 BW export with projekt and motpart',
          tests: 'a ledger with Projekt and Motpart beside a budget per ansvar and konto: summed over the dimensions the budget lacks',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['ansvar', 'account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A', 'B'], amount: ['D'] },
            outcomeCols: { key: ['C', 'A'], amount: ['J'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A', 'B']), amount: amountCells(['D'], 'kr'), span: [5, budget.last] },
          outcome: { key: cellsKey(['C', 'A']), amount: amountCells(['J'], 'kr'), span: [2, 1 + tx.length] },
        },
      );
    },
  };
}

/** Business Central's general ledger entries, headers in English, against a Swedish budget per kostnadsställe. */
function businessCentral(): Fixture {
  return {
    name: 'business-central-general-ledger-entries-pa-engelska-mot-svensk-budget-per-kostnadsstalle',
    build: () => {
      const wb = newBook('Finance');
      const bs = wb.addWorksheet('Budget 2025');
      const data: [string, string, Ore][] = [
        ['ADM', '3110', kr(-2900000)],
        ['ADM', '5010', kr(760000)],
        ['ADM', '5410', kr(239000)],
        ['ADM', '6110', kr(132000)],
        ['INS', '3410', kr(-300000)],
        ['INS', '5010', kr(980000)],
        ['INS', '5410', kr(308000)],
        ['INS', '6550', kr(640000)],
        ['UTV', '6550', kr(150000)],
        ['UTV', '6420', kr(20000)],
      ];
      const budget = budgetSheet(bs, {
        title: ['Budget 2025 per kostnadsställe och konto', 'Kronor'],
        headerRow: 4,
        headers: ['Kostnadsställe', 'Konto', 'Kontonamn', 'Budget 2025'],
        amountCol: 'D',
        lines: data.map(([cc, a, amount]) => ({ key: [cc, a], cells: [cc, a, nameOf(a)], amount })),
      });
      const ls = wb.addWorksheet('General Ledger Entries');
      putRow(ls, 1, 'A', ['Posting Date', 'Document No.', 'Account No.', 'Description', 'Cost Centre Code', 'Amount'], { bold: true, border: true });
      const tx = txOf(1209, [
        [['ADM', '3110'], '-2900000', 4, ['Membership fee']],
        [['ADM', '5010'], '748310', 12, ['Salaries']],
        [['ADM', '5410'], '235119.00', 12, ['Employer contributions']],
        [['ADM', '6110'], '132000', 4, ['Rent']],
        [['INS', '3410'], '-326000', 2, ['Government grant']],
        [['INS', '5010'], '1003450', 12, ['Salaries']],
        [['INS', '5410'], '315284.02', 12, ['Employer contributions']],
        [['INS', '6550'], '588215', 7, ['Consultancy']],
        [['UTV', '6550'], '171300', 3, ['Consultancy']],
        [['UTV', '4010'], '6214.75', 3, ['Materials']],
      ]);
      const rows: JoinRowSpec[] = tx.map((t, i) => {
        const r = 2 + i;
        putRow(ls, r, 'A', [t.date, `G${String(10230 + i)}`, t.key[1], t.text, t.key[0], cellNumber(t.amount, 'kr')]);
        ls.getCell(`A${r}`).numFmt = DATE;
        ls.getCell(`F${r}`).numFmt = MONEY;
        return { row: r, key: t.key, amount: t.amount };
      });
      widths(ls, { A: 12, B: 14, C: 12, D: 26, E: 16, F: 14 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Business Central',
          description:
            'A Swedish budget per kostnadsställe and account (Kostnadsställe | Konto | Kontonamn | Budget 2025; cost centres ADM, INS, UTV) beside Business Central\'s General Ledger Entries exported in English: Posting Date | Document No. | Account No. | Description | Cost Centre Code | Amount. "Cost Centre Code" is the kostnadsställe and "Account No." the konto: the key is both, as on the budget. Amounts in ledger signs (income negative), summed per cost centre and account, deviation = budget − outcome. UTV/6420 has budget and no outcome; UTV/4010 outcome and no budget.',
          source: 'Regionförbund on Business Central, budget kept in Swedish',
          tests: 'an English ledger (Account No., Cost Centre Code, Posting Date, Amount) joined to a Swedish budget on account and cost centre',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['ansvar', 'account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A', 'B'], amount: ['D'] },
            outcomeCols: { key: ['E', 'C'], amount: ['F'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A', 'B']), amount: amountCells(['D'], 'kr'), span: [5, budget.last] },
          outcome: { key: cellsKey(['E', 'C']), amount: amountCells(['F'], 'kr'), span: [2, 1 + tx.length] },
        },
      );
    },
  };
}

/** Visma: a budget per ansvar with a Summa row (label in the Konto column) under each, and a Totalt. */
function budgetWithSumRows(): Fixture {
  return {
    name: 'visma-budget-per-ansvar-med-summarad-under-varje-ansvar-mot-transaktioner',
    build: () => {
      const wb = newBook('Ekonomi');
      const bs = wb.addWorksheet('Budget');
      put(bs, 'A1', 'Budget 2025 per ansvar', { bold: true, size: 13 });
      putRow(bs, 3, 'A', ['Ansvar', 'Konto', 'Benämning', 'Budget 2025'], { bold: true, border: true });
      const groups: [string, string, [string, Ore][]][] = [
        [
          '10',
          'Kansli',
          [
            ['3110', kr(-3600000)],
            ['5010', kr(1020000)],
            ['5410', kr(320000)],
            ['6110', kr(180000)],
          ],
        ],
        [
          '20',
          'Insatser',
          [
            ['3410', kr(-450000)],
            ['5010', kr(1250000)],
            ['5410', kr(393000)],
            ['6550', kr(900000)],
          ],
        ],
        [
          '30',
          'Utveckling',
          [
            ['6550', kr(260000)],
            ['7010', kr(75000)],
          ],
        ],
      ];
      const rows: JoinRowSpec[] = [];
      const left: NotJoined[] = [];
      const isSum = (ws: ExcelJS.Worksheet, row: number) => /^(Summa|Totalt)/.test(String(readValue(ws, `B${row}`)));
      let r = 4;
      for (const [an, name, lines] of groups) {
        for (const [a, amount] of lines) {
          putRow(bs, r, 'A', [Number(an), Number(a), nameOf(a)]);
          num(bs, `D${r}`, amount, 'kr');
          rows.push({ row: r, key: [an, a], amount });
          r++;
        }
        put(bs, `B${r}`, `Summa ansvar ${an} ${name}`, { bold: true });
        num(bs, `D${r}`, sum(lines.map(([, x]) => x)), 'kr', '#,##0', { bold: true });
        left.push({ sheet: bs.name, row: r, why: "the ansvar's Summa row: its accounts' total, no account", holds: isSum });
        r += 2;
      }
      put(bs, `B${r}`, 'Totalt', { bold: true });
      num(bs, `D${r}`, sum(rows.map((x) => x.amount)), 'kr', '#,##0', { bold: true });
      left.push({ sheet: bs.name, row: r, why: 'the budget total', holds: isSum });
      widths(bs, { A: 8, B: 24, C: 28, D: 14 });
      const ls = wb.addWorksheet('Transaktioner');
      put(ls, 'A1', 'Transaktioner 2025-01-01 – 2025-12-31', { bold: true, size: 13 });
      putRow(ls, 3, 'A', ['Datum', 'Ver', 'Ansvar', 'Konto', 'Text', 'Belopp'], { bold: true, border: true });
      const tx = txOf(1214, [
        [['10', '3110'], '-3600000', 4, ['Medlemsavgift']],
        [['10', '5010'], '1004110', 12, ['Lön']],
        [['10', '5410'], '315491.36', 12, ['Arbetsgivaravgift']],
        [['10', '6110'], '180000', 4, ['Hyra']],
        [['20', '3410'], '-412000', 2, ['Statsbidrag']],
        [['20', '5010'], '1281640', 12, ['Lön']],
        [['20', '5410'], '402691.29', 12, ['Arbetsgivaravgift']],
        [['20', '6550'], '946225', 8, ['Insats']],
        [['20', '6420'], '11380', 4, ['Resa']],
        [['30', '6550'], '231870', 4, ['Förstudie']],
      ]);
      const outRows: JoinRowSpec[] = tx.map((t, i) => {
        const row = 4 + i;
        putRow(ls, row, 'A', [t.date, 4000 + i + 1, Number(t.key[0]), Number(t.key[1]), t.text, cellNumber(t.amount, 'kr')]);
        ls.getCell(`A${row}`).numFmt = DATE;
        ls.getCell(`F${row}`).numFmt = MONEY;
        return { row, key: t.key, amount: t.amount };
      });
      widths(ls, { A: 12, B: 7, C: 8, D: 8, E: 22, F: 14 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Visma',
          description:
            'A budget per ansvar and account kept in Excel with a Summa row under each ansvar ("Summa ansvar 10 Kansli", its label in the Konto column) and a Totalt at the foot, beside the year\'s transactions per ansvar and account. The Summa and Totalt rows are no budget lines: counted in no key and in no total (the budget total is the lines\', which the Totalt equals). Transactions summed per ansvar and account and joined, ledger signs, deviation = budget − outcome. 30/7010 has budget and no outcome; 20/6420 outcome and no budget.',
          source: 'Samordningsförbund, budget per ansvar with subtotals beside a Visma transaction list',
          tests: 'a budget with a Summa row under each ansvar (label in the Konto column) joined to transactions: the sums are not keys',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['ansvar', 'account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A', 'B'], amount: ['D'] },
            outcomeCols: { key: ['C', 'D'], amount: ['F'] },
            budgetRows: rows,
            outcomeRows: outRows,
          },
        },
        {
          budget: { key: cellsKey(['A', 'B']), amount: amountCells(['D'], 'kr'), span: [4, r] },
          outcome: { key: cellsKey(['C', 'D']), amount: amountCells(['F'], 'kr'), span: [4, 3 + tx.length] },
          notJoined: left,
        },
      );
    },
  };
}

export const DIMENSIONS: Fixture[] = [leadingZeros(), projectAndCounterparty(), businessCentral(), budgetWithSumRows()];
