import { escapeXml, withAttribute } from './xml';

/** The fonts Avstämning's sheets use, as SpreadsheetML. */
export type FontKind = 'normal' | 'bold' | 'title' | 'note';

const FONT_XML: Record<Exclude<FontKind, 'normal'>, string> = {
  bold: '<b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>',
  title: '<b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>',
  note: '<i/><sz val="11"/><color rgb="FF605E5C"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>',
};

/** Number formats Excel knows by id without declaring them (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/** A differential format for conditional formatting: font colour, and a fill when given. */
export interface Highlight {
  font: string;
  fill?: string;
}

/** Where a list of elements sits in the part, and what it holds. */
interface Section {
  /** The list's start tag as written (its attributes are kept; only `count` changes). */
  open: string;
  start: number;
  end: number;
  items: string[];
}

/**
 * The styles part (xl/styles.xml), extended with the formats Avstämning's sheets need. An entry already
 * there in exactly the form written here is reused, so running again does not grow the part.
 */
export class StylesPart {
  private readonly p: string;
  private readonly xfIds = new Map<string, number>();

  constructor(private xml: string) {
    this.p = /<(\w+:)?styleSheet[\s>]/.exec(xml)?.[1] ?? '';
  }

  /** A minimal styles part for a package that has none. */
  static empty(): StylesPart {
    return new StylesPart(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    );
  }

  toString(): string {
    return this.xml;
  }

  private section(list: string, item: string): Section | null {
    const { p } = this;
    const open = new RegExp(`<${p}${list}(?=[\\s/>])[^>]*?(/?)>`).exec(this.xml);
    if (!open) return null;
    const start = open.index;
    const tag = open[0].replace(/\s*\/>$/, '>');
    if (open[1] === '/') return { open: tag, start, end: start + open[0].length, items: [] };
    const close = this.xml.indexOf(`</${p}${list}>`, start);
    const body = this.xml.slice(start + open[0].length, close);
    const items = [...body.matchAll(new RegExp(`<${p}${item}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${p}${item}>)`, 'g'))].map((m) => m[0]);
    return { open: tag, start, end: close + `</${p}${list}>`.length, items };
  }

  /** Append an item to a list (creating the list before the first of `before` when missing); returns its index. */
  private add(list: string, item: string, element: string, before: readonly string[]): number {
    const { p } = this;
    const found = this.section(list, item);
    const existing = found?.items.indexOf(element) ?? -1;
    if (existing >= 0) return existing;
    const items = [...(found?.items ?? []), element];
    const open = withAttribute(found?.open ?? `<${p}${list}>`, 'count', String(items.length));
    const block = `${open}${items.join('')}</${p}${list}>`;
    if (found) this.xml = this.xml.slice(0, found.start) + block + this.xml.slice(found.end);
    else {
      const next = before.map((name) => new RegExp(`<${p}${name}(?=[\\s/>])`).exec(this.xml)).find((m) => m);
      const at = next ? next.index : this.xml.lastIndexOf(`</${p}styleSheet>`);
      this.xml = this.xml.slice(0, at) + block + this.xml.slice(at);
    }
    return items.length - 1;
  }

  private numFmtId(code: string): number {
    if (code in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[code];
    const { p } = this;
    const numFmts = this.section('numFmts', 'numFmt');
    const ids = (numFmts?.items ?? []).map((e) => ({ id: Number(/numFmtId="(\d+)"/.exec(e)?.[1]), code: /formatCode="([^"]*)"/.exec(e)?.[1] }));
    const same = ids.find((f) => f.code === escapeXml(code));
    if (same) return same.id;
    // Custom formats are numbered from 164 up.
    const id = Math.max(163, ...ids.map((f) => f.id).filter(Number.isFinite)) + 1;
    this.add('numFmts', 'numFmt', `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`, ['fonts']);
    return id;
  }

  private fontId(kind: FontKind): number {
    if (kind === 'normal') return 0;
    const { p } = this;
    const inner = FONT_XML[kind].replace(/<(\w)/g, `<${p}$1`);
    return this.add('fonts', 'font', `<${p}font>${inner}</${p}font>`, ['fills']);
  }

  /** The cell format index (the `s` of a cell) for a number format and a font. */
  cellFormat(numFmt: string, font: FontKind): number {
    const key = `${numFmt}\u0000${font}`;
    const known = this.xfIds.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.numFmtId(numFmt);
    const fontId = this.fontId(font);
    const apply = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}`;
    const id = this.add('cellXfs', 'xf', `<${this.p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${apply}/>`, ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst']);
    this.xfIds.set(key, id);
    return id;
  }

  /** The differential format index (a conditional format's `dxfId`) for a highlight. */
  highlight(h: Highlight): number {
    const { p } = this;
    const fill = h.fill ? `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${h.fill}"/></${p}patternFill></${p}fill>` : '';
    return this.add('dxfs', 'dxf', `<${p}dxf><${p}font><${p}color rgb="${h.font}"/></${p}font>${fill}</${p}dxf>`, ['tableStyles', 'colors', 'extLst']);
  }
}
