import { cellAddress } from '../cells';
import { checkMessage } from '../render/check-text';
import { Decimal, roundHalfAway } from '../decimal';
import { formatAmount, formatPercent } from '../render/format';
import { generatedMark } from '../marks';
import { Lang, formatMessage, formatParam } from '../messages';
import { amountCell, percentCell } from '../render/cells';
import { LABELS, Labels } from '../render/labels';
import { CellLink, OutputCell, OutputColumn, OutputLine, OutputSheet, RowStyle, fitToWidth, tidyTable } from '../render/output';
import { RequirementLine, RequirementLineKey } from './balance-requirement';
import { OPERATOR_SIGN } from './condition';
import { GoalResult } from './evaluate';
import { LabelExpr, showExpression } from './expression';
import type { GoalsOutcome } from './index';
import { StatementKind } from './statements';
import { Note, SourceCell, cellReference } from './trace';

const COLUMN = {
  goal: 0,
  metric: 1,
  year: 2,
  amount: 3,
  ratio: 4,
  condition: 5,
  amountMargin: 6,
  ratioMargin: 7,
  met: 8,
  formula: 9,
  computation: 10,
  note: 11,
  cells: 12,
};

/** The columns, the source cells last: one column per cell (each a link to it), as many as the goal with the most. */
function columns(L: Labels, lang: Lang, cellColumns: number): OutputColumn[] {
  return [
    { header: L.goalName, kind: 'text', width: 30, wrap: true },
    { header: L.goalMetric, kind: 'text', width: 30, wrap: true },
    { header: L.goalYear, kind: 'text', width: 7 },
    { header: L.goalValueAmount, kind: 'amount', width: 16 },
    { header: L.goalValueRatio, kind: 'percent', width: 11 },
    { header: L.goalCondition, kind: 'text', width: 16 },
    { header: L.goalMarginAmount, kind: 'amount', width: 16 },
    { header: L.goalMarginRatio, kind: 'percent', width: 14 },
    { header: L.goalMet, kind: 'text', width: 15 },
    { header: L.goalFormula, kind: 'text', width: 40, wrap: true },
    { header: L.goalComputation, kind: 'text', width: 36, wrap: true },
    { header: L.goalNote, kind: 'text', width: 44, wrap: true },
    ...Array.from({ length: cellColumns }, (_, i) => ({ header: formatMessage(L.goalCell, lang, { n: i + 1 }), kind: 'text' as const, width: 20 })),
  ];
}

const ratioCell = (value: Decimal | null) => percentCell(value === null ? null : value.times(100));
const notesText = (notes: readonly Note[], lang: Lang) => notes.map((n) => formatMessage(n.key, lang, n.params)).join(' ');

/** A ratio as a goal states one: `1,42` (`1.42`), two decimals, half away from zero. */
export function formatRatio(value: Decimal, lang: Lang): string {
  const text = roundHalfAway(value, 2).toFixed(2);
  return lang === 'sv' ? text.replace('-', '\u2212').replace('.', ',') : text;
}

/** A goal's value (or threshold, or margin) as the goal states it: `649 000 kr`, `37,7 %` or `1,42`. */
export function formatGoalValue(r: Pick<GoalResult, 'shownAs'>, value: Decimal | null, lang: Lang): string {
  if (value === null) return '–';
  if (r.shownAs === 'amount') return formatAmount(value, lang);
  return r.shownAs === 'ratio' ? formatRatio(value, lang) : formatPercent(value.times(100), lang);
}

/** A row label as written, or a figure Avstämning names, in the reader's language. */
function labelText(l: LabelExpr, lang: Lang): string {
  if (l.term) return formatParam(l.term, lang);
  return l.section ? `${l.section} › ${l.name}` : l.name;
}

/** `≥ 12 000 000 kr`, `> 100,0 %`, `> 1,00`; what cannot be read is shown as written. */
function conditionText(r: GoalResult, lang: Lang): string {
  const sign = r.goal.operator ? OPERATOR_SIGN[r.goal.operator] : r.goal.condition;
  if (r.threshold === null) return `${sign} ${r.goal.thresholdText}`.trim();
  return `${sign} ${formatGoalValue(r, r.threshold, lang)}`;
}

function goalRow(r: GoalResult, lang: Lang, width: number): OutputCell[] {
  const L = LABELS[lang];
  const row: OutputCell[] = new Array(width).fill(null);
  row[COLUMN.goal] = r.goal.name;
  row[COLUMN.metric] = r.goal.metric;
  row[COLUMN.year] = r.year === null ? null : String(r.year);
  row[r.isAmount ? COLUMN.amount : COLUMN.ratio] = r.isAmount ? amountCell(r.value) : ratioCell(r.value);
  row[COLUMN.condition] = conditionText(r, lang);
  row[r.isAmount ? COLUMN.amountMargin : COLUMN.ratioMargin] = r.isAmount ? amountCell(r.margin) : ratioCell(r.margin);
  row[COLUMN.met] = r.met === null ? L.goalNoValue : r.met ? L.goalMetYes : L.goalMetNo;
  if (r.formula) {
    row[COLUMN.formula] = showExpression(r.formula.expr, (l) => labelText(l, lang));
    const computation = showExpression(r.formula.expr, (l) => {
      const v = r.operands.get(l);
      return v === undefined || v === null ? '–' : formatAmount(v, lang, '');
    });
    // The sheet has no ratio column: a goal stated as a ratio (`1,0`) shows its ratio here, as stated.
    row[COLUMN.computation] = r.shownAs === 'ratio' && r.value !== null ? `${computation} = ${formatRatio(r.value, lang)}` : computation;
  }
  r.sources.forEach((s, i) => (row[COLUMN.cells + i] = cellReference(s)));
  row[COLUMN.note] = notesText(r.notes, lang) || null;
  return row;
}

const LINE_LABEL: Record<RequirementLineKey, keyof Labels> = {
  result: 'goalReqResult',
  adjustment: 'goalReqAdjustment',
  reserve: 'goalReqReserve',
  subtotal: 'goalReqSubtotal',
  balanceResult: 'goalReqBalanceResult',
  deficitBroughtForward: 'goalReqDeficitBroughtForward',
  restored: 'goalReqRestored',
  toRestore: 'goalReqToRestore',
};

/** A balanskravsutredning line's label: as printed, or Avstämning's words for a line it adds. */
export function requirementLabel(line: RequirementLine, lang: Lang): string {
  return line.label ?? LABELS[lang][LINE_LABEL[line.key]];
}

function requirementRow(line: RequirementLine, year: number, L: Labels, lang: Lang, width: number): OutputCell[] {
  const row: OutputCell[] = new Array(width).fill(null);
  row[COLUMN.goal] = L.goalReqTitle;
  row[COLUMN.metric] = requirementLabel(line, lang);
  row[COLUMN.year] = String(year);
  row[COLUMN.amount] = amountCell(line.value);
  line.sources.forEach((s, i) => (row[COLUMN.cells + i] = cellReference(s)));
  if (line.deadline !== undefined) {
    row[COLUMN.note] = formatMessage(line.overdue ? 'goals.requirementOverdue' : 'goals.requirementDeadline', lang, { deadline: line.deadline });
  }
  return row;
}

const KIND_LABEL: Record<StatementKind, keyof Labels> = {
  'balance-sheet': 'goalBalanceSheet',
  'income-statement': 'goalIncomeStatement',
  'balance-requirement': 'goalReqTitle',
  other: 'goalOtherTable',
};

/** The statements read, and any other table a goal took figures from: a heading, then one line each, a link to the table. */
function statementLines(outcome: GoalsOutcome, L: Labels): OutputLine[] {
  const used = new Set(outcome.goals.flatMap((g) => g.sources.map((s) => s.sheet)));
  const shown = outcome.statements.filter((s) => s.kind !== 'other' || used.has(s.sheet));
  if (shown.length === 0) return [];
  return [
    { text: L.goalStatementsRead, heading: true },
    ...shown.map((s) => {
      const at = { sheet: s.sheet, cell: cellAddress(s.headerRow, s.labelCol) };
      return { text: `${L[KIND_LABEL[s.kind]]}: ${cellReference(at)} (${s.unit}; ${s.years.map((y) => y.year).join(', ')})`, link: at };
    }),
  ];
}

/** The goals stated that are not judged (no metric the product computes): a heading, then each, a link to its cell. */
function notJudgedLines(outcome: GoalsOutcome, L: Labels): OutputLine[] {
  const unread = outcome.errors.filter((e) => e.key === 'goals.sentenceNotRead');
  if (unread.length === 0) return [];
  return [
    { text: L.goalsNotJudged, heading: true },
    ...unread.map((e) => {
      const at = { sheet: e.sheet, cell: e.cell };
      return { text: `${String(e.params?.text ?? '')} (${cellReference(at)})`, link: at };
    }),
  ];
}

/**
 * The `Finansiella mål` sheet: per goal and year the value, the condition, the margin, met or not, the
 * formula with the row labels it used, the same with their numbers, and the cells, so the economist can
 * check every figure; then the balanskravsutredning, year by year. Amounts and ratios have a column each,
 * so each column keeps one number format.
 */
export function goalsSheet(outcome: GoalsOutcome, lang: Lang): OutputSheet {
  const L = LABELS[lang];
  const blocks = outcome.requirement?.years ?? [];
  const cellColumns = Math.max(0, ...outcome.goals.map((g) => g.sources.length), ...blocks.flatMap((b) => b.lines.map((l) => l.sources.length)));
  const width = COLUMN.cells + cellColumns;
  const rows: OutputCell[][] = [];
  const rowStyles: RowStyle[] = [];
  const links: CellLink[] = [];
  const linked = (sources: readonly SourceCell[]) => sources.forEach((to, i) => links.push({ row: rows.length, column: COLUMN.cells + i, to }));
  for (const r of outcome.goals) {
    linked(r.sources);
    rows.push(goalRow(r, lang, width));
    rowStyles.push('normal');
  }
  for (const block of blocks) {
    for (const line of block.lines) {
      linked(line.sources);
      rows.push(requirementRow(line, block.year, L, lang, width));
      rowStyles.push(line.key === 'balanceResult' || line.key === 'toRestore' ? 'total' : 'normal');
    }
  }
  const notes = [
    generatedMark(lang, L.goalsSheet),
    outcome.goals.length ? L.goalsNote : L.goalNoGoals,
    ...outcome.checks.map((c) => `${L[c.class]}: ${checkMessage(c, lang)}`),
  ];
  const table = tidyTable({
    name: lang === 'sv' ? 'Avstamning_Finansiella_mal' : 'Avstamning_Financial_goals',
    columns: columns(L, lang, cellColumns),
    rows,
    rowStyles,
    conditional: [
      { column: COLUMN.met, when: { equals: L.goalMetNo }, style: 'bad', wholeRow: false },
      { column: COLUMN.met, when: { equals: L.goalMetYes }, style: 'good', wholeRow: false },
    ],
    links,
  });
  return {
    key: 'goals',
    name: L.goalsSheet,
    title: L.goalsTitle,
    notes,
    table,
    after: [...notJudgedLines(outcome, L), ...statementLines(outcome, L)],
    print: fitToWidth(table.columns, 1),
  };
}
