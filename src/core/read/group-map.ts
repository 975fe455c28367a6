import { CellValue, SheetData, cellAddress, cellText } from '../cells';
import { HEADER_SEARCH_ROWS } from './tables';
import { matchHeader } from './headers';
import { normaliseLabel } from './text';

/**
 * A table in the workbook that places codes in groups, as economists keep one beside a ledger (SPEC 1.8):
 * `Konto | Målområde`, `Verksamhet | Målområde`, or ranges `Kontointervall | Grupp` (`3000–3999`) or
 * `Från konto | Till konto | Grupp`. It has no amounts: only codes or ranges and the group each belongs to.
 */
export interface GroupMap {
  sheet: string;
  /** What the codes are: accounts, or the values of a dimension column (its header, lower case). */
  keyOf: 'account' | { dimension: string };
  /** The header of the group column (`Målområde`, `Grupp`), for the reading report. */
  groupHeader: string;
  /** The header row's first cell. */
  cell: string;
  byCode: Map<string, string>;
  ranges: { from: number; to: number; group: string }[];
}

const GROUP_WORDS =
  /^(målområde|mål|grupp|group|kategori|category|rapportrad|resultaträkningsrad|rad i rapport|fokusområde|område|verksamhetsområde|kontogrupp|summeringsgrupp)$/u;
const RANGE_WORDS = /^(kontointervall|intervall|konton|kontoserie|kontoklass|account range|accounts|range)$/u;
const FROM_WORDS = /^(från konto|från|from|from account|konto från)$/u;
const TO_WORDS = /^(till konto|till|to|to account|konto till|t\.o\.m\.?)$/u;

const head = (v: CellValue) => normaliseLabel(cellText(v)).replace(/[:.]$/, '');

/** `3000–3999`, `3000-3999`, `3000 – 3999`, `30xx`, `3*`: a range of account numbers. */
export function accountRange(text: string): { from: number; to: number } | null {
  const s = text.trim();
  let m = /^(\d{1,6})\s*[-–—]\s*(\d{1,6})$/.exec(s);
  if (m) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    return from <= to ? { from, to } : null;
  }
  m = /^(\d{1,5})(x+|\*)$/i.exec(s);
  if (m) {
    const width = m[2] === '*' ? 4 - m[1].length : m[2].length;
    if (width < 1) return null;
    const base = Number(m[1]) * 10 ** width;
    return { from: base, to: base + 10 ** width - 1 };
  }
  return null;
}

/** Every grouping table of the given sheets (sheets that hold no budget table). */
export function findGroupMaps(sheets: readonly SheetData[]): GroupMap[] {
  const maps: GroupMap[] = [];
  for (const sheet of sheets) {
    for (let r = 0; r < Math.min(sheet.values.length, HEADER_SEARCH_ROWS); r++) {
      const map = groupMapAt(sheet, r);
      if (map) {
        maps.push(map);
        break;
      }
    }
  }
  return maps;
}

function groupMapAt(sheet: SheetData, row: number): GroupMap | null {
  const cells = sheet.values[row] ?? [];
  const words = cells.map(head);
  const groupCol = words.findIndex((w, i) => i > 0 && GROUP_WORDS.test(w));
  if (groupCol < 0) return null;
  // The key: a range column, from/to columns, or a code or dimension column to the group's left.
  const fromCol = words.findIndex((w, i) => i < groupCol && FROM_WORDS.test(w));
  const toCol = words.findIndex((w, i) => i < groupCol && TO_WORDS.test(w));
  const rangeCol = words.findIndex((w, i) => i < groupCol && RANGE_WORDS.test(w));
  let keyCol = -1;
  let keyOf: GroupMap['keyOf'] = 'account';
  for (let c = 0; c < groupCol; c++) {
    const m = words[c] ? matchHeader(cellText(cells[c])) : null;
    if (m?.role === 'code') keyCol = c;
    else if (m?.role === 'dimension' && keyCol < 0) {
      keyCol = c;
      keyOf = { dimension: words[c] };
    }
  }
  // A budget table also has codes and a goal-area column; a grouping table has nothing but the two (or three).
  if (cells.some((v, c) => c !== groupCol && c !== keyCol && c !== rangeCol && c !== fromCol && c !== toCol && head(v) !== '' && isAmountHeader(v)))
    return null;
  if (keyCol < 0 && rangeCol < 0 && !(fromCol >= 0 && toCol >= 0)) return null;
  const byCode = new Map<string, string>();
  const ranges: GroupMap['ranges'] = [];
  for (let r = row + 1; r < sheet.values.length; r++) {
    const values = sheet.values[r] ?? [];
    const group = cellText(values[groupCol] ?? null).trim();
    if (group === '') continue;
    if (fromCol >= 0 && toCol >= 0) {
      const [from, to] = [Number(cellText(values[fromCol] ?? null)), Number(cellText(values[toCol] ?? null))];
      if (Number.isInteger(from) && Number.isInteger(to) && from <= to) ranges.push({ from, to, group });
      continue;
    }
    const keyText = cellText(values[rangeCol >= 0 ? rangeCol : keyCol] ?? null).trim();
    if (keyText === '') continue;
    const range = accountRange(keyText);
    if (range) ranges.push({ ...range, group });
    else byCode.set(keyText, group);
  }
  if (byCode.size + ranges.length < 2) return null;
  return { sheet: sheet.name, keyOf, groupHeader: cellText(cells[groupCol]).trim(), cell: cellAddress(row, 0), byCode, ranges };
}

function isAmountHeader(v: CellValue): boolean {
  const m = typeof v === 'string' ? matchHeader(v) : null;
  return m !== null && ['budget', 'periodBudget', 'outcome', 'forecast', 'deviation', 'priorYear'].includes(m.role);
}

/** The group a code belongs to: listed exactly, or in a range (numeric codes only); null when the table does not place it. */
export function groupOfCode(map: GroupMap, code: string): string | null {
  const exact = map.byCode.get(code);
  if (exact !== undefined) return exact;
  if (!/^\d+$/.test(code)) return null;
  const n = Number(code);
  for (const r of map.ranges) if (n >= r.from && n <= r.to) return r.group;
  return null;
}
