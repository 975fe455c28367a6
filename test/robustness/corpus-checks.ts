/**
 * What the corpus tests check on one run's result, as readable problem lines (an empty list when all
 * holds): the expected messages at their sheet and cell, the still-computed values in the JSON, every
 * finding at a real place, and every message complete in the run's language.
 */
import { SheetData, columnLetter } from '../../src/core/cells';
import { Lang, MESSAGES, isMessageKey } from '../../src/core/messages';
import { Reconciliation } from '../../src/core/reconcile';
import { Expectation } from '../../scripts/bad-corpus/types';
import { atPath } from './json-path';

const A1 = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Messages about a value missing right of its label name the empty cell where the value belongs. */
const VALUE_BESIDE_LABEL = new Set(['settings.badNumber', 'fees.parameterEmpty']);

/**
 * Why `where` is no cell of `sheets` (a sheet of theirs, inside its used grid), or null when it is one. Two
 * places outside the grid are right: A1 of a sheet with no cells, and for a value missing right of its label,
 * the empty cell just past the end of that label's row.
 */
export function badPlace(where: { sheet: string; cell: string; key?: string }, sheets: readonly SheetData[]): string | null {
  const sheet = sheets.find((s) => s.name === where.sheet);
  if (!sheet) return `no sheet named ${JSON.stringify(where.sheet)}`;
  const m = A1.exec(where.cell);
  if (!m || columnIndex(m[1]) > columnIndex('XFD') || Number(m[2]) > 1_048_576) return `${JSON.stringify(where.cell)} is no A1 cell`;
  const rows = sheet.values.length;
  const cols = sheet.values.reduce((n, r) => Math.max(n, r.length), 0);
  if (rows === 0 || cols === 0) return where.cell === 'A1' ? null : `${where.cell} on a sheet with no cells (A1 expected)`;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  if (row < rows && col === cols && where.key !== undefined && VALUE_BESIDE_LABEL.has(where.key) && (sheet.values[row]?.length ?? 0) === col) return null;
  if (row >= rows || col >= cols) return `${where.cell} is outside the used grid A1:${columnLetter(cols - 1)}${rows}`;
  return null;
}

export interface Finding {
  key: string;
  sheet: string;
  cell: string;
}

export function findings(result: Reconciliation): Finding[] {
  return [
    ...result.analysis.errors.map((e) => ({ key: e.key, sheet: e.sheet, cell: e.cell })),
    ...result.analysis.checks.map((c) => ({ key: c.messageKey, sheet: c.sheet, cell: c.cell })),
  ];
}

const PLACEHOLDER = /\{\w+\}/;

/** Invariants that hold for every workbook, good or bad. */
export function invariantProblems(result: Reconciliation, input: readonly SheetData[], lang: Lang): string[] {
  const out: string[] = [];
  for (const f of findings(result)) {
    const bad = badPlace(f, input);
    if (bad) out.push(`${f.key} at ${f.sheet}!${f.cell}: ${bad}`);
    if (!isMessageKey(f.key)) out.push(`${f.key} is not in the catalogue`);
    else if (!MESSAGES[f.key].sv.trim() || !MESSAGES[f.key].en.trim()) out.push(`${f.key} lacks a language`);
  }
  const json = result.json;
  for (const e of json.errors) if (!e.message.trim() || PLACEHOLDER.test(e.message)) out.push(`error message incomplete (${lang}): ${e.message}`);
  for (const c of json.checks as { message: string }[])
    if (!c.message.trim() || PLACEHOLDER.test(c.message)) out.push(`check message incomplete (${lang}): ${c.message}`);
  return out;
}

/** The case's own expectations. */
export function expectationProblems(result: Reconciliation, expect: Expectation): string[] {
  const out: string[] = [];
  const found = findings(result);
  for (const m of expect.messages) {
    if (!found.some((f) => f.key === m.key && f.sheet === m.sheet && f.cell === m.cell)) {
      const near = found.filter((f) => f.key === m.key).map((f) => `${f.sheet}!${f.cell}`);
      out.push(`missing ${m.key} at ${m.sheet}!${m.cell}${near.length ? ` (found at ${near.join(', ')})` : ''}`);
    }
  }
  for (const key of expect.absent ?? []) if (found.some((f) => f.key === key)) out.push(`unexpected ${key}`);
  if (expect.tables !== undefined && result.json.deviations.length !== expect.tables)
    out.push(`${result.json.deviations.length} tables, expected ${expect.tables}`);
  for (const v of expect.values) {
    const actual = atPath(result.json, v.path);
    if (JSON.stringify(actual) !== JSON.stringify(v.equals))
      out.push(`${v.path}: ${JSON.stringify(actual)?.slice(0, 200)}, expected ${JSON.stringify(v.equals)?.slice(0, 200)}`);
  }
  return out;
}
