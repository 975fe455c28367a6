/**
 * A driftredovisning per verksamhet laid out in blocks: each verksamhet is three or four rows (Intäkter,
 * Kostnader, Netto) and its name stands only in a cell merged down over the block, left of the row labels, with no
 * header above it. The closing row of each block is a total, never a line; a last block for the whole förbund
 * holds totals only.
 */
import { Fixture, LineFigures, SpecLine, TotalSpec } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { mnkr, sum, tkr } from '../layouts2/money';
import { built11, writeBlock } from './kit';

/** Signed (costs negative), tkr, with a closing block "Totalt förbundet" of three totals. */
function signedBlocks(): Fixture {
  return {
    name: 'driftredovisning-verksamhet-i-sammanslagen-cell-till-vanster-intakter-kostnader-netto-signerat-tkr',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Driftredovisning');
      put(ws, 'A1', 'Räddningstjänstförbundet Mälardalen – driftredovisning per verksamhet 2025', { bold: true, size: 12 });
      put(ws, 'A2', 'Belopp i tkr. Intäkter positiva, kostnader negativa.', { italic: true });
      const H = 4;
      putRow(ws, H, 'C', ['Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true, align: 'right' });
      const data: [string, [string, string], [string, string]][] = [
        ['Ledning och administration', ['1250', '1318'], ['-14600', '-14212']],
        ['Förebyggande verksamhet', ['3400', '3762'], ['-9850', '-10104']],
        ['Operativ verksamhet', ['2100', '2455'], ['-78300', '-79870']],
        ['Utbildning och övning', ['4800', '4215'], ['-6200', '-5890']],
        ['Larm- och ledningscentral', ['600', '600'], ['-5150', '-5020']],
        ['Finansiering (medlemsbidrag och finansnetto)', ['113300', '113300'], ['-1200', '-1460']],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      for (const [name, inc, cost] of data) {
        const rows = [
          { label: 'Intäkter', side: 'income' as const, amounts: { C: tkr(inc[0]), D: tkr(inc[1]), E: tkr(inc[1]) - tkr(inc[0]) } },
          { label: 'Kostnader', side: 'cost' as const, amounts: { C: tkr(cost[0]), D: tkr(cost[1]), E: tkr(cost[1]) - tkr(cost[0]) } },
        ];
        const b = writeBlock(ws, r, { name, rows }, { label: 'Netto', cols: ['C', 'D', 'E'], sign: () => 1n }, { budget: 'C', outcome: 'D' }, 'tkr', '#,##0');
        lines.push(...b.lines);
        totals.push(b.total);
        r = b.next;
      }
      // The förbund as a whole: Intäkter, Kostnader and Netto over every block, each a total.
      const first = r;
      put(ws, `A${r}`, 'Totalt förbundet', { bold: true });
      for (const [label, pick] of [
        ['Intäkter', (l: SpecLine) => l.side === 'income'],
        ['Kostnader', (l: SpecLine) => l.side === 'cost'],
        ['Netto', () => true],
      ] as [string, (l: SpecLine) => boolean][]) {
        const ls = lines.filter(pick);
        put(ws, `B${r}`, label, { bold: true });
        num(ws, `C${r}`, sum(ls.map((l) => l.budget)), 'tkr', '#,##0', { bold: true });
        num(ws, `D${r}`, sum(ls.map((l) => l.outcome)), 'tkr', '#,##0', { bold: true });
        num(ws, `E${r}`, sum(ls.map((l) => l.outcome! - l.budget!)), 'tkr', '#,##0', { bold: true });
        totals.push({ sheet: ws.name, unit: 'tkr', row: r, cols: ['C', 'D', 'E'], covers: ls.map((l) => l.row) });
        r++;
      }
      ws.mergeCells(`A${first}:A${r - 1}`);
      ws.getCell(`A${first}`).alignment = { vertical: 'middle', wrapText: true };
      widths(ws, { A: 30, B: 12, C: 13, D: 13, E: 12 });
      return built11(wb, {
        family: 'odd',
        description:
          'A räddningstjänstförbund\'s driftredovisning in blocks: each verksamhet is three rows, Intäkter, Kostnader and Netto, and its name stands only in a cell merged down over the block in column A, with no header over column A or B. Signed (costs negative), tkr, Avvikelse = utfall − budget. The lines are the twelve Intäkter and Kostnader rows, told apart by row and grouped by the block\'s name; every "Netto" row is the total of its block, and the last block, "Totalt förbundet", holds three totals (all Intäkter, all Kostnader, Netto), none of them a line. Everything foots.',
        source: 'Kommunalförbund (räddningstjänst), driftredovisning per verksamhet in the årsredovisning',
        tests: 'verksamhet only in a merged cell left of Intäkter / Kostnader / Netto rows; Netto and a Totalt block are totals',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'signed',
            deviations: true,
            columns: { dimension: 'A', line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
            groups: true,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Unsigned, mnkr with one decimal: Intäkter and Kostnader positive, Nettokostnad = kostnader − intäkter. */
function unsignedBlocksMnkr(): Fixture {
  return {
    name: 'verksamhetsblock-mnkr-en-decimal-kostnader-positiva-nettokostnad-per-block-osignerat',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Verksamheter');
      put(ws, 'A1', 'Region- och kommunförbundet Mittland', { bold: true, size: 12 });
      put(ws, 'A2', 'Budgetuppföljning per verksamhet, helår 2025 (mnkr)');
      const H = 4;
      putRow(ws, H, 'C', ['Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true, border: true, align: 'right' });
      const data: [string, [string, string], [string, string]][] = [
        ['Regional utveckling', ['14.2', '16.8'], ['38.6', '41.3']],
        ['Kollektivtrafik', ['212.4', '208.9'], ['486.1', '479.5']],
        ['Kompetensförsörjning', ['6.5', '5.1'], ['17.9', '16.2']],
        ['Kultur', ['3.1', '3.4'], ['24.7', '25.6']],
        ['Kansli och politisk ledning', ['0.4', '0.7'], ['19.8', '18.9']],
      ];
      const fav = (side: 'income' | 'cost', b: bigint, o: bigint) => (side === 'income' ? o - b : b - o);
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      for (const [name, inc, cost] of data) {
        const [ib, io, cb, co] = [mnkr(inc[0]), mnkr(inc[1]), mnkr(cost[0]), mnkr(cost[1])];
        const rows = [
          { label: 'Intäkter', side: 'income' as const, amounts: { C: ib, D: io, E: fav('income', ib, io) } },
          { label: 'Kostnader', side: 'cost' as const, amounts: { C: cb, D: co, E: fav('cost', cb, co) } },
        ];
        // Nettokostnad = kostnader − intäkter; its Avvikelse = budget − utfall of the net cost, the sum of the two.
        const b = writeBlock(
          ws,
          r,
          { name, rows },
          { label: 'Nettokostnad', cols: ['C', 'D'], sign: (s) => (s === 'cost' ? 1n : -1n) },
          { budget: 'C', outcome: 'D' },
          'mnkr',
          '#,##0.0',
        );
        const netDev = rows[0].amounts.E + rows[1].amounts.E;
        num(ws, `E${b.total.row}`, netDev, 'mnkr', '#,##0.0', { bold: true });
        lines.push(...b.lines);
        totals.push(b.total);
        r = b.next;
      }
      r++;
      const nets = lines.map((l) => (l.side === 'cost' ? l.row : ([l.row, -1] as [number, -1])));
      put(ws, `B${r}`, 'Summa nettokostnad', { bold: true });
      const signed = (f: (l: SpecLine) => bigint) => sum(lines.map((l) => (l.side === 'cost' ? f(l) : -f(l))));
      num(
        ws,
        `C${r}`,
        signed((l) => l.budget!),
        'mnkr',
        '#,##0.0',
        { bold: true },
      );
      num(
        ws,
        `D${r}`,
        signed((l) => l.outcome!),
        'mnkr',
        '#,##0.0',
        { bold: true },
      );
      totals.push({ sheet: ws.name, unit: 'mnkr', row: r, cols: ['C', 'D'], covers: nets });
      widths(ws, { A: 26, B: 20, C: 13, D: 13, E: 12 });
      return built11(wb, {
        family: 'odd',
        description:
          "A regionförbund's follow-up in mnkr with one decimal (14,2), laid out in blocks: the verksamhet's name merged down over its rows in column A, and in column B Intäkter, Kostnader and Nettokostnad. Unsigned: income and costs both positive, Nettokostnad = kostnader − intäkter (a total of the block, not a line). Avvikelse is favourable-positive on every row (utfall − budget for Intäkter, budget − utfall for Kostnader and Nettokostnad). A Summa nettokostnad row closes the table after a blank row. Each group mixes income and costs, so its figures are its result (or the net cost, the same with the other sign).",
        source: 'Regionförbund, uppföljning per verksamhet in a board paper',
        tests: 'blocks named in a merged cell, unsigned, mnkr with one decimal: Nettokostnad per block a total, groups as results',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'mnkr',
            convention: 'unsigned',
            deviations: true,
            columns: { dimension: 'A', line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
            groups: true,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const BLOCKS: Fixture[] = [signedBlocks(), unsignedBlocksMnkr()];
