import { SheetData, SheetVisibility } from '../core/cells';
import { MessageError } from '../core/message-error';
import { STRICT, TRANSITIONAL, Flavour, flavourOf, relationshipKind } from './namespaces';
import { OoxmlPackage, REL, resolveTarget } from './package';
import { Token } from './xml-scan';
import { SheetContext, WorksheetHandler, decodeOoxmlEscapes, scanStream } from './sheet-scan';
import { readWorksheet } from './sheet-bytes';

/**
 * The .xlsx reader: the workbook part and its relationships, the shared strings, the number formats of the
 * styles, and each worksheet, streamed through the XML scanner as it inflates. Only these parts are read;
 * every other part (pictures, comments, pivot caches, whatever is in the zip) is never inflated.
 *
 * It gives what Excel's `range.values` would: numbers, text (rich text joined, phonetic runs left out,
 * `_xHHHH_` escapes decoded), booleans, error values apart, a formula's cached value (or NO_CACHED_VALUE when
 * the file has none), a merged area's value in its top-left cell only, and dates as serial numbers of the
 * 1900 date system. In a workbook that uses the 1904 date system, a number in a cell with a date or time
 * format is moved to the 1900 system (+1462 days), as Excel itself shows it; other numbers are left as they
 * are, because only the format says a number is a date. Each number cell whose format is not General gives its
 * format's code too (SheetData.formats), as Excel's `numberFormat` would: the core reads `#,##0,` under
 * `(tkr)` as kronor shown in tkr.
 */
/** Built-in number formats that are dates or times (ECMA-376 part 1, 18.8.30, with the East Asian ones). */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * Whether a format code shows a date or a time: a day, month, year, hour or second code outside quoted
 * text, escapes, fills, paddings and bracketed parts (colours, conditions, locales; `[h]` elapsed time counts).
 */
export function isDateFormat(code: string): boolean {
  if (/\[(h+|m+|s+)\]/i.test(code)) return true;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '');
  // Only the first section decides (positive numbers); a date format has dates in every section anyway.
  return /[dmyhs]/i.test(bare.split(';')[0]);
}

/** The shared string table: each item's text, runs joined, phonetic guides left out. */
export async function readSharedStrings(pkg: OoxmlPackage, path: string): Promise<string[]> {
  const strings: string[] = [];
  let current: string | null = null;
  let capture = false;
  let inRun = false;
  let main = '';
  await scanStream(pkg, path, {
    token(s, t) {
      if (t === Token.Text) {
        if (capture) current += s.textValue();
        return;
      }
      const open = t === Token.Open;
      switch (s.depth) {
        case 1:
          if (open) main = s.uri();
          return;
        case 2:
          if (!s.is('si')) return;
          if (open) {
            if (s.uri() !== main) return;
            if (s.selfClosing) strings.push('');
            else current = '';
          } else if (current !== null) {
            strings.push(decodeOoxmlEscapes(current));
            current = null;
          }
          return;
        case 3:
          if (current === null) return;
          if (s.is('t')) capture = open && !s.selfClosing && s.uri() === main;
          else if (s.is('r')) inRun = open && !s.selfClosing;
          return;
        case 4:
          if (current !== null && inRun && s.is('t')) capture = open && !s.selfClosing && s.uri() === main;
          return;
      }
    },
    settled: () => current === null,
    rollback() {
      current = null;
      capture = false;
      inRun = false;
    },
  });
  return strings;
}

/**
 * Codes of the built-in number formats (ECMA-376 part 1, 18.8.30) that hold the same in every locale; the others
 * (currencies, East Asian dates) are not given, which the core takes as General: none of them scales a number.
 */
const BUILT_IN_CODES: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** What the reader needs of each cell format (the `s` of a cell): whether it shows a date or time, and its number format. */
export interface CellStyles {
  dateStyles: boolean[];
  /** The number format's code as the file stores it (invariant, en-US), null for General. */
  numberFormats: (string | null)[];
}

/** For each cell format (the `s` of a cell), whether its number format is a date or time, and the format's code. */
export async function readCellStyles(pkg: OoxmlPackage, path: string): Promise<CellStyles> {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let list = '';
  let main = '';
  await pkg.scan(path, (s, t) => {
    if (t !== Token.Open && t !== Token.Close) return;
    if (s.depth === 1 && t === Token.Open) main = s.uri();
    else if (s.depth === 2) list = t === Token.Open && !s.selfClosing && s.uri() === main ? s.local() : '';
    else if (s.depth === 3 && t === Token.Open && s.uri() === main) {
      if (list === 'numFmts' && s.is('numFmt')) custom.set(Number(s.attr('numFmtId')), s.attr('formatCode') ?? '');
      else if (list === 'cellXfs' && s.is('xf')) xfFormats.push(Number(s.attr('numFmtId') ?? 0));
    }
  });
  return {
    dateStyles: xfFormats.map((id) => {
      const code = custom.get(id);
      return code !== undefined ? isDateFormat(code) : isBuiltInDateFormat(id);
    }),
    numberFormats: xfFormats.map((id) => {
      const code = custom.get(id) ?? BUILT_IN_CODES[id] ?? null;
      return code === null || code === '' || /^general$/i.test(code) ? null : code;
    }),
  };
}

/** A sheet of the workbook part, with where its relationship leads. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  visibility: SheetVisibility;
  /** The part it points to (as stored in the zip), null when there is none. */
  part: string | null;
  /** Where its relationship points, whether or not a part is there (for messages). */
  target: string;
  /** `worksheet`, `chartsheet`, `dialogsheet` … (the relationship's kind), null when unknown. */
  kind: string | null;
}

export interface WorkbookInfo {
  path: string;
  flavour: Flavour;
  date1904: boolean;
  sheets: SheetEntry[];
  sharedStrings: string | null;
  styles: string | null;
}

/** The workbook part: its flavour, date system and sheets, with the parts they lead to. */
export async function readWorkbookInfo(pkg: OoxmlPackage): Promise<WorkbookInfo> {
  const path = (await pkg.workbookPart()) ?? pkg.find('xl/workbook.xml');
  if (!path) throw new MessageError('file.notWorkbook', { file: pkg.fileName });
  let flavour: Flavour | null = null;
  let date1904 = false;
  const listed: Omit<SheetEntry, 'part' | 'kind' | 'target'>[] = [];
  await pkg.scan(path, (s, t) => {
    if (t !== Token.Open) return;
    if (s.depth === 1) flavour = s.is('workbook') ? flavourOf(s.uri()) : null;
    if (!flavour || s.uri() !== flavour.main) return;
    if (s.depth === 2 && s.is('workbookPr')) date1904 = ['1', 'true'].includes((s.attr('date1904') ?? '').trim());
    else if (s.depth === 3 && s.is('sheet')) {
      const state = s.attr('state');
      listed.push({
        name: s.attr('name') ?? '',
        sheetId: Number(s.attr('sheetId')),
        relId: s.attrNS(flavour.relationships, 'id') ?? s.attrNS(flavour === STRICT ? TRANSITIONAL.relationships : STRICT.relationships, 'id') ?? '',
        visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      });
    }
  });
  const found = flavour as Flavour | null;
  if (!found) throw new MessageError('file.notWorkbook', { file: pkg.fileName });
  const rels = await pkg.relationships(path);
  const target = (kind: string) => {
    const rel = rels.find((r) => relationshipKind(r.type) === kind && !r.external);
    return rel ? pkg.find(resolveTarget(path, rel.target)) : null;
  };
  const sheets = listed.map((sheet) => {
    const rel = rels.find((r) => r.id === sheet.relId && !r.external);
    const target = rel ? resolveTarget(path, rel.target) : '';
    return { ...sheet, kind: rel ? relationshipKind(rel.type) : null, part: rel ? pkg.find(target) : null, target };
  });
  return { path, flavour: found, date1904, sheets, sharedStrings: target(REL.sharedStrings), styles: target(REL.styles) };
}

/** Every worksheet as plain values, in the workbook's order (chart sheets and dialog sheets have no cells). */
export async function readWorkbookSheets(pkg: OoxmlPackage, info?: WorkbookInfo, fromBytes = true): Promise<SheetData[]> {
  pkg.newReading();
  const wb = info ?? (await readWorkbookInfo(pkg));
  const strings = wb.sharedStrings ? await readSharedStrings(pkg, wb.sharedStrings) : [];
  const { dateStyles, numberFormats } = wb.styles ? await readCellStyles(pkg, wb.styles) : { dateStyles: [], numberFormats: [] };
  const context: SheetContext = { strings, dateStyles, numberFormats, date1904: wb.date1904 };
  const out: SheetData[] = [];
  for (const sheet of wb.sheets) {
    if (sheet.kind !== null && sheet.kind !== REL.worksheet) continue;
    if (!sheet.part) throw new MessageError('file.missingPart', { file: pkg.fileName, sheet: sheet.name, part: sheet.target || sheet.relId || '?' });
    const handler = new WorksheetHandler(context);
    await readWorksheet(pkg, sheet.part, handler, context, fromBytes);
    if (!handler.isWorksheet) throw new MessageError('file.missingPart', { file: pkg.fileName, sheet: sheet.name, part: sheet.part });
    const values = handler.finish();
    const formats = handler.formats.finish();
    out.push({ name: sheet.name, values, visibility: sheet.visibility, ...(formats ? { formats } : {}) });
  }
  return out;
}
