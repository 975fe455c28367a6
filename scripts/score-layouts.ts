/**
 * Scores the product against the layout corpus: runs the built command line on every fixture in
 * test/fixtures/layouts/ and compares its JSON (SPEC 7) with <name>.expected.json.
 *
 *   npm run build:cli && node --import tsx scripts/score-layouts.ts [--dir <folder>] [name…]   (npm run score-layouts)
 *
 * --dir scores another folder of fixtures in the same format (test/fixtures/layouts2, the corpus the reader
 * was not built on); without it, test/fixtures/layouts.
 *
 * Prints one line per fixture and "N of M read right", and writes score.json in the folder scored.
 * Matching is lenient where naming is the product's business (a line key matches a name that contains it after
 * normalising; a group key a group name that contains it or starts with it) and exact where the figures are
 * concerned (amounts to the öre). Parts of the JSON the product does not write yet (`reading`, join output) are
 * tolerated when absent, except that a join fixture fails when no joined lines can be found.
 */
import fs from 'fs';
import path from 'path';
import { spawnSync } from 'child_process';
import { Amount, Expected, ExpectedFigures, ExpectedJoin, ExpectedTable } from './layouts/expected';

const ROOT = path.resolve(__dirname, '..');
export const LAYOUTS_DIR = path.join(ROOT, 'test', 'fixtures', 'layouts');

/** The folder named by `--dir`, or the first corpus; and the arguments left once it is taken out. */
export function dirAndNames(argv: string[]): { dir: string; names: string[] } {
  const i = argv.indexOf('--dir');
  if (i < 0) return { dir: LAYOUTS_DIR, names: argv.filter((a) => !a.startsWith('--')) };
  if (!argv[i + 1]) throw new Error('--dir needs a folder');
  return { dir: path.resolve(argv[i + 1]), names: argv.filter((a, k) => k !== i && k !== i + 1 && !a.startsWith('--')) };
}
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

// ---------------------------------------------------------------------------------------------
// The JSON as far as the scorer reads it

interface JLine {
  name?: string;
  row?: number;
  budget?: string | null;
  periodBudget?: string | null;
  outcome?: string | null;
  forecast?: string | null;
  deviation?: string | null;
  forecastDeviation?: string | null;
  favourable?: boolean;
  flagged?: boolean;
  [k: string]: unknown;
}
interface JFigures {
  budget?: string | null;
  periodBudget?: string | null;
  outcome?: string | null;
  forecast?: string | null;
  deviation?: string | null;
  forecastDeviation?: string | null;
  flagged?: boolean;
}
interface JTable {
  sheet: string;
  range?: string;
  unit?: string;
  convention?: string;
  lines: JLine[];
  groups?: (JFigures & { name: string })[];
  total?: JFigures;
}
interface JCheck {
  kind?: string;
  class?: string;
  sheet?: string;
  cell?: string;
  message?: string;
}
interface JReading {
  sheet: string;
  headerRow?: number;
  columns?: { column?: string; role?: string; header?: string }[];
  missing?: string | string[];
  missingRoles?: string[];
  [k: string]: unknown;
}
interface JJoin {
  lines?: JLine[];
  groups?: (JFigures & { name: string })[];
  total?: JFigures;
  ytd?: JFigures;
  unmapped?: unknown[];
  [k: string]: unknown;
}
export interface Json {
  deviations?: JTable[];
  checks?: JCheck[];
  errors?: { sheet: string; cell: string; message?: string }[];
  fees?: { members?: { member: string; fee: string | null }[]; total?: string } | null;
  goals?: { name?: string; metric?: string; year?: string | null; value?: string | null; unit?: string | null; met?: boolean | null }[];
  invoices?: { member?: string; amount?: string | null }[];
  reading?: JReading[];
  join?: JJoin | JJoin[];
  joins?: JJoin[];
}

// ---------------------------------------------------------------------------------------------
// Helpers

function norm(s: unknown): string {
  return String(s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/[–—−]/g, '-')
    .replace(/[:*]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A decimal string in kronor to öre; null for null, undefined when it is not an amount in whole öre. */
function toOre(s: string | null | undefined): bigint | null | undefined {
  if (s === null) return null;
  if (s === undefined) return undefined;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(s).trim());
  if (!m) return undefined;
  const v = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -v : v;
}

const show = (s: string | null | undefined) => (s === undefined ? 'nothing' : s === null ? 'null' : s);
const abs = (x: bigint) => (x < 0n ? -x : x);

/** Does a found amount equal one of the accepted ones (within `tolerance` öre)? */
function amountOk(found: string | null | undefined, accepted: Amount[], tolerance = 0n): boolean {
  const f = toOre(found);
  if (f === undefined) return false;
  return accepted.some((a) => {
    const e = toOre(a);
    if (e === undefined) return false;
    if (e === null || f === null) return e === f;
    return abs(e - f) <= tolerance;
  });
}

function colNumber(l: string): number {
  let n = 0;
  for (const c of l.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

function colLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colsOf(range?: string): [number, number] | null {
  const m = /^([A-Z]+)\d+:([A-Z]+)\d+$/.exec(range ?? '');
  return m ? [colNumber(m[1]), colNumber(m[2])] : null;
}

function rowsOf(range?: string): [number, number] | null {
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const rowOfCell = (cell?: string) => Number(/\d+$/.exec(cell ?? '')?.[0] ?? NaN);

// ---------------------------------------------------------------------------------------------
// Tables

interface Ctx {
  reasons: string[];
}

function compareFigures(ctx: Ctx, where: string, e: ExpectedFigures | undefined, j: JFigures | undefined, tolerance: bigint, interim: boolean): void {
  if (!e) return;
  if (!j) {
    ctx.reasons.push(`${where}: not found`);
    return;
  }
  const neg = (a: Amount | undefined): Amount[] => (a === undefined || a === null ? [] : e.net ? [a, a.startsWith('-') ? a.slice(1) : `-${a}`] : [a]);
  // A group of lines none of which has a budget has none (null), whatever its compared-only sum of nothing says.
  const budgets = [...(e.budget === null ? [null] : []), ...neg(e.budget), ...neg(e.comparedOnly?.budget), ...(interim ? [...neg(e.periodBudget)] : [])];
  if (e.budget !== undefined && !amountOk(j.budget, budgets.length ? budgets : [null], tolerance))
    ctx.reasons.push(`${where} budget ${show(j.budget)}, expected ${show(e.budget)}`);
  const outcomes = [...(e.outcome === null ? [null] : []), ...neg(e.outcome), ...neg(e.comparedOnly?.outcome)];
  if (e.outcome !== undefined && !amountOk(j.outcome, outcomes.length ? outcomes : [null]))
    ctx.reasons.push(`${where} outcome ${show(j.outcome)}, expected ${show(e.outcome)}`);
  if (e.deviation !== undefined && !amountOk(j.deviation, [e.deviation], tolerance))
    ctx.reasons.push(`${where} deviation ${show(j.deviation)}, expected ${show(e.deviation)}`);
  if (e.forecast !== undefined && j.forecast !== undefined && !amountOk(j.forecast, neg(e.forecast).length ? neg(e.forecast) : [null]))
    ctx.reasons.push(`${where} forecast ${show(j.forecast)}, expected ${show(e.forecast)}`);
  if (e.forecastDeviation !== undefined && j.forecastDeviation !== undefined && !amountOk(j.forecastDeviation, [e.forecastDeviation]))
    ctx.reasons.push(`${where} forecast deviation ${show(j.forecastDeviation)}, expected ${show(e.forecastDeviation)}`);
}

/** The JSON tables that stand for one expected table: those on its sheet, the best-covering one first. */
function tablesFor(et: ExpectedTable, all: JTable[], sameSheet: number): JTable[] {
  const on = all.filter((t) => t.sheet === et.sheet);
  if (sameSheet <= 1 || on.length <= 1) return on;
  const rows = (et.lines ?? []).map((l) => l.row).filter((r): r is number => r !== undefined);
  const cover = (t: JTable) => {
    const r = rowsOf(t.range);
    return r ? rows.filter((x) => x >= r[0] && x <= r[1]).length : 0;
  };
  // Tables side by side cover the same rows: the one whose columns hold the expected columns is meant.
  const cols = Object.values(et.columns ?? {}).map(colNumber);
  const within = (t: JTable) => {
    const c = colsOf(t.range);
    return c ? cols.filter((x) => x >= c[0] && x <= c[1]).length : 0;
  };
  const best = [...on].sort((a, b) => cover(b) - cover(a) || within(b) - within(a))[0];
  return cover(best) > 0 ? [best] : [];
}

function findLine(lines: JLine[], used: Set<JLine>, key: string, row?: number): JLine | undefined {
  const k = norm(key);
  const named = lines.filter((l) => !used.has(l) && (norm(l.name) === k || norm(l.name).includes(k)));
  if (row !== undefined) {
    const atRow = named.find((l) => l.row === row);
    if (atRow) return atRow;
    if (named.length > 1) return undefined;
  }
  return named[0];
}

function scoreTable(ctx: Ctx, et: ExpectedTable, json: Json, sameSheet: number): void {
  const tables = tablesFor(et, json.deviations ?? [], sameSheet);
  const lines = tables.flatMap((t) => t.lines ?? []);
  const where = `${et.sheet}`;
  if (!et.deviations) {
    const given = lines.filter((l) => l.deviation !== null && l.deviation !== undefined);
    if (given.length)
      ctx.reasons.push(
        `${where}: ${given.length} deviations given though the ${et.missingRole ?? 'budget or outcome'} is missing (e.g. ${given[0].name}: ${given[0].deviation})`,
      );
    const flagged = lines.filter((l) => l.flagged);
    if (flagged.length) ctx.reasons.push(`${where}: ${flagged.length} lines flagged though the ${et.missingRole ?? 'budget or outcome'} is missing`);
    for (const t of tables)
      if (t.total?.deviation !== null && t.total?.deviation !== undefined)
        ctx.reasons.push(`${where}: a total deviation ${t.total.deviation} though the ${et.missingRole ?? 'budget or outcome'} is missing`);
    scoreReading(ctx, et, json);
    return;
  }
  if (tables.length === 0) {
    ctx.reasons.push(`${where}: no table read`);
    return;
  }
  const t = tables[0];
  if (t.unit && t.unit !== et.unit) ctx.reasons.push(`${where}: unit ${t.unit}, expected ${et.unit}`);
  if (t.convention && t.convention !== et.convention) ctx.reasons.push(`${where}: convention ${t.convention}, expected ${et.convention}`);
  if (et.lineCount !== undefined && lines.length !== et.lineCount) ctx.reasons.push(`${where}: ${lines.length} lines, expected ${et.lineCount}`);
  const interim = et.period !== undefined;
  const tolerance = et.period?.basis === 'pro-rata' ? 1n : 0n;
  const used = new Set<JLine>();
  let missing = 0;
  for (const el of et.lines ?? []) {
    const jl = findLine(lines, used, el.key, el.row);
    if (!jl) {
      if (missing++ === 0) ctx.reasons.push(`${where}: line "${el.key}"${el.row ? ` (row ${el.row})` : ''} not found`);
      continue;
    }
    used.add(jl);
    const at = `${where} "${el.key}"`;
    const budgets = [el.budget, ...(interim ? [el.periodBudget] : [])].filter((x): x is Amount => x !== undefined);
    if (el.budget !== undefined && !amountOk(jl.budget, budgets)) ctx.reasons.push(`${at} budget ${show(jl.budget)}, expected ${show(el.budget)}`);
    if (el.outcome !== undefined && !amountOk(jl.outcome, [el.outcome])) ctx.reasons.push(`${at} outcome ${show(jl.outcome)}, expected ${show(el.outcome)}`);
    if (el.deviation !== undefined && !amountOk(jl.deviation, [el.deviation], tolerance))
      ctx.reasons.push(`${at} deviation ${show(jl.deviation)}, expected ${show(el.deviation)}`);
    if (el.deviation === null && jl.flagged) ctx.reasons.push(`${at} is flagged though it has no deviation`);
    if (el.deviationPercent === null && jl.deviationPercent !== null && jl.deviationPercent !== undefined)
      ctx.reasons.push(`${at} deviation % ${String(jl.deviationPercent)}, expected none (a budget of zero has no percentage)`);
    if (el.favourable !== undefined && el.favourable !== null && jl.favourable !== undefined && jl.favourable !== el.favourable)
      ctx.reasons.push(`${at} ${jl.favourable ? 'favourable' : 'unfavourable'}, expected the reverse`);
    if (el.forecast !== undefined && jl.forecast !== undefined && !amountOk(jl.forecast, [el.forecast]))
      ctx.reasons.push(`${at} forecast ${show(jl.forecast)}, expected ${show(el.forecast)}`);
    if (
      el.forecastDeviation !== undefined &&
      jl.forecastDeviation !== undefined &&
      jl.forecastDeviation !== null &&
      !amountOk(jl.forecastDeviation, [el.forecastDeviation])
    )
      ctx.reasons.push(`${at} forecast deviation ${show(jl.forecastDeviation)}, expected ${show(el.forecastDeviation)}`);
  }
  if (missing > 1) ctx.reasons.push(`${where}: ${missing} expected lines not found`);
  const groups = tables.flatMap((x) => x.groups ?? []);
  for (const eg of et.groups ?? []) {
    const k = norm(eg.key);
    const jg = groups.find((g) => norm(g.name) === k) ?? groups.find((g) => norm(g.name).startsWith(k)) ?? groups.find((g) => norm(g.name).includes(k));
    if (!jg) {
      ctx.reasons.push(`${where}: group "${eg.key}" not found`);
      continue;
    }
    compareFigures(ctx, `${where} group "${eg.key}"`, eg, jg, tolerance * BigInt(et.lineCount ?? 1), interim);
  }
  // One expected table read as several: its lines and groups are judged above, no single total stands for it.
  if (tables.length === 1) compareFigures(ctx, `${where} total`, et.total, t.total, tolerance * BigInt(et.lineCount ?? 1), interim);
  scoreReading(ctx, et, json);
}

const ROLE_WORDS: Record<string, string[]> = {
  budget: ['budget'],
  periodBudget: ['periodbudget', 'budgetytd', 'periodisedbudget'],
  outcome: ['outcome', 'actual', 'utfall'],
  forecast: ['forecast', 'prognos'],
  deviation: ['deviation', 'reporteddeviation', 'variance'],
  forecastDeviation: ['forecastdeviation'],
  priorYear: ['prioryear', 'prior'],
  line: ['line', 'label', 'name'],
  code: ['code', 'account'],
  goalArea: ['goalarea'],
  dimension: ['dimension'],
  type: ['type'],
  comment: ['comment'],
};

/** The reading report, when the product writes one: each expected column's role, and the missing role. */
function scoreReading(ctx: Ctx, et: ExpectedTable, json: Json): void {
  if (!Array.isArray(json.reading)) return;
  const entries = json.reading.filter((r) => r.sheet === et.sheet);
  // Tables side by side share a header row: the entry that reads the expected columns is this table's.
  const expectedCols = Object.values(et.columns ?? {});
  const reads = (r: JReading) => (r.columns ?? []).filter((c) => c.column !== undefined && expectedCols.includes(c.column)).length;
  const onRow = entries.filter((r) => r.headerRow === et.headerRow).sort((a, b) => reads(b) - reads(a));
  const entry = onRow[0] ?? entries[0];
  if (!entry) {
    ctx.reasons.push(`${et.sheet}: the reading report does not mention the sheet`);
    return;
  }
  for (const [role, col] of Object.entries(et.columns ?? {})) {
    if (!['budget', 'periodBudget', 'outcome', 'forecast'].includes(role)) continue;
    const c = (entry.columns ?? []).find((x) => x.column === col);
    const word = norm(c?.role).replace(/[^a-zåäö]/g, '');
    if (!c || !(ROLE_WORDS[role] ?? [role.toLowerCase()]).includes(word))
      ctx.reasons.push(`${et.sheet}: column ${col} should be read as ${role}, the reading says ${c?.role ?? 'nothing'}`);
  }
  if (et.missingRole) {
    const said = [entry.missing, entry.missingRoles]
      .flat()
      .filter(Boolean)
      .map((x) => norm(x));
    if (said.length && !said.some((s) => s.includes(et.missingRole!)))
      ctx.reasons.push(`${et.sheet}: the reading does not say the ${et.missingRole} is missing`);
  }
}

// ---------------------------------------------------------------------------------------------
// Join

function lineText(l: JLine): string[] {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(l))
    if (typeof v === 'string' && !['budget', 'outcome', 'deviation', 'periodBudget', 'forecast', 'deviationPercent'].includes(k)) parts.push(v);
    else if (Array.isArray(v)) parts.push(...v.map(String));
  return norm(parts.join(' '))
    .split(/[^0-9a-zåäö]+/)
    .filter(Boolean);
}

/** A key part is among the tokens: one token as itself, a part of several words (a goal area) as a run of tokens. */
function hasPart(tokens: string[], part: string): boolean {
  const words = norm(part)
    .split(/[^0-9a-zåäö]+/)
    .filter(Boolean);
  if (words.length <= 1) return tokens.includes(norm(part));
  return tokens.some((_, i) => words.every((w, k) => tokens[i + k] === w));
}

function scoreJoin(ctx: Ctx, ej: ExpectedJoin, json: Json): void {
  const joins = [json.join, json.joins].flat().filter((x): x is JJoin => !!x && typeof x === 'object');
  const fromTables = (json.deviations ?? []).filter((t) => t.sheet === ej.budgetSheet || t.sheet === ej.outcomeSheet);
  const candidates: JLine[] = [...joins.flatMap((j) => j.lines ?? []), ...fromTables.flatMap((t) => t.lines ?? [])];
  const interim = ej.ytd !== undefined;
  const joined = ej.lines.filter((l) => l.budget !== null && l.outcome !== null);
  const match = (key: string[]) =>
    candidates.find((c) => {
      const tokens = lineText(c);
      return key.every((k) => hasPart(tokens, k));
    });
  const shown = joined.filter((l) => {
    const c = match(l.key);
    return c && c.outcome !== null && c.outcome !== undefined && c.budget !== null && c.budget !== undefined;
  });
  if (shown.length === 0) {
    ctx.reasons.push(`join ${ej.budgetSheet} × ${ej.outcomeSheet}: no joined lines (budget and outcome of one key side by side)`);
    return;
  }
  let wrong = 0;
  for (const el of ej.lines) {
    const c = match(el.key);
    const k = el.key.join('/');
    if (!c) {
      if (wrong++ < 2) ctx.reasons.push(`join: key ${k} not shown`);
      continue;
    }
    const budgets = [el.budget, ...(interim ? [el.periodBudget ?? null] : [])];
    if (!amountOk(c.budget, budgets) || !amountOk(c.outcome, [el.outcome]) || (c.deviation !== undefined && !amountOk(c.deviation, [el.deviation]))) {
      if (wrong++ < 2)
        ctx.reasons.push(
          `join ${k}: budget ${show(c.budget)} outcome ${show(c.outcome)} deviation ${show(c.deviation)}, expected ${show(el.budget)} / ${show(el.outcome)} / ${show(el.deviation)}`,
        );
    }
  }
  if (wrong > 2) ctx.reasons.push(`join: ${wrong} keys wrong or missing`);
  const checks = json.checks ?? [];
  const mentioned = (key: string[]) => checks.some((c) => key.every((k) => hasPart(norm(c.message).split(/[^0-9a-zåäö]+/), k)));
  for (const k of ej.onlyBudget) if (!mentioned(k) && match(k)?.outcome !== null) ctx.reasons.push(`join: ${k.join('/')} (budget, no outcome) not reported`);
  for (const k of ej.onlyOutcome) if (!mentioned(k) && match(k)?.budget !== null) ctx.reasons.push(`join: ${k.join('/')} (outcome, no budget) not reported`);
  for (const k of ej.duplicates) if (!mentioned(k)) ctx.reasons.push(`join: ${k.join('/')} twice in the budget, not reported`);
  for (const k of ej.unmapped ?? [])
    if (!mentioned(k) && !joins.some((j) => JSON.stringify(j.unmapped ?? []).includes(k[0])))
      ctx.reasons.push(`join: ${k.join('/')} not mapped to a group, not reported`);
  const groups = [...joins.flatMap((j) => j.groups ?? []), ...fromTables.flatMap((t) => t.groups ?? [])];
  for (const eg of ej.groups ?? []) {
    const k = norm(eg.key);
    const jg = groups.find((g) => norm(g.name) === k) ?? groups.find((g) => norm(g.name).startsWith(k)) ?? groups.find((g) => norm(g.name).includes(k));
    if (!jg) ctx.reasons.push(`join: group "${eg.key}" not found`);
    else compareFigures(ctx, `join group "${eg.key}"`, eg, jg, 0n, interim);
  }
  const total = joins.find((j) => j.total)?.total;
  if (total) compareFigures(ctx, 'join total', { budget: ej.total.budget, outcome: ej.total.outcome }, total, 0n, false);
  const ytd = joins.find((j) => j.ytd)?.ytd;
  if (ej.ytd && ytd) compareFigures(ctx, 'join year to date', { budget: ej.ytd.budget, outcome: ej.ytd.outcome, deviation: ej.ytd.deviation }, ytd, 0n, false);
}

// ---------------------------------------------------------------------------------------------
// One fixture

export function score(e: Expected, json: Json): string[] {
  const ctx: Ctx = { reasons: [] };
  const perSheet = new Map<string, number>();
  for (const t of e.tables) perSheet.set(t.sheet, (perSheet.get(t.sheet) ?? 0) + 1);
  for (const t of e.tables) scoreTable(ctx, t, json, perSheet.get(t.sheet)!);
  if (e.join) scoreJoin(ctx, e.join, json);
  // Never invent: deviations from a sheet no table is expected on.
  const known = new Set([...e.tables.map((t) => t.sheet), ...(e.join ? [e.join.budgetSheet, e.join.outcomeSheet] : [])]);
  for (const t of json.deviations ?? []) {
    if (known.has(t.sheet)) continue;
    const n = (t.lines ?? []).filter((l) => l.deviation !== null && l.deviation !== undefined).length;
    if (n) ctx.reasons.push(`invented ${n} deviations on sheet ${t.sheet}, where no budget table is`);
  }
  if (e.mustNotFlag) {
    const flagged = (json.deviations ?? []).flatMap((t) => t.lines ?? []).filter((l) => l.flagged);
    if (flagged.length) ctx.reasons.push(`${flagged.length} lines flagged, none may be`);
  }
  const checks = json.checks ?? [];
  for (const c of e.checks ?? []) {
    const found = checks.find((x) => x.sheet === c.sheet && x.cell === c.cell);
    if (!found) ctx.reasons.push(`${c.kind} at ${c.sheet}!${c.cell} not reported`);
    else if (found.class === 'rounding' || found.class === 'info') ctx.reasons.push(`${c.sheet}!${c.cell} reported as ${found.class}, it is a mismatch`);
  }
  const expectedRows = new Set([
    ...(e.checks ?? []).map((c) => `${c.sheet}!${rowOfCell(c.cell)}`),
    ...(e.fees?.stale ?? []).map((s) => `${s.sheet}!${rowOfCell(s.cell)}`),
  ]);
  const unexpected = checks.filter((c) => c.class === 'mismatch' && !expectedRows.has(`${c.sheet}!${rowOfCell(c.cell)}`));
  if (unexpected.length)
    ctx.reasons.push(
      `${unexpected.length} mismatch findings where the workbook is right (first ${unexpected[0].sheet}!${unexpected[0].cell}: ${unexpected[0].message ?? ''})`,
    );
  const errors = json.errors ?? [];
  for (const x of e.errors ?? [])
    if (!errors.some((y) => y.sheet === x.sheet && y.cell === x.cell)) ctx.reasons.push(`error at ${x.sheet}!${x.cell} not reported`);
  // Saying once, at a table's header row, that its budget or outcome is missing is what the product must do, not an error on a good cell.
  const missingRoleRows = new Set(e.tables.filter((t) => t.missingRole).map((t) => `${t.sheet}!${t.headerRow}`));
  const wrongErrors = errors.filter(
    (y) => !(e.errors ?? []).some((x) => x.sheet === y.sheet && x.cell === y.cell) && !missingRoleRows.has(`${y.sheet}!${rowOfCell(y.cell)}`),
  );
  if (wrongErrors.length)
    ctx.reasons.push(`${wrongErrors.length} errors on good cells (first ${wrongErrors[0].sheet}!${wrongErrors[0].cell}: ${wrongErrors[0].message ?? ''})`);
  if (e.fees) scoreFees(ctx, e, json);
  if (e.goals) scoreGoals(ctx, e, json);
  if (e.invoices) scoreInvoices(ctx, e, json);
  return ctx.reasons;
}

function scoreFees(ctx: Ctx, e: Expected, json: Json): void {
  const ef = e.fees!;
  const members = json.fees?.members ?? [];
  if (!json.fees || members.length === 0) {
    ctx.reasons.push('no member fees read');
    return;
  }
  if (!amountOk(json.fees.total, [ef.total])) ctx.reasons.push(`fee total ${show(json.fees.total)}, expected ${show(ef.total)}`);
  // A member's fee may come in several charges (a fixed and a variable part): they add up.
  const byMember = new Map<string, bigint>();
  for (const m of members) byMember.set(norm(m.member), (byMember.get(norm(m.member)) ?? 0n) + (toOre(m.fee) ?? 0n));
  const tolerance = ef.memberTolerance ? (toOre(ef.memberTolerance) ?? 0n) : 0n;
  const matched = new Set<string>();
  for (const m of ef.members) {
    const k = norm(m.member);
    const name = [...byMember.keys()].find((n) => n === k) ?? [...byMember.keys()].find((n) => n.includes(k) || k.includes(n));
    if (!name) {
      ctx.reasons.push(`fee of ${m.member} not found`);
      continue;
    }
    matched.add(name);
    const f = byMember.get(name)!;
    const want = toOre(m.fee) ?? 0n;
    if (abs(f - want) > tolerance) ctx.reasons.push(`fee of ${m.member}: ${show(String(Number(f) / 100))}, expected ${m.fee}`);
  }
  const extra = [...byMember.keys()].filter((n) => !matched.has(n));
  if (extra.length) ctx.reasons.push(`fees for ${extra.length} names that are not members (first "${extra[0]}")`);
  for (const s of ef.stale ?? []) {
    const found = [...(json.checks ?? []), ...(json.errors ?? [])].some((c) => c.sheet === s.sheet && c.cell === s.cell);
    if (!found) ctx.reasons.push(`stale fee at ${s.sheet}!${s.cell} (${s.found}, due ${s.expected}) not reported`);
  }
}

function twoDecimals(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return ((Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-9)) / 100).toFixed(2);
}

function scoreGoals(ctx: Ctx, e: Expected, json: Json): void {
  const goals = json.goals ?? [];
  if (goals.length === 0) {
    ctx.reasons.push('no financial goals read');
    return;
  }
  for (const g of e.goals!) {
    const k = norm(g.metric);
    const all = goals.filter((x) => norm(`${x.name ?? ''} ${x.metric ?? ''}`).includes(k));
    const year = g.year ?? '2024';
    const found = all.find((x) => String(x.year ?? '').includes(year)) ?? all.find((x) => x.year === null || x.year === undefined) ?? all[0];
    if (!found) {
      ctx.reasons.push(`goal "${g.text}" not read`);
      continue;
    }
    if (found.met !== g.met) ctx.reasons.push(`goal "${g.text}": met ${found.met}, expected ${g.met}`);
    const unit = found.unit === '%' ? '%' : found.unit === 'kr' ? 'kr' : found.unit === 'ratio' || found.unit === 'x' ? 'ratio' : found.unit;
    if (unit !== g.unit)
      ctx.reasons.push(`goal "${g.text}": shown in ${found.unit ?? 'nothing'}, expected ${g.unit}${g.unit === 'ratio' ? ' (a ratio stays a ratio)' : ''}`);
    else if (twoDecimals(found.value) !== twoDecimals(g.value)) ctx.reasons.push(`goal "${g.text}": value ${show(found.value)}, expected ${g.value}`);
  }
  const metrics = e.goals!.map((g) => norm(g.metric));
  const extra = goals.filter((x) => !metrics.some((m) => norm(`${x.name ?? ''} ${x.metric ?? ''}`).includes(m)));
  if (extra.length) ctx.reasons.push(`${extra.length} goals read that the workbook does not state (first "${extra[0].name}")`);
}

/** Each member's invoices: as many as expected, whole kronor, adding up exactly to the rounded fee (SPEC 3.3, 4). */
function scoreInvoices(ctx: Ctx, e: Expected, json: Json): void {
  const invoices = json.invoices ?? [];
  if (invoices.length === 0) {
    ctx.reasons.push('no invoices written');
    return;
  }
  for (const m of e.invoices!) {
    const k = norm(m.member);
    const mine = invoices.filter((x) => norm(x.member) === k || norm(x.member).includes(k) || k.includes(norm(x.member)));
    if (mine.length !== m.count) {
      ctx.reasons.push(`${mine.length} invoices for ${m.member}, expected ${m.count}`);
      continue;
    }
    const amounts = mine.map((x) => toOre(x.amount) ?? 0n);
    if (amounts.some((a) => a % 100n !== 0n)) ctx.reasons.push(`an invoice of ${m.member} is not whole kronor`);
    const total = amounts.reduce((s, a) => s + a, 0n);
    if (total !== toOre(m.total)) ctx.reasons.push(`invoices of ${m.member} add up to ${plainOre(total)}, expected ${m.total}`);
  }
}

// ---------------------------------------------------------------------------------------------

function run(file: string): { json: Json | null; problem: string | null } {
  const res = spawnSync(process.execPath, [CLI, file, '--json', '-'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 300_000 });
  const out = res.stdout ?? '';
  const start = out.indexOf('{');
  if (start < 0) return { json: null, problem: `no JSON (exit ${res.status}: ${(res.stderr ?? '').split('\n').find((l) => l.trim()) ?? ''})` };
  try {
    return { json: JSON.parse(out.slice(start)) as Json, problem: null };
  } catch {
    return { json: null, problem: `unreadable JSON (exit ${res.status})` };
  }
}

/**
 * The JSON a perfect product would write for an expectation: the scorer must accept it (and reject it once one
 * amount is changed). Run with --self-test; it needs no build.
 */
export function oracle(e: Expected): Json {
  const line = (l: NonNullable<ExpectedTable['lines']>[number]): JLine => ({
    name: l.key,
    row: l.row,
    budget: l.budget ?? null,
    outcome: l.outcome ?? null,
    deviation: l.deviation ?? null,
    deviationPercent: l.deviationPercent,
    forecast: l.forecast,
    forecastDeviation: l.forecastDeviation,
    favourable: l.favourable ?? false,
    flagged: false,
  });
  const deviations: JTable[] = e.tables
    .filter((t) => t.deviations)
    .map((t) => {
      const lines = (t.lines ?? []).map(line);
      for (let i = lines.length; i < (t.lineCount ?? 0); i++)
        lines.push({ name: `rad ${i}`, row: 100000 + i, budget: '0', outcome: '0', deviation: '0', favourable: true, flagged: false });
      const rows = (t.lines ?? []).map((l) => l.row ?? t.headerRow + 1);
      const cols = Object.values(t.columns ?? {}).map(colNumber);
      const [from, to] = cols.length ? [Math.min(...cols), Math.max(...cols)] : [1, 8];
      return {
        sheet: t.sheet,
        range: `${colLetter(from)}${t.headerRow}:${colLetter(to)}${Math.max(t.headerRow + 1, ...rows)}`,
        unit: t.unit,
        convention: t.convention,
        lines,
        groups: (t.groups ?? []).map((g) => ({ name: g.key, budget: g.budget, outcome: g.outcome, deviation: g.deviation })),
        total: t.total ? { budget: t.total.budget, outcome: t.total.outcome, deviation: t.total.deviation } : undefined,
      };
    });
  const checks: JCheck[] = [
    ...(e.checks ?? []).map((c) => ({ kind: c.kind, class: 'mismatch', sheet: c.sheet, cell: c.cell, message: c.why })),
    ...(e.fees?.stale ?? []).map((s) => ({ kind: 'fee', class: 'mismatch', sheet: s.sheet, cell: s.cell })),
  ];
  const j = e.join;
  if (j)
    for (const k of [...j.onlyBudget, ...j.onlyOutcome, ...j.duplicates, ...(j.unmapped ?? [])])
      checks.push({ kind: 'unmapped', class: 'info', sheet: j.budgetSheet, cell: 'A1', message: `nyckel ${k.join(' ')}` });
  return {
    deviations,
    checks,
    errors: (e.errors ?? []).map((x) => ({ sheet: x.sheet, cell: x.cell })),
    fees: e.fees ? { members: e.fees.members.map((m) => ({ member: m.member, fee: m.fee })), total: e.fees.total ?? undefined } : null,
    goals: (e.goals ?? []).map((g) => ({ name: g.text, metric: g.metric, year: g.year ?? '2024', value: g.value, unit: g.unit, met: g.met })),
    invoices: (e.invoices ?? []).flatMap((m) => {
      // Whole kronor, the first invoices taking the kronor left over, as a perfect product would split them.
      const total = toOre(m.total) ?? 0n;
      const base = total / 100n / BigInt(m.count);
      const left = total / 100n - base * BigInt(m.count);
      return Array.from({ length: m.count }, (_, i) => ({ member: m.member, amount: String(base + (BigInt(i) < left ? 1n : 0n)) }));
    }),
    join: j
      ? {
          lines: j.lines.map((l) => ({ name: l.key.join(' '), budget: l.budget, periodBudget: l.periodBudget, outcome: l.outcome, deviation: l.deviation })),
          groups: (j.groups ?? []).map((g) => ({ name: g.key, budget: g.budget, outcome: g.outcome, deviation: g.deviation })),
          total: j.total,
          ytd: j.ytd,
        }
      : undefined,
  };
}

/** What is wrong with the scorer on one expectation: it must accept a perfect answer and reject a spoiled one. */
export function selfTestOne(e: Expected): string | null {
  const reasons = score(e, oracle(e));
  if (reasons.length) return `a perfect answer is rejected: ${reasons.slice(0, 3).join('; ')}`;
  // One amount changed by one öre (or a goal turned, or a deviation invented) must be caught.
  const spoiled = oracle(e);
  const victim =
    spoiled.deviations?.find((t) => t.lines.some((l) => l.outcome))?.lines.find((l) => l.outcome) ??
    (spoiled.join as JJoin | undefined)?.lines?.find((l) => l.outcome);
  const feeVictim = spoiled.fees?.members?.[0];
  if (victim) victim.outcome = plainOre((toOre(victim.outcome) ?? 0n) + 1n);
  else if (feeVictim) feeVictim.fee = plainOre((toOre(feeVictim.fee) ?? 0n) + 1n + (toOre(e.fees?.memberTolerance ?? '0') ?? 0n));
  else if (spoiled.goals?.[0]) spoiled.goals[0].met = !spoiled.goals[0].met;
  else if (!e.tables.some((x) => !x.deviations) && spoiled.errors?.length) spoiled.errors = spoiled.errors.slice(1);
  else {
    // A table whose role is missing: one invented deviation on it must be caught.
    const t = e.tables.find((x) => !x.deviations)!;
    spoiled.deviations = [
      { sheet: t.sheet, lines: [{ name: t.lines?.[0]?.key, row: t.lines?.[0]?.row, budget: '1', outcome: '0', deviation: '-1', flagged: false }] },
    ];
  }
  return score(e, spoiled).length > 0 ? null : 'a changed answer is accepted';
}

function plainOre(o: bigint): string {
  const neg = o < 0n;
  const a = neg ? -o : o;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

function selfTest(dir: string, files: string[]): void {
  let bad = 0;
  for (const f of files) {
    const problem = selfTestOne(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Expected);
    if (problem) {
      bad++;
      console.log(`✖ ${f}: ${problem}`);
    }
  }
  console.log(
    bad
      ? `self-test: ${bad} of ${files.length} fixtures misjudged`
      : `self-test: the scorer accepts a perfect answer and catches a changed one on all ${files.length} fixtures`,
  );
  if (bad) process.exitCode = 1;
}

function main(): void {
  const { dir, names: only } = dirAndNames(process.argv.slice(2));
  if (process.argv.includes('--self-test')) {
    selfTest(
      dir,
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.expected.json'))
        .sort(),
    );
    return;
  }
  if (!fs.existsSync(CLI)) {
    console.error('dist/cli/main.js is missing: run `npm run build:cli` first.');
    process.exitCode = 2;
    return;
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort();
  const results: { name: string; family: string; ok: boolean; reasons: string[] }[] = [];
  for (const f of files) {
    const e = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Expected;
    const name = f.replace(/\.expected\.json$/, '');
    if (only.length && !only.includes(name)) continue;
    const { json, problem } = run(path.join(dir, e.file));
    const reasons = problem ? [problem] : score(e, json!);
    results.push({ name, family: e.family, ok: reasons.length === 0, reasons });
    console.log(reasons.length ? `✖ ${name}: ${reasons.slice(0, 3).join('; ')}` : `✔ ${name}`);
  }
  const right = results.filter((r) => r.ok).length;
  const families = [...new Set(results.map((r) => r.family))].map((family) => {
    const rs = results.filter((r) => r.family === family);
    return { family, right: rs.filter((r) => r.ok).length, of: rs.length };
  });
  console.log(`\nBy family: ${families.map((x) => `${x.family} ${x.right}/${x.of}`).join(', ')}`);
  console.log(`${right} of ${results.length} read right`);
  if (!only.length) {
    const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
    const score = {
      generatedBy: 'scripts/score-layouts.ts',
      command: 'node dist/cli/main.js <file> --json -',
      productCommit: head || null,
      right,
      of: results.length,
      families,
      fixtures: results,
    };
    fs.writeFileSync(path.join(dir, 'score.json'), `${JSON.stringify(score, null, 2)}\n`);
  }
}

if (require.main === module) main();
