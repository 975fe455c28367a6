/**
 * Excel pivots of a ledger, pasted as values: compact form with group subtotals at the top, tabular form with
 * "… Summa" rows, and the Typ field (Budget/Utfall) as column labels with a Totalsumma column beside them.
 */
import { built, Fixture, SpecLine, TotalSpec } from './spec';
import { newBook, num, put, putRow, widths } from './sheet';
import { kr, sum } from './money';

type Acc = [code: string, name: string, budget: string, outcome: string];
const side = (code: string) => (code.startsWith('3') ? 'income' : 'cost') as 'income' | 'cost';

/** Compact layout: the group row carries its subtotal (Excel's default "show subtotals at top of group"). */
function compactSubtotalsAtTop(): Fixture {
  return {
    name: 'pivot-kompakt-delsummor-overst',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Pivot');
      putRow(ws, 1, 'A', ['År', 2024]);
      putRow(ws, 2, 'A', ['Ansvar', '(Alla)']);
      const H = 4;
      putRow(ws, H, 'A', ['Radetiketter', 'Summa av Budget', 'Summa av Utfall'], { bold: true, fill: 'FFDDEBF7' });
      const groups: [string, Acc[]][] = [
        [
          'Kansli',
          [
            ['3110', '3110 Medlemsavgifter', '-9800000', '-9800000'],
            ['5010', '5010 Löner', '3150000', '3288412'],
            ['5510', '5510 Arbetsgivaravgifter', '990000', '1033420'],
            ['6110', '6110 Lokalhyra', '610000', '598300'],
            ['7310', '7310 IT och telefoni', '240000', '301775'],
          ],
        ],
        [
          'Projekt Smart industri',
          [
            ['3510', '3510 EU-bidrag', '-2400000', '-1954300'],
            ['4010', '4010 Köpta tjänster', '1600000', '1187250'],
            ['5010', '5010 Löner', '720000', '701900'],
            ['5510', '5510 Arbetsgivaravgifter', '226000', '220450'],
          ],
        ],
        [
          'Regional utveckling',
          [
            ['4310', '4310 Lämnade bidrag', '3100000', '3325000'],
            ['5010', '5010 Löner', '1880000', '1795230'],
            ['5510', '5510 Arbetsgivaravgifter', '591000', '564120'],
            ['7010', '7010 Resor och konferenser', '180000', '243655'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      for (const [g, accs] of groups) {
        const head = r++;
        const start = lines.length;
        for (const [konto, label, b, o] of accs) {
          put(ws, `A${r}`, label, { indent: 1 });
          num(ws, `B${r}`, kr(b), 'kr', '#,##0');
          num(ws, `C${r}`, kr(o), 'kr', '#,##0');
          lines.push({ row: r, key: label, group: g, side: side(konto), budget: kr(b), outcome: kr(o) });
          r++;
        }
        const own = lines.slice(start);
        put(ws, `A${head}`, g, { bold: true });
        num(ws, `B${head}`, sum(own.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
        num(ws, `C${head}`, sum(own.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
        totals.push({ sheet: ws.name, unit: 'kr', row: head, cols: ['B', 'C'], covers: own.map((l) => l.row) });
      }
      put(ws, `A${r}`, 'Totalsumma', { bold: true });
      num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C'], covers: lines.map((l) => l.row) });
      widths(ws, { A: 34, B: 18, C: 18 });
      return built(wb, {
        family: 'pivot',
        system: 'Excel pivot',
        description:
          'A pivot of a regionförbund\'s ledger in compact form, pasted as values, with Excel\'s default of subtotals at the top of each group: the group row ("Kansli") carries the sum of the account rows under it. A careful economist reads those rows as group subtotals, not as lines, so nothing is counted twice; Totalsumma is the total. Ledger signs; the report filter (År, Ansvar) sits above the table.',
        source: 'Excel pivot (compact form, subtotals at top) of a huvudbok export, pasted as values',
        tests: 'group rows that carry subtotals are groups, not lines; pivot wording; ledger signs',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
            groups: true,
            count: true,
          },
        ],
        totals,
      });
    },
  };
}

/** Tabular layout: the group label only on its first row, "<grupp> Summa" rows, Totalsumma. */
function tabularSummaAfter(): Fixture {
  return {
    name: 'pivot-tabell-form-grupp-summa-rader',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Blad2');
      put(ws, 'A1', 'Kommunalförbundet Norrvatten Syd – utfall mot budget 2024', { bold: true });
      const H = 3;
      putRow(ws, H, 'A', ['Verksamhet', 'Konto', 'Summa av Budget 2024', 'Summa av Utfall 2024'], { bold: true, fill: 'FFDDEBF7' });
      const groups: [string, Acc[]][] = [
        [
          'Politisk verksamhet',
          [
            ['5310', 'Arvoden', '520000', '498200'],
            ['5510', 'Sociala avgifter', '163000', '156510'],
            ['7010', 'Resor', '45000', '22800'],
          ],
        ],
        [
          'Vattenproduktion',
          [
            ['3110', 'Brukningsavgifter', '-41200000', '-42088950'],
            ['4110', 'Kemikalier', '2650000', '3010440'],
            ['5010', 'Löner', '6900000', '6752200'],
            ['5510', 'Sociala avgifter', '2168000', '2121450'],
            ['6310', 'El', '4800000', '5623100'],
            ['7810', 'Avskrivningar', '9700000', '9650000'],
          ],
        ],
        [
          'Ledningsnät',
          [
            ['3120', 'Anslutningsavgifter', '-3500000', '-2210000'],
            ['4610', 'Entreprenader', '5100000', '4388760'],
            ['5010', 'Löner', '3900000', '3954100'],
            ['5510', 'Sociala avgifter', '1225000', '1242210'],
            ['8410', 'Räntekostnader', '2400000', '2688300'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      for (const [g, accs] of groups) {
        const start = lines.length;
        accs.forEach(([konto, name, b, o], i) => {
          if (i === 0) put(ws, `A${r}`, g);
          put(ws, `B${r}`, `${konto} ${name}`);
          num(ws, `C${r}`, kr(b), 'kr', '#,##0');
          num(ws, `D${r}`, kr(o), 'kr', '#,##0');
          lines.push({ row: r, key: `${konto} ${name}`, group: g, side: side(konto), budget: kr(b), outcome: kr(o) });
          r++;
        });
        const own = lines.slice(start);
        put(ws, `A${r}`, `${g} Summa`, { bold: true });
        num(ws, `C${r}`, sum(own.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
        num(ws, `D${r}`, sum(own.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D'], covers: own.map((l) => l.row) });
        r++;
      }
      put(ws, `A${r}`, 'Totalsumma', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D'], covers: lines.map((l) => l.row) });
      widths(ws, { A: 26, B: 30, C: 22, D: 22 });
      return built(wb, {
        family: 'pivot',
        system: 'Excel pivot',
        description:
          'A pivot in tabular form pasted as values on a sheet still called "Blad2": Verksamhet stands only on the first row of its group (the rows under it are empty in column A), each group closes with a row labelled "<verksamhet> Summa" (Swedish Excel puts Summa after the item), and Totalsumma ends it. Ledger signs. The summary is per verksamhet.',
        source: 'Excel pivot (tabular form, subtotals at bottom) of a ledger, Swedish Excel',
        tests: 'group label carried down, "X Summa" rows are totals, Totalsumma',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { dimension: 'A', line: 'B', budget: 'C', outcome: 'D' },
            groupBy: 'Verksamhet',
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
            groups: true,
            count: true,
          },
        ],
        totals,
      });
    },
  };
}

/** The ledger's Typ field (Budget/Utfall) as pivot columns: a Totalsumma column that adds budget and outcome. */
function typeAsColumns(): Fixture {
  return {
    name: 'pivot-typ-som-kolumner-totalsumma-kolumn',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Pivot utfall budget');
      putRow(ws, 1, 'A', ['Period', '(Flera objekt)']);
      putRow(ws, 3, 'A', ['Summa av Belopp', 'Kolumnetiketter'], { bold: true });
      const H = 4;
      putRow(ws, H, 'A', ['Radetiketter', 'Budget', 'Utfall', 'Totalsumma'], { bold: true, fill: 'FFDDEBF7' });
      const accs: Acc[] = [
        ['3010', '3010 Medlemsbidrag', '-4800000', '-4800000'],
        ['3050', '3050 Bidrag Försäkringskassan', '-4800000', '-4800000'],
        ['3090', '3090 Ränteintäkter', '0', '-18744'],
        ['4010', '4010 Insatser köpta av kommuner', '5900000', '5214380'],
        ['4020', '4020 Insatser köpta av region', '1300000', '1422000'],
        ['5010', '5010 Löner kansli', '1420000', '1376540'],
        ['5410', '5410 Sociala avgifter', '446000', '432540'],
        ['6110', '6110 Lokalhyra', '180000', '180000'],
        ['6550', '6550 Revision och konsulter', '150000', '171250'],
        ['7010', '7010 Resor och utbildning', '120000', '64118'],
        ['7990', '7990 Övriga kostnader', '84000', '41207'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, label, b, o] of accs) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, kr(b), 'kr', '#,##0');
        num(ws, `C${r}`, kr(o), 'kr', '#,##0');
        num(ws, `D${r}`, kr(b) + kr(o), 'kr', '#,##0');
        lines.push({ row: r, key: label, side: side(konto), budget: kr(b), outcome: kr(o) });
        r++;
      }
      put(ws, `A${r}`, 'Totalsumma', { bold: true });
      num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.budget! + l.outcome!)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 36, B: 14, C: 14, D: 14 });
      return built(wb, {
        family: 'pivot',
        system: 'Excel pivot',
        description:
          'A samordningsförbund\'s ledger holds budget and outcome as rows with a Typ field; the pivot puts Typ in the columns, so the header is "Summa av Belopp | Kolumnetiketter" over "Radetiketter | Budget | Utfall | Totalsumma". The Totalsumma column adds budget and outcome and means nothing: it is neither outcome nor deviation. Ledger signs; 3090 has budget 0.',
        source: 'Excel pivot with the Typ (Budget/Utfall) field as column labels, pasted as values',
        tests: 'two-row pivot header, a meaningless Totalsumma column ignored, budget 0 is a value',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C', 'D'], covers: lines.map((l) => l.row) }],
      });
    },
  };
}

export const PIVOT: Fixture[] = [compactSubtotalsAtTop(), tabularSummaAfter(), typeAsColumns()];
