import { Analysis, TableResult } from '../deviations/analyze';
import { byGoalArea, groupKey } from '../deviations/grouping';
import { Figures, Thresholds, comparedBudget, percentBase } from '../deviations/figures';
import { formatAmount, formatPercent } from './format';
import { generatedMark } from '../marks';
import { Lang, formatMessage } from '../messages';
import { addressIn } from '../read/tables';
import { cellReference } from '../goals/trace';
import { moneyCell, ratioCell } from './cells';
import { notComparedText } from './not-compared';
import { groupName, shortNames } from './group-name';
import { KeptComments, commentKey, keptFor } from './comments';
import { LABELS, Labels } from './labels';
import { CellLink, EXCEL_MAX_ROWS, MAX_LINKS, OutputCell, OutputColumn, OutputSheet, RowStyle, fitToWidth, tidyTable } from './output';

/** The word for a deviation: favourable or not, and material (flagged) or not; never colour alone (SPEC 2.3). */
export function assessment(f: Pick<Figures, 'deviation' | 'favourable' | 'flagged'>, L: Labels): string {
  if (f.deviation === null) return L.notAssessed;
  if (f.flagged) return f.favourable ? L.favourableMaterial : L.unfavourableMaterial;
  return f.favourable ? L.favourable : L.unfavourable;
}

/** Whether any table compares the year so far: then the budget for the period and the full year's stand side by side. */
export const comparesYearToDate = (tables: readonly TableResult[]): boolean => tables.some((t) => t.period !== null);

/** The cell a table's line or group row was read from: its label cell. */
export const sourceCell = (t: TableResult, row: number): string => addressIn(t.layout, row - 1, t.layout.labelCol);

/** The detail sheet, and where each table and group landed on it (for links from the summary). */
export interface DeviationsDetail {
  sheet: OutputSheet;
  /** Body row of each table's first row, by table. */
  firstRow: Map<TableResult, number>;
}

/**
 * The `Avvikelser` sheet, the detail under the summary: per table each group (goal area, section, account
 * class …) with its lines under it, folded in an Excel outline, then the table's total, which is the exact
 * sum of its lines. Only the columns that have data; Kommentar and Åtgärd keep what the user typed.
 */
export function deviationsDetail(analysis: Analysis, lang: Lang, thresholds: Thresholds, kept: KeptComments = new Map()): DeviationsDetail {
  const L = LABELS[lang];
  const lineCount = analysis.tables.reduce((n, t) => n + t.lines.length, 0);
  const groupCount = analysis.tables.reduce((n, t) => n + t.groups.length + 1, 0);
  // Title, notes, blank row and header come first; past Excel's last row the lines are left out, not cut off.
  const showLines = lineCount + groupCount + 6 <= EXCEL_MAX_ROWS;
  const linkLines = lineCount <= MAX_LINKS;
  const ytd = comparesYearToDate(analysis.tables);
  const byArea = analysis.tables.every((t) => byGoalArea(t.grouping));
  // The area's name stands on its group row only, where the line's cell is empty: it runs on across it unwrapped.
  const columns: OutputColumn[] = [
    { header: byArea ? L.goalArea : L.area, kind: 'text', width: 16 },
    { header: L.line, kind: 'text', width: 40, wrap: true },
    { header: ytd ? L.periodBudget : L.budget, kind: 'amount', width: 14 },
    ...(ytd ? [{ header: L.yearBudget, kind: 'amount' as const, width: 14 }] : []),
    { header: L.outcome, kind: 'amount', width: 14 },
    { header: L.deviation, kind: 'amount', width: 14 },
    { header: L.deviationPercent, kind: 'percent', width: 9 },
    { header: L.forecast, kind: 'amount', width: 14 },
    { header: L.forecastDeviation, kind: 'amount', width: 14 },
    { header: L.forecastAccuracy, kind: 'amount', width: 14 },
    { header: L.assessment, kind: 'text', width: 21 },
    { header: L.comment, kind: 'text', width: 24, wrap: true, input: true },
    { header: L.action, kind: 'text', width: 24, wrap: true, input: true },
    { header: L.source, kind: 'text', width: 16, distinct: true },
  ];
  const col = (header: string) => columns.findIndex((c) => c.header === header);
  const rows: OutputCell[][] = [];
  const rowStyles: RowStyle[] = [];
  const outline: number[] = [];
  const links: CellLink[] = [];
  const firstRow = new Map<TableResult, number>();
  const sourceCol = columns.length - 1;
  // A group's name runs on from Område across Rad on its row; one longer than both (a goal area written as a
  // sentence) would be cut at the figures: Område gets its short name and Rad the whole, wrapped.
  // The same for every group of the table, so that its names stand in one column.
  const nameRoom = columns[0].width + columns[1].width - 2;
  const longNames = new Set(analysis.tables.filter((t) => t.groups.some((g) => groupName(g.name, lang).length > nameRoom)));

  // A sheet's reference prefix (`'Budget 2025'!`), made once per table rather than once per line.
  const prefixes = new Map<string, string>();
  const referenceTo = (sheet: string, cell: string) => {
    let prefix = prefixes.get(sheet);
    if (prefix === undefined) prefixes.set(sheet, (prefix = cellReference({ sheet, cell: '' })));
    return prefix + cell;
  };

  // Called once per line: a million lines make a million rows, so no row is built by spreading or filtering.
  const push = (
    t: TableResult,
    goal: string | null,
    line: string | null,
    level: 'line' | 'group' | 'total',
    f: Figures,
    source: string | null,
    style: RowStyle,
    folded: boolean,
  ) => {
    let comment: string | null = null;
    let action: string | null = null;
    // Most runs have no comments to keep; then no key is worth computing.
    // A sheet of one table names no table; a line of an ungrouped table was keyed by its sheet before the outline.
    if (kept.size) {
      const keys = [commentKey(t.sheet, goal ?? '', line ?? '', level), commentKey('', goal ?? '', line ?? '', level)];
      if (goal === null && line !== null) keys.push(commentKey(t.sheet, t.sheet, line, level));
      [comment, action] = keptFor(kept, ...keys);
    }
    if (source && (level !== 'line' || linkLines)) links.push({ row: rows.length, column: sourceCol, to: { sheet: t.sheet, cell: source } });
    const long = level === 'group' && goal !== null && longNames.has(t);
    const budget = comparedBudget(f);
    const area = level === 'total' ? L.total : level === 'group' ? (long ? shortNames([goal!])[0] : goal) : null;
    // A double for Excel, made only here; no percentage of a net figure.
    const ratio = f.kind === 'net' ? null : ratioCell(f.deviation, percentBase(f));
    const reference = source ? referenceTo(t.sheet, source) : null;
    // Written out whole, each shape once: a row built by pushing grows its list on the way.
    const row: OutputCell[] = ytd
      ? [
          area,
          long ? goal : line,
          moneyCell(budget),
          moneyCell(f.budget),
          moneyCell(f.outcome),
          moneyCell(f.deviation),
          ratio,
          moneyCell(f.forecast),
          moneyCell(f.forecastDeviation),
          moneyCell(f.forecastAccuracy),
          assessment(f, L),
          comment,
          action,
          reference,
        ]
      : [
          area,
          long ? goal : line,
          moneyCell(budget),
          moneyCell(f.outcome),
          moneyCell(f.deviation),
          ratio,
          moneyCell(f.forecast),
          moneyCell(f.forecastDeviation),
          moneyCell(f.forecastAccuracy),
          assessment(f, L),
          comment,
          action,
          reference,
        ];
    rows.push(row);
    rowStyles.push(style);
    outline.push(folded ? 1 : 0);
  };

  for (const t of analysis.tables) {
    firstRow.set(t, rows.length);
    // A heading row names the table's sheet (a link to the table); the rows under it are the table's.
    links.push({ row: rows.length, column: 0, to: { sheet: t.sheet, cell: addressIn(t.layout, t.layout.headerRows[0], t.layout.firstCol) } });
    rows.push([t.sheet, ...columns.slice(1).map(() => null)]);
    rowStyles.push('heading');
    outline.push(0);
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
    // A table without groups is one group: its total row says it all, and its lines stand unfolded.
    const onlyGroup = t.groups.length === 1 && t.groups[0].name === t.sheet;
    for (const g of t.groups) {
      const members = byGroup.get(g.name) ?? [];
      const name = groupName(g.name, lang);
      if (rowsAreGroups && members.length === 1) {
        push(t, name, null, 'group', members[0], sourceCell(t, members[0].row), 'group', false);
        continue;
      }
      if (!onlyGroup) push(t, name, null, 'group', g, null, 'group', false);
      if (showLines) for (const l of members) push(t, onlyGroup ? null : name, l.name, 'line', l, sourceCell(t, l.row), 'normal', !onlyGroup);
    }
    push(t, null, null, 'total', t.total, t.join ? null : t.range.split(':')[0], 'total', false);
  }

  const assessmentCol = col(L.assessment);
  const table = tidyTable({
    name: lang === 'sv' ? 'Avstamning_Avvikelser' : 'Avstamning_Deviations',
    columns,
    rows,
    rowStyles,
    conditional: [
      { column: assessmentCol, when: { equals: L.unfavourableMaterial }, style: 'bad', wholeRow: true },
      { column: assessmentCol, when: { equals: L.favourableMaterial }, style: 'good', wholeRow: false },
    ],
    links,
    outline,
  });
  return {
    firstRow,
    sheet: {
      key: 'deviations',
      name: L.deviationsSheet,
      title: L.deviationsTitle,
      notes: [
        generatedMark(lang, L.deviationsSheet),
        // The lines left out follow the note on the same row, so the table stands where it always does.
        [
          formatMessage(L.deviationsNote, lang, { amount: formatAmount(thresholds.amountKr, lang), percent: formatPercent(thresholds.percent, lang) }),
          ...analysis.tables.flatMap((t) => {
            const text = notComparedText(t, lang);
            return text === null ? [] : [`${t.sheet}: ${text}`];
          }),
        ].join(' '),
        ...(showLines ? [] : [formatMessage(L.linesLeftOut, lang, { lines: lineCount.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB') })]),
      ],
      table,
      // The label columns (area, line) repeat on every page when the table does not fit one page wide.
      print: fitToWidth(table.columns, 2),
    },
  };
}

/** The `Avvikelser` sheet alone. */
export function deviationsSheet(analysis: Analysis, lang: Lang, thresholds: Thresholds, kept: KeptComments = new Map()): OutputSheet {
  return deviationsDetail(analysis, lang, thresholds, kept).sheet;
}
