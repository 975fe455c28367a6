import { CellValue } from '../../src/core/cells';
import { generatedMark } from '../../src/core/marks';
import { OutputCell, OutputColumn, OutputSheet, RowStyle, fitToWidth } from '../../src/core/render/output';
import { fittedAxis } from '../../src/core/render/summary-sheet';

/** A signed operating statement in tkr, with a formula total, a number format, an error value and text that only looks like one. */
export const DRIFT: CellValue[][] = [
  ['Driftredovisning (tkr)'],
  [],
  ['Konto', 'Budget', 'Utfall', 'Kommentar'],
  ['Löner', 1200, 1350, 'Övertid i mars'],
  ['Hyra', 300, 280.5, null],
  ['Resor', 50, { error: '#N/A' }, '#N/A'],
  ['Summa', 1550, 1630.5, null],
];

/** Net cost per goal area in kronor: the rows are goal areas, so the deviations sheet gets a chart. */
export const NETTOKOSTNAD: CellValue[][] = [
  ['Mål', 'Budget helår', 'Prognos', 'Utfall helår', 'Avvikelse budget-utfall'],
  ['Mål 1: Utbildning', 2300000, 2100000, 1807800, 492200],
  ['Mål 2: Omvärld', 3840000, 3790000, 4439600, -599600],
  ['Medlemsavgifter', 500000, 500000, 520000, 20000],
  ['TOTAL NETTOKOSTNAD', 6640000, 6390000, 6767400, -127400],
];

/** Line labels a user may well have typed as text, each of which Excel would turn into a formula or a number. */
export const INJECTION_LABELS = ['=HYPERLINK("http://x","y")', '+1', '-2', '@x'];

export const PROJEKT: CellValue[][] = [
  ['Projekt', 'Budget', 'Utfall'],
  ...INJECTION_LABELS.map((label, i): CellValue[] => [label, 100 * (i + 1), 90 * (i + 1)]),
  ['Summa', 1000, 900],
];

const AREAS = ['Mål 1: Utbildning', 'Mål 2: Omvärld', 'Mål 3: Näringsliv', 'Mål 4: Livsmiljö', 'Administration'];

function budget(i: number): number {
  return 10000 + ((i * 7919) % 90000);
}
function outcome(i: number): number {
  return budget(i) + ((i * 104729) % 20001) - 10000;
}

/** A budget sheet of `n` lines: goal area, line, budget, outcome (kronor), under a title and a header. */
export function bigBudget(n: number): CellValue[][] {
  const rows: CellValue[][] = [['Driftredovisning (kr)'], [], ['Målområde', 'Konto', 'Budget', 'Utfall']];
  for (let i = 0; i < n; i++) rows.push([AREAS[Math.floor((i * AREAS.length) / n)], `Konto ${4000 + i} Konsulttjänster`, budget(i), outcome(i)]);
  return rows;
}

const COLUMNS: OutputColumn[] = [
  { header: 'Tabell', kind: 'text', width: 16 },
  { header: 'Målområde', kind: 'text', width: 30 },
  { header: 'Rad', kind: 'text', width: 44 },
  { header: 'Nivå', kind: 'text', width: 11 },
  { header: 'Budget', kind: 'amount', width: 15 },
  { header: 'Utfall', kind: 'amount', width: 15 },
  { header: 'Avvikelse', kind: 'amount', width: 15 },
  { header: 'Avvikelse %', kind: 'percent', width: 11 },
  { header: 'Bedömning', kind: 'text', width: 12 },
  { header: 'Flagga', kind: 'text', width: 12 },
  { header: 'Källa', kind: 'text', width: 22 },
  { header: 'Kommentar', kind: 'text', width: 40 },
  { header: 'Åtgärd', kind: 'text', width: 40 },
];

/**
 * The deviations sheet for `bigBudget(n)`, built directly (the core's own rendering is tested elsewhere):
 * a group row per goal area with its lines under it, then the total, and a chart of the group rows.
 */
export function bigDeviations(n: number): OutputSheet {
  const rows: OutputCell[][] = [];
  const rowStyles: RowStyle[] = [];
  const chartRows: number[] = [];
  const row = (area: string | null, line: string | null, level: string, b: number, o: number, source: string, style: RowStyle) => {
    const deviation = b - o;
    const flagged = Math.abs(deviation) >= 5000 && Math.abs(deviation / b) >= 0.05;
    rows.push([
      'Drift',
      area,
      line,
      level,
      b,
      o,
      deviation,
      Number((deviation / b).toFixed(6)),
      deviation >= 0 ? 'Gynnsam' : 'Ogynnsam',
      flagged ? '⚠ Flaggad' : null,
      source,
      null,
      null,
    ]);
    rowStyles.push(style);
  };
  let total = [0, 0];
  AREAS.forEach((area, a) => {
    const lines = Array.from({ length: n }, (_, i) => i).filter((i) => Math.floor((i * AREAS.length) / n) === a);
    const sum = lines.reduce((s, i) => [s[0] + budget(i), s[1] + outcome(i)], [0, 0]);
    total = [total[0] + sum[0], total[1] + sum[1]];
    chartRows.push(rows.length);
    row(area, null, 'Målområde', sum[0], sum[1], 'Drift', 'group');
    for (const i of lines) row(area, `Konto ${4000 + i} Konsulttjänster`, 'Rad', budget(i), outcome(i), `Drift!A${i + 4}`, 'normal');
  });
  row(null, null, 'Summa', total[0], total[1], `Drift!A3:D${n + 3}`, 'total');
  return {
    key: 'deviations',
    name: 'Avvikelser',
    title: 'Avvikelser – budget mot utfall',
    notes: [generatedMark('sv', 'Avvikelser'), 'Belopp i kronor.'],
    table: {
      name: 'Avstamning_Avvikelser',
      columns: COLUMNS,
      rows,
      rowStyles,
      conditional: [
        { column: 9, when: { equals: '⚠ Flaggad' }, style: 'bad', wholeRow: true },
        { column: 6, when: { lessThan: 0 }, style: 'bad', wholeRow: false },
      ],
    },
    chart: {
      title: 'Avvikelse per målområde',
      bars: chartRows.map((r) => ({ name: String(rows[r][1]), value: rows[r][6] as number })),
      series: ['Gynnsam', 'Ogynnsam'],
      numberFormat: '#,##0" kr"',
      axis: fittedAxis(chartRows.map((r) => rows[r][6] as number)),
    },
    print: fitToWidth(COLUMNS, 2),
  };
}
