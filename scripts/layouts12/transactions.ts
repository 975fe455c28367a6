/**
 * A budget per account against a transaction list exported from the ledger, in shapes the earlier corpora do not
 * hold: the account and its name in one cell, Debet and Kredit written as text, the balance accounts of every
 * verification beside the result accounts, transactions of two years, a title block and a Summa at the foot, and
 * a huvudbok printed in blocks with the account on a row of its own.
 */
import ExcelJS from 'exceljs';
import { Fixture, JoinRowSpec } from '../layouts2/spec';
import { newBook, put, putRow, widths } from '../layouts2/sheet';
import { asText, cellNumber, kr, Ore, sum } from '../layouts2/money';
import { readValue } from '../layouts2/verify';
import { accountLines, budgetSheet, nameOf } from './sheets';
import { amountCells, built12, cellsKey, classOf, leadingCode, NotJoined, transactions, Tx, utc, yearIn } from './kit';

const DATE = 'yyyy-mm-dd';
const MONEY = '#,##0.00';

/** Account totals to transactions: `[account, total in kronor, how many, texts]`. */
const txOf = (seed: number, year: number, data: [string, string, number, string[]][]): Tx[] =>
  transactions(
    seed,
    year,
    data.map(([a, total, n, text]) => ({ key: [a], total: kr(total), n, text })),
  );

/** Raindance's verifikationslista: the account with its name in one cell (`4010 Inköp material`), the budget with bare codes. */
function accountAndNameInOneCell(): Fixture {
  return {
    name: 'raindance-verifikationer-konto-och-benamning-i-en-cell-mot-budget-med-bara-kontonummer',
    build: () => {
      const wb = newBook('Ekonomienheten');
      const bs = wb.addWorksheet('Budget 2025');
      const budget = budgetSheet(bs, {
        title: ['Samordningsförbundet Mälardalen – budget 2025', 'Kronor. Intäkter med minustecken.'],
        headerRow: 4,
        headers: ['Konto', 'Benämning', 'Budget 2025'],
        amountCol: 'C',
        lines: accountLines([
          ['3110', kr(-4200000)],
          ['3410', kr(-350000)],
          ['4010', kr(85000)],
          ['5010', kr(1950000)],
          ['5410', kr(612000)],
          ['6110', kr(240000)],
          ['6550', kr(1380000)],
          ['6990', kr(60000)],
        ]),
      });
      const ls = wb.addWorksheet('Verifikationer');
      put(ls, 'A1', 'Verifikationslista', { bold: true, size: 13 });
      put(ls, 'A2', 'Period 202501–202512   Ansvar 1000   Urval: konto 3000–7999');
      putRow(ls, 4, 'A', ['Verifikation', 'Bokföringsdatum', 'Konto - benämning', 'Ansvar', 'Text', 'Belopp'], { bold: true, border: true });
      const tx = txOf(1201, 2025, [
        ['3110', '-4200000', 4, ['Medlemsavgift kv', 'Medlemsavgift kv']],
        ['3410', '-412500', 2, ['Statsbidrag Försäkringskassan']],
        ['4010', '91284.50', 9, ['Kontorsmaterial', 'Förbrukningsmaterial', 'Lunchmöte material']],
        ['5010', '1921406', 12, ['Lön']],
        ['5410', '603721.57', 12, ['Arbetsgivaravgift']],
        ['6110', '240000', 4, ['Hyra kv']],
        ['6550', '1496310.25', 10, ['Konsultarvode', 'Utvärdering', 'Processledning']],
        ['6420', '12880.40', 5, ['Tågresa', 'Hotell', 'Milersättning']],
      ]);
      const rows: JoinRowSpec[] = [];
      tx.forEach((t, i) => {
        const r = 5 + i;
        putRow(ls, r, 'A', [`V25${String(i + 1).padStart(4, '0')}`, t.date, `${t.key[0]} ${nameOf(t.key[0])}`, '1000', t.text, cellNumber(t.amount, 'kr')]);
        ls.getCell(`B${r}`).numFmt = DATE;
        ls.getCell(`F${r}`).numFmt = MONEY;
        rows.push({ row: r, key: t.key, amount: t.amount });
      });
      widths(ls, { A: 12, B: 15, C: 30, D: 8, E: 28, F: 14 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Raindance',
          description:
            'A budget per account with bare codes (3110, 4010 …) and Raindance\'s verifikationslista for the year, whose account column, headed "Konto - benämning", holds the code and the name in one cell ("4010 Inköp material"). The code is the leading number of that cell: the transactions are summed per account and joined to the budget on it, ledger signs (income negative), deviation = budget − outcome. 6990 Övriga kostnader has budget and no outcome (inget utfall); 6420 Resekostnader has outcome and no budget (ej budgeterat). The Ansvar column is the same on every row and is no key: the budget has none.',
          source: 'Samordningsförbund, budget per konto beside a Raindance verifikationslista exported to Excel',
          tests: 'the account code at the head of a "Konto - benämning" cell is the key against bare codes',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A'], amount: ['C'] },
            outcomeCols: { key: ['C'], amount: ['F'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A']), amount: amountCells(['C'], 'kr'), span: [5, budget.last] },
          outcome: { key: leadingCode('C'), amount: amountCells(['F'], 'kr'), span: [5, 4 + tx.length] },
        },
      );
    },
  };
}

/** Visma's huvudbok exported as text: Debet and Kredit in two columns, Swedish decimals, the other side empty. */
function debitCreditAsText(): Fixture {
  return {
    name: 'visma-huvudbok-debet-och-kredit-som-text-med-decimalkomma-mot-budget-per-konto',
    build: () => {
      const wb = newBook('Förbundskansliet');
      const bs = wb.addWorksheet('Budget');
      const budget = budgetSheet(bs, {
        title: ['Budget 2025 per konto'],
        headerRow: 3,
        headers: ['Konto', 'Kontonamn', 'Budget 2025'],
        amountCol: 'C',
        lines: accountLines([
          ['3110', kr(-2800000)],
          ['3510', kr(-150000)],
          ['4010', kr(40000)],
          ['5010', kr(1320000)],
          ['5410', kr(415000)],
          ['5810', kr(30000)],
          ['6110', kr(180000)],
          ['6550', kr(520000)],
          ['6990', kr(45000)],
        ]),
      });
      const ls = wb.addWorksheet('Huvudbok');
      put(ls, 'A1', 'Huvudbok 2025-01-01 – 2025-12-31', { bold: true, size: 13 });
      put(ls, 'A2', 'Konto 3000–8999. Exporterad från Visma Administration 2000.');
      putRow(ls, 4, 'A', ['Konto', 'Kontonamn', 'Datum', 'Vernr', 'Text', 'Debet', 'Kredit'], { bold: true, border: true });
      const tx = txOf(1202, 2025, [
        ['3110', '-2800000', 4, ['Medlemsavgift']],
        ['3510', '-186450', 5, ['Faktura utbildningsdag', 'Faktura handledning']],
        ['4010', '38460.80', 7, ['Kontorsmaterial', 'Material']],
        ['5010', '1297440', 12, ['Lön']],
        ['5410', '407649.10', 12, ['Arbetsgivaravgifter']],
        ['6110', '180000', 4, ['Hyra']],
        ['6550', '611875', 6, ['Konsultfaktura']],
        ['6990', '38902.35', 8, ['Övrigt', 'Representation']],
        ['6420', '8420', 3, ['Resa']],
      ]);
      // A credit note on material: a cost account credited once.
      tx.push({ date: utc(2025, 12, 18), key: ['4010'], amount: kr('-1250'), text: 'Kreditfaktura material' });
      const rows: JoinRowSpec[] = [];
      const money = (o: Ore) => asText(o < 0n ? -o : o, 'kr', { group: ' ', decimal: ',', decimals: 2 });
      tx.forEach((t, i) => {
        const r = 5 + i;
        putRow(ls, r, 'A', [t.key[0], nameOf(t.key[0]), t.date, 2500 + i + 1, t.text]);
        ls.getCell(`C${r}`).numFmt = DATE;
        put(ls, t.amount >= 0n ? `F${r}` : `G${r}`, money(t.amount), { align: 'right' });
        rows.push({ row: r, key: t.key, amount: t.amount });
      });
      widths(ls, { A: 8, B: 26, C: 12, D: 8, E: 26, F: 14, G: 14 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Visma',
          description:
            'A budget per account beside Visma\'s huvudbok for 2025 saved as text: Konto is text ("4010"), and each transaction\'s amount stands in Debet or in Kredit as text with a space between thousands and a decimal comma ("12 345,50"), the other cell empty. Each row\'s outcome is Debet − Kredit (income is credited, so negative: ledger signs), summed per account and joined to the budget, deviation = budget − outcome. One credit note on 4010 Inköp material (Kredit 1 250,00) lowers its outcome. 5810 Utbildning has budget and no outcome; 6420 Resekostnader outcome and no budget.',
          source: 'Kommunalförbund, budget per konto beside a Visma huvudbok exported with amounts as text',
          tests: 'Debet and Kredit as text with Swedish decimals, the outcome is Debet − Kredit per account',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A'], amount: ['C'] },
            outcomeCols: { key: ['A'], amount: ['F', 'G'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A']), amount: amountCells(['C'], 'kr'), span: [4, budget.last] },
          outcome: { key: cellsKey(['A']), amount: amountCells(['F'], 'kr', ['G']), span: [5, 4 + tx.length] },
        },
      );
    },
  };
}

/**
 * Hogia's verifikationslista with both sides of every verification: a cost on 4010 and its Leverantörsskuld on
 * 2440, a salary on 5010 and its payment from 1930. The list sums to zero; only the result accounts are outcome.
 */
function counterEntries(): Fixture {
  return {
    name: 'hogia-verifikationslista-med-motkonton-i-klass-1-och-2-bara-resultatkontona-mot-budgeten',
    build: () => {
      const wb = newBook('Ekonomi');
      const bs = wb.addWorksheet('Budget');
      const budget = budgetSheet(bs, {
        title: ['Resultatbudget 2025', 'Belopp i kronor'],
        headerRow: 4,
        headers: ['Konto', 'Benämning', 'Budget'],
        amountCol: 'C',
        lines: accountLines([
          ['3110', kr(-1900000)],
          ['3410', kr(-240000)],
          ['4010', kr(25000)],
          ['5010', kr(980000)],
          ['5410', kr(308000)],
          ['6110', kr(144000)],
          ['6550', kr(610000)],
          ['7010', kr(90000)],
        ]),
      });
      const ls = wb.addWorksheet('Verifikationslista');
      put(ls, 'A1', 'Verifikationslista 2025', { bold: true, size: 13 });
      put(ls, 'A2', 'Samtliga konton, verifikationsdatum 2025-01-01 – 2025-12-31');
      putRow(ls, 4, 'A', ['Datum', 'Vernr', 'Konto', 'Kontonamn', 'Text', 'Belopp'], { bold: true, border: true });
      const tx = txOf(1206, 2025, [
        ['3110', '-1900000', 4, ['Medlemsavgift']],
        ['3410', '-262000', 2, ['Statsbidrag']],
        ['4010', '21873.60', 6, ['Material']],
        ['5010', '962355', 12, ['Lön']],
        ['5410', '302372.94', 12, ['Arbetsgivaravgifter']],
        ['6110', '144000', 4, ['Hyra']],
        ['6550', '655310.50', 7, ['Konsult']],
        ['6990', '4125', 2, ['Bankavgift']],
      ]);
      // The counter entry each result row has, on a balance account.
      const counter = (a: string): string => (a[0] === '3' ? '1510' : a === '5010' ? '1930' : a === '5410' ? '2730' : '2440');
      const rows: JoinRowSpec[] = [];
      const left: NotJoined[] = [];
      const balance = (ws: ExcelJS.Worksheet, row: number) => ['1', '2'].includes(classOf(ws, `C${row}`));
      let r = 5;
      let ver = 1;
      const write = (t: { date: Date; account: string; text: string; amount: Ore }, v: number) => {
        putRow(ls, r, 'A', [t.date, v, Number(t.account), nameOf(t.account), t.text, cellNumber(t.amount, 'kr')]);
        ls.getCell(`A${r}`).numFmt = DATE;
        ls.getCell(`F${r}`).numFmt = MONEY;
      };
      for (const t of tx) {
        const v = 100 + ver++;
        write({ date: t.date, account: t.key[0], text: t.text, amount: t.amount }, v);
        rows.push({ row: r, key: t.key, amount: t.amount });
        r++;
        write({ date: t.date, account: counter(t.key[0]), text: t.text, amount: -t.amount }, v);
        left.push({
          sheet: ls.name,
          row: r,
          why: 'a balance account (class 1–2): the counter entry of a verification, no part of a result budget',
          holds: balance,
        });
        r++;
        // Supplier invoices are paid the same month: 2440 debited, 1930 credited, both balance accounts.
        if (counter(t.key[0]) === '2440' && t.amount > 0n) {
          const pay = { date: t.date, text: 'Betalning leverantör', amount: t.amount };
          const pv = 100 + ver++;
          for (const [a, amount] of [
            ['2440', pay.amount],
            ['1930', -pay.amount],
          ] as const) {
            write({ date: pay.date, account: a, text: pay.text, amount }, pv);
            left.push({
              sheet: ls.name,
              row: r,
              why: 'a balance account (class 1–2): the counter entry of a verification, no part of a result budget',
              holds: balance,
            });
            r++;
          }
        }
      }
      widths(ls, { A: 12, B: 8, C: 8, D: 26, E: 22, F: 14 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Hogia',
          description:
            "A result budget per account beside Hogia's verifikationslista of every account: each verification has its result row (4010 Inköp material 1 234,00) and its counter entry on a balance account (2440 Leverantörsskulder −1 234,00; salaries against 1930 Bank, employer's fees against 2730, membership fees against 1510 Kundfordringar), and supplier payments move 2440 against 1930. The list sums to zero. Only the result accounts (classes 3–8) are outcome of a result budget: summed per account and joined, ledger signs, deviation = budget − outcome. The rows on classes 1 and 2 are no part of the join: not ej budgeterat, not in any total. 7010 Bidrag till föreningar has budget and no outcome; 6990 Övriga kostnader outcome and no budget.",
          source: 'Kommunalförbund, resultatbudget beside a full Hogia verifikationslista',
          tests: 'a transaction list with both sides of every verification: balance accounts are not joined into a result budget',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A'], amount: ['C'] },
            outcomeCols: { key: ['C'], amount: ['F'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A']), amount: amountCells(['C'], 'kr'), span: [5, budget.last] },
          outcome: { key: cellsKey(['C']), amount: amountCells(['F'], 'kr'), span: [5, r - 1] },
          notJoined: left,
        },
      );
    },
  };
}

/** Fortnox's verifikationer from 1 December 2024: the last month of the year before stands above the budget year. */
function twoYears(): Fixture {
  return {
    name: 'fortnox-verifikationer-fran-december-2024-till-december-2025-bara-budgetaret-raknas',
    build: () => {
      const wb = newBook('Kansliet');
      const bs = wb.addWorksheet('Budget 2025');
      const budget = budgetSheet(bs, {
        title: ['Budget 2025'],
        headerRow: 3,
        headers: ['Konto', 'Benämning', 'Budget 2025'],
        amountCol: 'C',
        lines: accountLines([
          ['3110', kr(-3100000)],
          ['3990', kr(-20000)],
          ['4010', kr(52000)],
          ['5010', kr(1640000)],
          ['5410', kr(515000)],
          ['6110', kr(210000)],
          ['6550', kr(690000)],
          ['8410', kr(6000)],
        ]),
      });
      const ls = wb.addWorksheet('Verifikationer');
      put(ls, 'A1', 'Verifikationslista', { bold: true, size: 13 });
      put(ls, 'A2', 'Datum 2024-12-01 – 2025-12-31');
      putRow(ls, 4, 'A', ['Datum', 'Ver.nr', 'Konto', 'Benämning', 'Belopp'], { bold: true, border: true });
      const before: Tx[] = [
        { date: utc(2024, 12, 4), key: ['4010'], amount: kr('3180.00'), text: 'Material' },
        { date: utc(2024, 12, 20), key: ['5010'], amount: kr('134200'), text: 'Lön december' },
        { date: utc(2024, 12, 20), key: ['5410'], amount: kr('42166.64'), text: 'Arbetsgivaravgifter' },
        { date: utc(2024, 12, 30), key: ['6550'], amount: kr('48750'), text: 'Konsult' },
        { date: utc(2024, 12, 31), key: ['3990'], amount: kr('-4800'), text: 'Återbetalning' },
      ];
      const tx = txOf(1207, 2025, [
        ['3110', '-3100000', 4, ['Medlemsavgift']],
        ['3990', '-12650', 2, ['Övrig intäkt']],
        ['4010', '48122.75', 8, ['Material']],
        ['5010', '1612980', 12, ['Lön']],
        ['5410', '506797.52', 12, ['Arbetsgivaravgifter']],
        ['6110', '210000', 4, ['Hyra']],
        ['6550', '721430', 6, ['Konsult']],
        ['6990', '3560', 2, ['Övrigt']],
      ]);
      const rows: JoinRowSpec[] = [];
      const left: NotJoined[] = [];
      let r = 5;
      for (const [i, t] of [...before, ...tx].entries()) {
        putRow(ls, r, 'A', [t.date, `A${i + 1}`, Number(t.key[0]), nameOf(t.key[0]), cellNumber(t.amount, 'kr')]);
        ls.getCell(`A${r}`).numFmt = DATE;
        ls.getCell(`E${r}`).numFmt = MONEY;
        if (t.date.getUTCFullYear() === 2024)
          left.push({
            sheet: ls.name,
            row: r,
            why: 'dated 2024: the outcome of the year before, not of Budget 2025',
            holds: (ws, row) => yearIn(ws, `A${row}`) === 2024,
          });
        else rows.push({ row: r, key: t.key, amount: t.amount });
        r++;
      }
      widths(ls, { A: 12, B: 8, C: 8, D: 26, E: 14 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Fortnox',
          description:
            "A budget for 2025 per account beside Fortnox's verifikationslista run from 1 December 2024 to 31 December 2025 (the title says so; five rows dated December 2024 stand at the top). Only the transactions of 2025 are the outcome of Budget 2025: summed per account and joined, ledger signs, deviation = budget − outcome, for the whole year (2025 has transactions in December). The December 2024 rows are no part of the join: counted in no account and no total. 8410 Räntekostnader has budget and no outcome; 6990 Övriga kostnader outcome and no budget.",
          source: 'Samordningsförbund, budget 2025 beside a Fortnox verifikationslista that starts a month early',
          tests: 'transactions dated in two years: only the budget year is outcome',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A'], amount: ['C'] },
            outcomeCols: { key: ['C'], amount: ['E'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A']), amount: amountCells(['C'], 'kr'), span: [4, budget.last] },
          outcome: { key: cellsKey(['C']), amount: amountCells(['E'], 'kr'), span: [5, r - 1] },
          notJoined: left,
        },
      );
    },
  };
}

/** Ekonomi Plus's huvudbok printout: six title lines above the headers and a Summa at the foot. */
function titleAndSumma(): Fixture {
  return {
    name: 'ekonomi-plus-huvudbok-med-titelblock-och-summa-i-foten-mot-budget',
    build: () => {
      const wb = newBook('Ekonomi');
      const bs = wb.addWorksheet('Budget');
      const budget = budgetSheet(bs, {
        title: ['Driftbudget 2025', 'Fastställd av direktionen 2024-11-22'],
        headerRow: 4,
        headers: ['Konto', 'Kontobenämning', 'Budget 2025'],
        amountCol: 'C',
        lines: accountLines([
          ['3110', kr(-5400000)],
          ['3410', kr(-600000)],
          ['4610', kr(1200000)],
          ['5010', kr(2300000)],
          ['5410', kr(723000)],
          ['6110', kr(300000)],
          ['6420', kr(35000)],
          ['6550', kr(1100000)],
        ]),
      });
      const ls = wb.addWorksheet('Huvudbok');
      const head = [
        'Regionförbundet Norra Skogslän',
        'HUVUDBOK',
        'Period: 2025-01 – 2025-12',
        'Urval: Konto 3000–7999, alla ansvar',
        'Utskriven 2026-01-14 av Ekonomi',
      ];
      head.forEach((t, i) => put(ls, `A${i + 1}`, t, i < 2 ? { bold: true, size: i === 1 ? 14 : 11 } : { italic: true }));
      putRow(ls, 7, 'A', ['Datum', 'Ver.nr', 'Konto', 'Text', 'Belopp'], { bold: true, border: true });
      const tx = txOf(1208, 2025, [
        ['3110', '-5400000', 4, ['Medlemsavgifter kvartal']],
        ['3410', '-555000', 3, ['Statsbidrag']],
        ['4610', '1287400', 6, ['Köp av verksamhet']],
        ['5010', '2251907', 12, ['Löner']],
        ['5410', '707548.72', 12, ['Sociala avgifter']],
        ['6110', '300000', 4, ['Lokalhyra']],
        ['6550', '1043871.30', 9, ['Konsulttjänster']],
        ['6990', '17236.90', 4, ['Övrigt']],
      ]);
      const rows: JoinRowSpec[] = [];
      tx.forEach((t, i) => {
        const r = 8 + i;
        putRow(ls, r, 'A', [t.date, 250000 + i + 1, Number(t.key[0]), `${t.text}`, cellNumber(t.amount, 'kr')]);
        ls.getCell(`A${r}`).numFmt = DATE;
        ls.getCell(`E${r}`).numFmt = MONEY;
        rows.push({ row: r, key: t.key, amount: t.amount });
      });
      const foot = 8 + tx.length + 1;
      const total = sum(tx.map((t) => t.amount));
      put(ls, `A${foot}`, 'Summa', { bold: true });
      put(ls, `E${foot}`, { formula: `SUM(E8:E${foot - 2})`, result: cellNumber(total, 'kr') } as ExcelJS.CellFormulaValue, { bold: true, numFmt: MONEY });
      put(ls, `A${foot + 1}`, `Antal transaktioner: ${tx.length}`, { italic: true });
      widths(ls, { A: 12, B: 9, C: 8, D: 26, E: 15 });
      return built12(
        wb,
        {
          family: 'join',
          system: 'Ekonomi Plus',
          description: `A budget per account beside Ekonomi Plus's huvudbok printed to Excel: five title lines (the body, HUVUDBOK, the period, the selection, the print date) above the header row on row 7, the transactions, and at the foot a "Summa" row with the total of Belopp (a SUM formula) and a line "Antal transaktioner: ${tx.length}". The Summa row is no transaction: it has no account, is counted in no account and no total (the outcome total is the transactions' sum, which equals it). The transactions are summed per account and joined, ledger signs, deviation = budget − outcome. 6420 Resekostnader has budget and no outcome; 6990 Övriga kostnader outcome and no budget.`,
          source: 'Regionförbund, driftbudget beside an Ekonomi Plus huvudbok printout',
          tests: 'a ledger under a title block with a Summa row at the foot: the Summa is no transaction',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A'], amount: ['C'] },
            outcomeCols: { key: ['C'], amount: ['E'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A']), amount: amountCells(['C'], 'kr'), span: [5, budget.last] },
          outcome: { key: cellsKey(['C']), amount: amountCells(['E'], 'kr'), span: [8, foot + 1] },
          notJoined: [
            {
              sheet: ls.name,
              row: foot,
              why: 'the Summa row at the foot: the total of the transactions, no transaction',
              holds: (ws, row) => readValue(ws, `A${row}`) === 'Summa',
            },
            {
              sheet: ls.name,
              row: foot + 1,
              why: 'a note under the Summa: how many transactions there are',
              holds: (ws, row) => String(readValue(ws, `A${row}`)).startsWith('Antal'),
            },
          ],
        },
      );
    },
  };
}

/**
 * Visma's huvudbok printed per account: the account on a row of its own (`4010 | Inköp material`), its
 * transactions under it with Debet, Kredit and a running Saldo, and a Summa row per account.
 */
function accountBlocks(): Fixture {
  return {
    name: 'visma-huvudbok-i-block-kontot-pa-egen-rad-transaktioner-under-och-summa-per-konto',
    build: () => {
      const wb = newBook('Ekonomi');
      const bs = wb.addWorksheet('Budget');
      const budget = budgetSheet(bs, {
        title: ['Budget 2025'],
        headerRow: 3,
        headers: ['Konto', 'Benämning', 'Budget'],
        amountCol: 'C',
        lines: accountLines([
          ['3110', kr(-1650000)],
          ['3510', kr(-80000)],
          ['4010', kr(18000)],
          ['5010', kr(860000)],
          ['5410', kr(270000)],
          ['6110', kr(96000)],
          ['6550', kr(340000)],
          ['6990', kr(25000)],
        ]),
      });
      const ls = wb.addWorksheet('Huvudbok');
      put(ls, 'A1', 'Huvudbok', { bold: true, size: 13 });
      put(ls, 'A2', 'Räkenskapsår 2025-01-01 – 2025-12-31. Konto 3000–8999.');
      putRow(ls, 4, 'A', ['Konto', 'Ver.nr', 'Datum', 'Text', 'Debet', 'Kredit', 'Saldo'], { bold: true, border: true });
      const data: [string, string, number, string[]][] = [
        ['3110', '-1650000', 4, ['Medlemsavgift']],
        ['3510', '-96300', 4, ['Kursavgift']],
        ['4010', '16412.40', 5, ['Material']],
        ['5010', '848201', 12, ['Lön']],
        ['5410', '266504.76', 12, ['Arbetsgivaravgifter']],
        ['6110', '96000', 4, ['Hyra']],
        ['6550', '366120', 5, ['Konsult']],
        ['6420', '5340', 3, ['Resa']],
      ];
      const rows: JoinRowSpec[] = [];
      const left: NotJoined[] = [];
      let r = 5;
      let ver = 1;
      for (const [i, [a, total, n, text]] of data.entries()) {
        const tx = transactions(1212 + i, 2025, [{ key: [a], total: kr(total), n, text }]);
        put(ls, `A${r}`, Number(a), { bold: true });
        put(ls, `B${r}`, nameOf(a), { bold: true });
        left.push({
          sheet: ls.name,
          row: r,
          why: 'the account heading its block: its transactions follow',
          holds: (ws, row) => typeof readValue(ws, `A${row}`) === 'number' && readValue(ws, `E${row}`) === null,
        });
        r++;
        let saldo = 0n;
        for (const t of tx) {
          saldo += t.amount;
          putRow(ls, r, 'B', [ver++, t.date, t.text]);
          ls.getCell(`C${r}`).numFmt = DATE;
          put(ls, t.amount >= 0n ? `E${r}` : `F${r}`, cellNumber(t.amount >= 0n ? t.amount : -t.amount, 'kr'), { numFmt: MONEY });
          put(ls, `G${r}`, cellNumber(saldo, 'kr'), { numFmt: MONEY });
          rows.push({ row: r, key: [a], amount: t.amount });
          r++;
        }
        const debit = sum(tx.map((t) => (t.amount > 0n ? t.amount : 0n)));
        const credit = sum(tx.map((t) => (t.amount < 0n ? -t.amount : 0n)));
        put(ls, `D${r}`, `Summa ${a}`, { bold: true });
        put(ls, `E${r}`, cellNumber(debit, 'kr'), { bold: true, numFmt: MONEY });
        put(ls, `F${r}`, cellNumber(credit, 'kr'), { bold: true, numFmt: MONEY });
        put(ls, `G${r}`, cellNumber(saldo, 'kr'), { bold: true, numFmt: MONEY });
        left.push({
          sheet: ls.name,
          row: r,
          why: "the account's Summa row: its transactions' total",
          holds: (ws, row) => String(readValue(ws, `D${row}`)).startsWith('Summa'),
        });
        r += 2;
      }
      widths(ls, { A: 8, B: 20, C: 12, D: 20, E: 14, F: 14, G: 14 });
      // The key of a transaction row is the account of the block it stands in.
      const blockKey = (ws: ExcelJS.Worksheet, row: number): string[] => {
        for (let x = row; x > 4; x--) {
          const v = readValue(ws, `A${x}`);
          if (typeof v === 'number') return [String(v)];
        }
        return [''];
      };
      return built12(
        wb,
        {
          family: 'join',
          system: 'Visma',
          description:
            'A budget per account beside Visma\'s huvudbok printed per account: each account stands on a row of its own ("4010 | Inköp material"), its transactions follow with the Konto cell empty (Ver.nr, Datum, Text, Debet, Kredit and a running Saldo), and a "Summa 4010" row closes the block with the debit and credit totals and the closing saldo. A transaction\'s account is the one heading its block. Each row\'s outcome is Debet − Kredit; the running Saldo is never added, nor are the Summa rows or the account rows. Summed per account and joined, ledger signs, deviation = budget − outcome. 6990 Övriga kostnader has budget and no outcome; 6420 Resekostnader outcome and no budget.',
          source: 'Kommunalförbund, budget beside a Visma huvudbok report per account saved as Excel',
          tests: 'a huvudbok in blocks: the account on a row of its own above its transactions',
          tables: [],
          join: {
            budgetSheet: bs.name,
            outcomeSheet: ls.name,
            key: ['account'],
            convention: 'ledger',
            unit: 'kr',
            budgetCols: { key: ['A'], amount: ['C'] },
            outcomeCols: { key: ['A'], amount: ['E', 'F'] },
            budgetRows: budget.rows,
            outcomeRows: rows,
          },
        },
        {
          budget: { key: cellsKey(['A']), amount: amountCells(['C'], 'kr'), span: [4, budget.last] },
          outcome: { key: blockKey, amount: amountCells(['E'], 'kr', ['F']), span: [5, r - 1] },
          notJoined: left,
        },
      );
    },
  };
}

export const TRANSACTIONS: Fixture[] = [accountAndNameInOneCell(), debitCreditAsText(), counterEntries(), twoYears(), titleAndSumma(), accountBlocks()];
