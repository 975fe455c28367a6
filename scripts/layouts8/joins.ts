/**
 * Budget and outcome on two sheets where joining them must not invent: a mapping table that places none of the
 * ledger's accounts, an account twice in the budget under two names, and an outcome of another year than the
 * budget's.
 */
import { Fixture, JoinRowSpec, SpecLine } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr } from '../layouts2/money';
import { built8, sideOf } from './kit';

type Account = [string, string, string];

function accountSheet(wb: ReturnType<typeof newBook>, name: string, title: string, amountHeader: string, data: Account[], headerRow = 3): JoinRowSpec[] {
  const ws = wb.addWorksheet(name);
  put(ws, 'A1', title, { bold: true, size: 12 });
  putRow(ws, headerRow, 'A', ['Konto', 'Benämning', amountHeader], { bold: true, border: true });
  const rows: JoinRowSpec[] = [];
  let r = headerRow + 1;
  for (const [konto, text, amount] of data) {
    putRow(ws, r, 'A', [konto, text]);
    num(ws, `C${r}`, kr(amount), 'kr');
    rows.push({ row: r, key: [konto], amount: kr(amount) });
    r++;
  }
  widths(ws, { A: 8, B: 28, C: 14 });
  return rows;
}

/** Budget | Huvudbok | Målområden (Konto | Målområde) whose accounts are last year's chart: none of the ledger's is there. */
function mappingPlacesNone(): Fixture {
  return {
    name: 'huvudbokens-konton-finns-inte-i-mappningstabellen-alla-oplacerade',
    build: () => {
      const wb = newBook('Controller');
      const budget: Account[] = [
        ['3041', 'Medlemsavgifter', '-14200000'],
        ['3110', 'Statsbidrag', '-1100000'],
        ['4011', 'Löner månadsavlönade', '6480000'],
        ['4711', 'Sociala avgifter', '2036000'],
        ['5011', 'Lokalhyra', '1020000'],
        ['6551', 'Konsulttjänster', '3950000'],
        ['6991', 'Övriga kostnader', '610000'],
      ];
      const outcome: Account[] = [
        ['3041', 'Medlemsavgifter', '-14200000'],
        ['3110', 'Statsbidrag', '-1248300'],
        ['4011', 'Löner månadsavlönade', '6391204'],
        ['4711', 'Sociala avgifter', '2008310'],
        ['5011', 'Lokalhyra', '1020000'],
        ['6551', 'Konsulttjänster', '4217650'],
        ['6991', 'Övriga kostnader', '548120'],
      ];
      const budgetRows = accountSheet(wb, 'Budget', 'Budget 2025 per konto (kronor)', 'Budget 2025', budget);
      const outcomeRows = accountSheet(wb, 'Huvudbok', 'Saldo per konto 2025-12-31 (kronor)', 'Utfall 2025', outcome);
      const ms = wb.addWorksheet('Målområden');
      put(ms, 'A1', 'Koppling konto – målområde (uppdaterad 2022)', { bold: true, size: 12 });
      putRow(ms, 3, 'A', ['Konto', 'Målområde'], { bold: true, border: true });
      // Last system's chart: four-digit accounts, but none of this year's.
      const mapping: [string, string][] = [
        ['3510', 'Finansiering'],
        ['3520', 'Finansiering'],
        ['4100', 'Individinsatser'],
        ['4200', 'Individinsatser'],
        ['5110', 'Strukturinsatser'],
        ['6110', 'Förbundsgemensamt'],
        ['6210', 'Förbundsgemensamt'],
      ];
      let r = 4;
      const rows: { row: number; from: string; group: string }[] = [];
      for (const [konto, goal] of mapping) {
        putRow(ms, r, 'A', [konto, goal]);
        rows.push({ row: r, from: konto, group: goal });
        r++;
      }
      widths(ms, { A: 8, B: 22 });
      return built8(wb, {
        family: 'join',
        description:
          'A budget per account and the ledger\'s balances per account, joined on Konto, beside a mapping table "Målområden" (Konto | Målområde) kept from the previous ledger system: its accounts (3510, 4100, 6110 …) are none of this year\'s (3041, 4011, 6991 …). The accounts are compared one by one as usual (ledger signs, budget − outcome), but no målområde can be given to any of them: every account is listed as not placed (never dropped, never put in a målområde by guess), and no målområde shows a figure.',
        source: 'Samordningsförbund, budget and huvudbok with a goal-area mapping left from the previous chart of accounts',
        tests: "a mapping table that places none of the ledger's accounts: every account listed as not placed, no group invented",
        tables: [],
        join: {
          budgetSheet: 'Budget',
          outcomeSheet: 'Huvudbok',
          key: ['account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: ['C'] },
          outcomeCols: { key: ['A'], amount: ['C'] },
          budgetRows,
          outcomeRows,
          mapping: { sheet: ms.name, keyCol: 'A', groupCol: 'B', rows },
        },
      });
    },
  };
}

/** Budget with 5410 twice (Förbrukningsinventarier, Programvaror) against a ledger with 5410 once. */
function accountTwiceInBudget(): Fixture {
  return {
    name: 'samma-konto-tva-ganger-i-budgeten-med-olika-benamning',
    build: () => {
      const wb = newBook('Ekonom');
      const budget: Account[] = [
        ['3041', 'Medlemsavgifter', '-7400000'],
        ['4010', 'Löner', '3120000'],
        ['4710', 'Sociala avgifter', '980000'],
        ['5410', 'Förbrukningsinventarier', '120000'],
        ['5410', 'Programvaror och licenser', '85000'],
        ['5810', 'Resor', '64000'],
        ['6550', 'Konsulttjänster', '2400000'],
        ['6990', 'Övriga kostnader', '310000'],
      ];
      const outcome: Account[] = [
        ['3041', 'Medlemsavgifter', '-7400000'],
        ['4010', 'Löner', '3088415'],
        ['4710', 'Sociala avgifter', '970324'],
        ['5410', 'Förbrukningsinventarier', '231480'],
        ['5810', 'Resor', '48215'],
        ['6550', 'Konsulttjänster', '2261900'],
        ['6990', 'Övriga kostnader', '336812'],
      ];
      const budgetRows = accountSheet(wb, 'Budget', 'Budget 2025 (kronor)', 'Budget 2025', budget);
      const outcomeRows = accountSheet(wb, 'Utfall', 'Utfall 2025 per konto (kronor)', 'Utfall 2025', outcome);
      return built8(wb, {
        family: 'join',
        description:
          'A budget per account where 5410 stands twice under two names ("Förbrukningsinventarier" 120 000 and "Programvaror och licenser" 85 000: the economist split one account in two lines), against a ledger that has 5410 once (231 480). The ledger cannot tell the two apart, so neither line can be compared alone: the key is summed on the budget side (205 000 against 231 480, deviation −26 480) and reported as twice in the budget. Every side\'s total equals the joined total to the öre. Ledger signs.',
        source: 'Kommunalförbund, budget with one account split over two lines',
        tests: 'one account twice under two names in the budget: summed, reported, compared once',
        tables: [],
        join: {
          budgetSheet: 'Budget',
          outcomeSheet: 'Utfall',
          key: ['account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: ['C'] },
          outcomeCols: { key: ['A'], amount: ['C'] },
          budgetRows,
          outcomeRows,
        },
      });
    },
  };
}

/** Budget 2025 on one sheet, Utfall 2024 on another: two years, nothing to compare. */
function outcomeOfAnotherYear(): Fixture {
  return {
    name: 'utfall-2024-pa-ett-blad-och-budget-2025-pa-ett-annat',
    build: () => {
      const wb = newBook('Förbundsdirektör');
      const budget: Account[] = [
        ['3041', 'Medlemsavgifter', '-11250000'],
        ['3110', 'Statsbidrag', '-640000'],
        ['4010', 'Löner', '5340000'],
        ['4710', 'Sociala avgifter', '1678000'],
        ['5010', 'Lokalhyra', '780000'],
        ['6550', 'Konsulttjänster', '3120000'],
        ['6990', 'Övriga kostnader', '472000'],
      ];
      const outcome: Account[] = [
        ['3041', 'Medlemsavgifter', '-10900000'],
        ['3110', 'Statsbidrag', '-712450'],
        ['4010', 'Löner', '5102337'],
        ['4710', 'Sociala avgifter', '1603118'],
        ['5010', 'Lokalhyra', '764400'],
        ['6550', 'Konsulttjänster', '2846221'],
        ['6990', 'Övriga kostnader', '498310'],
      ];
      const budgetRows = accountSheet(wb, 'Budget 2025', 'Budget 2025 – förslag till förbundsstyrelsen (kronor)', 'Budget 2025', budget);
      const outcomeRows = accountSheet(wb, 'Bokslut 2024', 'Bokslut 2024 per konto (kronor)', 'Utfall 2024', outcome);
      const lines = (rows: JoinRowSpec[], byBudget: boolean): SpecLine[] =>
        rows.map((x) => ({ row: x.row, key: x.key[0], side: sideOf(x.key[0]), budget: byBudget ? x.amount : null, outcome: byBudget ? null : x.amount }));
      return built8(wb, {
        family: 'missing-role',
        description:
          "Next year's budget (Budget 2025) on one sheet and last year's accounts (Bokslut 2024, Utfall 2024) on another, the same accounts on both: the working file of a budget proposal. 2024's outcome is no outcome of 2025's budget: joined on Konto they would give a deviation per account that compares two years. Nothing is compared, no flag, and the outcome header (C3 on Bokslut 2024) is named: the outcome is of 2024, the budget of 2025.",
        source: "Kommunalförbund, budget proposal beside last year's closing balances",
        tests: 'an outcome sheet of another year than the budget sheet: not joined, the years named',
        tables: [
          {
            sheet: 'Budget 2025',
            headerRow: 3,
            unit: 'kr',
            convention: 'ledger',
            deviations: false,
            missingRole: 'outcome',
            columns: { code: 'A', line: 'B', budget: 'C' },
            cells: { budget: ['C'] },
            lines: lines(budgetRows, true),
          },
          {
            sheet: 'Bokslut 2024',
            headerRow: 3,
            unit: 'kr',
            convention: 'ledger',
            deviations: false,
            missingRole: 'budget',
            columns: { code: 'A', line: 'B', outcome: 'C' },
            cells: { outcome: ['C'] },
            lines: lines(outcomeRows, false),
          },
        ],
        errors: [{ sheet: 'Bokslut 2024', cell: 'C3', why: 'the outcome is of 2024, the budget beside it of 2025' }],
        mustNotFlag: true,
      });
    },
  };
}

export const JOINS: Fixture[] = [mappingPlacesNone(), accountTwiceInBudget(), outcomeOfAnotherYear()];
