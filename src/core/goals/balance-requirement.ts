import { cellAddress } from '../cells';
import { Check } from '../deviations/checks';
import { Decimal, ZERO, sum } from '../decimal';
import { classifyDifference } from '../tolerance';
import { moneyFromKronor } from '../money';
import { PRINTED_STEP_ORE } from '../read/units';
import { byPriority, findConcept } from './lookup';
import { RESULT_NAMES } from './concepts';
import { Statement, StatementRow, amountFor } from './statements';
import { SourceCell, uniqueSources } from './trace';

/**
 * The balance requirement (balanskravsutredning, LKBR 11 kap 10 §; KL 11 kap 12 §), year by year:
 * the result, the adjustments (realisation gains, allowed exceptions, unrealised losses on securities), the
 * reserve (resultatutjämningsreserv), the balanskravsresultat, and — when a year ends negative — what is
 * to be restored and by when (within the three following years).
 *
 * The rows are read from a balanskravsutredning in the workbook as printed; without one, the result comes
 * from the income statement and no adjustments are assumed. Each printed subtotal is checked against the
 * rows above it.
 */
export type RequirementLineKey = 'result' | 'adjustment' | 'reserve' | 'subtotal' | 'balanceResult' | 'deficitBroughtForward' | 'restored' | 'toRestore';

export interface RequirementLine {
  key: RequirementLineKey;
  /** As printed; null for a line Avstämning adds (its words come from the sheet labels). */
  label: string | null;
  value: Decimal | null;
  sources: SourceCell[];
  /** `toRestore`: the last year in which the deficit may be restored. */
  deadline?: number;
  /** `toRestore`: the deadline has passed and a deficit is still open. */
  overdue?: boolean;
}

export interface RequirementYear {
  year: number;
  lines: RequirementLine[];
}

export interface BalanceRequirement {
  /** The sheet of the printed balanskravsutredning; null when it was built from the income statement. */
  sheet: string | null;
  /** Latest year first, as reports print them. */
  years: RequirementYear[];
  checks: Check[];
}

/** Years a deficit may stand before it must be restored (KL 11 kap 12 §). */
export const RESTORE_WITHIN_YEARS = 3;

const RESULT_ROW =
  /^((redovisat|årets|periodens) )?resultat enligt resultaträkning(en)?$|^(årets|periodens) resultat$|^(result for the year|net result)( according to the income statement)?$/;
const SUBTOTAL_ROW =
  /^(årets )?balanskravsresultat|^justerat resultat|^(årets )?resultat efter balanskravsjusteringar|^balance requirement result|^result after (balance requirement )?adjustments/;
const RESERVE_ROW = /resultatutjämningsreserv|resultatreserv|\brur\b|equalisation reserve|equalization reserve/;
const DEFICIT_ROW = /underskott|deficit/;
/** Printed as a deduction (`Avgår samtliga realisationsvinster 2` and `… −2` mean the same). */
const DEDUCTION =
  /^(avgår|minus|[-−–])|samtliga realisationsvinster|^realisationsvinster$|reservering till|avsättning till|återföring av orealiserade|^less\b|^deduct/;
/** Printed as an addition back. */
const ADDITION = /^(tillägg|plus|\+|add\b)|enligt undantag|disponering|användning av|uttag ur|ianspråktagande|^orealiserade förluster|^unrealised losses/;

/**
 * What an adjustment row adds to the result: deductions and additions by their size, anything else as
 * printed. A leading `Avgår` decides first, so `Avgår realisationsvinster enligt undantag` is a deduction.
 */
function contribution(row: StatementRow, value: Decimal): Decimal {
  if (/^(avgår|minus|[-−–]|less\b|deduct)/.test(row.key)) return value.abs().negated();
  if (ADDITION.test(row.key)) return value.abs();
  if (DEDUCTION.test(row.key)) return value.abs().negated();
  return value;
}

interface PrintedTable {
  statement: Statement;
  result: StatementRow | null;
  /** Adjustments and subtotals between the result and the balanskravsresultat, in printed order. */
  body: StatementRow[];
  deficits: StatementRow[];
}

/** A table of its own kind, else a statement (the income statement, say) with a balanskravsresultat row under it. */
function printedTable(statements: readonly Statement[]): PrintedTable | null {
  const statement =
    statements.find((s) => s.kind === 'balance-requirement') ?? byPriority(statements).find((s) => s.rows.some((r) => SUBTOTAL_ROW.test(r.key)));
  if (!statement) return null;
  const rows = statement.rows;
  const lastSubtotal = rows.reduce((last, r, i) => (SUBTOTAL_ROW.test(r.key) ? i : last), -1);
  const end = lastSubtotal >= 0 ? lastSubtotal : rows.length - 1;
  const resultIndex = rows.slice(0, end + 1).reduce((last, r, i) => (RESULT_ROW.test(r.key) ? i : last), -1);
  const body = rows.slice(resultIndex + 1, end + 1).filter((r) => !DEFICIT_ROW.test(r.key));
  return {
    statement,
    result: resultIndex >= 0 ? rows[resultIndex] : null,
    body,
    deficits: rows.slice(resultIndex + 1).filter((r) => DEFICIT_ROW.test(r.key)),
  };
}

type Valued = { value: Decimal | null; sources: SourceCell[] };

function cellValue(statement: Statement, row: StatementRow, year: number): Valued {
  const a = amountFor(statement, row, year);
  return { value: a.value, sources: a.source ? [a.source] : [] };
}

function yearBlock(year: number, printed: PrintedTable | null, result: { statement: Statement; row: StatementRow } | null, checks: Check[]): RequirementYear {
  const lines: RequirementLine[] = [];
  const start = result ? cellValue(result.statement, result.row, year) : { value: null, sources: [] };
  lines.push({ key: 'result', label: result?.row.label ?? null, ...start });
  let running: Valued = start;
  let addends = 1;
  let lastSubtotal: RequirementLine | null = null;
  for (const row of printed?.body ?? []) {
    const statement = printed!.statement;
    const cell = cellValue(statement, row, year);
    if (SUBTOTAL_ROW.test(row.key)) {
      const computed = running.value;
      if (cell.value !== null && computed !== null && !cell.value.eq(computed)) {
        const difference = cell.value.minus(computed);
        checks.push({
          kind: 'control-total',
          class: classifyDifference(moneyFromKronor(difference), addends, PRINTED_STEP_ORE[statement.unit]),
          sheet: statement.sheet,
          cell: cell.sources[0]?.cell ?? cellAddress(row.row, statement.labelCol),
          expected: moneyFromKronor(computed),
          found: moneyFromKronor(cell.value),
          difference: moneyFromKronor(difference),
          messageKey: 'goals.requirementTotal',
          params: { line: row.label, year },
        });
      }
      // Go on from the printed figure, so a difference is reported once, where it arises.
      const value = cell.value ?? computed;
      lastSubtotal = { key: 'subtotal', label: row.label, value, sources: cell.value !== null ? cell.sources : uniqueSources(running.sources) };
      lines.push(lastSubtotal);
      running = { value, sources: lastSubtotal.sources };
      addends = 1;
      continue;
    }
    const key = RESERVE_ROW.test(row.key) ? 'reserve' : 'adjustment';
    lines.push({ key, label: row.label, ...cell });
    // An empty adjustment is none (the report leaves `Avgår realisationsvinster` blank when there are none).
    const added = cell.value === null ? ZERO : contribution(row, cell.value);
    running = { value: running.value === null ? null : running.value.plus(added), sources: [...running.sources, ...cell.sources] };
    addends++;
  }
  if (lastSubtotal && lastSubtotal === lines[lines.length - 1]) lastSubtotal.key = 'balanceResult';
  else lines.push({ key: 'balanceResult', label: null, value: running.value, sources: uniqueSources(running.sources) });
  return { year, lines };
}

interface OpenDeficit {
  year: number | null;
  amount: Decimal;
  sources: SourceCell[];
}

/** Follow deficits from year to year: a negative result opens one, later surpluses restore the oldest first. */
function followDeficits(blocks: RequirementYear[], printed: PrintedTable | null): void {
  let open: OpenDeficit[] = [];
  for (const block of [...blocks].sort((a, b) => a.year - b.year)) {
    const result = block.lines.find((l) => l.key === 'balanceResult')!;
    const printedDeficit = printed?.deficits.map((r) => ({ row: r, ...cellValue(printed.statement, r, block.year) })).find((d) => d.value !== null);
    if (open.length === 0 && printedDeficit && !printedDeficit.value!.isZero()) {
      // A deficit the report carries in from before the first year shown; its origin year is not known.
      open.push({ year: null, amount: printedDeficit.value!.abs(), sources: printedDeficit.sources });
    }
    const broughtForward = sum(open.map((d) => d.amount));
    if (!broughtForward.isZero()) {
      block.lines.push({
        key: 'deficitBroughtForward',
        label: printedDeficit?.row.label ?? null,
        value: broughtForward,
        sources: uniqueSources(printedDeficit ? printedDeficit.sources : open.flatMap((d) => d.sources)),
      });
    }
    if (result.value === null) continue;
    if (result.value.isPositive() && !result.value.isZero() && open.length > 0) {
      let left = result.value;
      for (const d of open) {
        const part = Decimal.min(left, d.amount);
        d.amount = d.amount.minus(part);
        left = left.minus(part);
      }
      block.lines.push({ key: 'restored', label: null, value: result.value.minus(left), sources: result.sources });
      open = open.filter((d) => !d.amount.isZero());
    }
    if (result.value.isNegative()) open.push({ year: block.year, amount: result.value.abs(), sources: result.sources });
    if (open.length > 0) {
      const origins = open.map((d) => d.year).filter((y): y is number => y !== null);
      const deadline = origins.length > 0 ? Math.min(...origins) + RESTORE_WITHIN_YEARS : undefined;
      block.lines.push({
        key: 'toRestore',
        label: null,
        value: sum(open.map((d) => d.amount)),
        sources: uniqueSources(open.flatMap((d) => d.sources)),
        deadline,
        overdue: deadline !== undefined && block.year > deadline,
      });
    }
  }
}

export function balanceRequirement(statements: readonly Statement[]): BalanceRequirement | null {
  const printed = printedTable(statements);
  let result: { statement: Statement; row: StatementRow } | null = printed?.result ? { statement: printed.statement, row: printed.result } : null;
  if (!result) {
    const found = findConcept(statements, RESULT_NAMES, ['income-statement']);
    if (found.kind === 'found') result = found;
  }
  if (!printed && !result) return null;
  const years = (printed?.statement ?? result!.statement).years.map((y) => y.year);
  const checks: Check[] = [];
  const blocks = years.map((year) => yearBlock(year, printed, result, checks));
  followDeficits(blocks, printed);
  return { sheet: printed?.statement.sheet ?? null, years: blocks.sort((a, b) => b.year - a.year), checks };
}

/** The balanskravsresultat per year, with the cells it rests on: what the built-in metric compares. */
export function balanceResults(requirement: BalanceRequirement): Map<number, { value: Decimal | null; sources: SourceCell[] }> {
  return new Map(
    requirement.years.map((y) => {
      const line = y.lines.find((l) => l.key === 'balanceResult')!;
      return [y.year, { value: line.value, sources: line.sources }];
    }),
  );
}
