import { MessageError } from '../core/message-error';
import { Flavour, TRANSITIONAL, isMain } from './namespaces';
import { XmlElement, XmlTree, insertInto } from './xml-tree';
import { escapeXml } from './xml';

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

/**
 * The styles part (xl/styles.xml), extended with the formats Avstämning's sheets need. An entry already
 * there in exactly the form written here is reused, so running again does not grow the part. Elements are
 * found by namespace (any prefix, comments skipped), and new ones use the prefix in scope where they go.
 */
export class StylesPart {
  private tree: XmlTree;
  private readonly main: string;
  private readonly xfIds = new Map<string, number>();

  constructor(
    xml: string,
    private readonly file = 'workbook.xlsx',
    private readonly part = 'xl/styles.xml',
  ) {
    this.tree = new XmlTree(xml, file, part);
    const root = this.tree.root();
    if (!root || root.local !== 'styleSheet' || !isMain(root.uri)) throw new MessageError('file.badXml', { file, part });
    this.main = root.uri;
  }

  /** A minimal styles part for a package that has none. */
  static empty(flavour: Flavour = TRANSITIONAL): StylesPart {
    return new StylesPart(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${flavour.main}">` +
        '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    );
  }

  toString(): string {
    return this.tree.text;
  }

  private list(name: string): XmlElement | undefined {
    return this.tree.first(this.main, name, this.tree.root());
  }

  /** The prefix (with its colon) for new elements inside `parent`, and a declaration when none is in scope. */
  private naming(parent: XmlElement): { p: string; declare: string } {
    const prefix = this.tree.prefixFor(parent, this.main);
    return prefix === null ? { p: '', declare: ` xmlns="${this.main}"` } : { p: prefix ? `${prefix}:` : '', declare: '' };
  }

  /**
   * Append an item to a list (creating the list before the first of `before` when missing); returns its index.
   * `build` makes the item's XML with the prefix to use and the declaration its outermost tag must carry.
   */
  private add(listName: string, itemName: string, build: (p: string, declare: string) => string, before: readonly string[]): number {
    const root = this.tree.root()!;
    const text = this.tree.text;
    const list = this.list(listName);
    if (list) {
      const items = this.tree.find(this.main, itemName, list);
      const { p, declare } = this.naming(list);
      const element = build(p, declare);
      const existing = items.findIndex((e) => text.slice(e.start, e.end) === element);
      if (existing >= 0) return existing;
      const count = list.attributes.find((a) => a.uri === '' && a.local === 'count');
      let next = insertInto(this.tree, list, element);
      if (count) next = next.slice(0, count.valueStart) + String(items.length + 1) + next.slice(count.valueEnd);
      else {
        const at = list.openEnd - (list.selfClosing ? 2 : 1);
        next = next.slice(0, at) + ` count="${items.length + 1}"` + next.slice(at);
      }
      this.tree = new XmlTree(next, this.file, this.part);
      return items.length;
    }
    const { p, declare } = this.naming(root);
    const block = `<${p}${listName}${declare} count="1">${build(p, '')}</${p}${listName}>`;
    const following = this.tree.children(root).find((e) => e.uri === this.main && before.includes(e.local));
    const at = following ? following.start : root.contentEnd;
    this.tree = new XmlTree(text.slice(0, at) + block + text.slice(at), this.file, this.part);
    return 0;
  }

  private numFmtId(code: string): number {
    if (code in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[code];
    const list = this.list('numFmts');
    const ids = (list ? this.tree.find(this.main, 'numFmt', list) : []).map((e) => ({ id: Number(this.tree.attr(e, 'numFmtId')), code: this.tree.attr(e, 'formatCode') }));
    const same = ids.find((f) => f.code === code);
    if (same) return same.id;
    // Custom formats are numbered from 164 up.
    const id = Math.max(163, ...ids.map((f) => f.id).filter(Number.isFinite)) + 1;
    this.add('numFmts', 'numFmt', (p, declare) => `<${p}numFmt${declare} numFmtId="${id}" formatCode="${escapeXml(code)}"/>`, ['fonts']);
    return id;
  }

  private fontId(kind: FontKind): number {
    if (kind === 'normal') return 0;
    return this.add('fonts', 'font', (p, declare) => `<${p}font${declare}>${FONT_XML[kind].replace(/<(\w)/g, `<${p}$1`)}</${p}font>`, ['fills']);
  }

  /** The cell format index (the `s` of a cell) for a number format and a font. */
  cellFormat(numFmt: string, font: FontKind): number {
    const key = `${numFmt}\u0000${font}`;
    const known = this.xfIds.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.numFmtId(numFmt);
    const fontId = this.fontId(font);
    const apply = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}`;
    const id = this.add('cellXfs', 'xf', (p, declare) => `<${p}xf${declare} numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${apply}/>`, ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst']);
    this.xfIds.set(key, id);
    return id;
  }

  /** The differential format index (a conditional format's `dxfId`) for a highlight. */
  highlight(h: Highlight): number {
    return this.add(
      'dxfs',
      'dxf',
      (p, declare) => {
        const fill = h.fill ? `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${h.fill}"/></${p}patternFill></${p}fill>` : '';
        return `<${p}dxf${declare}><${p}font><${p}color rgb="${h.font}"/></${p}font>${fill}</${p}dxf>`;
      },
      ['tableStyles', 'colors', 'extLst'],
    );
  }
}
