import { Analysis, TableResult } from '../deviations/analyze';
import { groupKey } from '../deviations/grouping';
import { Figures, Thresholds, comparedBudget } from '../deviations/figures';
import { formatAmount, formatPercent } from './format';
import { generatedMark } from '../marks';
import { Lang, formatMessage } from '../messages';
import { moneyCell, ratioCell } from './cells';
import { groupName } from './group-name';
import { KeptComments, commentKey } from './comments';
import { LABELS } from './labels';
import { EXCEL_MAX_ROWS, OutputCell, OutputColumn, OutputSheet, RowStyle } from './output';

/**
 * The `Avvikelser` sheet: per table, each goal area with its lines under it, then the table's total, which
 * is the exact sum of its lines. Kommentar and Åtgärd keep what the user typed on the previous run.
 */
export function deviationsSheet(analysis: Analysis, lang: Lang, thresholds: Thresholds, kept: KeptComments = new Map()): OutputSheet {
  const L = LABELS[lang];
  const lineCount = analysis.tables.reduce((n, t) => n + t.lines.length, 0);
  const groupCount = analysis.tables.reduce((n, t) => n + t.groups.length + 1, 0);
  // Title, notes, blank row and header come first; past Excel's last row the lines are left out, not cut off.
  const showLines = lineCount + groupCount + 5 <= EXCEL_MAX_ROWS;
  const withForecast = analysis.tables.some((t) => t.lines.some((l) => l.forecast !== null));
  const columns: OutputColumn[] = [
    { header: L.table, kind: 'text', width: 16 },
    { header: L.goalArea, kind: 'text', width: 30 },
    { header: L.line, kind: 'text', width: 44 },
    { header: L.level, kind: 'text', width: 11 },
    { header: L.budget, kind: 'amount', width: 15 },
    ...(withForecast ? [{ header: L.forecast, kind: 'amount' as const, width: 15 }] : []),
    { header: L.outcome, kind: 'amount', width: 15 },
    { header: L.deviation, kind: 'amount', width: 15 },
    { header: L.deviationPercent, kind: 'percent', width: 11 },
    ...(withForecast
      ? [
          { header: L.forecastDeviation, kind: 'amount' as const, width: 15 },
          { header: L.forecastAccuracy, kind: 'amount' as const, width: 15 },
        ]
      : []),
    { header: L.assessment, kind: 'text', width: 12 },
    { header: L.flag, kind: 'text', width: 12 },
    { header: L.source, kind: 'text', width: 22 },
    { header: L.comment, kind: 'text', width: 40 },
    { header: L.action, kind: 'text', width: 40 },
  ];
  const col = (header: string) => columns.findIndex((c) => c.header === header);
  const rows: OutputCell[][] = [];
  const rowStyles: RowStyle[] = [];
  const chartRows: number[] = [];

  const push = (t: TableResult, goal: string | null, line: string | null, level: string, f: Figures, source: string, style: RowStyle) => {
    // Most runs have no comments to keep; then no key is worth computing.
    const [comment, action] = kept.size ? (kept.get(commentKey(t.sheet, goal ?? '', line ?? '', level)) ?? [null, null]) : [null, null];
    rows.push([
      t.sheet,
      goal,
      line,
      level,
      moneyCell(f.budget),
      ...(withForecast ? [moneyCell(f.forecast)] : []),
      moneyCell(f.outcome),
      moneyCell(f.deviation),
      // A double for Excel, made only here; no percentage of a net figure.
      f.kind === 'net' ? null : ratioCell(f.deviation, comparedBudget(f)),
      ...(withForecast ? [moneyCell(f.forecastDeviation), moneyCell(f.forecastAccuracy)] : []),
      f.deviation === null ? null : f.favourable ? L.favourable : L.unfavourable,
      f.flagged ? L.flagged : null,
      source,
      comment,
      action,
    ]);
    rowStyles.push(style);
  };

  for (const t of analysis.tables) {
    const byGroup = new Map<string, typeof t.lines>();
    const groupOf = groupKey(t.grouping);
    for (const l of t.lines) {
      const k = groupOf(l) ?? t.sheet;
      const members = byGroup.get(k);
      if (members) members.push(l);
      else byGroup.set(k, [l]);
    }
    // A summary table's rows are goal areas themselves: one row each is enough.
    const rowsAreGroups = t.layout.labelRole === 'goalArea';
    for (const g of t.groups) {
      const members = byGroup.get(g.name) ?? [];
      const name = groupName(g.name, lang);
      if (rowsAreGroups && members.length === 1) {
        const l = members[0];
        chartRows.push(rows.length);
        push(t, name, null, L.levelGroup, l, `${t.sheet}!A${l.row}`, 'group');
        continue;
      }
      // A table without goal areas is one group: its total row says it all.
      const onlyGroup = t.groups.length === 1 && g.name === t.sheet;
      if (!onlyGroup) push(t, name, null, L.levelGroup, g, `${t.sheet}`, 'group');
      if (showLines) for (const l of members) push(t, name, l.name, L.levelLine, l, `${t.sheet}!A${l.row}`, 'normal');
    }
    push(t, null, null, L.levelTotal, t.total, `${t.sheet}!${t.range}`, 'total');
  }

  const flagCol = col(L.flag);
  const deviationCol = col(L.deviation);
  return {
    key: 'deviations',
    name: L.deviationsSheet,
    title: L.deviationsTitle,
    notes: [
      generatedMark(lang, L.deviationsSheet),
      formatMessage(L.deviationsNote, lang, { amount: formatAmount(thresholds.amountKr, lang), percent: formatPercent(thresholds.percent, lang) }),
      ...(showLines ? [] : [formatMessage(L.linesLeftOut, lang, { lines: lineCount.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB') })]),
    ],
    table: {
      name: lang === 'sv' ? 'Avstamning_Avvikelser' : 'Avstamning_Deviations',
      columns,
      rows,
      rowStyles,
      conditional: [
        { column: flagCol, when: { equals: L.flagged }, style: 'bad', wholeRow: true },
        { column: deviationCol, when: { lessThan: 0 }, style: 'bad', wholeRow: false },
      ],
    },
    chart: chartRows.length ? { title: L.chartTitle, categoryColumn: col(L.goalArea), valueColumns: [deviationCol], rows: chartRows } : undefined,
  };
}
