import { Analysis, TableResult } from '../deviations/analyze';
import { Check } from '../deviations/checks';
import { Figures, GroupDeviation, Thresholds, comparedBudget, flagRule, percentBase, rollUpGroups } from '../deviations/figures';
import { byGoalArea } from '../deviations/grouping';
import { addressIn } from '../read/tables';
import { abs, compare } from '../money';
import { generatedMark } from '../marks';
import { Lang, formatMessage } from '../messages';
import { moneyCell, ratioCell } from './cells';
import { notComparedText } from './not-compared';
import { sortChecks } from './checks-sheet';
import { KeptComments, commentKey, keptFor } from './comments';
import { DeviationsDetail, assessment, comparesYearToDate } from './deviations-sheet';
import { formatAmount, formatPercent } from './format';
import { groupName, shortNames } from './group-name';
import { LABELS, Labels } from './labels';
import { BarChart, CellLink, NO_PAGE_TEXT, OutputCell, OutputColumn, OutputLine, OutputSheet, RowStyle, bodyCell, tidyTable } from './output';

/** Rows the summary's tables may take together, so that it stays a screen high (and one printed page). */
export const SUMMARY_BODY_ROWS = 24;
/** A table never shows fewer rows of groups than this: two groups and `Övriga`. */
const MIN_GROUP_ROWS = 3;

/** Words that name a body in a title block: förbund, kommun, region, nämnd … (SPEC: the bodies the product is for). */
const BODY_WORDS =
  /förbund|kommun|region|landsting|samordning|samverkan|nämnd|kommitté|stiftelse|förening|council|association|federation|authority|board|committee/iu;

/**
 * The body's name, where the workbook has one: the first line of a table's title block that names a body
 * (`Regionförbundet Sörmland`, `Samordningsförbundet Södertörn – Årsredovisning 2018`); null when none does.
 */
export function bodyName(tables: readonly TableResult[]): string | null {
  for (const t of tables) for (const line of t.layout.title) if (BODY_WORDS.test(line) && line.length <= 120) return line.trim();
  return null;
}

const firstYear = (texts: readonly (string | undefined)[]): string | null => {
  for (const text of texts) {
    const m = text ? /\b(19[5-9]\d|20\d\d)\b/u.exec(text) : null;
    if (m) return m[1];
  }
  return null;
};

/** The year a table's figures are for, as its outcome's or budget's header says it (`Utfall 2017`). */
const headerYear = (t: TableResult) => firstYear([t.layout.headers.outcome, t.layout.headers.budget, t.layout.headers.periodBudget]);

/**
 * The year the figures are for: the table's headers; else another table's headers (a strategy named for 2020
 * in a title is no year of account); else the title block or the sheet name.
 */
function yearOf(t: TableResult, tables: readonly TableResult[]): string | null {
  return headerYear(t) ?? tables.map(headerYear).find((y) => y !== null) ?? firstYear([...t.layout.title, t.sheet]);
}

/** `januari–augusti 2025` for the year to date through August, `helåret 2017` for a whole year. */
export function periodOf(t: TableResult, lang: Lang, tables: readonly TableResult[] = [t]): string {
  const L = LABELS[lang];
  const year = yearOf(t, tables);
  const through = t.period?.through ?? null;
  // January alone is `januari 2025`, not `januari–januari 2025`.
  if (through === 1) return year ? formatMessage(L.periodJanuary, lang, { year }) : L.periodJanuaryNoYear;
  if (through !== null && through < 12) {
    const month = L.monthNames.split(',')[through - 1];
    return year ? formatMessage(L.periodMonths, lang, { month, year }) : formatMessage(L.periodMonthsNoYear, lang, { month });
  }
  return year ? formatMessage(L.periodYear, lang, { year }) : L.periodYearUnknown;
}

/** The period of every table, each once: what the summary's header says the figures are for. */
export function periodText(tables: readonly TableResult[], lang: Lang): string {
  return [...new Set(tables.map((t) => periodOf(t, lang, tables)))].join(', ');
}

const YTD_SOURCE: Record<NonNullable<TableResult['period']>['budget'], keyof Labels> = {
  column: 'ytdSourceColumn',
  months: 'ytdSourceMonths',
  prorated: 'ytdSourceProrated',
};

/**
 * How many group rows each table gets: its groups when they all fit, else a fair share of what is left (at
 * least two groups and `Övriga`), water-filled so that a small table leaves its room to a large one.
 */
export function groupRowLimits(counts: readonly number[], rows = SUMMARY_BODY_ROWS): number[] {
  const limits = counts.map(() => 0);
  // A heading and a total row per table come first.
  let left = rows - 2 * counts.length;
  let open = counts.map((_, i) => i);
  while (open.length) {
    const share = Math.max(MIN_GROUP_ROWS, Math.floor(left / open.length));
    const fitting = open.filter((i) => counts[i] <= share);
    if (fitting.length === 0) {
      for (const i of open) limits[i] = share;
      break;
    }
    for (const i of fitting) {
      limits[i] = counts[i];
      left -= counts[i];
    }
    open = open.filter((i) => counts[i] > share);
  }
  return limits;
}

/** The groups shown (in reading order) and those left to the detail: the largest deviations stay. */
export function shownGroups(groups: readonly GroupDeviation[], limit: number): { shown: GroupDeviation[]; rest: GroupDeviation[] } {
  if (groups.length <= limit) return { shown: [...groups], rest: [] };
  const size = (g: GroupDeviation) => (g.deviation === null ? null : abs(g.deviation));
  const ranked = [...groups].sort((a, b) => {
    const x = size(a);
    const y = size(b);
    return x === null ? (y === null ? 0 : 1) : y === null ? -1 : compare(y, x);
  });
  const keep = new Set(ranked.slice(0, limit - 1));
  return { shown: groups.filter((g) => keep.has(g)), rest: groups.filter((g) => !keep.has(g)) };
}

/**
 * A value axis fitted to the values: round bounds (1, 2, 2½ or 5 × 10ⁿ a step), about four steps (more labels
 * crowd a chart six columns wide: LibreOffice turns them on end), with room for the bars' labels.
 */
export function fittedAxis(values: readonly number[]): BarChart['axis'] {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const rough = span / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  let min = Math.floor(lo / step) * step;
  let max = Math.ceil(hi / step) * step;
  // A bar's label sits past its end: leave room for it (a sixth of the axis, about as wide as `−600 tkr`) at
  // either end that has bars, or a negative bar's label runs into the goal areas' names.
  for (;;) {
    if (hi > 0 && max - hi < (max - min) / 6) max += step;
    else if (lo < 0 && lo - min < (max - min) / 6) min -= step;
    else break;
  }
  return { min, max, step };
}

/** The format of the chart's values: whole kronor, tkr or mnkr, by the size of the largest. */
function chartFormat(values: readonly number[]): string {
  const largest = Math.max(0, ...values.map(Math.abs));
  if (largest >= 10_000_000) return '#,##0.0,," mnkr"';
  if (largest >= 10_000) return '#,##0," tkr"';
  return '#,##0" kr"';
}

/** The table the chart shows: the first grouped by goal area, else the first with more than one group. */
function chartedTable(tables: readonly TableResult[]): TableResult | null {
  const byArea = tables.find((t) => byGoalArea(t.grouping) && t.groups.length > 1);
  return byArea ?? tables.find((t) => t.groups.length > 1) ?? null;
}

const FINDING: Record<Check['kind'], { what: keyof Labels; todo: keyof Labels }> = {
  'cross-sheet': { what: 'findingCrossSheet', todo: 'todoCrossSheet' },
  'control-total': { what: 'findingControlTotal', todo: 'todoControlTotal' },
  'reported-deviation': { what: 'findingReportedDeviation', todo: 'todoReportedDeviation' },
  unmapped: { what: 'findingUnmapped', todo: 'todoUnmapped' },
};

/**
 * One line per kind of finding, worst first, each a link to the first of its kind on Kontroller: how many,
 * how many of them only rounding, and what to do.
 */
export function findingLines(checks: readonly Check[], checksSheet: OutputSheet | null, lang: Lang): OutputLine[] {
  const L = LABELS[lang];
  if (checks.length === 0) return [{ text: L.summaryNoFindings }];
  const sorted = sortChecks(checks);
  const lines: OutputLine[] = [{ text: L.summaryFindings, heading: true }];
  for (const kind of Object.keys(FINDING) as Check['kind'][]) {
    const these = sorted.filter((c) => c.kind === kind);
    if (these.length === 0) continue;
    const count = (k: Check['class']) => these.filter((c) => c.class === k).length;
    const [mismatch, rounding, info] = [count('mismatch'), count('rounding'), count('info')];
    const icon = mismatch ? '✖' : info ? 'ℹ' : '≈';
    const text = formatMessage(L.summaryFindingCount, lang, {
      icon,
      what: L[FINDING[kind].what],
      count: these.length,
      rounding: rounding && rounding < these.length ? formatMessage(L.summaryFindingRounding, lang, { count: rounding }) : '',
      todo: mismatch || info ? L[FINDING[kind].todo] : L.todoRounding,
    });
    const first = sorted.indexOf(these[0]);
    lines.push({ text, ...(checksSheet ? { link: { output: 'checks' as const, cell: bodyCell(checksSheet, first, 0) } } : {}) });
  }
  return lines;
}

export interface SummaryInput {
  thresholds: Thresholds;
  /** What the user typed on the summary before. */
  kept: KeptComments;
  /** The detail sheet, for the `Övriga` rows' links. */
  detail: DeviationsDetail;
  /** The Kontroller sheet, for the findings' links; null when it is not written. */
  checksSheet: OutputSheet | null;
  /** The run's date (YYYY-MM-DD), from the face. */
  today?: string;
  /** The body's name, where the workbook has it (`bodyName`, or the invoices' sender). */
  body: string | null;
}

/**
 * The `Sammanfattning` sheet, what a board gets (SPEC 6): per table its groups (goal areas, or what the table
 * is grouped by) with budget, outcome, deviation, %, the full-year figures where the table is for the year so
 * far, an assessment in words, and the user's comment and action; the table's total; at most a screen high,
 * the smallest groups gathered in `Övriga` with a link to the detail. Above: the body's name, the period and
 * the run date; beside: the deviation chart; below: one line per kind of finding, linked to Kontroller.
 */
export function summarySheet(analysis: Analysis, lang: Lang, input: SummaryInput): OutputSheet {
  const L = LABELS[lang];
  const { tables } = analysis;
  const rule = flagRule(input.thresholds);
  const ytd = comparesYearToDate(tables);
  const withForecast = tables.some((t) => t.total.forecast !== null || t.groups.some((g) => g.forecast !== null));
  const byArea = tables.every((t) => byGoalArea(t.grouping));
  const columns: OutputColumn[] = [
    { header: byArea ? L.goalArea : L.area, kind: 'text', width: 34, wrap: true },
    { header: ytd ? L.periodBudget : L.budget, kind: 'amount', width: 13 },
    { header: L.outcome, kind: 'amount', width: 13 },
    { header: L.deviation, kind: 'amount', width: 13 },
    { header: L.deviationPercent, kind: 'percent', width: 11 },
    ...(ytd ? [{ header: L.yearBudget, kind: 'amount' as const, width: 13 }] : []),
    ...(withForecast ? [{ header: L.forecast, kind: 'amount' as const, width: 13 }] : []),
    { header: L.assessment, kind: 'text', width: 20 },
    { header: L.comment, kind: 'text', width: 20, wrap: true, input: true },
    { header: L.action, kind: 'text', width: 20, wrap: true, input: true },
  ];
  const rows: OutputCell[][] = [];
  const rowStyles: RowStyle[] = [];
  const links: CellLink[] = [];
  const row = (label: string, f: Figures, style: RowStyle, key: string | null) => {
    const [comment, action] = key ? keptFor(input.kept, key) : [null, null];
    rows.push([
      label,
      moneyCell(comparedBudget(f)),
      moneyCell(f.outcome),
      moneyCell(f.deviation),
      f.kind === 'net' ? null : ratioCell(f.deviation, percentBase(f)),
      ...(ytd ? [moneyCell(f.budget)] : []),
      ...(withForecast ? [moneyCell(f.forecast)] : []),
      assessment(f, L),
      comment,
      action,
    ]);
    rowStyles.push(style);
  };

  const limits = groupRowLimits(tables.map((t) => (isUngrouped(t) ? 0 : t.groups.length)));
  let chartBars: BarChart['bars'] = [];
  const charted = chartedTable(tables);
  tables.forEach((t, i) => {
    links.push({ row: rows.length, column: 0, to: { sheet: t.sheet, cell: addressIn(t.layout, t.layout.headerRows[0], t.layout.firstCol) } });
    rows.push([t.sheet, ...columns.slice(1).map(() => null)]);
    rowStyles.push('heading');
    const { shown, rest } = isUngrouped(t) ? { shown: [], rest: [] } : shownGroups(t.groups, limits[i]);
    const bars: BarChart['bars'] = [];
    for (const g of shown) {
      const name = groupName(g.name, lang);
      row(name, g, 'normal', commentKey(t.sheet, name, '', 'group'));
      if (g.deviation !== null) bars.push({ name, value: moneyCell(g.deviation) as number });
    }
    if (rest.length) {
      const others = rollUpGroups(rest, rule, t.convention, t.mixedAs);
      links.push({ row: rows.length, column: 0, to: { output: 'deviations', cell: bodyCell(input.detail.sheet, input.detail.firstRow.get(t) ?? 0, 0) } });
      const label = formatMessage(L.summaryOthers, lang, { count: rest.length });
      row(label, others, 'normal', null);
      if (others.deviation !== null) bars.push({ name: label, value: moneyCell(others.deviation) as number });
    }
    row(L.total, t.total, 'total', commentKey(t.sheet, '', '', 'total'));
    if (t === charted) chartBars = bars;
  });

  const assessmentCol = columns.findIndex((c) => c.header === L.assessment);
  const table = tidyTable({
    name: lang === 'sv' ? 'Avstamning_Sammanfattning' : 'Avstamning_Summary',
    columns,
    rows,
    rowStyles,
    conditional: [
      { column: assessmentCol, when: { equals: L.unfavourableMaterial }, style: 'bad', wholeRow: true },
      { column: assessmentCol, when: { equals: L.favourableMaterial }, style: 'good', wholeRow: false },
    ],
    links,
  });
  const { body } = input;
  const period = periodText(tables, lang);
  const values = chartBars.map((b) => b.value);
  const names = shortNames(chartBars.map((b) => b.name));
  const ytdNotes = tables
    .filter((t) => t.period !== null && t.period.through !== null)
    .map((t) =>
      formatMessage(L.summaryYearToDate, lang, {
        table: t.sheet,
        months: periodOf(t, lang, tables),
        source: formatMessage(L[YTD_SOURCE[t.period!.budget]], lang, { through: t.period!.through ?? 12 }),
      }),
    );
  return {
    key: 'summary',
    name: L.summarySheet,
    title: body ? `${body} – ${L.summaryTitle.toLocaleLowerCase(lang === 'sv' ? 'sv-SE' : 'en-GB')}` : L.summaryTitle,
    notes: [
      generatedMark(lang, L.summarySheet),
      [formatMessage(L.summaryAbout, lang, { period }), input.today ? formatMessage(L.summaryRun, lang, { date: input.today }) : ''].join(' ').trim(),
      ...ytdNotes,
      formatMessage(L.summaryNote, lang, { amount: formatAmount(input.thresholds.amountKr, lang), percent: formatPercent(input.thresholds.percent, lang) }),
    ],
    table,
    after: [...notComparedLines(tables, input.detail, lang), ...findingLines(analysis.checks, input.checksSheet, lang)],
    chart:
      chartBars.length > 1 && charted
        ? {
            title: formatMessage(L.chartTitle, lang, { table: charted.sheet }),
            bars: chartBars.map((b, i) => ({ name: names[i], value: b.value })),
            series: [L.favourable, L.unfavourable],
            numberFormat: chartFormat(values),
            axis: fittedAxis(values),
          }
        : undefined,
    print: { fit: 'page', repeatColumns: 0, header: NO_PAGE_TEXT, footer: NO_PAGE_TEXT },
  };
}

/** Per table whose lines are not all compared, a line saying so, linked to the table on the detail sheet. */
function notComparedLines(tables: readonly TableResult[], detail: DeviationsDetail, lang: Lang): OutputLine[] {
  return tables.flatMap((t) => {
    const text = notComparedText(t, lang);
    // A long line: the table's name is the link, the sentence wraps after it.
    return text === null
      ? []
      : [{ linkText: `ℹ ${t.sheet}:`, text, link: { output: 'deviations' as const, cell: bodyCell(detail.sheet, detail.firstRow.get(t) ?? 0, 0) } }];
  });
}

/** A table with no groups of its own (one group named for its sheet): its total is its summary. */
const isUngrouped = (t: TableResult): boolean => t.groups.length === 1 && t.groups[0].name === t.sheet;
