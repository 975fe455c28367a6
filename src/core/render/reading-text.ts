import { Convention, ConventionReason } from '../read/convention';
import { ColumnReport, SheetReport, TableReport } from '../read/report';
import { UnitSource } from '../read/tables';
import { ColumnRole } from '../read/vocabulary';
import { Lang, MessageKey, formatMessage } from '../messages';
import { StatementKind } from '../goals/statements';
import { LeftOutRows, LeftOutWhy } from '../read/not-lines';

/** Every word the reading report uses, by the value it names: the compiler checks that none is missing. */
const ROLE_WORDS: Record<ColumnRole | 'unknown', MessageKey> = {
  budget: 'role.budget',
  periodBudget: 'role.periodBudget',
  outcome: 'role.outcome',
  forecast: 'role.forecast',
  deviation: 'role.deviation',
  forecastDeviation: 'role.forecastDeviation',
  priorYear: 'role.priorYear',
  percent: 'role.percent',
  goalArea: 'role.goalArea',
  line: 'role.line',
  code: 'role.code',
  dimension: 'role.dimension',
  type: 'role.type',
  comment: 'role.comment',
  key: 'role.key',
  period: 'role.period',
  date: 'role.date',
  voucher: 'role.voucher',
  member: 'role.member',
  population: 'role.population',
  municipalityCode: 'role.municipalityCode',
  orgNumber: 'role.orgNumber',
  share: 'role.share',
  entrySide: 'role.entrySide',
  unknown: 'role.unknown',
};

const CONVENTION_WHY: Record<ConventionReason, MessageKey> = {
  'deviation-column': 'convention.deviation-column',
  'income-negative': 'convention.income-negative',
  'costs-negative': 'convention.costs-negative',
  'negative-budget': 'convention.negative-budget',
  'negative-amounts': 'convention.negative-amounts',
  'non-negative': 'convention.non-negative',
  override: 'convention.override',
};

const CONVENTION_NAME: Record<Convention, MessageKey> = {
  signed: 'conventionName.signed',
  unsigned: 'conventionName.unsigned',
  ledger: 'conventionName.ledger',
};

const UNIT_FROM: Record<UnitSource, MessageKey> = {
  header: 'unitFrom.header',
  title: 'unitFrom.title',
  sheet: 'unitFrom.sheet',
  default: 'unitFrom.default',
  mapping: 'unitFrom.mapping',
  cells: 'unitFrom.cells',
  format: 'unitFrom.format',
  formatText: 'unitFrom.formatText',
};

const STATEMENT: Record<StatementKind, MessageKey> = {
  'balance-sheet': 'statement.balance-sheet',
  'income-statement': 'statement.income-statement',
  'balance-requirement': 'statement.balance-requirement',
  other: 'statement.other',
};

const LEFT_OUT: Record<LeftOutWhy, MessageKey> = {
  keyFigures: 'reading.leftOut.keyFigures',
  partOfAbove: 'reading.leftOut.partOfAbove',
  note: 'reading.leftOut.note',
};

/**
 * Rows a table left out as none of its lines, and why, in the reader's language: the same sentence on
 * Kontroller, in the JSON, in the pane and on the command line.
 */
export function leftOutText(l: LeftOutRows, lang: Lang): string {
  return formatMessage(LEFT_OUT[l.why], lang, { count: l.count, cell: l.cell, lastCell: l.lastCell, label: l.label });
}

/** Why a sheet was used or not, in the reader's language. */
export function readingWhy(r: SheetReport, lang: Lang): string {
  const kind = r.params.kind as StatementKind | undefined;
  const params = r.why === 'reading.statement' && kind ? { ...r.params, kind: formatMessage(STATEMENT[kind], lang) } : r.params;
  return formatMessage(r.why, lang, params);
}

export function roleWord(role: ColumnReport['role'], lang: Lang): string {
  return formatMessage(ROLE_WORDS[role ?? 'unknown'], lang);
}

export function conventionName(convention: Convention, lang: Lang): string {
  return formatMessage(CONVENTION_NAME[convention], lang);
}

export function conventionWhy(t: TableReport, lang: Lang): string | null {
  return t.conventionWhy === null ? null : formatMessage(CONVENTION_WHY[t.conventionWhy], lang);
}

export function unitFromText(t: TableReport, lang: Lang): string {
  return formatMessage(UNIT_FROM[t.unitFrom], lang, t.unitShown ? { shown: t.unitShown.unit, format: t.unitShown.format } : {});
}

export function groupByText(t: TableReport, lang: Lang): string | null {
  if (t.groupBy === null) return null;
  const { key, ...params } = t.groupBy;
  return formatMessage(key, lang, params as Record<string, string>);
}

export function columnNote(c: ColumnReport, lang: Lang): string | null {
  return c.note ? formatMessage(c.note, lang) : null;
}

/** What was read from a sheet, for the Kontroller sheet (after a link to the sheet): its table and what each column was read as. */
export function readingText(r: SheetReport, lang: Lang): string {
  const why = readingWhy(r, lang);
  if (!r.table) return why;
  const t = r.table;
  const cols = t.columns
    .map((c) => {
      // A used column's note says how it is read (kronor shown as tkr); an unused one's why it is not used.
      const note = c.used
        ? c.note
          ? ` (${columnNote(c, lang)})`
          : ''
        : c.role === null && !c.note
          ? ''
          : ` (${columnNote(c, lang) ?? formatMessage('column.notUsed', lang)})`;
      return `${c.column}${c.header ? ` ”${c.header}”` : ''} → ${roleWord(c.role, lang)}${note}`;
    })
    .join('; ');
  const unit = `${t.unit} (${unitFromText(t, lang)})`;
  const convention = t.convention === null ? '' : `, ${conventionName(t.convention, lang)} (${conventionWhy(t, lang)})`;
  const rowWord = lang === 'sv' ? 'rubrikrad' : 'header row';
  const untyped = t.untypedAsCost
    ? ` ${formatMessage('reading.untypedAsCost', lang, { count: t.untypedAsCost.count, cell: t.untypedAsCost.cell, line: t.untypedAsCost.line })}`
    : '';
  const leftOut = (t.leftOut ?? []).map((l) => ` ${leftOutText(l, lang)}`).join('');
  return `${t.range}: ${why} ${rowWord} ${t.headerRow}, ${unit}${convention}. ${cols}.${untyped}${leftOut}`;
}
