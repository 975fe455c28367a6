import { MessageError } from '../core/message-error';
import { decodeOoxmlEscapes } from './sheet-scan';
import { Flavour, TRANSITIONAL } from './namespaces';
import { asUtf8Declaration, scanText, UNNAMED_FILE } from './package';
import { Token } from './xml-scan';
import { XML_DECLARATION, escapeText } from './xml';
import { XmlTextSink, preservesSpace } from './xml-text-sink';

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
  /** The texts added, in order, as they are: their XML is written once, at the end (toBytes). */
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
          Object.assign(layout, {
            rootStart: s.start,
            rootEnd: s.end,
            rootSelfClosing: s.selfClosing,
            rootQname: s.qname(),
            main: s.uri(),
            prefix: s.prefixFor(s.uri()),
          });
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

  /**
   * The index of a text, adding it when new. Called once per text cell (a 100 000-row detail sheet has a new
   * cell reference on every row), so it only looks the text up and remembers it.
   */
  index(text: string): number {
    this.references++;
    const known = (this.known ??= this.existing());
    const i = known.get(text);
    if (i !== undefined) return i;
    const added = this.layout.items + this.appended.length;
    known.set(text, added);
    this.appended.push(text);
    return added;
  }

  /** The start of the part up to the first item added (its counts set), and what follows the items. */
  private frame(): { head: string; tail: string } {
    const { xml } = this;
    const l = this.layout;
    const count = (l.count ?? l.items) + this.references;
    let start = xml.slice(l.rootStart, l.rootEnd).replace(/\s*\/>$/, '>');
    start = setAttribute(setAttribute(start, 'count', String(count)), 'uniqueCount', String(l.items + this.appended.length));
    const body = l.rootSelfClosing ? '' : xml.slice(l.rootEnd, l.close);
    const tail = l.rootSelfClosing ? `</${l.rootQname}>${xml.slice(l.rootEnd)}` : xml.slice(l.close);
    return { head: `${xml.slice(0, l.rootStart)}${start}${body}`, tail };
  }

  /** An item's start tag: with the prefix in scope, or declaring the namespace when there is none. */
  private itemStart(): string {
    const l = this.layout;
    const p = l.prefix ? `${l.prefix}:` : '';
    return l.prefix === null ? `<si xmlns="${l.main}">` : `<${p}si>`;
  }

  /** The part as text (the reference toBytes is tested against). */
  toString(): string {
    const { head, tail } = this.frame();
    const p = this.layout.prefix ? `${this.layout.prefix}:` : '';
    const si = this.itemStart();
    const items = this.appended.map((text) => `${si}<${p}t${preservesSpace(text) ? ' xml:space="preserve"' : ''}>${escapeText(text)}</${p}t></${p}si>`);
    return `${head}${items.join('')}${tail}`;
  }

  /**
   * The part as UTF-8, as `put` would encode toString() (the declaration saying UTF-8): the items written
   * straight into bytes, with no string per item and no string of the whole part to encode.
   */
  toBytes(): Uint8Array[] {
    const { head, tail } = this.frame();
    const p = this.layout.prefix ? `${this.layout.prefix}:` : '';
    const sink = new ItemSink(head.length * 3 + this.appended.reduce((n, t) => n + t.length, 0) * 2 + this.appended.length * 40 + tail.length * 3 + 1024);
    sink.utf8(asUtf8Declaration(head));
    sink.items(this.appended, utf8(this.itemStart()), utf8(`<${p}t`), utf8(`</${p}t></${p}si>`));
    sink.utf8(tail);
    return sink.chunks();
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The items of the shared string table, each as `<si><t>…</t></si>` with its text escaped as escapeText does. */
class ItemSink extends XmlTextSink {
  items(texts: readonly string[], si: Uint8Array, t: Uint8Array, end: Uint8Array): void {
    for (const text of texts) {
      this.raw(si);
      this.raw(t);
      this.textElement(text);
      this.raw(end);
    }
  }
}

/** A start tag with one attribute in no namespace set (added or replaced). */
export function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${value}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}
