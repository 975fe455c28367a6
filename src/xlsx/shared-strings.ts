import { XML_DECLARATION, escapeXml, unescapeXml, withAttribute } from './xml';

/**
 * The shared string table (xl/sharedStrings.xml) with Avstämning's strings appended. Each distinct text is
 * added once; the user's strings keep their positions, so their cells keep pointing at the same text.
 */
export class SharedStrings {
  private readonly p: string;
  private readonly base: number;
  /** Text → index, for the plain strings already in the table and those added. */
  private known: Map<string, number> | null = null;
  private readonly appended: string[] = [];
  private references = 0;

  constructor(private readonly xml: string) {
    this.p = /<(\w+:)?sst[\s>]/.exec(xml)?.[1] ?? '';
    this.base = (xml.match(new RegExp(`<${this.p}si(?=[\\s/>])`, 'g')) ?? []).length;
  }

  static empty(): SharedStrings {
    return new SharedStrings(`${XML_DECLARATION}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>`);
  }

  /** The plain strings of the table as it was, so that a second run reuses what the first one added. */
  private existing(): Map<string, number> {
    const known = new Map<string, number>();
    const p = this.p;
    const item = new RegExp(`<${p}si(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</${p}si>)`, 'g');
    const plain = new RegExp(`^<${p}t(?:\\s[^>]*)?>([^<]*)</${p}t>$`);
    let i = 0;
    for (const m of this.xml.matchAll(item)) {
      const found = plain.exec(m[1] ?? '');
      const text = found && unescapeXml(found[1]);
      if (text !== null && !known.has(text)) known.set(text, i);
      i++;
    }
    return known;
  }

  /** The index of a text, adding it when new. */
  index(text: string): number {
    this.references++;
    this.known ??= this.existing();
    let i = this.known.get(text);
    if (i === undefined) {
      i = this.base + this.appended.length;
      this.known.set(text, i);
      // Leading or trailing spaces survive only with xml:space.
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      this.appended.push(`<${this.p}si><${this.p}t${space}>${escapeXml(text)}</${this.p}t></${this.p}si>`);
    }
    return i;
  }

  toString(): string {
    const open = new RegExp(`<${this.p}sst\\b[^>]*?(/?)>`).exec(this.xml);
    if (!open) throw new Error('the shared string table has no sst element');
    let start = open[0].replace(/\s*\/>$/, '>');
    const count = Number(/\scount="(\d+)"/.exec(start)?.[1] ?? this.base);
    start = withAttribute(withAttribute(start, 'count', String(count + this.references)), 'uniqueCount', String(this.base + this.appended.length));
    const close = `</${this.p}sst>`;
    const body = open[1] === '/' ? '' : this.xml.slice(open.index + open[0].length, this.xml.lastIndexOf(close));
    return `${this.xml.slice(0, open.index)}${start}${body}${this.appended.join('')}${close}`;
  }
}
