/**
 * Workbooks of several sheets or of formulas: one sheet per month each holding the year to date, one sheet per
 * förvaltning beside a summary sheet, an investment budget per project, and a budget whose totals are formulas
 * with one stale cached result.
 */
import ExcelJS from 'exceljs';
import { built, Fixture, SpecLine, TableSpec, TotalSpec } from '../layouts2/spec';
import { formula, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, Ore, sum, tkr } from '../layouts2/money';

/** One sheet per month (Jan, Feb, Mar, Apr), each "Budget ack" / "Utfall ack" through that month; tkr. */
function monthSheets(): Fixture {
  return {
    name: 'ett-blad-per-manad-jan-apr-ackumulerat-budget-ack-utfall-ack',
    build: () => {
      const wb = newBook('Ekonom');
      const items: [string, 'income' | 'cost', number, number[]][] = [
        // label, side, full-year budget (tkr), outcome per month (tkr)
        ['Medlemsbidrag', 'income', 9600, [800, 800, 800, 800]],
        ['Bidrag från Arbetsförmedlingen', 'income', 1200, [0, 0, 300, 0]],
        ['Personal', 'cost', 6840, [548, 571, 566, 602]],
        ['Lokaler', 'cost', 1080, [90, 90, 90, 90]],
        ['Insatser för deltagare', 'cost', 2400, [74, 168, 231, 219]],
        ['Administration', 'cost', 480, [61, 22, 38, 41]],
      ];
      const months = ['Jan', 'Feb', 'Mar', 'Apr'];
      const tables: TableSpec[] = [];
      months.forEach((m, i) => {
        const ws = wb.addWorksheet(m);
        put(ws, 'A1', `Samordningsförbundet Västra Mälardalen – uppföljning t.o.m. ${['januari', 'februari', 'mars', 'april'][i]} 2025 (tkr)`, { bold: true });
        const H = 3;
        putRow(ws, H, 'A', ['Post', 'Årsbudget', 'Budget ack', 'Utfall ack', 'Avvikelse ack'], { bold: true, border: true });
        const lines: SpecLine[] = [];
        let r = H + 1;
        for (const [label, side, year, out] of items) {
          const yb = tkr(year);
          const pb = (yb * BigInt(i + 1)) / 12n;
          const o = sum(out.slice(0, i + 1).map((x) => tkr(x)));
          put(ws, `A${r}`, label);
          num(ws, `B${r}`, yb, 'tkr');
          num(ws, `C${r}`, pb, 'tkr');
          num(ws, `D${r}`, o, 'tkr');
          num(ws, `E${r}`, side === 'income' ? o - pb : pb - o, 'tkr');
          lines.push({ row: r, key: label, side, budget: yb, periodBudget: pb, outcome: o });
          r++;
        }
        widths(ws, { A: 32, B: 11, C: 11, D: 11, E: 13 });
        tables.push({
          sheet: m,
          headerRow: H,
          unit: 'tkr',
          convention: 'unsigned',
          deviations: true,
          columns: { line: 'A', budget: 'B', periodBudget: 'C', outcome: 'D', deviation: 'E' },
          period: { months: i + 1, basis: 'column' },
          cells: { budget: ['B'], periodBudget: ['C'], outcome: ['D'] },
          lines,
        });
      });
      return built(wb, {
        family: 'interim',
        description:
          'A samordningsförbund keeps one sheet per month (Jan, Feb, Mar, Apr), each a copy of the last with the year to date: Årsbudget, Budget ack (the budget through that month, one twelfth a month), Utfall ack and Avvikelse ack. Each sheet is its own table with its own period (1, 2, 3, 4 months); nothing is to be summed across sheets (that would count January four times). Unsigned: Medlemsbidrag and Bidrag are income.',
        source: 'Samordningsförbund, monthly follow-up kept as one sheet per month',
        tests: 'sheets named Jan–Apr each with year-to-date figures, Budget ack as the period budget, not summed across sheets',
        tables,
        reported: tables.map((_, i) => ({ table: i, col: 'E', expect: (l) => l.deviation })),
      });
    },
  };
}

/** One sheet per förvaltning (Budget | Utfall per verksamhet) and a Sammanställning whose rows must agree. */
function forvaltningSheets(): Fixture {
  return {
    name: 'ett-blad-per-forvaltning-och-sammanstallning-som-inte-stammer',
    build: () => {
      const wb = newBook('Kommunledningsförvaltningen');
      const summary = wb.addWorksheet('Sammanställning');
      const depts: [string, [string, string, string][]][] = [
        [
          'Utbildningsförvaltningen',
          [
            ['Förskola', '148600', '151204'],
            ['Grundskola', '286400', '283950'],
            ['Gymnasieskola', '121300', '126870'],
            ['Vuxenutbildning', '18700', '17412'],
          ],
        ],
        [
          'Socialförvaltningen',
          [
            ['Individ- och familjeomsorg', '92300', '101640'],
            ['Funktionsstöd', '134800', '137255'],
            ['Ekonomiskt bistånd', '38500', '44120'],
          ],
        ],
        [
          'Samhällsbyggnadsförvaltningen',
          [
            ['Gata och park', '41200', '39874'],
            ['Plan och bygg', '9800', '8615'],
            ['Räddningstjänst', '27400', '27400'],
          ],
        ],
      ];
      const tables: TableSpec[] = [];
      const totals: TotalSpec[] = [];
      const deptTotals: { name: string; b: Ore; o: Ore }[] = [];
      depts.forEach(([dept, rows]) => {
        const ws = wb.addWorksheet(dept.replace('förvaltningen', 'förv'));
        put(ws, 'A1', `${dept} – driftredovisning 2024 (tkr)`, { bold: true });
        const H = 3;
        putRow(ws, H, 'A', ['Verksamhet', 'Budget 2024', 'Utfall 2024'], { bold: true, border: true });
        const lines: SpecLine[] = [];
        let r = H + 1;
        for (const [label, b, o] of rows) {
          put(ws, `A${r}`, label);
          num(ws, `B${r}`, tkr(b), 'tkr');
          num(ws, `C${r}`, tkr(o), 'tkr');
          lines.push({ row: r, key: label, side: 'cost', budget: tkr(b), outcome: tkr(o) });
          r++;
        }
        put(ws, `A${r}`, `Summa ${dept.toLowerCase()}`, { bold: true });
        num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'tkr', '#,##0', { bold: true });
        num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'tkr', '#,##0', { bold: true });
        widths(ws, { A: 30, B: 13, C: 13 });
        totals.push({ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C'], covers: lines.map((l) => l.row) });
        tables.push({
          sheet: ws.name,
          headerRow: H,
          unit: 'tkr',
          convention: 'unsigned',
          deviations: true,
          columns: { line: 'A', budget: 'B', outcome: 'C' },
          cells: { budget: ['B'], outcome: ['C'] },
          lines,
        });
        deptTotals.push({ name: dept, b: sum(lines.map((l) => l.budget)), o: sum(lines.map((l) => l.outcome)) });
      });
      put(summary, 'A1', 'Sammanställning per förvaltning 2024 (tkr)', { bold: true, size: 12 });
      const SH = 3;
      putRow(summary, SH, 'A', ['Förvaltning', 'Budget 2024', 'Utfall 2024'], { bold: true, border: true });
      const sLines: SpecLine[] = [];
      let r = SH + 1;
      // The summary's outcome for Socialförvaltningen was not updated after a late correction (+1 870 tkr).
      const staleRow = SH + 2;
      for (const d of deptTotals) {
        put(summary, `A${r}`, d.name);
        num(summary, `B${r}`, d.b, 'tkr');
        const shown = r === staleRow ? d.o - tkr(1870) : d.o;
        num(summary, `C${r}`, shown, 'tkr');
        sLines.push({ row: r, key: d.name, side: 'cost', budget: d.b, outcome: shown });
        r++;
      }
      put(summary, `A${r}`, 'Summa', { bold: true });
      num(summary, `B${r}`, sum(sLines.map((l) => l.budget)), 'tkr', '#,##0', { bold: true });
      num(summary, `C${r}`, sum(sLines.map((l) => l.outcome)), 'tkr', '#,##0', { bold: true });
      widths(summary, { A: 34, B: 13, C: 13 });
      totals.push({ sheet: summary.name, unit: 'tkr', row: r, cols: ['B', 'C'], covers: sLines.map((l) => l.row) });
      return built(wb, {
        family: 'statement',
        description:
          "A kommun's driftredovisning with one sheet per förvaltning (Budget 2024 | Utfall 2024 per verksamhet, tkr, a Summa row) and a Sammanställning sheet first with one row per förvaltning. Each sheet is its own table (four tables; the summary's lines are the förvaltningar as printed). The summary's Utfall for Socialförvaltningen was not updated after a late correction: it reads 1 870 tkr less than the Summa on the Socialförv sheet (a cross-sheet disagreement the economist would want named; the scorer judges the four tables and the footing Summa rows). Unsigned, all costs.",
        source: 'Kommun, driftredovisning as one sheet per förvaltning plus a summary',
        tests: 'a summary sheet and three detail sheets, a stale summary figure, sheet names abbreviated',
        tables: [
          {
            sheet: summary.name,
            headerRow: SH,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines: sLines,
          },
          ...tables,
        ],
        totals,
      });
    },
  };
}

/** Investeringsbudget per projekt: Total projektbudget | Ack utfall tidigare år | Budget 2025 | Utfall 2025 | Kvar. */
function investeringar(): Fixture {
  return {
    name: 'investeringsbudget-per-projekt-utgift-inkomst-ackumulerat-utfall',
    build: () => {
      const wb = newBook('Ekonomienheten');
      const ws = wb.addWorksheet('Investeringar 2025');
      put(ws, 'A1', 'Investeringsredovisning 2025 – Räddningstjänsten Storgöteborg (tkr)', { bold: true, size: 12 });
      put(ws, 'A2', 'Utgifter positiva, inkomster (bidrag) negativa.');
      const H = 4;
      putRow(
        ws,
        H,
        'A',
        ['Projekt', 'Typ', 'Total projektbudget', 'Ackumulerat utfall t.o.m. 2024', 'Investeringsbudget 2025', 'Utfall 2025', 'Ackumulerat utfall'],
        { bold: true, border: true, wrap: true },
      );
      // [projekt, typ, total, ack before, budget 2025, utfall 2025]
      const data: [string, 'Utgift' | 'Inkomst', string, string, string, string][] = [
        ['P2301 Ny brandstation Kungälv', 'Utgift', '86000', '31240', '42000', '38615'],
        ['P2301 Ny brandstation Kungälv', 'Inkomst', '-4000', '0', '-4000', '-4000'],
        ['P2402 Höjdfordon', 'Utgift', '14500', '2150', '12350', '12890'],
        ['P2403 Släckbilar 2 st', 'Utgift', '9800', '0', '9800', '4920'],
        ['P2410 Övningsfält rökdykning', 'Utgift', '6200', '880', '5320', '1104'],
        ['P2410 Övningsfält rökdykning', 'Inkomst', '-1500', '0', '-1500', '0'],
        ['P2501 Andningsskydd', 'Utgift', '3100', '0', '3100', '3262'],
        ['P2502 IT-infrastruktur larmcentral', 'Utgift', '2400', '0', '2400', '1731'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [p, typ, tot, before, b, o] of data) {
        putRow(ws, r, 'A', [p, typ]);
        num(ws, `C${r}`, tkr(tot), 'tkr');
        num(ws, `D${r}`, tkr(before), 'tkr');
        num(ws, `E${r}`, tkr(b), 'tkr');
        num(ws, `F${r}`, tkr(o), 'tkr');
        num(ws, `G${r}`, tkr(before) + tkr(o), 'tkr');
        lines.push({ row: r, key: p, side: typ === 'Inkomst' ? 'income' : 'cost', budget: tkr(b), outcome: tkr(o) });
        r++;
      }
      put(ws, `A${r}`, 'Summa nettoinvesteringar', { bold: true });
      for (const c of ['C', 'D', 'E', 'F', 'G']) {
        const idx = { C: 2, D: 3, E: 4, F: 5 } as Record<string, number>;
        const v = c === 'G' ? sum(data.map((x) => tkr(x[3]) + tkr(x[5]))) : sum(data.map((x) => tkr(x[idx[c]] as string)));
        num(ws, `${c}${r}`, v, 'tkr', '#,##0', { bold: true });
      }
      widths(ws, { A: 36, B: 9, C: 13, D: 15, E: 14, F: 11, G: 13 });
      return built(wb, {
        family: 'odd',
        description:
          "A räddningstjänstförbund's investment report per project in tkr, expenditure positive and grants (Inkomst rows, under the same project) negative, as row 2 says: costs positive and income negative, which SPEC 1.5 calls the ledger convention. Total projektbudget spans several years, Ackumulerat utfall t.o.m. 2024 is earlier years, Ackumulerat utfall is all years to date: none of them is the year's budget or outcome. The year's budget is Investeringsbudget 2025 and the outcome Utfall 2025. Deviation = budget − outcome (ledger), so an underspend on an expenditure reads positive, e.g. 3 385 tkr for the brandstation, and a grant received short of its budget negative. A project appears twice (Utgift, Inkomst), told apart by row.",
        source: 'Räddningstjänstförbund, investeringsredovisning per projekt',
        tests: 'investment budget per project, multi-year and accumulated columns beside the year, Utgift/Inkomst rows of one project',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'ledger',
            deviations: true,
            columns: { line: 'A', type: 'B', budget: 'E', outcome: 'F' },
            cells: { budget: ['E'], outcome: ['F'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['E', 'F'], covers: lines.map((l) => l.row) }],
      });
    },
  };
}

/** Formulas with cached values: SUM totals, one stale (the sheet was saved with calculation set to manual). */
function staleFormulaTotal(): Fixture {
  return {
    name: 'budget-med-summaformler-sparade-varden-en-inaktuell-summa',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws: ExcelJS.Worksheet = wb.addWorksheet('Budget 2025');
      put(ws, 'A1', 'Kommunalförbundet Gränsbygdens vattenrening – budget och utfall 2025', { bold: true, size: 12 });
      put(ws, 'A2', 'Beräkning: manuell (sparad så av misstag)', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true });
      const sec = (title: string, rows: [string, string, string, string][], side: 'income' | 'cost', start: number) => {
        put(ws, `A${start}`, title, { bold: true });
        const lines: SpecLine[] = [];
        let r = start + 1;
        for (const [k, name, b, o] of rows) {
          putRow(ws, r, 'A', [k, name]);
          num(ws, `C${r}`, kr(b), 'kr');
          num(ws, `D${r}`, kr(o), 'kr');
          const dev = side === 'income' ? kr(o) - kr(b) : kr(b) - kr(o);
          formula(ws, `E${r}`, side === 'income' ? `D${r}-C${r}` : `C${r}-D${r}`, dev, 'kr');
          lines.push({ row: r, key: k, side, budget: kr(b), outcome: kr(o) });
          r++;
        }
        return { lines, next: r };
      };
      const inc = sec(
        'Intäkter',
        [
          ['3110', 'VA-avgifter från medlemskommuner', '18400000', '18412500'],
          ['3510', 'Slamavgifter', '1250000', '1318420'],
          ['3990', 'Övriga intäkter', '90000', '41260'],
        ],
        'income',
        H + 1,
      );
      const incTotal = inc.next;
      put(ws, `B${incTotal}`, 'Summa intäkter', { bold: true });
      formula(ws, `C${incTotal}`, `SUM(C${H + 2}:C${incTotal - 1})`, sum(inc.lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      formula(ws, `D${incTotal}`, `SUM(D${H + 2}:D${incTotal - 1})`, sum(inc.lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      const cost = sec(
        'Kostnader',
        [
          ['4010', 'Löner', '5860000', '5912330'],
          ['4710', 'Sociala avgifter', '1841000', '1857724'],
          ['5120', 'El för drift', '2950000', '3486915'],
          ['5410', 'Kemikalier', '1380000', '1529006'],
          ['5710', 'Reparation och underhåll', '2100000', '1674380'],
          ['6990', 'Övriga kostnader', '640000', '587212'],
          ['7830', 'Avskrivningar', '3650000', '3638750'],
        ],
        'cost',
        incTotal + 2,
      );
      const costTotal = cost.next;
      const costB = sum(cost.lines.map((l) => l.budget));
      const costO = sum(cost.lines.map((l) => l.outcome));
      // The el line was corrected (from 2 986 915) after calculation was set to manual: the cached sum is stale.
      const staleO = costO - kr('500000');
      put(ws, `B${costTotal}`, 'Summa kostnader', { bold: true });
      formula(ws, `C${costTotal}`, `SUM(C${incTotal + 3}:C${costTotal - 1})`, costB, 'kr', '#,##0', { bold: true });
      formula(ws, `D${costTotal}`, `SUM(D${incTotal + 3}:D${costTotal - 1})`, staleO, 'kr', '#,##0', { bold: true });
      widths(ws, { A: 10, B: 36, C: 14, D: 14, E: 14 });
      return built(wb, {
        family: 'odd',
        description: `A budget sheet whose Avvikelse cells and Summa rows are formulas with cached values (what Excel saved; the product reads the cached value, never recalculates). Calculation had been set to manual and the el line (5120) was corrected afterwards from 2 986 915 to 3 486 915 kr: the cached SUM in D${costTotal} still shows the old total, 500 000 kr short. A careful economist reports that Summa kostnader does not foot (control-total at D${costTotal}); every line is read from its own cells. Unsigned, under Intäkter / Kostnader sections; Avvikelse agrees on every row (no row has a zero deviation: ExcelJS would drop a cached 0).`,
        source: 'Kommunalförbund, hand-kept budget with SUM formulas saved under manual calculation',
        tests: 'formulas with cached values, a stale cached total, section headers for income and costs',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines: [...inc.lines, ...cost.lines],
          },
        ],
        totals: [
          { sheet: ws.name, unit: 'kr', row: incTotal, cols: ['C', 'D'], covers: inc.lines.map((l) => l.row) },
          {
            sheet: ws.name,
            unit: 'kr',
            row: costTotal,
            cols: ['C', 'D'],
            covers: cost.lines.map((l) => l.row),
            mismatch: [{ col: 'D', why: 'cached SUM saved under manual calculation, 500 000 kr short of the corrected lines' }],
          },
        ],
        reported: [{ table: 0, col: 'E', expect: (l) => l.deviation }],
      });
    },
  };
}

export const SHEETS: Fixture[] = [monthSheets(), forvaltningSheets(), investeringar(), staleFormulaTotal()];
