/**
 * Small helpers to write the corpus workbooks with ExcelJS: fixed document dates (byte-identical builds), cells
 * by address, amounts as numbers, as text or as formulas with their cached result, and a tiny logo image.
 */
import ExcelJS from 'exceljs';
import zlib from 'zlib';
import { Unit } from '../layouts/expected';
import { asText, cellNumber, Ore, TextStyle } from './money';

const FIXED = new Date('2025-02-14T08:30:00Z');

export function newBook(creator = 'Ekonomiavdelningen'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED;
  wb.modified = FIXED;
  wb.calcProperties.fullCalcOnLoad = false;
  return wb;
}

/** Column letter of a one-based column number. */
export function letter(n: number): string {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** One-based column number of a letter. */
export function colNum(l: string): number {
  let n = 0;
  for (const c of l.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** The letter `k` columns right of `l`. */
export const shift = (l: string, k: number): string => letter(colNum(l) + k);

export type CellValue = string | number | Date | null | ExcelJS.CellValue;

export interface Look {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fill?: string;
  numFmt?: string;
  wrap?: boolean;
  align?: 'left' | 'right' | 'center';
  indent?: number;
  border?: boolean;
  color?: string;
}

export function style(cell: ExcelJS.Cell, look: Look = {}): void {
  if (look.bold || look.italic || look.size || look.color)
    cell.font = { bold: look.bold, italic: look.italic, size: look.size, color: look.color ? { argb: look.color } : undefined };
  if (look.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: look.fill } };
  if (look.numFmt) cell.numFmt = look.numFmt;
  if (look.wrap || look.align || look.indent) cell.alignment = { wrapText: look.wrap, horizontal: look.align, indent: look.indent };
  if (look.border) cell.border = { bottom: { style: 'thin' } };
}

export function put(ws: ExcelJS.Worksheet, addr: string, value: CellValue, look?: Look): ExcelJS.Cell {
  const cell = ws.getCell(addr);
  cell.value = value as ExcelJS.CellValue;
  if (look) style(cell, look);
  return cell;
}

/** Values in a row from a start column; undefined leaves a cell empty. */
export function putRow(ws: ExcelJS.Worksheet, row: number, startCol: string, values: (CellValue | undefined)[], look?: Look): void {
  values.forEach((v, i) => {
    if (v === undefined) return;
    put(ws, `${shift(startCol, i)}${row}`, v, look);
  });
}

/** An amount (öre) as a number in the table's unit. */
export function num(ws: ExcelJS.Worksheet, addr: string, o: Ore | null, unit: Unit, numFmt = '#,##0', look: Look = {}): void {
  if (o === null) return;
  put(ws, addr, cellNumber(o, unit), { numFmt, ...look });
}

/** An amount (öre) as text, the way a copied report shows it. */
export function txt(ws: ExcelJS.Worksheet, addr: string, o: Ore | null, unit: Unit, st: TextStyle, look: Look = {}): void {
  if (o === null) return;
  put(ws, addr, asText(o, unit, st), { align: 'right', ...look });
}

/** A formula with its cached result (what Excel saved). */
export function formula(ws: ExcelJS.Worksheet, addr: string, f: string, o: Ore, unit: Unit, numFmt = '#,##0', look: Look = {}): void {
  put(ws, addr, { formula: f, result: cellNumber(o, unit) } as ExcelJS.CellFormulaValue, { numFmt, ...look });
}

export function widths(ws: ExcelJS.Worksheet, w: Record<string, number>): void {
  for (const [l, width] of Object.entries(w)) ws.getColumn(l).width = width;
}

// ---------------------------------------------------------------------------------------------
// A logo: a small PNG made here, so no binary is committed and the bytes never change.

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A 48×16 two-colour PNG (a stylised emblem). */
export function logoPng(rgb: [number, number, number] = [0, 84, 140]): Buffer {
  const w = 48;
  const h = 16;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const on = (x < 16 && (x - 8) ** 2 + (y - 8) ** 2 < 49) || (x > 18 && y > 5 && y < 11);
      const p = y * (w * 3 + 1) + 1 + x * 3;
      raw[p] = on ? rgb[0] : 255;
      raw[p + 1] = on ? rgb[1] : 255;
      raw[p + 2] = on ? rgb[2] : 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function addLogo(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, range: string, rgb?: [number, number, number]): void {
  const id = wb.addImage({ buffer: logoPng(rgb) as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(id, range);
}

// ---------------------------------------------------------------------------------------------
// Deterministic pseudo-random figures for the big ledgers.

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [lo, hi]. */
export function between(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}
