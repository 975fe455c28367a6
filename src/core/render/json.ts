import { Analysis, TableResult } from '../deviations/analyze';
import { groupKey } from '../deviations/grouping';
import { groupName } from './group-name';
import { checkMessage } from './check-text';
import { Figures, percentBase } from '../deviations/figures';
import { SheetReport } from '../read/report';
import { sheetRow } from '../read/tables';
import { columnNote, conventionWhy, groupByText, leftOutText, readingWhy, unitFromText } from './reading-text';
import { Money, moneyToPlain } from '../money';
import { Lang, formatMessage } from '../messages';
import { sortChecks } from './checks-sheet';
import { GoalsOutcome, goalsJson } from '../goals';
import { FeeOutcome, feesJson, invoicesJson } from '../fees';
import { JsonMembers, JsonRecords, membersObject, prettyJsonChunks, writePrettyJson } from './json-text';

/** The command line's JSON (SPEC 7): kronor and percentages as decimal strings, null where there is no value. */
export interface ResultJson {
  version: 1;
  reading: unknown[];
  deviations: unknown[];
  joins: unknown[];
  checks: unknown[];
  fees: { members: unknown[]; total: string } | null;
  invoices: unknown[];
  goals: unknown[];
  errors: { sheet: string; cell: string; message: string }[];
}

const money = (m: Money | null) => (m === null ? null : moneyToPlain(m));

/** The figures of a line, a group or a total, as members; percentages to two decimals, half away from zero. */
function figureMembers(f: Figures, out: JsonMembers): void {
  const against = percentBase(f);
  out.money('budget', f.budget);
  out.money('periodBudget', f.periodBudget);
  out.money('outcome', f.outcome);
  out.money('forecast', f.forecast);
  out.money('deviation', f.deviation);
  // No percentage of a net figure (a result, income and costs together): it means nothing (SPEC 2.1).
  out.percent('deviationPercent', f.kind === 'net' ? null : f.deviation, against);
  out.money('forecastDeviation', f.forecastDeviation);
  out.money('forecastAccuracy', f.forecastAccuracy);
}

const figures = (f: Figures) => membersObject((out) => figureMembers(f, out));

/** A join in short (SPEC 1.8): its sides and key, each side's own total, the joined total, and the year so far. */
function joinJson(t: TableResult) {
  const j = t.join!;
  const info = (
    rows: readonly { key: string[]; budgetRows: unknown[]; outcomeRows: unknown[] }[],
    pick: (e: { budgetRows: unknown[]; outcomeRows: unknown[] }) => boolean,
  ) => rows.filter(pick).map((e) => e.key);
  return {
    budgetSheet: j.budget.layout.sheet,
    outcomeSheet: j.outcome.layout.sheet,
    key: j.keyHeaders,
    keys: j.keyRows.length,
    onlyBudget: info(j.keyRows, (e) => e.outcomeRows.length === 0),
    onlyOutcome: info(j.keyRows, (e) => e.budgetRows.length === 0),
    twiceInBudget: info(j.keyRows, (e) => e.budgetRows.length > 1),
    sides: { budget: money(j.budgetTotal), outcome: money(j.outcomeTotal) },
    total: { budget: money(t.total.budget), outcome: money(t.total.outcome), deviation: money(t.total.deviation) },
    ytd: t.period
      ? {
          months: t.period.through,
          basis: t.period.budget,
          budget: money(t.total.periodBudget),
          outcome: money(t.total.outcome),
          deviation: money(t.total.deviation),
        }
      : null,
  };
}

function readingJson(r: SheetReport, lang: Lang) {
  const t = r.table;
  return {
    sheet: r.sheet,
    used: r.used,
    as: r.as,
    why: readingWhy(r, lang),
    missing: r.as === 'budget-only' ? 'outcome' : r.as === 'outcome-only' ? 'budget' : null,
    cell: r.cell,
    headerRow: t?.headerRow ?? null,
    range: t?.range ?? null,
    unit: t?.unit ?? null,
    unitFrom: t ? unitFromText(t, lang) : null,
    convention: t?.convention ?? null,
    conventionWhy: t ? conventionWhy(t, lang) : null,
    groupBy: t ? groupByText(t, lang) : null,
    through: t?.through ?? null,
    periodBudget: t?.periodBudget ?? null,
    columns: (t?.columns ?? []).map((c) => ({
      column: c.column,
      header: c.header,
      role: c.role,
      from: c.from,
      used: c.used,
      ...(c.note ? { note: columnNote(c, lang) } : {}),
    })),
    ...(t?.untypedAsCost ? { untypedAsCost: { ...t.untypedAsCost, message: formatMessage('reading.untypedAsCost', lang, t.untypedAsCost) } } : {}),
    ...(t?.leftOut ? { leftOut: t.leftOut.map((l) => ({ ...l, message: leftOutText(l, lang) })) } : {}),
  };
}

/** The parts of a run that the JSON reports. */
export interface JsonParts {
  analysis: Analysis;
  goals: GoalsOutcome | null;
  fees: FeeOutcome | null;
  reading: SheetReport[];
}

export function toJson(parts: JsonParts, lang: Lang): ResultJson {
  return resultJson(parts, lang, (length, write) => Array.from({ length }, (_, i) => membersObject((out) => write(i, out))));
}

/**
 * The same JSON as `JSON.stringify(toJson(parts, lang), null, 2)`, byte for byte, as UTF-8 in chunks: each
 * table line is written member by member straight into bytes, so 100 000 lines are never held as objects,
 * as strings of amounts or as one string.
 */
export function toJsonChunks(parts: JsonParts, lang: Lang): Uint8Array[] {
  return prettyJsonChunks(resultJson(parts, lang, asRecords));
}

/** The same bytes, lent to `write` chunk by chunk as they are made (each valid only until `write` returns): to a file. */
export function writeJson(parts: JsonParts, lang: Lang, write: (chunk: Uint8Array) => void): void {
  writePrettyJson(resultJson(parts, lang, asRecords), write);
}

/** The lines of a table, each written by `write`: as an array of objects, or as records written as they go. */
type Lines = (length: number, write: (i: number, out: JsonMembers) => void) => Record<string, unknown>[] | JsonRecords;

/** Lines as records written as they go, for the byte writers. */
const asRecords: Lines = (length, write) => new JsonRecords(length, write);

function resultJson({ analysis, goals, fees, reading }: JsonParts, lang: Lang, lines: Lines): ResultJson {
  return {
    version: 1,
    reading: reading.map((r) => readingJson(r, lang)),
    deviations: analysis.tables.map((t) => {
      const group = groupKey(t.grouping);
      // Names of the groups worded once, not once per line.
      const groupNames = new Map<string, string>();
      const nameOf = (key: string) => {
        let name = groupNames.get(key);
        if (name === undefined) groupNames.set(key, (name = groupName(key, lang)));
        return name;
      };
      return {
        sheet: t.sheet,
        range: t.range,
        unit: t.unit,
        convention: t.convention,
        period: t.period,
        groupBy: t.grouping.by,
        ...(t.join ? { join: { budgetSheet: t.join.budget.layout.sheet, outcomeSheet: t.join.outcome.layout.sheet, key: t.join.keyHeaders } } : {}),
        lines: lines(t.lines.length, (i, out) => {
          const l = t.lines[i];
          out.member('name', l.name);
          out.member('code', l.source.code);
          if (t.join) {
            out.member('key', t.join.keyRows[i].key);
            out.member('sheet', l.source.sheet ?? t.sheet);
          }
          out.member('goalArea', l.goalArea);
          out.member('group', nameOf(group(l) ?? t.sheet));
          out.member('row', sheetRow(t.layout, l.row));
          out.member('type', l.type);
          figureMembers(l, out);
          out.money('reportedDeviation', l.reportedDeviation);
          out.member('favourable', l.favourable);
          out.member('flagged', l.flagged);
        }),
        groups: t.groups.map((g) => ({
          name: groupName(g.name, lang),
          lines: g.lineCount,
          linesLeftOut: g.leftOut,
          ...figures(g),
          favourable: g.favourable,
          flagged: g.flagged,
        })),
        total: { lines: t.total.lineCount, linesLeftOut: t.total.leftOut, ...figures(t.total), favourable: t.total.favourable, flagged: t.total.flagged },
      };
    }),
    joins: analysis.tables.filter((t) => t.join).map((t) => joinJson(t)),
    checks: sortChecks(analysis.checks).map((c) => ({
      kind: c.kind,
      class: c.class,
      sheet: c.sheet,
      cell: c.cell,
      expected: money(c.expected),
      found: money(c.found),
      difference: money(c.difference),
      message: checkMessage(c, lang),
    })),
    fees: fees ? feesJson(fees, lang) : null,
    invoices: fees ? invoicesJson(fees, lang) : [],
    goals: goals ? goalsJson(goals) : [],
    errors: analysis.errors.map((e) => ({ sheet: e.sheet, cell: e.cell, message: formatMessage(e.key, lang, e.params) })),
  };
}
