import { MessageError } from '../core/message-error';
import { decodeOoxmlEscapes } from './sheet-scan';
import { Flavour, TRANSITIONAL } from './namespaces';
import { scanText, UNNAMED_FILE } from './package';
import { Token } from './xml-scan';
import { XML_DECLARATION, escapeText } from './xml';

interface Layout {
  /** The root start tag's span and whether it is empty (`<sst/>`). */
  rootStart: number;
  rootEnd: number;
  rootSelfClosing: boolean;
  rootQname: string;
  /** Where the root's end tag starts. */
  close: number;
  /** The prefix of SpreadsheetML elements in scope at the root ('' default; null: none, declare it). */
  prefix: string | null;
  main: string;
  items: number;
  count: number | null;
}

/**
 * The shared string table (xl/sharedStrings.xml) with Avstämning's strings appended. Each distinct text is
 * added once; the user's strings keep their positions, so their cells keep pointing at the same text.
 */
export class SharedStrings {
  private readonly layout: Layout;
  /** Text → index, for the plain strings already in the table and those added. */
  private known: Map<string, number> | null = null;
  private readonly appended: string[] = [];
  private references = 0;

  constructor(
    private readonly xml: string,
    private readonly file = UNNAMED_FILE,
    private readonly part = 'xl/sharedStrings.xml',
  ) {
    const layout: Partial<Layout> & { items: number } = { items: 0, close: -1 };
    scanText(
      xml,
      (s, t) => {
        if (s.depth === 1 && t === Token.Open) {
          Object.assign(layout, { rootStart: s.start, rootEnd: s.end, rootSelfClosing: s.selfClosing, rootQname: s.qname(), main: s.uri(), prefix: s.prefixFor(s.uri()) });
          const count = s.attr('count');
          layout.count = count === null ? null : Number(count);
        } else if (s.depth === 1 && t === Token.Close) layout.close = s.start;
        else if (s.depth === 2 && t === Token.Open && s.is('si') && s.uri() === layout.main) layout.items++;
      },
      file,
      part,
    );
    if (layout.rootStart === undefined) throw new MessageError('file.badXml', { file, part });
    this.layout = layout as Layout;
  }

  static empty(flavour: Flavour = TRANSITIONAL): SharedStrings {
    return new SharedStrings(`${XML_DECLARATION}<sst xmlns="${flavour.main}" count="0" uniqueCount="0"></sst>`);
  }

  /** The plain strings of the table as it was, so that a second run reuses what the first one added. */
  private existing(): Map<string, number> {
    const known = new Map<string, number>();
    const { main } = this.layout;
    let index = -1;
    let text: string | null = null;
    let children = 0;
    let plain = false;
    scanText(
      this.xml,
      (s, t) => {
        if (s.depth === 2 && s.is('si')) {
          if (t === Token.Open && s.uri() === main) {
            index++;
            text = s.selfClosing ? null : '';
            children = 0;
            plain = false;
          } else if (t === Token.Close && text !== null) {
            const decoded = decodeOoxmlEscapes(text);
            if (plain && children === 1 && !known.has(decoded)) known.set(decoded, index);
            text = null;
          }
        } else if (s.depth === 3 && t === Token.Open && text !== null) {
          children++;
          plain = s.is('t') && s.uri() === main;
        } else if (t === Token.Text && text !== null && plain && children === 1) text += s.textValue();
      },
      this.file,
      this.part,
    );
    return known;
  }

  /** The index of a text, adding it when new. */
  index(text: string): number {
    this.references++;
    this.known ??= this.existing();
    let i = this.known.get(text);
    if (i === undefined) {
      i = this.layout.items + this.appended.length;
      this.known.set(text, i);
      const p = this.layout.prefix ? `${this.layout.prefix}:` : '';
      // Leading or trailing spaces survive only with xml:space.
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      this.appended.push(`<${p}si><${p}t${space}>${escapeText(text)}</${p}t></${p}si>`);
    }
    return i;
  }

  toString(): string {
    const { xml } = this;
    const l = this.layout;
    const count = (l.count ?? l.items) + this.references;
    let start = xml.slice(l.rootStart, l.rootEnd).replace(/\s*\/>$/, '>');
    start = setAttribute(setAttribute(start, 'count', String(count)), 'uniqueCount', String(l.items + this.appended.length));
    // Without a prefix in scope for SpreadsheetML (it is declared only on each item, say), the items declare it.
    const items = l.prefix === null ? this.appended.map((si) => si.replace(/^<si>/, `<si xmlns="${l.main}">`)) : this.appended;
    const body = l.rootSelfClosing ? '' : xml.slice(l.rootEnd, l.close);
    const tail = l.rootSelfClosing ? xml.slice(l.rootEnd) : xml.slice(l.close);
    const close = l.rootSelfClosing ? `</${l.rootQname}>` : '';
    return `${xml.slice(0, l.rootStart)}${start}${body}${items.join('')}${close}${tail}`;
  }
}

/** A start tag with one attribute in no namespace set (added or replaced). */
export function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${value}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}
