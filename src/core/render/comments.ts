import { SheetData, cellText } from '../cells';
import { isOwnSheet } from '../marks';
import { memoByText } from '../memo';
import { normaliseLabel } from '../read/text';

const normalised = memoByText(normaliseLabel);
import { LABELS } from './labels';

/** Table, goal area, line and level: what a comment row is matched by on the next run (SPEC 2.5). */
export type CommentKey = string;
export type KeptComments = Map<CommentKey, [string | null, string | null]>;

/** A level as written in either language → one key, so a comment survives a run in the other language. */
const LEVELS = new Map(
  Object.values(LABELS).flatMap((L) => [
    [normaliseLabel(L.levelLine), 'line'],
    [normaliseLabel(L.levelGroup), 'group'],
    [normaliseLabel(L.levelTotal), 'total'],
  ]),
);

export function commentKey(table: string, goal: string, line: string, level: string): CommentKey {
  const lvl = normalised(level);
  return [normalised(table), normalised(goal), normalised(line), LEVELS.get(lvl) ?? lvl].join('\u0000');
}

const HEADER_NAMES = {
  table: [LABELS.sv.table, LABELS.en.table],
  goal: [LABELS.sv.goalArea, LABELS.en.goalArea],
  line: [LABELS.sv.line, LABELS.en.line],
  level: [LABELS.sv.level, LABELS.en.level],
  comment: [LABELS.sv.comment, LABELS.en.comment],
  action: [LABELS.sv.action, LABELS.en.action],
};

/**
 * What the user typed in Kommentar and Åtgärd on the deviations sheet an earlier run wrote (not on a copy the
 * user made of it: that is the user's own record, and may hold older comments).
 */
export function keptComments(sheets: readonly SheetData[]): KeptComments {
  const kept: KeptComments = new Map();
  for (const sheet of sheets) {
    if (!isOwnSheet(sheet)) continue;
    for (let r = 0; r < Math.min(sheet.values.length, 12); r++) {
      const header = (sheet.values[r] ?? []).map((v) => normaliseLabel(cellText(v)));
      const find = (names: readonly string[]) => header.findIndex((h) => names.some((n) => normaliseLabel(n) === h));
      const c = Object.fromEntries(Object.entries(HEADER_NAMES).map(([k, names]) => [k, find(names)])) as Record<keyof typeof HEADER_NAMES, number>;
      if (Object.values(c).some((i) => i < 0)) continue;
      for (const row of sheet.values.slice(r + 1)) {
        const text = (i: number) => cellText(row?.[i] ?? null).trim();
        const comment = text(c.comment);
        const action = text(c.action);
        if (comment === '' && action === '') continue;
        kept.set(commentKey(text(c.table), text(c.goal), text(c.line), text(c.level)), [comment || null, action || null]);
      }
      break;
    }
  }
  return kept;
}
