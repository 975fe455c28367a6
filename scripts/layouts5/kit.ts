/**
 * What the fifth corpus adds to the second corpus's declaration: how the verifier must read some cells back
 * before it computes the expectation again (English-locale text amounts, a column in another unit than the
 * table's, tertial columns of four months each). The verifier (verify5.ts) reads these with parsers of its own.
 */
import ExcelJS from 'exceljs';
import { built, Built, Declared } from '../layouts2/spec';
import { Unit } from '../layouts/expected';

export interface Reread {
  /** Cells holding text such as "1,234,567.89" / "-12,500.00" (comma groups, dot decimals). */
  english?: { sheet: string; cols: string[] }[];
  /** Columns whose header names a unit of their own: each number is read in `unit` and turned into the table's. */
  scale?: { sheet: string; cols: string[]; unit: Unit }[];
  /** Period columns that stand for several months each (a tertial is four). */
  monthsPerColumn?: number;
}

export interface Declared5 extends Declared {
  reread?: Reread;
}

export function built5(wb: ExcelJS.Workbook, d: Declared5): Built {
  return built(wb, d);
}

/** Kommun-Bas / BAS: class 3 is income, everything else here a cost. */
export { sideOf } from '../layouts3/kit';
