import { Money, moneyToPlain, percentRounded, roundedQuotient } from '../money';
import { ByteSink, utf8Bytes, writeDigits, writeJsonString, writeSmallDigits } from './byte-sink';

/**
 * Writes an object member by member: the members JSON.stringify would write for an object holding them, in
 * order; each key once.
 */
export interface JsonMembers {
  /** A member; one whose value is undefined, a function or a symbol is left out, as JSON.stringify leaves it out. */
  member(key: string, value: unknown): void;
  /** An amount, as the JSON writes amounts: kronor as a plain decimal string (moneyToPlain), or null. */
  money(key: string, value: Money | null): void;
  /** part / |whole| × 100 to two decimals as percentRounded writes it, or null (either null, or whole zero). */
  percent(key: string, part: Money | null, whole: Money | null): void;
}

/** The members as a plain object (amounts as their strings): what JSON.stringify would write the same from. */
export function membersObject(write: (members: JsonMembers) => void): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  write({
    member: (key, value) => (o[key] = value),
    money: (key, value) => (o[key] = value === null ? null : moneyToPlain(value)),
    percent: (key, part, whole) => (o[key] = part === null || whole === null ? null : percentRounded(part, whole, 2)),
  });
  return o;
}

/**
 * A list of objects, each written member by member only when written: a table's 100 000 lines, with no object
 * and no string per amount made for them. As a value anywhere else (JSON.stringify, a test) it is the plain
 * array of the objects.
 */
export class JsonRecords {
  constructor(
    readonly length: number,
    readonly write: (i: number, members: JsonMembers) => void,
  ) {}

  toJSON(): Record<string, unknown>[] {
    return Array.from({ length: this.length }, (_, i) => membersObject((members) => this.write(i, members)));
  }
}

/**
 * `JSON.stringify(value, null, 2)` as UTF-8 bytes, the same bytes, written straight into chunks (a
 * `JsonRecords` list record by record): for the command line's JSON, which at 100 000 lines is some 60 MB.
 * Plain data only, as JSON.stringify sees it: objects (own enumerable string keys, in its order), arrays,
 * strings, numbers (not finite: null), booleans, null, `toJSON`; undefined, functions and symbols left out of
 * objects and null in arrays. No cycles, no boxed primitives, no BigInt.
 */
export function prettyJsonChunks(value: unknown): Uint8Array[] {
  const writer = new PrettyJson();
  writer.value(withToJson(value, ''), 0);
  return writer.sink.chunks();
}

/** The same bytes, lent to `write` chunk by chunk as they are made (each valid only until `write` returns). */
export function writePrettyJson(value: unknown, write: (chunk: Uint8Array) => void): void {
  const writer = new PrettyJson(write);
  writer.value(withToJson(value, ''), 0);
  writer.sink.chunks();
}

/** What JSON.stringify writes for a value: what its `toJSON` gives (JsonRecords are written record by record instead). */
function withToJson(v: unknown, key: string | number): unknown {
  if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function' && !(v instanceof JsonRecords)) {
    return (v as { toJSON(key: string): unknown }).toJSON(String(key));
  }
  return v;
}

/** Whether JSON.stringify leaves an object's member out (and writes null for it in an array). */
function unwritable(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/**
 * The members of objects of one shape (the same keys in the same order) at one depth, as bytes: what comes
 * before each member's value when it is the first written (`{`, the newline and indent, `"key": `) and when
 * it follows another (`,` instead of `{`). Objects of one shape (a table's groups, say) share their keys' bytes.
 */
interface Shape {
  keys: string[];
  first: Uint8Array[];
  next: Uint8Array[];
}

/**
 * The sink of the JSON: bytes, and the values of a table's lines written straight after their member's
 * prefix (`,`, the indent, `"key": `) with one check for room: an amount of whole öre as its string of
 * kronor, a percentage from whole öre, a string, a whole number, `null`, `true` or `false`, with no string
 * made for any of them.
 */
class JsonSink extends ByteSink {
  /**
   * Short strings of the lines as their literals' bytes, encoded once: a ledger's 100 000 lines repeat a few
   * hundred names, goal areas and groups, and copying the bytes is about twice as fast as encoding them again.
   * Once MAX_KEPT strings are kept the lines' texts are mostly distinct and looking them up is wasted: the
   * strings are encoded each time from then on.
   */
  private literals: Map<string, Uint8Array> | null = new Map();

  /** Room for the prefix and `room` bytes after it; the prefix written. Returns where the value begins. */
  private prefixed(prefix: Uint8Array, room: number): number {
    const n = prefix.length;
    this.reserve(n + room);
    // One copy: for a prefix's few dozen bytes set() is about twice as fast as a loop.
    this.buffer.set(prefix, this.length);
    return this.length + n;
  }

  /** The prefix and ASCII text (`null`, `true`, `false`). */
  prefixedAscii(prefix: Uint8Array, text: string): void {
    const n = text.length;
    let at = this.prefixed(prefix, n);
    const b = this.buffer;
    for (let i = 0; i < n; i++) b[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** The prefix and an amount of whole öre (see writeAmount). */
  prefixedAmount(prefix: Uint8Array, ore: number): void {
    // The prefix first: it may begin a new chunk, and the amount goes into that one.
    const at = this.prefixed(prefix, MAX_AMOUNT_BYTES);
    this.length = writeAmount(this.buffer, at, ore);
  }

  /** The prefix and a whole number (a safe integer; -0 as 0, as JSON.stringify writes it). */
  prefixedInteger(prefix: Uint8Array, n: number): void {
    let at = this.prefixed(prefix, 17);
    const b = this.buffer;
    if (n < 0) b[at++] = 0x2d;
    this.length = writeWhole(b, at, Math.abs(n));
  }

  /** The prefix and a string literal, as JSON.stringify writes it (see ByteSink.jsonString). */
  prefixedString(prefix: Uint8Array, s: string): void {
    const literal = this.literals && s.length <= MAX_KEPT_LENGTH ? this.literal(s) : undefined;
    if (literal !== undefined) {
      const at = this.prefixed(prefix, literal.length);
      this.buffer.set(literal, at);
      this.length = at + literal.length;
      return;
    }
    // At most six bytes per UTF-16 unit (an escape), and the quotes.
    const at = this.prefixed(prefix, s.length * 6 + 2);
    this.length = writeJsonString(this.buffer, at, s);
  }

  /** The literal of `s`, kept from before or encoded now; undefined once too many are kept. */
  private literal(s: string): Uint8Array | undefined {
    const literals = this.literals!;
    let literal = literals.get(s);
    if (literal === undefined) {
      if (literals.size >= MAX_KEPT) {
        this.literals = null;
        return undefined;
      }
      const bytes = new Uint8Array(s.length * 6 + 2);
      literal = bytes.slice(0, writeJsonString(bytes, 0, s));
      literals.set(s, literal);
    }
    return literal;
  }
}

/** How many strings of the lines are kept encoded, at most, and how long each is at most (in UTF-16 units). */
const MAX_KEPT = 4096;
const MAX_KEPT_LENGTH = 64;

/** The most bytes writeAmount writes: a sign, 16 digits, a point, two decimals and the quotes. */
const MAX_AMOUNT_BYTES = 24;

/** `"-1234.5"`: what moneyToPlain gives for a number of öre (a safe integer), quoted, into `b` at `at`. */
function writeAmount(b: Uint8Array, at: number, ore: number): number {
  b[at++] = 0x22;
  if (ore < 0) b[at++] = 0x2d;
  const whole = Math.abs(ore);
  const kronor = Math.floor(whole / 100);
  const rest = whole - kronor * 100;
  at = writeWhole(b, at, kronor);
  if (rest !== 0) {
    // rest is below 100: 32-bit integer arithmetic.
    const tens = (rest / 10) | 0;
    b[at++] = 0x2e;
    b[at++] = 48 + tens;
    if (rest !== tens * 10) b[at++] = 48 + (rest - tens * 10);
  }
  b[at++] = 0x22;
  return at;
}

/**
 * writeDigits (a whole number without sign, below 2^53), with 32-bit integer division below 2^31 (nearly
 * every amount in kronor, every row number): the same digits, without a floating division per digit.
 */
function writeWhole(b: Uint8Array, at: number, n: number): number {
  return n > 0x7fffffff ? writeDigits(b, at, n) : writeSmallDigits(b, at, n);
}

class PrettyJson {
  readonly sink: JsonSink;
  /** Per depth: a newline and the indent (`\n    `), `[` before it, and `,` before it. */
  private readonly indents: { plain: Uint8Array; open: Uint8Array; next: Uint8Array }[] = [];
  /** Per depth: the shape of the object last written there, and every shape seen, by its keys. */
  private readonly lastShape: (Shape | undefined)[] = [];
  private readonly shapes: Map<string, Shape>[] = [];

  constructor(write?: (chunk: Uint8Array) => void) {
    this.sink = new JsonSink(undefined, write);
  }

  private indent(depth: number) {
    let indent = this.indents[depth];
    if (!indent) {
      const text = `\n${'  '.repeat(depth)}`;
      indent = { plain: utf8Bytes(text), open: utf8Bytes(`[${text}`), next: utf8Bytes(`,${text}`) };
      this.indents[depth] = indent;
    }
    return indent;
  }

  private shape(keys: string[], depth: number): Shape {
    const last = this.lastShape[depth];
    if (last && sameKeys(last.keys, keys)) return last;
    const seen = (this.shapes[depth] ??= new Map());
    // A key holds no NUL as a rule, and if one does the keys are compared again below.
    const id = keys.join('\u0000');
    let shape = seen.get(id);
    if (!shape || !sameKeys(shape.keys, keys)) {
      const indent = `\n${'  '.repeat(depth + 1)}`;
      shape = {
        keys,
        first: keys.map((k) => utf8Bytes(`{${indent}${JSON.stringify(k)}: `)),
        next: keys.map((k) => utf8Bytes(`,${indent}${JSON.stringify(k)}: `)),
      };
      seen.set(id, shape);
    }
    this.lastShape[depth] = shape;
    return shape;
  }

  /** A value whose `toJSON` (if any) has been called. */
  value(v: unknown, depth: number): void {
    const sink = this.sink;
    switch (typeof v) {
      case 'string':
        sink.jsonString(v);
        return;
      case 'number':
        if (Number.isSafeInteger(v)) {
          // -0 is written 0, as JSON.stringify writes it.
          if (v < 0) sink.byte(0x2d);
          sink.digits(Math.abs(v));
        } else sink.ascii(Number.isFinite(v) ? String(v) : 'null');
        return;
      case 'boolean':
        sink.ascii(v ? 'true' : 'false');
        return;
      case 'bigint':
        // As JSON.stringify does.
        throw new TypeError('Do not know how to serialize a BigInt');
      case 'object':
        break;
      default:
        // undefined, a function or a symbol inside an array.
        sink.ascii('null');
        return;
    }
    if (v === null) sink.ascii('null');
    else if (v instanceof JsonRecords) this.records(v, depth);
    else if (Array.isArray(v)) this.list(v.length, (i) => v[i], depth);
    else this.object(v as Record<string, unknown>, depth);
  }

  private list(length: number, at: (i: number) => unknown, depth: number): void {
    const sink = this.sink;
    if (length === 0) {
      sink.ascii('[]');
      return;
    }
    const inner = this.indent(depth + 1);
    for (let i = 0; i < length; i++) {
      sink.raw(i === 0 ? inner.open : inner.next);
      const item = withToJson(at(i), i);
      // Unlike an object's member, an array's undefined is written, as null.
      this.value(unwritable(item) ? null : item, depth + 1);
    }
    sink.raw(this.indent(depth).plain);
    sink.byte(0x5d);
  }

  private records(records: JsonRecords, depth: number): void {
    const sink = this.sink;
    if (records.length === 0) {
      sink.ascii('[]');
      return;
    }
    const inner = this.indent(depth + 1);
    const members = new MemberWriter(this, depth + 1);
    for (let i = 0; i < records.length; i++) {
      sink.raw(i === 0 ? inner.open : inner.next);
      members.written = 0;
      records.write(i, members);
      if (members.written === 0) sink.ascii('{}');
      else {
        sink.raw(inner.plain);
        sink.byte(0x7d);
      }
    }
    sink.raw(this.indent(depth).plain);
    sink.byte(0x5d);
  }

  /** What comes before a member's value: `{` or `,`, the newline and indent of `depth`, and `"key": `. */
  memberPrefix(key: string, first: boolean, depth: number): Uint8Array {
    const indent = `\n${'  '.repeat(depth)}`;
    return utf8Bytes(`${first ? '{' : ','}${indent}${JSON.stringify(key)}: `);
  }

  private object(o: Record<string, unknown>, depth: number): void {
    const sink = this.sink;
    const keys = Object.keys(o);
    const shape = this.shape(keys, depth);
    let written = false;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const item = withToJson(o[k], k);
      if (unwritable(item)) continue;
      sink.raw(written ? shape.next[i] : shape.first[i]);
      written = true;
      this.value(item, depth + 1);
    }
    if (!written) sink.ascii('{}');
    else {
      sink.raw(this.indent(depth).plain);
      sink.byte(0x7d);
    }
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The members of the objects of a JsonRecords list, written into the sink. Each member's prefix (`,`, the
 * indent, `"key": `) is encoded once per position: the lines of a table have the same keys in the same order.
 * Strings, whole numbers, booleans, null and amounts are written straight after their prefix; anything else
 * goes through the general writer.
 */
class MemberWriter implements JsonMembers {
  /** Members written of the current object. */
  written = 0;
  /** Per position: the key last written there, and its prefix as the first member and as a later one. */
  private readonly keys: string[] = [];
  private readonly first: Uint8Array[] = [];
  private readonly next: Uint8Array[] = [];
  private readonly sink: JsonSink;

  constructor(
    private readonly writer: PrettyJson,
    /** The depth of the objects (their members are one deeper). */
    private readonly depth: number,
  ) {
    this.sink = writer.sink;
  }

  /** The bytes before the next member's value, counted as written. */
  private prefix(key: string): Uint8Array {
    const at = this.written;
    // The keys are the same string literals line after line: this compares references.
    if (this.keys[at] !== key) {
      this.keys[at] = key;
      this.first[at] = this.writer.memberPrefix(key, true, this.depth + 1);
      this.next[at] = this.writer.memberPrefix(key, false, this.depth + 1);
    }
    this.written = at + 1;
    return at === 0 ? this.first[at] : this.next[at];
  }

  member(key: string, value: unknown): void {
    switch (typeof value) {
      case 'string':
        this.sink.prefixedString(this.prefix(key), value);
        return;
      case 'boolean':
        this.sink.prefixedAscii(this.prefix(key), value ? 'true' : 'false');
        return;
      case 'number':
        if (Number.isSafeInteger(value)) {
          this.sink.prefixedInteger(this.prefix(key), value);
          return;
        }
        break;
      case 'object':
        if (value === null) {
          this.sink.prefixedAscii(this.prefix(key), 'null');
          return;
        }
        break;
    }
    const item = withToJson(value, key);
    if (unwritable(item)) return;
    this.writer.sink.raw(this.prefix(key));
    this.writer.value(item, this.depth + 1);
  }

  money(key: string, value: Money | null): void {
    if (value === null) this.sink.prefixedAscii(this.prefix(key), 'null');
    else if (typeof value === 'number' && Number.isSafeInteger(value)) this.sink.prefixedAmount(this.prefix(key), value);
    else this.sink.prefixedString(this.prefix(key), moneyToPlain(value));
  }

  percent(key: string, part: Money | null, whole: Money | null): void {
    if (part === null || whole === null) this.sink.prefixedAscii(this.prefix(key), 'null');
    else {
      const hundredths = typeof part === 'number' && typeof whole === 'number' ? percentHundredths(part, whole) : undefined;
      if (hundredths !== undefined) this.sink.prefixedAmount(this.prefix(key), hundredths);
      else {
        const text = percentRounded(part, whole, 2);
        if (text === null) this.sink.prefixedAscii(this.prefix(key), 'null');
        else this.sink.prefixedString(this.prefix(key), text);
      }
    }
  }
}

/**
 * percentRounded(part, whole, 2) as a whole number of hundredths of a per cent, signed as its text is
 * (`-0` is never written: zero has no sign), when both are whole öre small enough to divide exactly as
 * percentRounded does; undefined otherwise, and when whole is zero (no percentage), for percentRounded to say.
 * Its text is then what writeAmount writes for that number, as for öre in kronor: `9.01`, `-12.5`, `100`.
 */
export function percentHundredths(part: number, whole: number): number | undefined {
  const numerator = Math.abs(part) * 10_000;
  if (whole === 0 || !(numerator <= Number.MAX_SAFE_INTEGER)) return undefined;
  // The same quotient and rounding as percentRounded: half away from zero.
  const q = roundedQuotient(numerator, Math.abs(whole));
  return part < 0 && q !== 0 ? -q : q;
}
