import { MessageError } from '../core/message-error';
import { Flavour, TRANSITIONAL, isMain } from './namespaces';
import { scanText, UNNAMED_FILE } from './package';
import { Token } from './xml-scan';
import { escapeXml } from './xml';

/** The fonts Avstämning's sheets use, as SpreadsheetML. */
export type FontKind = 'normal' | 'bold' | 'title' | 'note' | 'link' | 'boldLink';

const FONT_XML: Record<Exclude<FontKind, 'normal'>, string> = {
  bold: '<b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>',
  title: '<b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>',
  note: '<i/><sz val="11"/><color rgb="FF605E5C"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>',
  // A hyperlink looks like one: Excel's Hyperlink style (blue, underlined).
  link: '<u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>',
  boldLink: '<b/><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>',
};

/** How a cell's text sits: wrapped inside the column, and at the top of a tall row. */
export interface Alignment {
  wrap?: boolean;
  top?: boolean;
}

/** Number formats Excel knows by id without declaring them (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/** A differential format for conditional formatting: font colour, and a fill when given. */
export interface Highlight {
  font: string;
  fill?: string;
}

/** One list of the styles part (`numFmts`, `fonts`, `cellXfs` …) as read, and what the run appends to it. */
interface Section {
  local: string;
  /** The list's span; where its start tag ends and its content ends; whether it was written empty (`<dxfs/>`). */
  start: number;
  end: number;
  openEnd: number;
  contentEnd: number;
  selfClosing: boolean;
  qname: string;
  /** The `count` attribute's value span, if it has one. */
  count: [number, number] | null;
  /** Every item as written, in order (for reuse by exact text); the run's new ones are appended. */
  items: string[];
  added: string[];
  /** The prefix (with its colon) for new items, and a namespace declaration when none is in scope. */
  p: string;
  declare: string;
}

/**
 * The styles part (xl/styles.xml), extended with the formats Avstämning's sheets need. An entry already
 * there in exactly the form written here is reused, so running again does not grow the part. It is read
 * once (elements by namespace, any prefix, comments skipped); new entries are appended to their lists, with
 * the prefix in scope there, and spliced in when the part is written, every other byte kept. A part with tens
 * of thousands of formats (a common kind of bloat) costs one pass.
 */
export class StylesPart {
  private readonly xml: string;
  private readonly sections = new Map<string, Section>();
  /** Children of the root in order (for where a missing list goes): local name and start. */
  private readonly order: { local: string; start: number }[] = [];
  private readonly rootContentEnd: number;
  private readonly rootNaming: { p: string; declare: string };
  private readonly xfIds = new Map<string, number>();

  constructor(xml: string, file = UNNAMED_FILE, part = 'xl/styles.xml') {
    this.xml = xml;
    let main = '';
    let rootContentEnd = -1;
    let rootNaming = { p: '', declare: '' };
    let current: Section | null = null;
    let itemStart = -1;
    const naming = (prefix: string | null) => (prefix === null ? { p: '', declare: ` xmlns="${main}"` } : { p: prefix ? `${prefix}:` : '', declare: '' });
    scanText(
      xml,
      (s, t) => {
        if (t === Token.Text) return;
        const open = t === Token.Open;
        if (s.depth === 1) {
          if (open) {
            if (!s.is('styleSheet') || !isMain(s.uri())) throw new MessageError('file.badXml', { file, part });
            main = s.uri();
            rootNaming = naming(s.prefixFor(main));
          } else rootContentEnd = s.start;
          return;
        }
        if (s.depth === 2) {
          if (open) {
            this.order.push({ local: s.uri() === main ? s.local() : '', start: s.start });
            if (s.uri() !== main) return;
            const count = s.find('count');
            current = {
              local: s.local(),
              start: s.start,
              end: s.end,
              openEnd: s.end,
              contentEnd: s.end,
              selfClosing: s.selfClosing,
              qname: s.qname(),
              count: count < 0 ? null : [s.valueStart(count), s.valueEnd(count)],
              items: [],
              added: [],
              ...naming(s.prefixFor(main)),
            };
            this.sections.set(current.local, current);
            if (s.selfClosing) current = null;
          } else if (current) {
            current.contentEnd = s.start;
            current.end = s.end;
            current = null;
          }
          return;
        }
        if (s.depth === 3 && current) {
          if (open && s.selfClosing) current.items.push(xml.slice(s.start, s.end));
          else if (open) itemStart = s.start;
          else if (itemStart >= 0) {
            current.items.push(xml.slice(itemStart, s.end));
            itemStart = -1;
          }
        }
      },
      file,
      part,
    );
    if (!main) throw new MessageError('file.badXml', { file, part });
    this.rootContentEnd = rootContentEnd;
    this.rootNaming = rootNaming;
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

  /** The part with what was added spliced in; every other byte as it was read. */
  toString(): string {
    const edits: { at: number; to: number; text: string }[] = [];
    const newLists = new Map<number, string[]>();
    for (const section of this.sections.values()) {
      if (!section.added.length) continue;
      const total = String(section.items.length + section.added.length);
      if (section.start < 0) {
        // A list the part did not have: before the first list that follows it in schema order, else at the end.
        const at = section.end;
        const block = `<${section.qname}${section.declare} count="${total}">${section.added.join('')}</${section.qname}>`;
        newLists.set(at, [...(newLists.get(at) ?? []), block]);
        continue;
      }
      const startTag = this.xml.slice(section.start, section.openEnd).replace(/\s*\/>$/, '>');
      const withCount = section.count
        ? startTag.slice(0, section.count[0] - section.start) + total + startTag.slice(section.count[1] - section.start)
        : startTag.replace(/>$/, ` count="${total}">`);
      const content = section.selfClosing ? '' : this.xml.slice(section.openEnd, section.contentEnd);
      edits.push({ at: section.start, to: section.end, text: `${withCount}${content}${section.added.join('')}</${section.qname}>` });
    }
    for (const [at, blocks] of newLists) edits.push({ at, to: at, text: blocks.join('') });
    let out = this.xml;
    for (const e of edits.sort((a, b) => b.at - a.at || b.to - a.to)) out = out.slice(0, e.at) + e.text + out.slice(e.to);
    return out;
  }

  /**
   * Append an item to a list (creating the list before the first of `before` when missing); returns its index.
   * `build` makes the item's XML with the prefix to use and the declaration its outermost tag must carry.
   */
  private add(listName: string, build: (p: string, declare: string) => string, before: readonly string[]): number {
    let section = this.sections.get(listName);
    if (!section) {
      const following = this.order.find((c) => before.includes(c.local));
      const at = following ? following.start : this.rootContentEnd;
      const { p, declare } = this.rootNaming;
      // A new list: its own start tag declares the namespace when none is in scope; its items then need none.
      section = {
        local: listName,
        start: -1,
        end: at,
        openEnd: -1,
        contentEnd: -1,
        selfClosing: false,
        qname: `${p}${listName}`,
        count: null,
        items: [],
        added: [],
        p,
        declare,
      };
      this.sections.set(listName, section);
    }
    const newList = section.start < 0;
    const element = build(section.p, newList ? '' : section.declare);
    const all = section.items.length + section.added.length;
    const existing = section.items.indexOf(element);
    if (existing >= 0) return existing;
    const added = section.added.indexOf(element);
    if (added >= 0) return section.items.length + added;
    section.added.push(element);
    return all;
  }

  private numFmtId(code: string): number {
    if (code in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[code];
    const section = this.sections.get('numFmts');
    const ids = [...(section?.items ?? []), ...(section?.added ?? [])].map((item) => {
      let found = { id: NaN, code: '' };
      scanText(
        item,
        (s, t) => {
          if (t === Token.Open && s.depth === 1) found = { id: Number(s.attr('numFmtId')), code: s.attr('formatCode') ?? '' };
        },
        'styles',
        'numFmt',
      );
      return found;
    });
    const same = ids.find((f) => f.code === code);
    if (same) return same.id;
    // Custom formats are numbered from 164 up.
    const id = Math.max(163, ...ids.map((f) => f.id).filter(Number.isFinite)) + 1;
    this.add('numFmts', (p, declare) => `<${p}numFmt${declare} numFmtId="${id}" formatCode="${escapeXml(code)}"/>`, ['fonts']);
    return id;
  }

  private fontId(kind: FontKind): number {
    if (kind === 'normal') return 0;
    return this.add('fonts', (p, declare) => `<${p}font${declare}>${FONT_XML[kind].replace(/<(\w)/g, `<${p}$1`)}</${p}font>`, ['fills']);
  }

  /** The cell format index (the `s` of a cell) for a number format, a font and an alignment. */
  cellFormat(numFmt: string, font: FontKind, align: Alignment = {}): number {
    const key = `${numFmt}\u0000${font}\u0000${align.wrap ? 'w' : ''}${align.top ? 't' : ''}`;
    const known = this.xfIds.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.numFmtId(numFmt);
    const fontId = this.fontId(font);
    const aligned = align.wrap || align.top;
    const apply = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${aligned ? ' applyAlignment="1"' : ''}`;
    const id = this.add(
      'cellXfs',
      (p, declare) => {
        const attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${apply}`;
        if (!aligned) return `<${p}xf${declare} ${attrs}/>`;
        return `<${p}xf${declare} ${attrs}><${p}alignment${align.top ? ' vertical="top"' : ''}${align.wrap ? ' wrapText="1"' : ''}/></${p}xf>`;
      },
      ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
    );
    this.xfIds.set(key, id);
    return id;
  }

  /** The differential format index (a conditional format's `dxfId`) for a highlight. */
  highlight(h: Highlight): number {
    return this.add(
      'dxfs',
      (p, declare) => {
        const fill = h.fill ? `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${h.fill}"/></${p}patternFill></${p}fill>` : '';
        return `<${p}dxf${declare}><${p}font><${p}color rgb="${h.font}"/></${p}font>${fill}</${p}dxf>`;
      },
      ['tableStyles', 'colors', 'extLst'],
    );
  }
}
