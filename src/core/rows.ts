import { SheetData, cellAddress, cellAt, cellText } from './cells';
import { Decimal } from './decimal';
import { InputIssue } from './issues';
import { parseNumber } from './numbers';
import { TableLayout } from './tables';
import { normaliseLabel, stripFootnote } from './text';
import { KRONOR_PER_UNIT } from './units';

export type AmountKey = 'budget' | 'outcome' | 'forecast' | 'deviation' | 'priorYear';
export const AMOUNT_KEYS: readonly AmountKey[] = ['budget', 'outcome', 'forecast', 'deviation', 'priorYear'];

export type Amounts = Record<AmountKey, Decimal | null>;
export type RowKind = 'item' | 'total' | 'section';
export type RowType = 'income' | 'cost' | null;

/** One meaningful row of a table: an item, a total (a control total, never added again) or a section header. */
export interface TableRow {
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
  /** Amounts in kronor; null where the cell has no value (not zero). */
  amounts: Amounts;
}

const TOTAL_LABEL = /^(summa|totalt?|totalsumma|resultat|årets resultat|periodens resultat)(\s|$|:)|^netto\p{L}*\s+\S/u;

export function isTotalLabel(label: string): boolean {
  return TOTAL_LABEL.test(normaliseLabel(label));
}

function emptyAmounts(): Amounts {
  return { budget: null, outcome: null, forecast: null, deviation: null, priorYear: null };
}

function typeFromText(text: string): RowType {
  const s = normaliseLabel(text);
  if (/^(intäkt|inkomst|income|revenue)/.test(s)) return 'income';
  if (/^(kostnad|utgift|cost|expense)/.test(s)) return 'cost';
  return null;
}

/**
 * Read a table's rows: amounts exactly in kronor, each row told apart as item, total or section header.
 * Blank rows and note-only rows are skipped; an unreadable amount is reported and read as no value.
 */
export function readRows(sheet: SheetData, table: TableLayout, issues: InputIssue[]): TableRow[] {
  const factor = KRONOR_PER_UNIT[table.unit];
  type Draft = { row: number; label: string; amounts: Amounts; hasAmountCell: boolean; goalCell: string; typeCell: string };
  const drafts: Draft[] = [];
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const label = cellText(cellAt(sheet, r, table.labelCol)).trim();
    const amounts = emptyAmounts();
    let hasAmountCell = false;
    for (const key of AMOUNT_KEYS) {
      const col = table.columns[key];
      if (col === undefined) continue;
      const parsed = parseNumber(cellAt(sheet, r, col));
      if (parsed.kind === 'empty') continue;
      hasAmountCell = true;
      if (parsed.kind === 'number') amounts[key] = parsed.value.times(factor);
      else {
        const messageKey = parsed.reason === 'error-value' ? 'amount.errorValue' : parsed.reason === 'ambiguous' ? 'amount.ambiguous' : 'amount.notANumber';
        issues.push({ key: messageKey, sheet: sheet.name, cell: cellAddress(r, col), params: { text: parsed.text, column: table.headers[key] ?? key } });
      }
    }
    const goalCell = table.columns.goalArea !== undefined && table.labelRole === 'line' ? cellText(cellAt(sheet, r, table.columns.goalArea)).trim() : '';
    const typeCell = table.columns.type !== undefined ? cellText(cellAt(sheet, r, table.columns.type)).trim() : '';
    if (label === '' && !hasAmountCell && goalCell === '') continue;
    drafts.push({ row: r, label, amounts, hasAmountCell, goalCell, typeCell });
  }

  const rows: TableRow[] = [];
  let section: string | null = null;
  let lastGoalCell: string | null = null;
  drafts.forEach((d, i) => {
    if (!d.hasAmountCell) {
      // A label without amounts is a section header when item rows follow it; otherwise a note.
      const next = drafts[i + 1];
      if (d.label !== '' && next && next.hasAmountCell && !isTotalLabel(next.label) && !isTotalLabel(d.label)) {
        section = stripFootnote(d.label);
        rows.push({ row: d.row, kind: 'section', label: d.label, goalArea: null, section, statedType: null, amounts: d.amounts });
      }
      return;
    }
    const kind: RowKind = isTotalLabel(d.label) ? 'total' : 'item';
    let goalArea: string | null;
    if (table.labelRole === 'goalArea') goalArea = kind === 'item' ? stripFootnote(d.label) : null;
    else if (table.columns.goalArea !== undefined) {
      // A blank goal-area cell repeats the one above, as in a sheet where only the first row of a group is filled in.
      if (d.goalCell !== '') lastGoalCell = d.goalCell;
      goalArea = kind === 'item' ? lastGoalCell : null;
    } else goalArea = kind === 'item' ? section : null;
    rows.push({ row: d.row, kind, label: d.label, goalArea, section, statedType: typeFromText(d.typeCell), amounts: d.amounts });
  });
  return rows;
}

export function sectionType(section: string | null): RowType {
  return section === null ? null : typeFromText(section);
}
