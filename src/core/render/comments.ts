import { SheetData, cellText } from '../cells';
import { isOwnSheet } from '../marks';
import { memoByText } from '../memo';
import { normaliseLabel } from '../read/text';
import { LABELS } from './labels';
import { outputKeyOf } from './sheet-names';

const normalised = memoByText(normaliseLabel);

/** Table, goal area, line and level: what a comment row is matched by on the next run (SPEC 2.5). */
export type CommentKey = string;
export type KeptComments = Map<CommentKey, [string | null, string | null]>;
export type Level = 'line' | 'group' | 'total';

/** What the user typed on each sheet that has Kommentar and Åtgärd: the detail's rows and the summary's are kept apart. */
export interface Kept {
  deviations: KeptComments;
  summary: KeptComments;
}

/** The level words of the layout before the summary sheet (a `Nivå` column), in either language: still read. */
const OLD_LEVELS = new Map<string, Level>([
  ['rad', 'line'],
  ['line', 'line'],
  ['målområde', 'group'],
  ['goal area', 'group'],
  ['summa', 'total'],
  ['total', 'total'],
]);

export function commentKey(table: string, goal: string, line: string, level: Level): CommentKey {
  return [normalised(table), normalised(goal), normalised(line), level].join('\u0000');
}

/** The first of `keys` something was kept for (a detail sheet of one table names no table: `''`). */
export function keptFor(kept: KeptComments, ...keys: CommentKey[]): [string | null, string | null] {
  for (const k of keys) {
    const found = kept.get(k);
    if (found) return found;
  }
  return [null, null];
}

const both = <K extends keyof (typeof LABELS)['sv']>(...keys: K[]) => keys.flatMap((k) => [LABELS.sv[k], LABELS.en[k]]);
const HEADERS = {
  table: both('table'),
  goal: both('goalArea', 'area'),
  line: both('line'),
  level: ['Nivå', 'Level'],
  comment: both('comment'),
  action: both('action'),
};
const TOTALS = new Set([...both('total'), 'Summa'].map(normaliseLabel));
/** The summary's row for the groups it leaves to the detail: `Övriga 4 (se Avvikelser)`. */
const OTHERS = /^(övriga|other) \d+ \(/u;

type Columns = Record<keyof typeof HEADERS, number>;

/**
 * What the user typed in Kommentar and Åtgärd on the sheets an earlier run wrote (not on a copy the user made
 * of one: that is the user's own record, and may hold older comments). The detail (`Avvikelser`) and the
 * summary (`Sammanfattning`) each keep their own; a table is known by the heading row naming its sheet (on the
 * old detail, by its Tabell column).
 */
export function keptComments(sheets: readonly SheetData[]): Kept {
  const kept: Kept = { deviations: new Map(), summary: new Map() };
  const sheetNames = new Set(sheets.map((s) => s.name));
  for (const sheet of sheets) {
    if (!isOwnSheet(sheet)) continue;
    const kind = outputKeyOf(sheet.name);
    if (kind !== 'deviations' && kind !== 'summary') continue;
    for (let r = 0; r < Math.min(sheet.values.length, 12); r++) {
      const header = (sheet.values[r] ?? []).map((v) => normaliseLabel(cellText(v)));
      const find = (names: readonly string[]) => header.findIndex((h) => names.some((n) => normaliseLabel(n) === h));
      const c = Object.fromEntries(Object.entries(HEADERS).map(([k, names]) => [k, find(names)])) as Columns;
      if (c.goal < 0 || c.comment < 0 || c.action < 0) continue;
      const rows = sheet.values.slice(r + 1);
      if (c.line >= 0) readDetail(rows, c, sheetNames, kept.deviations);
      else readSummary(rows, c, sheetNames, kept.summary);
      break;
    }
  }
  return kept;
}

const textOf = (row: readonly unknown[] | undefined, i: number) => (i < 0 ? '' : cellText((row?.[i] ?? null) as never).trim());

function keep(kept: KeptComments, row: readonly unknown[], c: Columns, key: CommentKey): void {
  const comment = textOf(row, c.comment);
  const action = textOf(row, c.action);
  if (comment !== '' || action !== '') kept.set(key, [comment || null, action || null]);
}

/**
 * The detail: a heading row names a table's sheet, a group row its area, the lines under it have none. The
 * layout before the summary sheet had a `Tabell` and a `Nivå` column saying each row's table and level.
 */
function readDetail(rows: readonly (readonly unknown[] | undefined)[], c: Columns, sheetNames: ReadonlySet<string>, kept: KeptComments): void {
  let table = '';
  let group = '';
  for (const row of rows) {
    if (!row) continue;
    const text = (i: number) => textOf(row, i);
    if (c.table >= 0 && text(c.table) !== table) {
      table = text(c.table);
      group = '';
    }
    const goal = text(c.goal);
    const line = text(c.line);
    if (c.table < 0 && line === '' && sheetNames.has(goal) && !row.some((v) => typeof v === 'number')) {
      table = goal;
      group = '';
      continue;
    }
    if (c.level >= 0) {
      const level = OLD_LEVELS.get(normalised(text(c.level)));
      if (level) keep(kept, row, c, commentKey(table, goal, line, level));
      continue;
    }
    if (line !== '') keep(kept, row, c, commentKey(table, group, line, 'line'));
    else if (TOTALS.has(normalised(goal))) {
      keep(kept, row, c, commentKey(table, '', '', 'total'));
      group = '';
    } else if (goal !== '') {
      group = goal;
      keep(kept, row, c, commentKey(table, goal, '', 'group'));
    }
  }
}

/** The summary: a heading row names a table's sheet (and holds no figure), its groups and total follow. */
function readSummary(rows: readonly (readonly unknown[] | undefined)[], c: Columns, sheetNames: ReadonlySet<string>, kept: KeptComments): void {
  let table = '';
  for (const row of rows) {
    if (!row) continue;
    const label = textOf(row, c.goal);
    if (label === '') continue;
    if (sheetNames.has(label) && !row.some((v) => typeof v === 'number')) table = label;
    else if (TOTALS.has(normalised(label))) keep(kept, row, c, commentKey(table, '', '', 'total'));
    else if (!OTHERS.test(normalised(label))) keep(kept, row, c, commentKey(table, label, '', 'group'));
  }
}
