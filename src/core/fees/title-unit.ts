/**
 * The unit a fee sheet states for the amounts of a table or a loose row, outside their own labels (SPEC 1.2): a
 * title above it (`Medlemsavgifter 2026, belopp i tkr`), the sheet's title block above its first table, the
 * sheet's name (`Avgift tkr`); as the deviation tables find theirs (read/tables.ts `detectUnit`).
 */
import { SheetData, cellAddress } from '../cells';
import { unitOfTitle } from '../read/tables';
import { unitFromText } from '../read/units';
import { UnitStatement, statement } from './amount-units';
import { inside, startsWithName } from './loose';
import type { CellBlock } from './parameters';

/**
 * A cell that may be a title: text that states no figure (years and dates aside: `Avgifter 2026 (tkr)` is a
 * title, `Medlemsavgiften är 52 kr per invånare` is not) and that is no parameter's label, whose unit is its own.
 */
function titleCellUnit(v: unknown): ReturnType<typeof unitOfTitle> {
  if (typeof v !== 'string' || v.trim() === '') return null;
  const figures = v.replace(/(?<!\d)(?:19|20)\d\d(?:-\d\d-\d\d)?(?!\d)/g, '').replace(/'000(?!\d)/g, '');
  if (/\d/.test(figures) || startsWithName(v.replace(/\s+/g, ' ').trim())) return null;
  return unitOfTitle(v);
}

/** The first title cell of a row outside the blocks, as a statement naming its cell. */
function titleOfRow(sheet: SheetData, r: number, blocks: readonly CellBlock[]): UnitStatement | null {
  const row = sheet.values[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    if (inside(blocks, r, c)) continue;
    const u = titleCellUnit(row[c]);
    if (u) return statement(u, 'fees.unitFrom.title', { text: String(row[c]).trim(), cell: cellAddress(r, c) });
  }
  return null;
}

/**
 * The unit stated for what starts at row `top` of a sheet: the nearest title above it, up to another table
 * (`blocks`: the sheet's parameter, members and budget tables); else the sheet's title block, above all its
 * tables; else `sameRow`'s cells outside the blocks (`Belopp i tkr` beside a header); else the sheet's name.
 */
export function contextUnit(sheet: SheetData, top: number, blocks: readonly CellBlock[], sameRow?: number): UnitStatement | null {
  const crossesBlock = (r: number) => blocks.some((b) => r >= b.top && r <= b.bottom);
  let r = top - 1;
  for (; r >= 0 && !crossesBlock(r); r--) {
    const found = titleOfRow(sheet, r, blocks);
    if (found) return found;
  }
  if (r >= 0) {
    const first = Math.min(...blocks.map((b) => b.top));
    for (let t = 0; t < first; t++) {
      const found = titleOfRow(sheet, t, blocks);
      if (found) return found;
    }
  }
  if (sameRow !== undefined) {
    const found = titleOfRow(sheet, sameRow, blocks);
    if (found) return found;
  }
  return statement(unitFromText(sheet.name), 'fees.unitFrom.sheet', { text: sheet.name });
}
