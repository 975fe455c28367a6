/**
 * Codes and cells the earlier corpora lack: account codes with a letter suffix and a sub-account after a dot,
 * ansvar, verksamhet and konto as three code columns before one name column with a Förbrukat % beside the amounts,
 * a list whose AutoFilter hides rows (hidden rows still count), a budget in whole kronor against an outcome in
 * öre, and a pasted pivot with "(tom)" rows.
 */
import { Fixture, LineFigures, SpecLine, TotalSpec } from '../layouts2/spec';
import { kr, sum } from '../layouts2/money';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { built7, sideOfCode } from './kit';

/** Konto as text: 3041A, 3041B, 4010.1, 6110.10; unsigned, so the side comes from the code's first digit. */
function dottedCodes(): Fixture {
  return {
    name: 'kontokoder-med-bokstavssuffix-och-underkonto-efter-punkt-3041a-4010-1-osignerat',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Konton');
      put(ws, 'A1', 'Budget mot utfall per konto 2025 – Sjuhärads Kommunalförbund', { bold: true, size: 12 });
      put(ws, 'A2', 'Alla belopp i kronor; intäkter och kostnader anges positivt.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Kontobenämning', 'Budget', 'Utfall', 'Avvikelse'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['3041A', 'Medlemsavgift Borås Stad', '4120000', '4120000'],
        ['3041B', 'Medlemsavgift övriga kommuner', '5380000', '5380000'],
        ['3110', 'Statsbidrag', '600000', '812500'],
        ['4010.1', 'Löner månadsavlönade', '3950000', '4012877'],
        ['4010.2', 'Löner timavlönade', '180000', '241300'],
        ['4710.1', 'Arbetsgivaravgifter', '1298000', '1336412'],
        ['5010', 'Lokalhyra', '720000', '720000'],
        ['6110.10', 'Telefoni', '64000', '58129'],
        ['6550', 'Konsulttjänster', '2100000', '1884230'],
        ['7690.9', 'Övriga kostnader', '1788000', '1901004'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, text, b, o] of data) {
        putRow(ws, r, 'A', [konto, text]);
        num(ws, `C${r}`, kr(b), 'kr');
        num(ws, `D${r}`, kr(o), 'kr');
        const side = sideOfCode(konto);
        num(ws, `E${r}`, side === 'income' ? kr(o) - kr(b) : kr(b) - kr(o), 'kr');
        lines.push({ row: r, key: text, side, budget: kr(b), outcome: kr(o) });
        r++;
      }
      widths(ws, { A: 10, B: 32, C: 13, D: 13, E: 12 });
      return built7(wb, {
        family: 'ledger',
        description:
          "A kommunalförbund's budget against outcome per account in kronor, all amounts positive (said in row 2), with the codes its chart of accounts really has, kept as text: a letter suffix for the member fee split per member (3041A, 3041B) and sub-accounts after a dot (4010.1 månadsavlönade, 4010.2 timavlönade, 6110.10, 7690.9). The class is the first digit of the code: 3041A and 3041B are income, 4010.1 a cost; the code is not an amount and not a decimal number. Unsigned: income deviation = utfall − budget, cost deviation = budget − utfall; Avvikelse agrees on every row.",
        source: 'Kommunalförbund, budget per konto with sub-accounts and suffixed codes',
        tests: 'account codes 3041A and 4010.1 as text: the class from the first digit, unsigned sides from it',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Ansvar | Verksamhet | Konto | Benämning | Budget | Utfall | Förbrukat % (98.3 as a number) | Avvikelse; ledger. */
function threeCodes(): Fixture {
  return {
    name: 'ansvar-verksamhet-konto-tre-kodkolumner-fore-benamningen-forbrukat-procent-som-tal',
    build: () => {
      const wb = newBook('Raindance');
      const ws = wb.addWorksheet('Uppföljning');
      put(ws, 'A1', 'Uppföljning ansvar/verksamhet/konto – helår 2025', { bold: true, size: 12 });
      put(ws, 'A2', 'Kommunalförbundet Gymnasieförbundet Höglandet');
      put(ws, 'A3', 'Belopp i kr. Förbrukat % = utfall / budget × 100.', { italic: true });
      const H = 5;
      putRow(ws, H, 'A', ['Ansvar', 'Verksamhet', 'Konto', 'Benämning', 'Budget 2025', 'Utfall 2025', 'Förbrukat %', 'Avvikelse'], {
        bold: true,
        border: true,
      });
      const data: [string, string, string, string, string, string][] = [
        ['110', '1000', '3041', 'Medlemsavgifter', '-9241000', '-9241000'],
        ['110', '1000', '4010', 'Löner', '2100000', '2064118'],
        ['110', '1000', '4710', 'Arbetsgivaravgifter', '660000', '648732'],
        ['110', '1000', '6420', 'Revision', '95000', '95000'],
        ['120', '2100', '3510', 'Kursavgifter', '-450000', '-512300'],
        ['120', '2100', '4010', 'Löner', '2850000', '2938571'],
        ['120', '2100', '4710', 'Arbetsgivaravgifter', '896000', '923315'],
        ['120', '2100', '5410', 'Förbrukningsinventarier', '140000', '211448'],
        ['210', '2200', '4010', 'Löner', '1720000', '1655002'],
        ['210', '2200', '4710', 'Arbetsgivaravgifter', '540000', '520173'],
        ['210', '2200', '5010', 'Lokalhyra', '480000', '480000'],
        ['210', '2200', '6990', 'Övriga kostnader', '210000', '168890'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [ansvar, verks, konto, text, b, o] of data) {
        putRow(ws, r, 'A', [ansvar, verks, konto, text]);
        num(ws, `E${r}`, kr(b), 'kr');
        num(ws, `F${r}`, kr(o), 'kr');
        put(ws, `G${r}`, Math.round((Number(o) / Number(b)) * 1000) / 10, { numFmt: '0.0' });
        num(ws, `H${r}`, kr(b) - kr(o), 'kr');
        lines.push({ row: r, key: text, side: sideOfCode(konto), budget: kr(b), outcome: kr(o) });
        r++;
      }
      put(ws, `D${r}`, 'Summa', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `F${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `H${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 8, B: 11, C: 8, D: 26, E: 13, F: 13, G: 12, H: 12 });
      return built7(wb, {
        family: 'ledger',
        description:
          'A gymnasieförbund\'s Raindance report per ansvar, verksamhet and konto: three code columns (Ansvar 110, Verksamhet 1000, Konto 4010, all text) before one name column (Benämning), then Budget 2025, Utfall 2025, "Förbrukat %" (utfall ÷ budget × 100 kept as a plain number with one decimal, 98.3, not a fraction and not an amount) and Avvikelse (budget − utfall). Löner and Arbetsgivaravgifter occur under three ansvar: each row is its own line. Ledger signs (income negative). The Summa row foots (its Förbrukat % is left empty: the budget nets to 0).',
        source: 'Kommunalförbund (gymnasium), Raindance uppföljning ansvar/verksamhet/konto',
        tests: 'three code columns before one name column, Förbrukat % as a plain number beside the amounts',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'C', line: 'D', budget: 'E', outcome: 'F', deviation: 'H' },
            cells: { budget: ['E'], outcome: ['F'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['E', 'F', 'H'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'H', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Header on row 1, AutoFilter on it, filtered to one Kostnadsställe: the other rows hidden, but all are the budget. */
function autofilterHidden(): Fixture {
  return {
    name: 'autofilter-pa-rad-1-filtrerat-pa-ett-kostnadsstalle-dolda-rader-raknas-anda',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Data');
      putRow(ws, 1, 'A', ['Kostnadsställe', 'Konto', 'Kontotext', 'Årsbudget', 'Utfall', 'Avvikelse'], { bold: true });
      const data: [string, string, string, string, string][] = [
        ['K10', '3041', 'Medlemsavgifter', '-5400000', '-5400000'],
        ['K10', '4010', 'Löner', '1200000', '1231554'],
        ['K10', '6420', 'Revision', '80000', '72500'],
        ['K20', '3510', 'Avgifter', '-620000', '-588140'],
        ['K20', '4010', 'Löner', '2160000', '2087336'],
        ['K20', '4710', 'Arbetsgivaravgifter', '678000', '655424'],
        ['K20', '5810', 'Resor', '90000', '131275'],
        ['K30', '4010', 'Löner', '980000', '1012688'],
        ['K30', '5010', 'Lokalhyra', '522000', '522000'],
        ['K30', '6990', 'Övrigt', '310000', '266018'],
      ];
      const lines: SpecLine[] = [];
      let r = 2;
      for (const [ks, konto, text, b, o] of data) {
        putRow(ws, r, 'A', [ks, Number(konto), text]);
        num(ws, `D${r}`, kr(b), 'kr');
        num(ws, `E${r}`, kr(o), 'kr');
        num(ws, `F${r}`, kr(b) - kr(o), 'kr');
        // Filtered to K20: Excel hides every other row and keeps them in the file.
        if (ks !== 'K20') ws.getRow(r).hidden = true;
        lines.push({ row: r, key: text, side: sideOfCode(konto), budget: kr(b), outcome: kr(o) });
        r++;
      }
      ws.autoFilter = `A1:F${r - 1}`;
      ws.views = [{ state: 'frozen', ySplit: 1 }];
      widths(ws, { A: 15, B: 8, C: 22, D: 13, E: 13, F: 12 });
      return built7(wb, {
        family: 'ledger',
        description:
          "A kommunalförbund's budget list exported with the header on row 1 and an AutoFilter on it, saved while filtered to Kostnadsställe K20: the rows of K10 and K30 are hidden (rows 2–4 and 9–11) but are still in the file and still the förbund's budget and outcome. All ten rows are lines, hidden or not; nothing is a total. Ledger signs (income negative), Avvikelse = årsbudget − utfall agrees on every row; Löner occurs under three kostnadsställen.",
        source: 'Kommunalförbund, budget list saved with an AutoFilter applied',
        tests: 'header on row 1, AutoFilter filtered to one value: hidden rows are lines all the same',
        tables: [
          {
            sheet: ws.name,
            headerRow: 1,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { dimension: 'A', code: 'B', line: 'C', budget: 'D', outcome: 'E', deviation: 'F' },
            cells: { budget: ['D'], outcome: ['E'] },
            lines,
            count: true,
          },
        ],
        reported: [{ table: 0, col: 'F', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Budget typed in whole kronor (#,##0), outcome from the ledger with öre (#,##0.00); Differens with öre. */
function wholeAndOre(): Fixture {
  return {
    name: 'budget-i-hela-kronor-utfall-fran-huvudboken-med-oren-differens-med-oren',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Saldolista mot budget');
      put(ws, 'A1', 'Saldolista mot budget, helår 2025 – Kommunalförbundet Skaraborgsvatten', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget 2025', 'Utfall 2025', 'Differens'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['3041', 'Medlemsavgifter', '-14250000', '-14250000.00'],
        ['3110', 'Statsbidrag', '-320000', '-352118.40'],
        ['3990', 'Övriga intäkter', '-40000', '-61207.15'],
        ['4010', 'Löner', '6820000', '6904318.62'],
        ['4710', 'Sociala avgifter', '2143000', '2169297.19'],
        ['5010', 'Lokalhyra', '1260000', '1260000.00'],
        ['5460', 'Förbrukningsmaterial', '185000', '212864.37'],
        ['6110', 'Telefon och IT', '390000', '371950.08'],
        ['6420', 'Revisionsarvode', '110000', '108750.00'],
        ['6550', 'Konsulttjänster', '1860000', '1739402.55'],
        ['7410', 'Pensionskostnader', '1842000', '1911633.90'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, text, b, o] of data) {
        putRow(ws, r, 'A', [Number(konto), text]);
        num(ws, `C${r}`, kr(b), 'kr', '#,##0');
        num(ws, `D${r}`, kr(o), 'kr', '#,##0.00');
        num(ws, `E${r}`, kr(b) - kr(o), 'kr', '#,##0.00');
        lines.push({ row: r, key: text, side: sideOfCode(konto), budget: kr(b), outcome: kr(o) });
        r++;
      }
      put(ws, `B${r}`, 'Summa', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0.00', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 8, B: 26, C: 14, D: 16, E: 14 });
      return built7(wb, {
        family: 'ledger',
        description:
          "A kommunalförbund's saldolista beside its budget: Budget 2025 typed in whole kronor (format #,##0), Utfall 2025 from the ledger with öre (#,##0.00, e.g. 6 904 318,62) and Differens = budget − utfall with öre. Every figure is exact to the öre: the deviation of Löner is −84 318,62, not −84 319; the Summa row foots to the öre (the budget nets to 0). Ledger signs.",
        source: 'Kommunalförbund (VA), saldolista mot budget with öre',
        tests: 'a whole-kronor budget against an outcome in öre: deviations and totals exact to the öre',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** A tabular pivot pasted as values: Verksamhet | Konto | Summa av Budget | Summa av Utfall, "(tom)" rows, Totalsumma. */
function pivotEmpty(): Fixture {
  return {
    name: 'pivot-inklistrad-med-tom-som-verksamhet-och-konto-tomma-varden-och-totalsumma',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Pivot');
      putRow(ws, 1, 'A', ['År', 2025]);
      putRow(ws, 3, 'A', ['Verksamhet', 'Konto', 'Summa av Budget', 'Summa av Utfall'], { bold: true, fill: 'FFDDEBF7' });
      const blocks: [string, [string, string | null, string | null][]][] = [
        [
          'Kansli',
          [
            ['3041', '-6100000', '-6100000'],
            ['4010', '1940000', '1988312'],
            ['4710', '610000', '624719'],
            ['(tom)', '150000', null],
          ],
        ],
        [
          'Projekt Unga',
          [
            ['4010', '2300000', '2211876'],
            ['6550', '1100000', '1298440'],
          ],
        ],
        [
          '(tom)',
          [
            ['5810', null, '12950'],
            ['6990', null, '84312'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = 4;
      for (const [v, rows] of blocks) {
        const mine: SpecLine[] = [];
        rows.forEach(([konto, b, o], i) => {
          if (i === 0) put(ws, `A${r}`, v);
          put(ws, `B${r}`, konto === '(tom)' ? konto : Number(konto));
          num(ws, `C${r}`, b === null ? null : kr(b), 'kr');
          num(ws, `D${r}`, o === null ? null : kr(o), 'kr');
          const l: SpecLine = { row: r, key: konto, group: v, side: sideOfCode(konto), budget: b === null ? null : kr(b), outcome: o === null ? null : kr(o) };
          lines.push(l);
          mine.push(l);
          r++;
        });
        put(ws, `A${r}`, `${v} Summa`, { bold: true });
        const b = mine.filter((l) => l.budget !== null);
        const o = mine.filter((l) => l.outcome !== null);
        if (b.length) num(ws, `C${r}`, sum(b.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
        if (o.length) num(ws, `D${r}`, sum(o.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: [...(b.length ? ['C'] : []), ...(o.length ? ['D'] : [])], covers: mine.map((l) => l.row) });
        r++;
      }
      put(ws, `A${r}`, 'Totalsumma', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D'], covers: lines.map((l) => l.row) });
      widths(ws, { A: 16, B: 10, C: 16, D: 16 });
      return built7(wb, {
        family: 'pivot',
        system: 'Excel pivot',
        description:
          'A pivot of a samordningsförbund\'s budget and ledger in tabular form, pasted as values: Verksamhet only on the first row of its block, "Kansli Summa" rows and Totalsumma. Excel writes "(tom)" for an empty field: under Kansli an account "(tom)" (a reserve of 150 000 budgeted without an account; its Utfall cell is empty: no outcome), and a Verksamhet "(tom)" holding two accounts booked without a verksamhet (outcome, no budget: ej budgeterat). "(tom)" is a real line and a real group, not a total and not a blank row; its empty cells are no value, not zero, so those three lines have no deviation and the rollups say so. "(tom) Summa" is a total. Ledger signs, deviation = budget − utfall.',
        source: 'Samordningsförbund, pivot of budget and ledger with (tom) rows',
        tests: '"(tom)" as a Verksamhet and as a Konto in a pasted pivot: real lines, empty cells no value, (tom) Summa a total',
        tables: [
          {
            sheet: ws.name,
            headerRow: 3,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            groupBy: 'Verksamhet',
            columns: { dimension: 'A', code: 'B', budget: 'C', outcome: 'D' },
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

export const CODES: Fixture[] = [dottedCodes(), threeCodes(), autofilterHidden(), wholeAndOre(), pivotEmpty()];
