import { AsciiSink } from './ascii-sink';
import { escapeText } from './xml';

/** Leading or trailing spaces survive only with xml:space. */
export function preservesSpace(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  // Most texts start and end with a printable ASCII character: no need to ask the pattern.
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return false;
  return /^\s|\s$/.test(text);
}

const PRESERVE = Uint8Array.from(' xml:space="preserve">', (c) => c.charCodeAt(0));
const GT = 0x3e;
/** Per ASCII code: the entity escapeText writes for it, else nothing. */
const ENTITY: (Uint8Array | undefined)[] = Array.from({ length: 0x80 }, () => undefined);
for (const [c, e] of Object.entries({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }))
  ENTITY[c.charCodeAt(0)] = Uint8Array.from(e, (x) => x.charCodeAt(0));

/** Bytes of SpreadsheetML with cell text in it: a shared string table's items, a worksheet's inline strings. */
export class XmlTextSink extends AsciiSink {
  /** The end of a `<t` start tag and the text after it: `>text`, or ` xml:space="preserve"> text ` where spaces lead or trail. */
  textElement(text: string): void {
    if (preservesSpace(text)) this.raw(PRESERVE);
    else this.byte(GT);
    this.escaped(text);
  }

  /**
   * Text as escapeText writes it, in UTF-8. Most texts need at most the five entities, written here as the
   * text is; one with a control character, a carriage return, a surrogate, U+FFFE/U+FFFF or `_x` (which
   * escapeText writes as `_xHHHH_`, leaves out or protects) goes through escapeText itself.
   */
  private escaped(text: string): void {
    const n = text.length;
    // An entity is at most six bytes for one character, and UTF-8 at most three.
    this.reserve(n * 6);
    const b = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        const entity = ENTITY[c];
        if (entity !== undefined) {
          for (let k = 0; k < entity.length; k++) b[at++] = entity[k];
        } else if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c === 0x5f && text.charCodeAt(i + 1) === 0x78)) {
          this.utf8(escapeText(text));
          return;
        } else b[at++] = c;
      } else if (c < 0x800) {
        b[at++] = 0xc0 | (c >> 6);
        b[at++] = 0x80 | (c & 0x3f);
      } else if ((c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) {
        this.utf8(escapeText(text));
        return;
      } else {
        b[at++] = 0xe0 | (c >> 12);
        b[at++] = 0x80 | ((c >> 6) & 0x3f);
        b[at++] = 0x80 | (c & 0x3f);
      }
    }
    this.length = at;
  }
}
