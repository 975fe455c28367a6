/** A cross-tab kept on two sheets: accounts down, cost centres (ansvar) across, one for the budget, one for the outcome. */
import ExcelJS from 'exceljs';
import { Fixture, JoinRowSpec } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, Ore, sum } from '../layouts2/money';
import { built9 } from './kit';

type Row = [string, string, string, string, string];

function crossTab(ws: ExcelJS.Worksheet, title: string, data: Row[]): JoinRowSpec[] {
  put(ws, 'A1', title, { bold: true, size: 12 });
  put(ws, 'A2', 'Kronor. Intäkter negativa.', { italic: true });
  putRow(ws, 4, 'A', ['Konto', 'Kontonamn', '100 Kansli', '200 Insatser', '300 Utveckling', 'Summa'], { bold: true, border: true });
  const rows: JoinRowSpec[] = [];
  let r = 5;
  for (const [konto, name, ...cc] of data) {
    putRow(ws, r, 'A', [konto, name]);
    const xs: Ore[] = cc.map(kr);
    xs.forEach((x, i) => num(ws, `${'CDE'[i]}${r}`, x, 'kr'));
    num(ws, `F${r}`, sum(xs), 'kr', '#,##0', { bold: true });
    rows.push({ row: r, key: [konto], amount: sum(xs) });
    r++;
  }
  put(ws, `B${r}`, 'Summa', { bold: true });
  for (const c of 'CDEF')
    num(ws, `${c}${r}`, sum(data.map((d) => (c === 'F' ? sum(d.slice(2).map(kr)) : kr(d['CDE'.indexOf(c) + 2])))), 'kr', '#,##0', { bold: true });
  widths(ws, { A: 8, B: 24, C: 13, D: 13, E: 14, F: 14 });
  return rows;
}

function accountByAnsvar(): Fixture {
  return {
    name: 'korstabell-konto-gange-ansvar-kostnadsstallen-som-kolumner-budget-och-utfall-pa-tva-blad',
    build: () => {
      const wb = newBook('Controller');
      const budget: Row[] = [
        ['3041', 'Medlemsavgifter', '-11200000', '0', '0'],
        ['3110', 'Statsbidrag', '0', '-650000', '-300000'],
        ['4010', 'Löner', '2100000', '1850000', '940000'],
        ['4710', 'Sociala avgifter', '660000', '581000', '295000'],
        ['5010', 'Lokaler', '480000', '120000', '0'],
        ['6550', 'Köpta tjänster', '150000', '3900000', '720000'],
        ['6990', 'Övrigt', '210000', '95000', '49000'],
      ];
      const outcome: Row[] = [
        ['3041', 'Medlemsavgifter', '-11200000', '0', '0'],
        ['3110', 'Statsbidrag', '0', '-588400', '-300000'],
        ['4010', 'Löner', '2043880', '1921450', '876210'],
        ['4710', 'Sociala avgifter', '642150', '603800', '275320'],
        ['5010', 'Lokaler', '480000', '120000', '0'],
        ['6550', 'Köpta tjänster', '126400', '3488110', '801920'],
        ['6990', 'Övrigt', '231870', '71240', '39115'],
      ];
      const bRows = crossTab(wb.addWorksheet('Budget per ansvar'), 'Budget 2025 per konto och ansvar', budget);
      const oRows = crossTab(wb.addWorksheet('Utfall per ansvar'), 'Utfall 2025 per konto och ansvar', outcome);
      return built9(wb, {
        family: 'join',
        description:
          'Budget and outcome each kept as a cross-tab: accounts down, three cost centres across ("100 Kansli", "200 Insatser", "300 Utveckling") and a Summa column, on two sheets of the same shape. The cost-centre headers are codes and names, not budget or outcome words; the sheet names and titles say which is which. Joined on Konto, each account\'s budget (the sum across the cost centres, = Summa) is compared with its outcome, ledger signs: budget − outcome. A finer reading per account and cost centre is as right, as long as the figures are these: never the Summa column added to the cost centres, never a cost centre taken for a budget or outcome column of its own.',
        source: 'Samordningsförbund, budget and outcome as Konto × Ansvar pivots pasted as values',
        tests: 'cost centres as columns on a budget sheet and an outcome sheet: joined on the account',
        tables: [],
        join: {
          budgetSheet: 'Budget per ansvar',
          outcomeSheet: 'Utfall per ansvar',
          key: ['account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: ['C', 'D', 'E'] },
          outcomeCols: { key: ['A'], amount: ['C', 'D', 'E'] },
          budgetRows: bRows,
          outcomeRows: oRows,
        },
      });
    },
  };
}

export const JOINS: Fixture[] = [accountByAnsvar()];
