/**
 * Fee amounts in the unit the workbook states (SPEC 1.2, 3.2): `Belopp att fördela (tkr) | 6000` is 6 000 000 kr,
 * a members column `Avgift (tkr)` holds thousands, a title `Belopp i tkr` or a sheet named `… tkr` holds for the
 * amounts under it. A unit is stated by the value itself (`6 000 tkr`), by its own label or header, or by the
 * context (a title above, the sheet's name). Two of them that disagree (`Belopp (tkr)` | `6 000 000 kr`; a title
 * in tkr over `Avgift (kr)`) leave the unit unknown: the amount is refused by its cell, never guessed.
 * Rates per inhabitant are not amounts of the table's unit: only their own label or value states theirs.
 */
import { CellValue, cellText } from '../cells';
import { Decimal } from '../decimal';
import type { MessageParam, MessageParams } from '../messages';
import { ColumnFormat, storedUnit } from '../read/format-units';
import { parseAmountCell } from '../read/numbers';
import { KRONOR_PER_UNIT, Unit } from '../read/units';

/** A unit as one place states it, and that place as a message (`the header “Avgift (tkr)” (C3)`). */
export interface UnitStatement {
  unit: Unit;
  from: MessageParam;
}

export const statement = (unit: Unit | null, key: string, params: MessageParams): UnitStatement | null => (unit ? { unit, from: { key, params } } : null);

/** The first statement that gives a unit, or the first two that disagree. */
export function agreedUnit(statements: readonly (UnitStatement | null)[]): { unit: Unit | null } | { conflict: [UnitStatement, UnitStatement] } {
  const given = statements.filter((s): s is UnitStatement => s !== null);
  const other = given.find((s) => s.unit !== given[0]?.unit);
  if (other) return { conflict: [given[0], other] };
  return { unit: given[0]?.unit ?? null };
}

/** The params of the message for a unit stated two ways: what the amount is, and the two places that state different units. */
export function conflictParams(what: MessageParam, [a, b]: [UnitStatement, UnitStatement]): MessageParams {
  return { what, firstFrom: a.from, firstUnit: a.unit, secondFrom: b.from, secondUnit: b.unit };
}

export type AmountRead =
  | { kind: 'empty' }
  | { kind: 'value'; value: Decimal; unit: Unit }
  | { kind: 'error'; reason: string; text: string }
  | { kind: 'conflict'; statements: [UnitStatement, UnitStatement] }
  | { kind: 'format'; reason: 'format-scale' | 'format-unit'; format: string; unit: Unit };

/**
 * One amount cell in kronor, exactly: its number times the unit its own text (`6 000 tkr`), its label and its
 * context state, in that order, when they agree. A number shown through a format that scales it (`#,##0,`)
 * holds the stated unit a thousand times smaller per comma (format-units.ts): under `(tkr)` it is kronor. With
 * no unit stated the cell is kronor, whatever it shows. `format`: what the cell's number format shows, null
 * when it shows the number as stored.
 */
export function readAmountIn(value: CellValue, label: UnitStatement | null, context: UnitStatement | null, format: ColumnFormat | null): AmountRead {
  const { parsed, unit: own } = parseAmountCell(value);
  if (parsed.kind === 'empty') return parsed;
  if (parsed.kind === 'error') return { kind: 'error', reason: parsed.reason, text: parsed.text };
  const agreed = agreedUnit([statement(own ?? null, 'fees.unitFrom.value', { text: cellText(value).trim() }), label, context]);
  if ('conflict' in agreed) return { kind: 'conflict', statements: agreed.conflict };
  let unit = agreed.unit ?? 'kr';
  if (agreed.unit !== null && !own && format && typeof value === 'number' && value !== 0) {
    const code = format.formats.get(format.scale ?? -1) ?? [...format.formats.values()][0] ?? 'General';
    if (format.scale === null || format.mixed) return { kind: 'format', reason: 'format-scale', format: code, unit };
    const stored = storedUnit(unit, format.scale);
    if (stored === null) return { kind: 'format', reason: 'format-unit', format: code, unit };
    unit = stored;
  }
  return { kind: 'value', value: parsed.value.times(KRONOR_PER_UNIT[unit]), unit };
}
