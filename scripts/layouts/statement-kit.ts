/**
 * Writes a report-shaped table (statement, interim report, goal-area summary): item rows, section headers,
 * totals as formulas with their cached values, a reported deviation column, and returns the item lines.
 * Totals are computed here from the rows they cover, so a printed total can be made wrong on purpose and the
 * expectation still knows the true sum.
 */
import ExcelJS from 'exceljs';
import { Convention, Unit } from './expected';
import { FMT, Line, Ore, Side, Style, colNumber, deviation, formula, inUnit, put, styleCell, sum } from './kit';

export type Col = 'budget' | 'periodBudget' | 'outcome' | 'forecast' | 'prior' | 'dev' | 'forecastDev';

export interface SRow {
  kind: 'item' | 'total' | 'header' | 'blank' | 'note';
  label?: string;
  note?: string;
  side?: Side;
  group?: string;
  /** Item values in öre (kronor × 100). */
  v?: Partial<Record<Col, Ore | null>>;
  /** A total: the ids of the rows it adds, with a sign. */
  covers?: [string, 1 | -1][];
  id?: string;
  /** Write this instead of the true value (a stale or mistyped cell), per column. */
  printed?: Partial<Record<Col, Ore>>;
  /** Write amounts of this row as text (`"1 234"`) instead of numbers. */
  asText?: Partial<Record<Col, string>>;
  style?: Style;
  /** Extra cells on the row: column letter → value. */
  extra?: Record<string, ExcelJS.CellValue>;
}

export interface StatementLayout {
  ws: ExcelJS.Worksheet;
  firstRow: number;
  unit: Unit;
  convention: Convention;
  labelCol: string;
  noteCol?: string;
  cols: Partial<Record<Col, string>>;
  /** The reported deviation compares which columns (default outcome against budget). */
  devOf?: [Col, Col];
  numFmt?: string;
  /** Totals as formulas (default) or typed values. */
  formulas?: boolean;
}

export interface StatementResult {
  lines: Line[];
  /** Row of each id. */
  rows: Map<string, number>;
  lastRow: number;
  /** True values of every row by id. */
  values: Map<string, Partial<Record<Col, Ore | null>>>;
}

const AMOUNT_COLS: Col[] = ['budget', 'periodBudget', 'outcome', 'forecast', 'prior'];

export function writeStatement(layout: StatementLayout, rows: SRow[]): StatementResult {
  const { ws, unit, convention, cols } = layout;
  const fmt = layout.numFmt ?? FMT.intNeg;
  const rowOf = new Map<string, number>();
  const values = new Map<string, Partial<Record<Col, Ore | null>>>();
  const sides = new Map<string, Side>();
  const lines: Line[] = [];
  let r = layout.firstRow;
  rows.forEach((row, i) => {
    const id = row.id ?? `#${i}`;
    rowOf.set(id, r);
    if (row.kind === 'item' || row.kind === 'total') {
      let v: Partial<Record<Col, Ore | null>> = {};
      if (row.kind === 'item') v = { ...row.v };
      else {
        for (const c of AMOUNT_COLS) {
          if (!cols[c]) continue;
          const parts = row.covers!.map(([ref, s]) => {
            const x = values.get(ref)?.[c];
            return x === null || x === undefined ? null : x * BigInt(s);
          });
          v[c] = parts.every((p) => p === null) ? null : sum(parts.filter((p): p is Ore => p !== null));
        }
      }
      const side = row.side ?? (row.kind === 'total' ? 'cost' : 'cost');
      sides.set(id, side);
      if (cols.dev) {
        const [a, b] = layout.devOf ?? ['outcome', 'budget'];
        v.dev = devBetween(convention, side, v[b] ?? null, v[a] ?? null, row.kind === 'total');
      }
      if (cols.forecastDev) v.forecastDev = devBetween(convention, side, v.budget ?? null, v.forecast ?? null, row.kind === 'total');
      values.set(id, v);
    }
    if (row.label !== undefined)
      put(ws, `${layout.labelCol}${r}`, row.label, row.style ?? (row.kind === 'total' || row.kind === 'header' ? { bold: true } : undefined));
    if (row.note && layout.noteCol) put(ws, `${layout.noteCol}${r}`, row.note, { align: 'center' });
    const v = values.get(id);
    if (v) {
      for (const [c, letter] of Object.entries(cols) as [Col, string][]) {
        const value = v[c];
        const cell = ws.getCell(`${letter}${r}`);
        const printed = row.printed?.[c];
        const text = row.asText?.[c];
        if (text !== undefined) cell.value = text;
        else if (printed !== undefined) cell.value = inUnit(printed, unit);
        else if (value === null || value === undefined) {
          // Left empty: no value.
        } else if (row.kind === 'total' && layout.formulas !== false && c !== 'dev' && c !== 'forecastDev') {
          const f = row.covers!.map(([ref, s], k) => `${s < 0 ? '-' : k ? '+' : ''}${letter}${rowOf.get(ref)}`).join('');
          cell.value = formula(f, inUnit(value, unit));
        } else if ((c === 'dev' || c === 'forecastDev') && layout.formulas !== false) {
          const [a, b] = c === 'dev' ? (layout.devOf ?? ['outcome', 'budget']) : (['forecast', 'budget'] as const);
          const la = cols[a];
          const lb = cols[b];
          const flip = convention === 'ledger' || (convention === 'unsigned' && sides.get(id) === 'cost');
          cell.value = la && lb ? formula(flip ? `${lb}${r}-${la}${r}` : `${la}${r}-${lb}${r}`, inUnit(value, unit)) : inUnit(value, unit);
        } else cell.value = inUnit(value, unit);
        styleCell(cell, { numFmt: fmt, bold: row.kind === 'total' || undefined, ...(row.style?.border ? { border: row.style.border } : {}) });
      }
    }
    for (const [col, value] of Object.entries(row.extra ?? {})) ws.getCell(`${col}${r}`).value = value;
    if (row.kind === 'item') {
      const iv = values.get(id)!;
      lines.push({
        key: row.label!,
        row: r,
        side: row.side ?? 'cost',
        group: row.group,
        budget: iv.budget ?? null,
        outcome: iv.outcome ?? null,
        ...(cols.forecast ? { forecast: iv.forecast ?? null } : {}),
        ...(cols.periodBudget ? { periodBudget: iv.periodBudget ?? null } : {}),
      });
    }
    r++;
  });
  return { lines, rows: rowOf, lastRow: r - 1, values };
}

/** The deviation a report prints: per line by the convention; a total of an unsigned table as the economist prints it. */
function devBetween(convention: Convention, side: Side, budget: Ore | null, outcome: Ore | null, total: boolean): Ore | null {
  if (total && convention === 'unsigned' && budget !== null && outcome !== null) return side === 'income' ? outcome - budget : budget - outcome;
  return deviation(convention, side, budget, outcome);
}

export const kr = (n: number) => BigInt(Math.round(n * 100));
export const tkr = (n: number) => BigInt(Math.round(n * 1000)) * 100n;
export const mnkr = (n: number) => BigInt(Math.round(n * 1_000_000)) * 100n;

export { colNumber };
