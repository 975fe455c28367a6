/**
 * A small, fast, namespace-aware XML tokenizer over text that may arrive in pieces. No DOM, no regular
 * expression per element: it walks the text with indexOf and charCodeAt, hands out one token at a time, and
 * decodes a text or an attribute only when asked. Names are resolved by namespace URI, never by prefix, so
 * `<x:c>`, `<c>` under a default namespace and a prefix declared on the element itself all read the same.
 *
 * Workbook parts never carry a document type declaration; one is refused (it is how entity expansion and
 * external entities get in). Comments and processing instructions are skipped.
 */

export const enum Token {
  /** The text ended inside a token: feed more (or the part is cut off). */
  More = -1,
  End = 0,
  Open = 1,
  Close = 2,
  Text = 3,
}

/** Why a part is not XML Avstämning reads. */
export class XmlError extends Error {
  constructor(
    readonly reason: 'dtd' | 'malformed',
    detail: string,
  ) {
    super(detail);
  }
}

const XMLNS_URI = 'http://www.w3.org/2000/xmlns/';
const XML_URI = 'http://www.w3.org/XML/1998/namespace';

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const QUOT = 34;
const APOS = 39;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character and the five predefined entity references; anything else is not well-formed. */
export function decodeEntities(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(/&([^;&]{0,12});/g, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw new XmlError('malformed', `bad character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[e];
    if (named === undefined) throw new XmlError('malformed', `unknown entity ${whole}`);
    return named;
  });
}

/** Text content as a parser gives it: line ends normalised, references decoded. */
export function decodeText(raw: string): string {
  const text = raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw;
  return decodeEntities(text);
}

/** An attribute value as a parser gives it: tabs and line ends become spaces, references decoded. */
export function decodeAttribute(raw: string): string {
  const text = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return decodeEntities(text);
}

export interface ScanMark {
  pos: number;
  level: number;
  bindings: Binding | null;
  pendingPop: number;
}

/** Namespace bindings in scope, innermost first: a list never changed in place, so a mark can keep it. */
interface Binding {
  prefix: string;
  uri: string;
  depth: number;
  next: Binding | null;
}

/**
 * The tokenizer. `next()` moves to the next token and says what it is; the token's parts are then read from
 * the fields and methods below. Positions are offsets into `text`.
 */
export class XmlScanner {
  text: string;
  pos = 0;
  /** True when no more text will come: a token cut off at the end is an error, not a wait. */
  final: boolean;

  /** The current token's span. */
  start = 0;
  end = 0;
  /** Open and close tags: the qualified name's span, and where the local name starts. */
  nameStart = 0;
  nameEnd = 0;
  localStart = 0;
  selfClosing = false;
  /** Open tags: whether the tag declares namespaces (`xmlns` or `xmlns:p` attributes). */
  declaring = false;
  /** Text tokens: true for a CDATA section (its content is literal). */
  cdata = false;
  /** Depth of the current token's element (the root is 1); for Close, the depth of the element it closes. */
  depth = 0;
  /** How many elements are open after the current token. */
  private level = 0;

  /** Attribute spans of the current open tag: name start/end, value start/end (inside the quotes). */
  private attrCount = 0;
  private attrSpans: number[] = [];
  private bindings: Binding | null = null;
  /** The depth before the last Close token was applied: bindings of that element go once it is done. */
  private pendingPop = -1;

  constructor(text = '', final = true) {
    this.text = text;
    this.final = final;
  }

  /** Drop what has been read up to `keepFrom`, append more text. Token positions shift accordingly. */
  feed(more: string, keepFrom: number, final: boolean): void {
    this.text = this.text.slice(keepFrom) + more;
    this.pos -= keepFrom;
    this.final = final;
  }

  /** Where the scanner stands, to come back to when a token turns out cut off (see `restore`). */
  mark(): ScanMark {
    return { pos: this.pos, level: this.level, bindings: this.bindings, pendingPop: this.pendingPop };
  }

  /** Go back to a mark; `shift` is how much text `feed` has dropped since it was taken. */
  restore(m: ScanMark, shift = 0): void {
    this.pos = m.pos - shift;
    this.level = m.level;
    this.bindings = m.bindings;
    this.pendingPop = m.pendingPop;
  }

  private cutOff(what: string): Token {
    if (!this.final) return Token.More;
    throw new XmlError('malformed', `the part ends inside ${what}`);
  }

  next(): Token {
    if (this.pendingPop >= 0) {
      const d = this.pendingPop;
      while (this.bindings && this.bindings.depth >= d) this.bindings = this.bindings.next;
      this.pendingPop = -1;
    }
    const text = this.text;
    for (;;) {
      const at = this.pos;
      if (at >= text.length) {
        if (!this.final) return Token.More;
        return Token.End;
      }
      if (text.charCodeAt(at) !== LT) {
        const lt = text.indexOf('<', at);
        if (lt < 0 && !this.final) return Token.More;
        this.start = at;
        this.end = lt < 0 ? text.length : lt;
        this.pos = this.end;
        this.cdata = false;
        return Token.Text;
      }
      const c1 = text.charCodeAt(at + 1);
      if (Number.isNaN(c1)) return this.cutOff('a tag');
      if (c1 === BANG) {
        if (text.startsWith('<!--', at)) {
          const close = text.indexOf('-->', at + 4);
          if (close < 0) return this.cutOff('a comment');
          this.pos = close + 3;
          continue;
        }
        if (text.startsWith('<![CDATA[', at)) {
          const close = text.indexOf(']]>', at + 9);
          if (close < 0) return this.cutOff('a CDATA section');
          this.start = at + 9;
          this.end = close;
          this.pos = close + 3;
          this.cdata = true;
          return Token.Text;
        }
        if (at + 9 > text.length && !this.final) return Token.More;
        if (text.startsWith('<!DOCTYPE', at)) throw new XmlError('dtd', 'a document type declaration');
        throw new XmlError('malformed', `unexpected <! at ${at}`);
      }
      if (c1 === QUESTION) {
        const close = text.indexOf('?>', at + 2);
        if (close < 0) return this.cutOff('a processing instruction');
        this.pos = close + 2;
        continue;
      }
      if (c1 === SLASH) {
        const close = text.indexOf('>', at + 2);
        if (close < 0) return this.cutOff('a closing tag');
        this.start = at;
        this.end = close + 1;
        this.nameStart = at + 2;
        let e = at + 2;
        let colon = -1;
        for (; e < close; e++) {
          const c = text.charCodeAt(e);
          if (isSpace(c)) break;
          if (c === COLON) colon = e;
        }
        this.nameEnd = e;
        this.localStart = colon < 0 ? this.nameStart : colon + 1;
        this.pos = close + 1;
        this.depth = this.level--;
        this.pendingPop = this.depth;
        return Token.Close;
      }
      return this.openTag(at);
    }
  }

  private openTag(at: number): Token {
    const text = this.text;
    const length = text.length;
    let e = at + 1;
    let colon = -1;
    for (; e < length; e++) {
      const c = text.charCodeAt(e);
      if (isSpace(c) || c === SLASH || c === GT) break;
      if (c === COLON) colon = e;
    }
    if (e >= length) return this.cutOff('a tag');
    if (e === at + 1) throw new XmlError('malformed', `a tag without a name at ${at}`);
    this.nameStart = at + 1;
    this.nameEnd = e;
    this.localStart = colon < 0 ? at + 1 : colon + 1;
    const spans = this.attrSpans;
    let count = 0;
    let declares = false;
    for (;;) {
      while (e < length && isSpace(text.charCodeAt(e))) e++;
      if (e >= length) return this.cutOff('a tag');
      const c = text.charCodeAt(e);
      if (c === GT) {
        this.selfClosing = false;
        e++;
        break;
      }
      if (c === SLASH) {
        if (e + 1 >= length) return this.cutOff('a tag');
        if (text.charCodeAt(e + 1) !== GT) throw new XmlError('malformed', `a stray / in a tag at ${e}`);
        this.selfClosing = true;
        e += 2;
        break;
      }
      const nameStart = e;
      while (e < length) {
        const d = text.charCodeAt(e);
        if (d === EQ || isSpace(d) || d === GT || d === SLASH) break;
        e++;
      }
      const nameEnd = e;
      while (e < length && isSpace(text.charCodeAt(e))) e++;
      if (e >= length) return this.cutOff('a tag');
      if (text.charCodeAt(e) !== EQ) throw new XmlError('malformed', `an attribute without a value at ${nameStart}`);
      e++;
      while (e < length && isSpace(text.charCodeAt(e))) e++;
      if (e >= length) return this.cutOff('a tag');
      const quote = text.charCodeAt(e);
      if (quote !== QUOT && quote !== APOS) throw new XmlError('malformed', `an unquoted attribute value at ${e}`);
      const close = text.indexOf(quote === QUOT ? '"' : "'", e + 1);
      if (close < 0) return this.cutOff('an attribute value');
      const i = count * 4;
      spans[i] = nameStart;
      spans[i + 1] = nameEnd;
      spans[i + 2] = e + 1;
      spans[i + 3] = close;
      count++;
      if (nameEnd - nameStart >= 5 && text.startsWith('xmlns', nameStart) && (nameEnd - nameStart === 5 || text.charCodeAt(nameStart + 5) === COLON))
        declares = true;
      e = close + 1;
    }
    this.attrCount = count;
    this.declaring = declares;
    this.start = at;
    this.end = e;
    this.pos = e;
    this.depth = ++this.level;
    if (declares) this.declare();
    if (this.selfClosing) {
      this.pendingPop = this.depth;
      this.level--;
    }
    return Token.Open;
  }

  private declare(): void {
    const spans = this.attrSpans;
    const text = this.text;
    for (let i = 0; i < this.attrCount; i++) {
      const s = spans[i * 4];
      const e = spans[i * 4 + 1];
      if (!text.startsWith('xmlns', s)) continue;
      if (e - s !== 5 && text.charCodeAt(s + 5) !== COLON) continue;
      const prefix = e - s === 5 ? '' : text.slice(s + 6, e);
      this.bindings = { prefix, uri: decodeAttribute(text.slice(spans[i * 4 + 2], spans[i * 4 + 3])), depth: this.depth, next: this.bindings };
    }
  }

  /** The namespace URI a prefix is bound to at the current element ('' for none). */
  lookup(prefix: string): string {
    if (prefix === 'xml') return XML_URI;
    if (prefix === 'xmlns') return XMLNS_URI;
    for (let b = this.bindings; b; b = b.next) if (b.prefix === prefix) return b.uri;
    return '';
  }

  /** The prefixes in scope at the current element, nearest first (for writing a new element here). */
  prefixFor(uri: string): string | null {
    for (let b = this.bindings; b; b = b.next) {
      // A nearer binding of the same prefix to another namespace hides this one.
      if (b.uri === uri && this.lookup(b.prefix) === uri) return b.prefix;
    }
    return null;
  }

  /** The namespace URI of the current (open or close) tag's element. */
  uri(): string {
    const prefixEnd = this.localStart - 1;
    if (prefixEnd < this.nameStart) return this.lookup('');
    return this.lookup(this.text.slice(this.nameStart, prefixEnd));
  }

  /** The current tag's qualified name. */
  qname(): string {
    return this.text.slice(this.nameStart, this.nameEnd);
  }

  /** The current tag's local name. */
  local(): string {
    return this.text.slice(this.localStart, this.nameEnd);
  }

  /** Whether the current tag's local name is `name` (no string made). */
  is(name: string): boolean {
    return this.nameEnd - this.localStart === name.length && this.text.startsWith(name, this.localStart);
  }

  get attributeCount(): number {
    return this.attrCount;
  }

  /** The index of the unprefixed attribute `name` in the current tag, or -1; its value's span by `valueStart`/`valueEnd`. */
  find(name: string): number {
    const spans = this.attrSpans;
    const text = this.text;
    for (let i = 0; i < this.attrCount; i++) {
      const s = spans[i * 4];
      if (spans[i * 4 + 1] - s === name.length && text.startsWith(name, s)) return i;
    }
    return -1;
  }

  valueStart(i: number): number {
    return this.attrSpans[i * 4 + 2];
  }

  valueEnd(i: number): number {
    return this.attrSpans[i * 4 + 3];
  }

  /** An unprefixed attribute's value, decoded; null when absent. */
  attr(name: string): string | null {
    const i = this.find(name);
    if (i < 0) return null;
    return decodeAttribute(this.text.slice(this.attrSpans[i * 4 + 2], this.attrSpans[i * 4 + 3]));
  }

  /** An unprefixed attribute's raw text (for values that never hold references: numbers, cell refs). */
  rawAttr(name: string): string | null {
    const i = this.find(name);
    if (i < 0) return null;
    return this.text.slice(this.attrSpans[i * 4 + 2], this.attrSpans[i * 4 + 3]);
  }

  /** An attribute in a namespace (such as the relationship id `r:id`), whatever its prefix; null when absent. */
  attrNS(uri: string, local: string): string | null {
    const spans = this.attrSpans;
    const text = this.text;
    for (let i = 0; i < this.attrCount; i++) {
      const s = spans[i * 4];
      const e = spans[i * 4 + 1];
      const colon = text.indexOf(':', s);
      if (colon < 0 || colon >= e) continue;
      if (e - colon - 1 !== local.length || !text.startsWith(local, colon + 1)) continue;
      const prefix = text.slice(s, colon);
      if (prefix === 'xmlns') continue;
      if (this.lookup(prefix) === uri) return decodeAttribute(text.slice(spans[i * 4 + 2], spans[i * 4 + 3]));
    }
    return null;
  }

  /** Every attribute of the current open tag: qualified name, namespace URI ('' unprefixed), value. */
  attributes(): { qname: string; uri: string; local: string; value: string; valueStart: number; valueEnd: number }[] {
    const out = [];
    const spans = this.attrSpans;
    for (let i = 0; i < this.attrCount; i++) {
      const qname = this.text.slice(spans[i * 4], spans[i * 4 + 1]);
      const colon = qname.indexOf(':');
      const prefix = colon < 0 ? '' : qname.slice(0, colon);
      out.push({
        qname,
        uri: colon < 0 ? (qname === 'xmlns' ? XMLNS_URI : '') : this.lookup(prefix),
        local: colon < 0 ? qname : qname.slice(colon + 1),
        value: decodeAttribute(this.text.slice(spans[i * 4 + 2], spans[i * 4 + 3])),
        valueStart: spans[i * 4 + 2],
        valueEnd: spans[i * 4 + 3],
      });
    }
    return out;
  }

  /** The current text token's content, as a parser gives it. */
  textValue(): string {
    const raw = this.text.slice(this.start, this.end);
    return this.cdata ? raw : decodeText(raw);
  }
}
