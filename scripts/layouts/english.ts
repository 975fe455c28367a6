/**
 * English workbooks: a Unit4 export in English for an EU-funded secretariat, and an income statement kept in
 * English for a partner.
 */
import { Built, Fixture } from './names';
import { FMT, Line, Rng, accountSide, expectTable, inUnit, newWorkbook, put, putRow, widths, freeze } from './kit';
import { SRow, kr, writeStatement } from './statement-kit';

function costCentreYtd(): Built {
  const rng = new Rng(7101);
  const wb = newWorkbook('Unit4 ERP');
  const ws = wb.addWorksheet('Budget follow-up');
  put(ws, 'A1', 'Regionförbundet Östersjö – Baltic Secretariat', { bold: true, size: 13 });
  put(ws, 'A2', 'Budget follow-up January–June 2024');
  put(ws, 'A3', 'Amounts in SEK thousands', { italic: true });
  const headerRow = 5;
  putRow(ws, headerRow, 1, ['Cost centre', 'Account', 'Account name', 'Annual budget', 'Budget YTD', 'Actual YTD', 'Variance YTD', 'Full-year forecast'], {
    bold: true,
    fill: 'FFD9E1F2',
    wrap: true,
  });
  const centres: [string, [string, string, number][]][] = [
    [
      '100 Secretariat',
      [
        ['5011', 'Salaries', 3_400],
        ['5410', 'Social security contributions', 1_070],
        ['5510', 'Pension costs', 390],
        ['6110', 'Office rent', 720],
        ['6540', 'IT services', 240],
        ['5810', 'Travel', 180],
        ['6570', 'Bank charges', 6],
      ],
    ],
    [
      '200 Projects',
      [
        ['3520', 'EU grants (Interreg)', 4_800],
        ['5011', 'Salaries', 2_100],
        ['5410', 'Social security contributions', 660],
        ['6550', 'Consultants', 1_350],
        ['5810', 'Travel', 420],
        ['6990', 'Events and meetings', 380],
      ],
    ],
    [
      '300 Communications',
      [
        ['5011', 'Salaries', 880],
        ['5410', 'Social security contributions', 276],
        ['6550', 'Consultants', 310],
        ['6990', 'Events and meetings', 95],
      ],
    ],
    [
      '900 Financing',
      [
        ['3110', 'Member contributions', 9_600],
        ['8410', 'Interest income', 25],
      ],
    ],
  ];
  const lines: Line[] = [];
  let r = headerRow + 1;
  for (const [centre, accounts] of centres) {
    for (const [code, name, size] of accounts) {
      const income = code.startsWith('3') || code === '8410';
      const sign = income ? -1 : 1;
      const budget = BigInt(sign * Math.round(size * (0.9 + rng.next() * 0.2) * 10)) * 10_000n; // tkr with one decimal
      const ytd = (budget / 2n / 10_000n) * 10_000n;
      const actual = code === '3110' ? ytd : BigInt(Math.round((Number(ytd) / 10_000) * (0.7 + rng.next() * 0.5))) * 10_000n;
      const forecast = code === '3110' ? budget : BigInt(Math.round((Number(budget) / 10_000) * (0.9 + rng.next() * 0.2))) * 10_000n;
      putRow(ws, r, 1, [centre, Number(code), name]);
      putRow(ws, r, 4, [inUnit(budget, 'tkr'), inUnit(ytd, 'tkr'), inUnit(actual, 'tkr'), inUnit(ytd - actual, 'tkr'), inUnit(forecast, 'tkr')], {
        numFmt: FMT.tkr1,
      });
      lines.push({ key: name, row: r, side: accountSide(code, budget), group: centre.slice(0, 3), budget, periodBudget: ytd, outcome: actual, forecast });
      r++;
    }
  }
  widths(ws, { A: 20, B: 9, C: 30, D: 12, E: 12, F: 12, G: 12, H: 13 });
  freeze(ws, headerRow);
  const t = expectTable({
    sheet: 'Budget follow-up',
    headerRow,
    unit: 'tkr',
    convention: 'ledger',
    deviations: true,
    columns: { dimension: 'A', code: 'B', line: 'C', budget: 'D', periodBudget: 'E', outcome: 'F', deviation: 'G', forecast: 'H' },
    groupBy: 'Cost centre',
    period: { months: 6, basis: 'column' },
    lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'english',
      system: 'Unit4',
      source: 'a Unit4 ERP report in English for the EU-funded secretariat of a regionförbund, sent to Interreg partners',
      tests: 'Cost centre / Account / Account name, Annual budget, Budget YTD, Actual YTD, Variance YTD, Full-year forecast, "Amounts in SEK thousands"',
      description:
        'English headers, unit from "Amounts in SEK thousands" (tkr, one decimal). Ledger signs (a Unit4 export): member contributions, EU grants and interest income negative. ' +
        'Half a year: Actual YTD is compared with Budget YTD (the period budget, given); "Variance YTD" = Budget YTD − Actual YTD is that deviation as printed, positive favourable; Annual budget and Full-year forecast give the forecast deviation (budget − forecast). ' +
        'Summary per Cost centre ("100 Secretariat" …). The same account (5011 Salaries) under three cost centres is three lines.',
      tables: [t.table],
    },
  };
}

function incomeStatementEnglish(): Built {
  const wb = newWorkbook('Samordningsförbundet Centrala Östergötland');
  const ws = wb.addWorksheet('Income statement');
  put(ws, 'A1', 'Samordningsförbundet Centrala Östergötland', { bold: true });
  put(ws, 'A2', 'Income statement 2024 (SEK)');
  const headerRow = 4;
  putRow(ws, headerRow, 1, ['Item', 'Budget 2024', 'Actual 2024', 'Variance'], { bold: true, border: 'bottom' });
  const inc = (id: string, label: string, b: number, o: number): SRow => ({ kind: 'item', id, label, side: 'income', v: { budget: kr(b), outcome: kr(o) } });
  const cost = (id: string, label: string, b: number, o: number): SRow => ({ kind: 'item', id, label, side: 'cost', v: { budget: kr(b), outcome: kr(o) } });
  const rows: SRow[] = [
    { kind: 'header', label: 'Income' },
    inc('i1', 'Member contributions – Social Insurance Agency', 5_300_000, 5_300_000),
    inc('i2', 'Member contributions – Region Östergötland', 2_650_000, 2_650_000),
    inc('i3', 'Member contributions – municipalities', 2_650_000, 2_650_000),
    inc('i4', 'Grants', 0, 186_000),
    {
      kind: 'total',
      id: 'ti',
      label: 'Total income',
      side: 'income',
      covers: [
        ['i1', 1],
        ['i2', 1],
        ['i3', 1],
        ['i4', 1],
      ],
    },
    { kind: 'header', label: 'Expenditure' },
    cost('k1', 'Interventions', 8_100_000, 7_412_660),
    cost('k2', 'Staff costs', 1_540_000, 1_566_204),
    cost('k3', 'Premises', 210_000, 208_800),
    cost('k4', 'Administration and audit', 420_000, 389_715),
    cost('k5', 'Other costs', 130_000, 97_330),
    {
      kind: 'total',
      id: 'te',
      label: 'Total expenditure',
      side: 'cost',
      covers: [
        ['k1', 1],
        ['k2', 1],
        ['k3', 1],
        ['k4', 1],
        ['k5', 1],
      ],
    },
    {
      kind: 'total',
      id: 'nr',
      label: 'Net result',
      side: 'income',
      covers: [
        ['ti', 1],
        ['te', -1],
      ],
      style: { bold: true, border: 'topBottom' },
    },
  ];
  const res = writeStatement(
    { ws, firstRow: headerRow + 1, unit: 'kr', convention: 'unsigned', labelCol: 'A', cols: { budget: 'B', outcome: 'C', dev: 'D' }, numFmt: FMT.int },
    rows,
  );
  widths(ws, { A: 46, B: 14, C: 14, D: 12 });
  const t = expectTable({
    sheet: 'Income statement',
    headerRow,
    unit: 'kr',
    convention: 'unsigned',
    deviations: true,
    columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
    lines: res.lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'english',
      source: "a samordningsförbund's income statement kept in English for an ESF partner",
      tests: 'English sections Income/Expenditure, Total income, Total expenditure, Net result, Member contributions and Grants as income',
      description:
        'Unsigned kronor in English. Rows under "Income" (Member contributions …, Grants) are income: Actual − Budget; rows under "Expenditure" are costs: Budget − Actual. ' +
        '"Total income", "Total expenditure" and "Net result" are totals (Net result = income − expenditure). Grants were not budgeted (0): a deviation of +186 000, no percentage.',
      tables: [t.table],
    },
  };
}

export const ENGLISH: Fixture[] = [
  { name: 'english-cost-centre-ytd', build: costCentreYtd },
  { name: 'english-income-statement', build: incomeStatementEnglish },
];
