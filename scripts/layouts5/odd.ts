/**
 * Odd columns the earlier corpora lack: a percentage kept as a fraction under a % format beside the amounts, an
 * English report with Δ and Δ % headers, "Avvikelse" over a share of the budget, kronor shown as tkr by a thousands-scaling number format, and a
 * budget in tkr beside an outcome in kronor in one table.
 */
import { Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, sum, tkr } from '../layouts2/money';
import { built5, sideOf } from './kit';

/** Insats | Ansvarig | Budget 2025 | Bokfört t.o.m. december | Förbrukningsgrad (0.853 as 85,3 %) | Kvar. */
function usagePercent(): Fixture {
  return {
    name: 'insatser-bokfort-forbrukningsgrad-som-procentformat-0-853-kvar',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Insatser 2025');
      put(ws, 'A1', 'Insatser 2025 – budget och bokfört, Samordningsförbundet Kalmar län Norra', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Insats', 'Ansvarig', 'Budget 2025', 'Bokfört t.o.m. december', 'Förbrukningsgrad', 'Kvar'], {
        bold: true,
        border: true,
        wrap: true,
      });
      const data: [string, string, string, string][] = [
        ['Unga till arbete', 'Kommunerna', '1450000', '1236880'],
        ['Individstöd IPS', 'Regionen', '980000', '1012455'],
        ['Förrehab Mottagningen', 'Försäkringskassan', '620000', '611204'],
        ['Aktivitetsteam', 'Kommunerna', '1200000', '874312'],
        ['Kompetensutveckling nätverk', 'Förbundet', '150000', '96840'],
        ['Utvärdering', 'Förbundet', '100000', '100000'],
        ['Kansli', 'Förbundet', '1100000', '1087623'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, who, b, o] of data) {
        putRow(ws, r, 'A', [label, who]);
        num(ws, `C${r}`, kr(b), 'kr');
        num(ws, `D${r}`, kr(o), 'kr');
        // A fraction under a % format, rounded as Excel keeps it to four decimals (85,3 % shows as 85 %).
        put(ws, `E${r}`, Math.round((Number(o) / Number(b)) * 10000) / 10000, { numFmt: '0%' });
        num(ws, `F${r}`, kr(b) - kr(o), 'kr');
        lines.push({ row: r, key: label, side: 'cost', budget: kr(b), outcome: kr(o) });
        r++;
      }
      put(ws, `A${r}`, 'Totalt', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      put(ws, `E${r}`, Math.round((Number(sum(lines.map((l) => l.outcome))) / Number(sum(lines.map((l) => l.budget)))) * 10000) / 10000, {
        numFmt: '0%',
        bold: true,
      });
      num(ws, `F${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 30, B: 18, C: 13, D: 14, E: 14, F: 13 });
      return built5(wb, {
        family: 'odd',
        description:
          "A samordningsförbund's list of insatser in kronor: Budget 2025, Bokfört t.o.m. december (the outcome for the whole year), Förbrukningsgrad (bokfört ÷ budget kept as a fraction, 0.853, and shown as 85 % by its number format: a percentage, never an amount, though its header has no % sign) and Kvar (budget − bokfört, the reported deviation). All lines are costs (unsigned). Deviation = budget − outcome; Kvar agrees on every row; the Totalt row foots.",
        source: 'Samordningsförbund, insatsuppföljning with Förbrukningsgrad',
        tests: 'a fraction under a % format with no % in its header, Bokfört as the outcome, Kvar as the reported deviation',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'C', outcome: 'D', deviation: 'F' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'F'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'F', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Account | Description | Budget | Actual | Δ | Δ % | Forecast FY (Aug); signed SEK. */
function englishDelta(): Fixture {
  return {
    name: 'english-budget-actual-delta-och-delta-procent-forecast-fy-sek',
    build: () => {
      const wb = newBook('Finance officer');
      const ws = wb.addWorksheet('P&L 2025');
      put(ws, 'A1', 'Interreg Aurora – joint secretariat, profit and loss 2025 (SEK)', { bold: true, size: 12 });
      put(ws, 'A2', 'Income positive, expenditure negative. Δ = Actual − Budget.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Account', 'Description', 'Budget', 'Actual', 'Δ', 'Δ %', 'Forecast FY (Aug)'], { bold: true, border: true });
      const data: [string, string, string, string, string][] = [
        ['3110', 'Programme funding (ERDF)', '8400000', '8400000', '8400000'],
        ['3120', 'National co-financing', '2100000', '2058000', '2100000'],
        ['4010', 'Salaries', '-5250000', '-5318420', '-5300000'],
        ['4710', 'Social security contributions', '-1649550', '-1671048', '-1665000'],
        ['5010', 'Office rent', '-480000', '-480000', '-480000'],
        ['5810', 'Travel', '-620000', '-511384', '-560000'],
        ['6550', 'External experts', '-1800000', '-2046117', '-1950000'],
        ['6990', 'Other expenditure', '-350000', '-288940', '-330000'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [acc, text, b, o, f] of data) {
        putRow(ws, r, 'A', [acc, text]);
        num(ws, `C${r}`, kr(b), 'kr');
        num(ws, `D${r}`, kr(o), 'kr');
        num(ws, `E${r}`, kr(o) - kr(b), 'kr');
        put(ws, `F${r}`, Math.round(((Number(o) - Number(b)) / Math.abs(Number(b))) * 1000) / 1000, { numFmt: '0.0%' });
        num(ws, `G${r}`, kr(f), 'kr');
        lines.push({ row: r, key: acc, side: sideOf(acc), budget: kr(b), outcome: kr(o), forecast: kr(f) });
        r++;
      }
      put(ws, `B${r}`, 'Net result', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.outcome! - l.budget!)), 'kr', '#,##0', { bold: true });
      num(ws, `G${r}`, sum(lines.map((l) => l.forecast ?? null)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 9, B: 32, C: 13, D: 13, E: 12, F: 8, G: 16 });
      return built5(wb, {
        family: 'english',
        description:
          'The year-end profit and loss of an Interreg joint secretariat kept in English by a regionförbund, in SEK, signed (income positive, expenditure negative, said in row 2): Budget, Actual (the whole year), Δ (Actual − Budget, the reported deviation under a Greek delta), Δ % (a fraction under a % format: not an amount) and "Forecast FY (Aug)", the full-year forecast made in August: the forecast, with its forecast deviation against the budget. Deviation = actual − budget; Δ agrees on every row; Net result foots.',
        source: 'Regionförbund, Interreg joint secretariat P&L in English',
        tests: 'Δ and Δ % headers, "Forecast FY (Aug)" as the forecast, signed English',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'signed',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D', deviation: 'E', forecast: 'G' },
            cells: { budget: ['C'], outcome: ['D'], forecast: ['G'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'D', 'E', 'G'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Headers say (tkr) but every cell holds kronor shown by the format `#,##0,` (Excel scales by a thousand). */
function scalingFormat(): Fixture {
  return {
    name: 'kronor-i-cellerna-visade-som-tkr-med-talformat-0-komma-rubrik-tkr',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Uppföljning');
      put(ws, 'A1', 'Budgetuppföljning helår 2025 – Kommunalförbundet Miljösamverkan Väst', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget (tkr)', 'Utfall (tkr)', 'Avvikelse (tkr)'], { bold: true, border: true });
      const data: [string, 'income' | 'cost', string, string][] = [
        ['Tillsynsavgifter', 'income', '8450000', '8912367'],
        ['Medlemsavgifter', 'income', '11200000', '11200000'],
        ['Miljö- och hälsoskydd', 'cost', '12840000', '12611784'],
        ['Livsmedelskontroll', 'cost', '4620000', '4877419'],
        ['Administration', 'cost', '2190000', '2043566'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      const fmt = '#,##0,';
      for (const [label, side, b, o] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, kr(b), 'kr', fmt);
        num(ws, `C${r}`, kr(o), 'kr', fmt);
        num(ws, `D${r}`, side === 'income' ? kr(o) - kr(b) : kr(b) - kr(o), 'kr', fmt);
        lines.push({ row: r, key: label, side, budget: kr(b), outcome: kr(o) });
        r++;
      }
      widths(ws, { A: 28, B: 13, C: 13, D: 15 });
      return built5(wb, {
        family: 'odd',
        description:
          'A miljöförbund\'s year-end follow-up whose headers say "(tkr)" while every cell holds kronor (8 912 367): the economist shows them in tkr with the custom number format "#,##0," (in Swedish Excel "# ##0 "), which divides by a thousand on screen only, so the sheet shows 8 912. The amounts are the cells\' kronor; reading them as tkr would make every figure a thousand times too large. The unit is kr (the values); the product must not multiply by 1 000. Unsigned: Tillsynsavgifter and Medlemsavgifter are income. The Avvikelse column agrees on every row.',
        source: 'Kommunalförbund (miljö), budgetuppföljning shown in tkr by a number format',
        tests: 'kronor shown as tkr by a thousands-scaling number format under (tkr) headers',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
        ],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Budget 2025 (tkr) typed by hand beside Utfall 2025 (kr) pasted from the ledger, in one table. */
function mixedUnits(): Fixture {
  return {
    name: 'budget-i-tkr-och-utfall-i-kronor-i-samma-tabell-enhet-per-kolumn',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Budget mot utfall');
      put(ws, 'A1', 'Budget mot utfall 2025 – Kommunalförbundet Sydnärkes Utbildningsförbund', { bold: true, size: 12 });
      put(ws, 'A2', 'Budgeten enligt direktionens beslut i tkr; utfallet hämtat från huvudboken i kronor.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget 2025 (tkr)', 'Utfall 2025 (kr)'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['3020', 'Interkommunala ersättningar', '-38400', '-38912411.50'],
        ['3040', 'Medlemsbidrag', '-61500', '-61500000'],
        ['3110', 'Statsbidrag', '-4250', '-4010288'],
        ['4010', 'Löner', '52800', '53611704.25'],
        ['4710', 'Personalomkostnader', '16600', '16854117'],
        ['5020', 'Lokalhyror', '18900', '18900000'],
        ['6410', 'Läromedel', '3150', '2766412.80'],
        ['6990', 'Övriga kostnader', '12700', '12988103'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, text, b, o] of data) {
        putRow(ws, r, 'A', [Number(konto), text]);
        num(ws, `C${r}`, tkr(b), 'tkr', '#,##0');
        num(ws, `D${r}`, kr(o), 'kr', '#,##0.00');
        lines.push({ row: r, key: konto, side: sideOf(konto), budget: tkr(b), outcome: kr(o) });
        r++;
      }
      widths(ws, { A: 8, B: 30, C: 16, D: 18 });
      return built5(wb, {
        family: 'odd',
        description:
          'An utbildningsförbund\'s budget against outcome where each column says its own unit: "Budget 2025 (tkr)" typed from the direktion\'s decision (-38 400) and "Utfall 2025 (kr)" pasted from the ledger (-38 912 411,50), said again in row 2. Each column is read in its own unit: the budget × 1 000, the outcome as it stands. Comparing the raw figures would make every deviation absurd. Ledger signs, deviation = budget − outcome, in kronor. The table\'s unit is the coarser, tkr (it sets the rounding allowance), while every figure is exact kronor.',
        source: 'Kommunalförbund (utbildning), hand-typed budget in tkr beside a ledger outcome in kronor',
        tests: 'a unit per column header, tkr budget beside a kronor outcome in one table',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        reread: { scale: [{ sheet: ws.name, cols: ['D'], unit: 'kr' }] },
      });
    },
  };
}

/** `Avvikelse` over a share of the budget (=(C−B)/B, shown 5,3 %): alone on one sheet, beside `Avvikelse` in kr on another. */
function deviationAsShare(): Fixture {
  return {
    name: 'avvikelse-som-andel-av-budget-procentformat-utan-procenttecken-i-rubriken',
    build: () => {
      const wb = newBook('Ekonom');
      const data: [string, 'income' | 'cost', string, string][] = [
        ['Medlemsavgifter', 'income', '18400000', '18400000'],
        ['Avgifter och taxor', 'income', '2250000', '2418340'],
        ['Personal', 'cost', '13120000', '13647110'],
        ['Lokaler', 'cost', '2860000', '2860000'],
        ['Fordon', 'cost', '1480000', '1392515'],
        ['Övrigt', 'cost', '2190000', '2011847'],
      ];
      const share = (b: string, o: string) => (Number(o) - Number(b)) / Number(b);
      const tables = [];
      const reported = [];
      // Sheet 1: Avvikelse holds only the share. Sheet 2: Avvikelse in kronor, then Avvikelse again as the share.
      for (const [name, withKronor] of [
        ['Helår', false],
        ['Helår med kronor', true],
      ] as const) {
        const ws = wb.addWorksheet(name);
        put(ws, 'A1', `Uppföljning helår 2025 – Kommunalförbundet Räddningstjänsten Dala Mitt (kr)${withKronor ? ', avvikelse i kronor och procent' : ''}`, {
          bold: true,
          size: 12,
        });
        const H = 3;
        putRow(ws, H, 'A', ['Verksamhet', 'Budget 2025', 'Utfall 2025', 'Avvikelse', ...(withKronor ? ['Avvikelse'] : [])], { bold: true, border: true });
        const lines: SpecLine[] = [];
        let r = H + 1;
        for (const [label, side, b, o] of data) {
          put(ws, `A${r}`, label);
          num(ws, `B${r}`, kr(b), 'kr');
          num(ws, `C${r}`, kr(o), 'kr');
          if (withKronor) num(ws, `D${r}`, side === 'income' ? kr(o) - kr(b) : kr(b) - kr(o), 'kr');
          // The share as Excel keeps a formula's result: full precision, shown as a percent with one decimal.
          put(ws, `${withKronor ? 'E' : 'D'}${r}`, { formula: `(C${r}-B${r})/B${r}`, result: share(b, o) }, { numFmt: '0.0%' });
          lines.push({ row: r, key: label, side, budget: kr(b), outcome: kr(o) });
          r++;
        }
        widths(ws, { A: 24, B: 13, C: 13, D: 12, E: 12 });
        tables.push({
          sheet: ws.name,
          headerRow: H,
          unit: 'kr' as const,
          convention: 'unsigned' as const,
          deviations: true,
          columns: { line: 'A', budget: 'B', outcome: 'C', ...(withKronor ? { deviation: 'D' } : {}) },
          cells: { budget: ['B'], outcome: ['C'] },
          lines,
        });
        if (withKronor) reported.push({ table: 1, col: 'D', expect: (l: LineFigures) => l.deviation });
      }
      return built5(wb, {
        family: 'odd',
        description:
          'A räddningstjänstförbund\'s year-end follow-up in kronor on two sheets. On "Helår" the only column after Budget 2025 and Utfall 2025 is headed "Avvikelse" and holds the formula =(C−B)/B shown as a percent (−5,3 %): the deviation as a share of the budget, not an amount. It is no reported deviation to check against the kronor (that would be a finding on every row where the workbook is right). On "Helår med kronor" the first "Avvikelse" is in kronor (budget − outcome for costs, outcome − budget for income; agrees on every row) and the second "Avvikelse" is the same share: not the same header twice by mistake. Unsigned: Medlemsavgifter and Avgifter och taxor are income.',
        source: 'Räddningstjänstförbund, helårsuppföljning with the deviation as a percentage',
        tests: '"Avvikelse" over a share of the budget under a % format: no amount, no finding; beside an Avvikelse in kronor, no duplicate',
        tables,
        reported,
      });
    },
  };
}

export const ODD: Fixture[] = [usagePercent(), englishDelta(), deviationAsShare(), scalingFormat(), mixedUnits()];
