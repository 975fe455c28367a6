/**
 * A goal table's own verdict (`Uppfyllt`, `Ja`, `Ej uppfyllt` under `Måluppfyllelse` or `Uppfyllt`) checked against
 * the goal as computed (layouts10): a verdict the figures contradict is a finding at its cell, as a stale fee
 * is. `Delvis` is the author's judgement of a goal in parts and contradicts nothing.
 */
import { SheetData, cellAddress, cellText } from '../cells';
import { Check } from '../deviations/checks';
import { normaliseLabel } from '../read/text';
import { GoalResult } from './evaluate';

const VERDICT_HEADER = /^(?:mål)?(?:uppfyllt|uppfyllelse|uppfyllnad|uppnått|måluppfyllelse|bedömning|met|achieved|goal met)\??$/u;
const SAYS_MET = /^(?:ja|uppfyllt|uppnått|målet (?:är )?uppfyllt|yes|met|achieved)$/u;
const SAYS_NOT_MET = /^(?:nej|ej uppfyllt|inte uppfyllt|ej uppnått|inte uppnått|målet (?:är )?(?:ej|inte) uppfyllt|no|not met|not achieved)$/u;

/** How far above a goal's row its table's header row may stand. */
const HEADER_REACH = 30;

/** The verdict column of the table a goal row stands in: the nearest row above with a verdict header. */
function verdictColumn(sheet: SheetData, row: number): number | null {
  for (let r = row - 1; r >= Math.max(0, row - HEADER_REACH); r--) {
    const col = (sheet.values[r] ?? []).findIndex((v) => typeof v === 'string' && VERDICT_HEADER.test(normaliseLabel(v)));
    if (col >= 0) return col;
  }
  return null;
}

export function verdictChecks(sheets: readonly SheetData[], results: readonly GoalResult[]): Check[] {
  const checks: Check[] = [];
  const judged = new Set<string>();
  for (const r of results) {
    const { goal } = r;
    const at = `${goal.sheet}|${goal.row}`;
    // Results come latest year first: the verdict is of the latest year computed.
    if (judged.has(at) || r.met === null || r.year === null) continue;
    judged.add(at);
    const sheet = sheets.find((s) => s.name === goal.sheet);
    const col = sheet ? verdictColumn(sheet, goal.row) : null;
    if (!sheet || col === null) continue;
    const said = cellText(sheet.values[goal.row]?.[col] ?? null).trim();
    const word = normaliseLabel(said);
    const saysMet = SAYS_MET.test(word) ? true : SAYS_NOT_MET.test(word) ? false : null;
    if (saysMet === null || saysMet === r.met) continue;
    checks.push({
      kind: 'control-total',
      class: 'mismatch',
      sheet: goal.sheet,
      cell: cellAddress(goal.row, col),
      expected: null,
      found: null,
      difference: null,
      messageKey: saysMet ? 'goals.verdictSaysMet' : 'goals.verdictSaysNotMet',
      params: { goal: goal.name, said, year: r.year },
    });
  }
  return checks;
}
