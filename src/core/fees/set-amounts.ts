/**
 * A set amount for one member written as a loose row beside the members table (SPEC 3.2): `Fast belopp Region
 * Västernorrland | 1 500 000 kr`, `Region Dalarna, fast belopp: 2 000 000 kr`, `Fixed amount Region X 500 000`.
 * It is the same as that member's `Fast belopp` cell in the table, for a finance officer who keeps the one
 * exception above the list instead of in a column of its own.
 */
import { SheetData, cellAddress, cellAt, cellText } from '../cells';
import { InputIssue } from '../issues';
import { unitFromText } from '../read/units';
import { conflictParams, readAmountIn, statement } from './amount-units';
import { VALUE_REACH, inside } from './loose';
import { memberNamed } from './models';
import { Member, MembersTable } from './members';
import { CellBlock, valueFormat } from './parameters';
import { contextUnit } from './title-unit';

const SET_AMOUNT_WORDS = /(?<![\p{L}])(fast belopp|fast avgift|fixed amount|set amount)(?![\p{L}])/iu;

/**
 * Sets `fixedAmount` on the members a loose row names, where the table gives them none (the fee column stays
 * the officer's own figure, checked against the computed one). A row that names a
 * set amount and a member but whose amount cannot be read is reported by its cell.
 */
export function applyLooseSetAmounts(sheet: SheetData, table: MembersTable, blocks: readonly CellBlock[], issues: InputIssue[]): void {
  for (let r = 0; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const raw = cells[c];
      if (typeof raw !== 'string' || inside(blocks, r, c)) continue;
      const words = SET_AMOUNT_WORDS.exec(raw);
      if (!words) continue;
      const [namePart, inCell] = splitValue(raw.replace(words[0], ' '));
      const member = memberNamed(
        namePart
          .replace(/\([^)]*\)/g, ' ')
          .replace(/[:,–-]/g, ' ')
          .trim(),
        table.members,
      );
      if (!member) continue;
      const found = inCell !== '' ? { value: inCell, col: c } : nextValue(sheet, r, c, blocks);
      if (!found) continue;
      // In the unit the amount, the row's words or the sheet state (`Fast belopp Region X (tkr)`, a title in tkr).
      const label = statement(unitFromText(namePart), 'fees.unitFrom.label', { text: raw.trim() });
      const format = typeof found.value === 'number' ? valueFormat(sheet, r, found.col) : null;
      const read = readAmountIn(found.value, label, contextUnit(sheet, r, blocks), format);
      const at = { sheet: sheet.name, cell: cellAddress(r, found.col) };
      if (read.kind === 'conflict') {
        issues.push({
          key: 'fees.unitConflict',
          ...at,
          params: conflictParams({ key: 'fees.unitWhatParameter', params: { key: raw.trim() } }, read.statements),
        });
        continue;
      }
      const amount = read.kind === 'value' && !read.value.isNegative() && read.value.decimalPlaces() <= 2 ? read.value : null;
      if (amount === null) {
        issues.push({
          key: 'fees.setAmountUnreadable',
          sheet: sheet.name,
          cell: cellAddress(r, found.col),
          params: { text: cellText(found.value), member: member.name },
        });
        continue;
      }
      if (read.kind === 'value' && read.unit !== 'kr' && member.fixedAmount === null) table.applied.push({ ...at, unit: read.unit });
      setAmount(member, amount);
    }
  }
}

/** The words before a figure, and the figure with its unit (`Region X: 1 500 000 kr`). */
function splitValue(text: string): [string, string] {
  const m = /[-−]?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?\s*(?:tkr|mnkr|mkr|kr\.?|kronor|sek|:-)?\s*$/iu.exec(text);
  return m ? [text.slice(0, m.index), m[0].trim()] : [text, ''];
}

function nextValue(sheet: SheetData, r: number, c: number, blocks: readonly CellBlock[]): { value: string | number; col: number } | null {
  for (let k = c + 1; k <= c + VALUE_REACH; k++) {
    if (inside(blocks, r, k)) return null;
    const v = cellAt(sheet, r, k);
    if (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')) return { value: v, col: k };
  }
  return null;
}

function setAmount(member: Member, amount: NonNullable<Member['fixedAmount']>): void {
  if (member.fixedAmount === null) member.fixedAmount = amount;
}
