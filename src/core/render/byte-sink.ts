/**
 * Bytes written piece by piece into fixed-size chunks: large output (a worksheet, the command line's JSON)
 * is built as UTF-8 directly, with no string per value to build, join and encode, and no buffer that is
 * copied each time it doubles. Without `onChunk` the chunks are kept until `chunks()` or `bytes()`. With it,
 * each full chunk is lent to `onChunk` (to write it to a file, say) and its memory written again afterwards:
 * a chunk is valid only until `onChunk` returns, and 60 MB of output take 1 MB of memory, never touched
 * fresh (on a virtual machine each new page costs as much as writing it several times).
 *
 * Writers that know how many bytes they are about to write at most call `reserve` once and then write into
 * `buffer` at `length` themselves (a subclass's hot loop); everything else goes through the methods here.
 */
export class ByteSink {
  protected buffer: Uint8Array;
  protected length = 0;
  private readonly done: Uint8Array[] = [];
  private written = 0;

  constructor(
    private readonly chunkSize = 1 << 20,
    private readonly onChunk?: (chunk: Uint8Array) => void,
  ) {
    this.buffer = new Uint8Array(chunkSize);
  }

  /** Room for `n` more bytes in the current chunk: a full chunk is handed on and a new one begun. */
  protected reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    this.flush(Math.max(n, this.chunkSize));
  }

  /** Hands the current chunk on and begins one of `next` bytes (none after the last), in the same memory when lent. */
  private flush(next: number): void {
    if (this.length > 0) {
      const chunk = this.buffer.subarray(0, this.length);
      this.written += this.length;
      this.length = 0;
      if (this.onChunk) {
        this.onChunk(chunk);
        if (next <= this.buffer.length) return;
      } else this.done.push(chunk);
    } else if (next <= this.buffer.length) return;
    this.buffer = new Uint8Array(next);
  }

  /** ASCII text only (the caller's promise): one byte per character. */
  ascii(s: string): void {
    const n = s.length;
    this.reserve(n);
    const b = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) b[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /** Any text as UTF-8; a lone surrogate becomes U+FFFD, as TextEncoder writes it. */
  utf8(s: string): void {
    // At most three bytes per UTF-16 unit (a pair of units is four bytes).
    this.reserve(s.length * 3);
    this.length = encodeUtf8(s, this.buffer, this.length);
  }

  /**
   * A string as a JSON string literal, in UTF-8, exactly as JSON.stringify writes it: `"` and `\\` escaped,
   * controls as `\n` and the like or `\u00xx`, a lone surrogate as `\udxxx`, everything else as it is.
   */
  jsonString(s: string): void {
    // At most six bytes per UTF-16 unit (an escape), and the quotes.
    this.reserve(s.length * 6 + 2);
    this.length = writeJsonString(this.buffer, this.length, s);
  }

  /** Bytes as they are (a tag or a key encoded once and written many times). */
  raw(bytes: Uint8Array): void {
    const n = bytes.length;
    this.reserve(n);
    const b = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) b[at++] = bytes[i];
    this.length = at;
  }

  /** One byte. */
  byte(c: number): void {
    this.reserve(1);
    this.buffer[this.length++] = c;
  }

  /** A whole number without sign (below 2^53), in decimal. */
  digits(n: number): void {
    this.reserve(16);
    this.length = writeDigits(this.buffer, this.length, n);
  }

  /** Bytes written so far. */
  size(): number {
    return this.written + this.length;
  }

  /** Everything not yet handed to `onChunk`, in order; the sink is done with after this. */
  chunks(): Uint8Array[] {
    this.flush(0);
    return this.done;
  }

  /** Everything not yet handed to `onChunk`, as one array. */
  bytes(): Uint8Array {
    const chunks = this.chunks();
    if (chunks.length === 1) return chunks[0];
    return joinBytes(chunks);
  }
}

/** Byte arrays one after the other, in one array. */
export function joinBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** writeDigits for a whole number below 2^31, in 32-bit integer arithmetic (the same text). */
export function writeSmallDigits(b: Uint8Array, at: number, n: number): number {
  let end = at + 1;
  for (let rest = n; rest >= 10; rest = (rest / 10) | 0) end++;
  let i = end;
  do {
    const q = (n / 10) | 0;
    b[--i] = 48 + (n - q * 10);
    n = q;
  } while (n > 0);
  return end;
}

/**
 * A whole number without sign (below 2^53) in decimal into `b` at `at` (room for 16 bytes is the caller's
 * promise); returns where it ends.
 */
export function writeDigits(b: Uint8Array, at: number, n: number): number {
  let end = at + 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) end++;
  let i = end;
  do {
    const q = Math.floor(n / 10);
    b[--i] = 48 + (n - q * 10);
    n = q;
  } while (n > 0);
  return end;
}

/** Text as UTF-8 bytes (the core's compiler knows no TextEncoder). */
export function utf8Bytes(text: string): Uint8Array {
  const sink = new ByteSink(Math.max(16, text.length * 3));
  sink.utf8(text);
  return sink.bytes();
}

/**
 * Per ASCII code below 0x20 and for `"` and `\`: the character after the backslash of its two-character
 * escape, or 0x75 (`u`) where it is written `\u00xx`. Every other ASCII character stands for itself.
 */
const JSON_ESCAPES = (() => {
  const t = new Uint8Array(0x80);
  for (let c = 0; c < 0x20; c++) t[c] = 0x75;
  const set = (c: string, e: string) => (t[c.charCodeAt(0)] = e.charCodeAt(0));
  set('"', '"');
  set('\\', '\\');
  set('\b', 'b');
  set('\f', 'f');
  set('\n', 'n');
  set('\r', 'r');
  set('\t', 't');
  return t;
})();

const HEX = '0123456789abcdef';

/** `\u` and four lower-case hex digits, as JSON.stringify writes an escape. */
function hexEscape(b: Uint8Array, at: number, c: number): number {
  b[at++] = 0x5c;
  b[at++] = 0x75;
  for (let shift = 12; shift >= 0; shift -= 4) b[at++] = HEX.charCodeAt((c >> shift) & 15);
  return at;
}

/**
 * `s` as a JSON string literal (quotes included) in UTF-8 into `b` at `at`, exactly as JSON.stringify writes
 * it; room for six bytes per UTF-16 unit and the quotes is the caller's promise. Returns where it ends.
 */
export function writeJsonString(b: Uint8Array, at: number, s: string): number {
  b[at++] = 0x22;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    // Printable ASCII but `"` and `\`, most of any text here, first and with no table to look in.
    if (c >= 0x20 && c < 0x80 && c !== 0x22 && c !== 0x5c) {
      b[at++] = c;
      continue;
    }
    if (c < 0x80) {
      const e = JSON_ESCAPES[c];
      if (e === 0x75) at = hexEscape(b, at, c);
      else {
        b[at++] = 0x5c;
        b[at++] = e;
      }
    } else if (c < 0x800) {
      b[at++] = 0xc0 | (c >> 6);
      b[at++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      b[at++] = 0xe0 | (c >> 12);
      b[at++] = 0x80 | ((c >> 6) & 0x3f);
      b[at++] = 0x80 | (c & 0x3f);
    } else {
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        at = writePair(b, at, c, next);
        i++;
      } else at = hexEscape(b, at, c); // a lone surrogate, as JSON.stringify escapes it
    }
  }
  b[at++] = 0x22;
  return at;
}

/** A surrogate pair as its four bytes of UTF-8. */
function writePair(b: Uint8Array, at: number, high: number, low: number): number {
  const p = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  b[at++] = 0xf0 | (p >> 18);
  b[at++] = 0x80 | ((p >> 12) & 0x3f);
  b[at++] = 0x80 | ((p >> 6) & 0x3f);
  b[at++] = 0x80 | (p & 0x3f);
  return at;
}

/** `s` as UTF-8 into `b` from `at` (room is the caller's promise), a lone surrogate as U+FFFD; returns where it ends. */
function encodeUtf8(s: string, b: Uint8Array, at: number): number {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) b[at++] = c;
    else if (c < 0x800) {
      b[at++] = 0xc0 | (c >> 6);
      b[at++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          at = writePair(b, at, c, next);
          i++;
          continue;
        }
        c = 0xfffd;
      }
      b[at++] = 0xe0 | (c >> 12);
      b[at++] = 0x80 | ((c >> 6) & 0x3f);
      b[at++] = 0x80 | (c & 0x3f);
    }
  }
  return at;
}
