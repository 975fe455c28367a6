import { cellAddress } from '../cells';
import { Statement, StatementKind, StatementRow, labelKey } from './statements';
import { cellReference } from './trace';

/**
 * Finding the row a label names, the way an economist reads a statement: `Eget kapital` is the row of that
 * name, or else `Summa eget kapital`, or else the `Summa` row under the section header `Eget kapital`;
 * `Eget kapital › Summa` is the `Summa` row in that section. Balance sheet first, then income statement,
 * balance requirement and other tables, so a label found in the balance sheet is never taken elsewhere.
 */
export type Lookup =
  { kind: 'found'; statement: Statement; row: StatementRow } | { kind: 'ambiguous'; statement: Statement; rows: StatementRow[] } | { kind: 'unknown' };

export interface LabelName {
  name: string;
  section: string | null;
}

const PRIORITY: readonly StatementKind[] = ['balance-sheet', 'income-statement', 'balance-requirement', 'other'];
const TOTAL_WORDS = ['summa', 'totalt', 'total', 'sum'];

/** The statements of the given kinds, in the order of those kinds (stable within a kind: workbook order). */
export function byPriority(statements: readonly Statement[], order: readonly StatementKind[] = PRIORITY): Statement[] {
  return statements.filter((s) => order.includes(s.kind)).sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** The rows a section header covers: up to the next header that follows a row with amounts. */
function sectionRows(statement: Statement, header: StatementRow): StatementRow[] {
  const rows = statement.rows;
  const covered: StatementRow[] = [];
  let seenAmounts = false;
  for (let i = rows.indexOf(header) + 1; i < rows.length; i++) {
    const r = rows[i];
    if (r.labelOnly && seenAmounts) break;
    if (!r.labelOnly) seenAmounts = true;
    covered.push(r);
  }
  return covered;
}

function isTotalOf(row: StatementRow, key: string): boolean {
  return !row.labelOnly && TOTAL_WORDS.some((w) => row.key === w || row.key === `${w} ${key}`);
}

function settle(statement: Statement, rows: StatementRow[]): Lookup | null {
  if (rows.length === 1) return { kind: 'found', statement, row: rows[0] };
  if (rows.length > 1) return { kind: 'ambiguous', statement, rows };
  return null;
}

function findInStatement(statement: Statement, name: LabelName): Lookup | null {
  const key = labelKey(name.name);
  const rows = statement.rows;
  if (name.section !== null) {
    const sectionKey = labelKey(name.section);
    for (const header of rows.filter((r) => r.labelOnly && r.key === sectionKey)) {
      const inside = sectionRows(statement, header).find((r) => r.key === key || TOTAL_WORDS.some((w) => r.key === `${w} ${key}`));
      if (inside) return { kind: 'found', statement, row: inside };
    }
    return null;
  }
  return (
    settle(
      statement,
      rows.filter((r) => !r.labelOnly && r.key === key),
    ) ??
    settle(
      statement,
      rows.filter((r) => !r.labelOnly && TOTAL_WORDS.some((w) => r.key === `${w} ${key}`)),
    ) ??
    settle(
      statement,
      rows
        .filter((r) => r.labelOnly && r.key === key)
        .flatMap((header) =>
          sectionRows(statement, header)
            .filter((r) => isTotalOf(r, key))
            .slice(0, 1),
        ),
    )
  );
}

export function findRow(statements: readonly Statement[], name: LabelName): Lookup {
  for (const statement of byPriority(statements)) {
    const found = findInStatement(statement, name);
    if (found) return found;
  }
  // A sentence names a row in its definite form (`2 procent av medlemsbidragen`, `intäkterna`, `resultatet`).
  for (const base of indefinite(name.name)) {
    for (const statement of byPriority(statements)) {
      const found = findInStatement(statement, { ...name, name: base });
      if (found) return found;
    }
  }
  return { kind: 'unknown' };
}

/** The forms a Swedish noun in its definite form may have without the article: `medlemsbidragen` → `medlemsbidrag`. */
function indefinite(name: string): string[] {
  const m = /^(.*?)(na|en|et|n|t)$/u.exec(name.trim());
  if (!m || m[1].length < 4) return [];
  return [...new Set([m[1], name.trim().replace(/(na|en|et)$/u, ''), name.trim().replace(/n$/u, '')])].filter((x) => x !== name.trim() && x.length >= 4);
}

/**
 * A row known by several names (`Eget kapital`, `Equity`): statement by statement in the given order of
 * kinds, the first name found there wins. A pattern stands for labels that vary
 * (`Pensionsförpliktelser enligt KPA`); its first matching row is taken.
 */
export function findConcept(statements: readonly Statement[], names: readonly (string | RegExp)[], order: readonly StatementKind[] = PRIORITY): Lookup {
  for (const statement of byPriority(statements, order)) {
    for (const name of names) {
      if (typeof name === 'string') {
        const found = findInStatement(statement, { name, section: null });
        if (found) return found;
      } else {
        const row = statement.rows.find((r) => !r.labelOnly && name.test(r.key));
        if (row) return { kind: 'found', statement, row };
      }
    }
  }
  return { kind: 'unknown' };
}

/** `Resultaträkning!A14, Resultaträkning!A16`: where an ambiguous label stands. */
export function rowCells(statement: Statement, rows: readonly StatementRow[]): string {
  return rows.map((r) => cellReference({ sheet: statement.sheet, cell: cellAddress(r.row, statement.labelCol) })).join(', ');
}

/** Edit distance, to suggest the label the user probably meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length];
}

/** The closest of the row labels (and any other names given) to a misspelt one, when it is a likely typo. */
export function closestLabel(statements: readonly Statement[], name: string, otherNames: readonly string[] = []): string | null {
  const key = labelKey(name);
  const candidates = [...otherNames, ...byPriority(statements).flatMap((s) => s.rows.map((r) => r.label))];
  let best: { label: string; d: number } | null = null;
  for (const candidate of candidates) {
    const d = distance(key, labelKey(candidate));
    if (d <= Math.max(2, Math.floor(key.length / 5)) && (best === null || d < best.d)) best = { label: candidate, d };
  }
  return best?.label ?? null;
}

/**
 * The item rows under a section header with no total of its own (`Omsättningstillgångar` over `Kortfristiga
 * fordringar` and `Kassa och bank`, then `SUMMA TILLGÅNGAR`): what the section adds up to when the report prints
 * no `Summa` for it. The rows run from the header to the next header or total row; null when there is no such
 * header, or it has a total, or no rows.
 */
export function sectionItems(
  statements: readonly Statement[],
  names: readonly (string | RegExp)[],
  order: readonly StatementKind[] = PRIORITY,
): { statement: Statement; rows: StatementRow[] } | null {
  const isTotal = (r: StatementRow) => TOTAL_WORDS.some((w) => r.key === w || r.key.startsWith(`${w} `));
  for (const statement of byPriority(statements, order)) {
    for (const name of names) {
      if (typeof name !== 'string') continue;
      const key = labelKey(name);
      const header = statement.rows.find((r) => r.labelOnly && r.key === key);
      if (!header) continue;
      const rows: StatementRow[] = [];
      for (let i = statement.rows.indexOf(header) + 1; i < statement.rows.length; i++) {
        const r = statement.rows[i];
        if (r.labelOnly || isTotal(r)) break;
        rows.push(r);
      }
      if (rows.length) return { statement, rows };
    }
  }
  return null;
}
