import { CellValue, SheetData, cellAddress, cellText } from './cells';
import { InputIssue, amountIssueKey } from './issues';
import { memoByText } from './memo';
import { Money, moneyFromCell, moneyFromOre } from './money';
import { parseNumber } from './numbers';
import { TableLayout } from './tables';
import { normaliseLabel, stripFootnote } from './text';
import { ORE_PER_UNIT } from './units';

export type AmountKey = 'budget' | 'outcome' | 'forecast' | 'deviation' | 'priorYear';
export const AMOUNT_KEYS: readonly AmountKey[] = ['budget', 'outcome', 'forecast', 'deviation', 'priorYear'];

export type Amounts = Record<AmountKey, Money | null>;
export type RowKind = 'item' | 'total' | 'section';
export type RowType = 'income' | 'cost' | null;

/**
 * One meaningful row of a table: an item, a total (a control total, never added again) or a section header.
 * Its amounts are in öre, exactly; null where the cell has no value (not zero). One flat object per row.
 */
export interface TableRow extends Amounts {
  /** Zero-based sheet row. */
  row: number;
  kind: RowKind;
  label: string;
  /** The goal area the row belongs to: its goal-area cell, the section it stands in, or its own label in a summary table. */
  goalArea: string | null;
  /** The section header above it (`Intäkter`, `Kostnader`, `Mål 2 …`). */
  section: string | null;
  /** Income or cost as stated by a type column. */
  statedType: RowType;
  /** The budget or outcome cell holds something that is not an amount (reported): the deviation is unknown. */
  unreadable: boolean;
}

// `Netto` alone is a total; `Nettokostnad` alone is a line (a statement's `Nettointäkter`), with a qualifier a total.
const TOTAL_LABEL = /^(summa|totalt?|totalsumma|resultat|årets resultat|periodens resultat|netto)(\s|$|:)|^netto\p{L}*\s+\S/u;

const totalLabel = memoByText((label: string) => TOTAL_LABEL.test(normaliseLabel(label)));

/** Whether a label's first letter can begin a total word; most labels are settled by this one look. */
function mayBeTotal(label: string): boolean {
  let i = 0;
  while (i < label.length && label.charCodeAt(i) <= 0x20) i++;
  // ASCII and Latin-1 letters to lower case; `a` for a decomposed `å`.
  switch (label.charCodeAt(i) | 0x20) {
    case 0x73: case 0x74: case 0x72: case 0x61: case 0x70: case 0x6e: case 0xe5:
      return true;
    default:
      return false;
  }
}

export function isTotalLabel(label: string): boolean {
  return mayBeTotal(label) && totalLabel(label);
}

const typeFromText = memoByText((text: string): RowType => {
  const s = normaliseLabel(text);
  if (/^(intäkt|inkomst|income|revenue)/.test(s)) return 'income';
  if (/^(kostnad|utgift|cost|expense)/.test(s)) return 'cost';
  return null;
});

function textAt(cells: readonly CellValue[] | undefined, col: number | undefined): string {
  if (!cells || col === undefined) return '';
  const v = cells[col];
  return v === null || v === undefined ? '' : cellText(v).trim();
}

/** Where an amount is read from, for its error message. */
interface AmountColumn {
  key: AmountKey;
  col: number;
  /** Öre in one of the column's unit: its header's own unit, else the table's. */
  orePerUnit: number;
}

/** A cell that holds something other than an amount: reported, and the row is read without it. */
const UNREADABLE = null;

/**
 * One amount cell in öre: undefined when the cell is empty, UNREADABLE (null) when it holds something else.
 * A plain number, by far the most common cell, takes no detour through text or Decimal.
 */
function amountAt(cells: readonly CellValue[], at: AmountColumn | undefined, r: number, report: (r: number, at: AmountColumn, reason: string, text: string) => void): Money | null | undefined {
  if (at === undefined) return undefined;
  const v = cells[at.col];
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return moneyFromCell(v, at.orePerUnit);
  const parsed = parseNumber(v);
  if (parsed.kind === 'empty') return undefined;
  if (parsed.kind === 'number') return moneyFromOre(parsed.value.times(at.orePerUnit));
  report(r, at, parsed.reason, parsed.text);
  return UNREADABLE;
}

const NO_AMOUNTS: Amounts = { budget: null, outcome: null, forecast: null, deviation: null, priorYear: null };

/**
 * Read a table's rows: amounts exactly in öre, each row told apart as item, total or section header.
 * Blank rows and note-only rows are skipped; an unreadable amount is reported and read as no value.
 * One pass: a label without amounts waits to see whether an item follows (then it heads a section).
 */
export function readRows(sheet: SheetData, table: TableLayout, issues: InputIssue[]): TableRow[] {
  const column = (key: AmountKey): AmountColumn | undefined =>
    table.columns[key] === undefined ? undefined : { key, col: table.columns[key], orePerUnit: ORE_PER_UNIT[table.columnUnits[key] ?? table.unit] };
  const [budgetAt, outcomeAt, forecastAt, deviationAt, priorYearAt] = AMOUNT_KEYS.map(column);
  const report = (r: number, at: AmountColumn, reason: string, text: string) =>
    issues.push({ key: amountIssueKey(reason, text), sheet: sheet.name, cell: cellAddress(r, at.col), params: { text, column: table.headers[at.key] ?? at.key } });
  const goalCol = table.labelRole === 'line' ? table.columns.goalArea : undefined;
  const typeCol = table.columns.type;
  const rows: TableRow[] = [];
  let section: string | null = null;
  let lastGoalCell: string | null = null;
  let pendingHeader: { row: number; label: string } | null = null;
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const cells = sheet.values[r];
    if (!cells) continue;
    const label = textAt(cells, table.labelCol);
    // Each amount read into its own variable and the row built in one go: no keyed writes on a hot path.
    const budget = amountAt(cells, budgetAt, r, report);
    const outcome = amountAt(cells, outcomeAt, r, report);
    const forecast = amountAt(cells, forecastAt, r, report);
    const deviation = amountAt(cells, deviationAt, r, report);
    const priorYear = amountAt(cells, priorYearAt, r, report);
    const hasAmountCell = budget !== undefined || outcome !== undefined || forecast !== undefined || deviation !== undefined || priorYear !== undefined;
    const goalCell = textAt(cells, goalCol);
    if (label === '' && !hasAmountCell && goalCell === '') continue;
    if (!hasAmountCell) {
      pendingHeader = label === '' ? null : { row: r, label };
      continue;
    }
    const kind: RowKind = isTotalLabel(label) ? 'total' : 'item';
    // A label without amounts heads a section when an item row follows it directly; otherwise it is a note.
    if (pendingHeader && kind === 'item' && !isTotalLabel(pendingHeader.label)) {
      section = stripFootnote(pendingHeader.label);
      rows.push({ row: pendingHeader.row, kind: 'section', label: pendingHeader.label, goalArea: null, section, statedType: null, ...NO_AMOUNTS, unreadable: false });
    }
    pendingHeader = null;
    let goalArea: string | null;
    if (table.labelRole === 'goalArea') goalArea = kind === 'item' ? stripFootnote(label) : null;
    else if (goalCol !== undefined) {
      // A blank goal-area cell repeats the one above, as in a sheet where only the first row of a group is filled in.
      if (goalCell !== '') lastGoalCell = goalCell;
      goalArea = kind === 'item' ? lastGoalCell : null;
    } else goalArea = kind === 'item' ? section : null;
    const typeText = textAt(cells, typeCol);
    rows.push({
      row: r,
      kind,
      label,
      goalArea,
      section,
      statedType: typeText === '' ? null : typeFromText(typeText),
      budget: budget ?? null,
      outcome: outcome ?? null,
      forecast: forecast ?? null,
      deviation: deviation ?? null,
      priorYear: priorYear ?? null,
      unreadable: budget === UNREADABLE || outcome === UNREADABLE,
    });
  }
  return rows;
}

export function sectionType(section: string | null): RowType {
  return section === null ? null : typeFromText(section);
}
