import { Money, moneyToPlain } from '../money';
import { ByteSink, utf8Bytes, writeDigits } from './byte-sink';

/**
 * Writes an object member by member: the members JSON.stringify would write for an object holding them, in
 * order; each key once.
 */
export interface JsonMembers {
  /** A member; one whose value is undefined, a function or a symbol is left out, as JSON.stringify leaves it out. */
  member(key: string, value: unknown): void;
  /** An amount, as the JSON writes amounts: kronor as a plain decimal string (moneyToPlain), or null. */
  money(key: string, value: Money | null): void;
}

/** The members as a plain object (amounts as their strings): what JSON.stringify would write the same from. */
export function membersObject(write: (members: JsonMembers) => void): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  write({
    member: (key, value) => (o[key] = value),
    money: (key, value) => (o[key] = value === null ? null : moneyToPlain(value)),
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

/** The sink of the JSON: bytes, and an amount of whole öre written straight as its string of kronor. */
class JsonSink extends ByteSink {
  /** `"-1234.5"`: what moneyToPlain gives for a number of öre, quoted, with no string made. */
  amount(ore: number): void {
    this.reserve(24);
    const b = this.buffer;
    let at = this.length;
    b[at++] = 0x22;
    if (ore < 0) b[at++] = 0x2d;
    const whole = Math.abs(ore);
    const kronor = Math.floor(whole / 100);
    const rest = whole - kronor * 100;
    at = writeDigits(b, at, kronor);
    if (rest !== 0) {
      b[at++] = 0x2e;
      b[at++] = 48 + Math.floor(rest / 10);
      if (rest % 10 !== 0) b[at++] = 48 + (rest % 10);
    }
    b[at++] = 0x22;
    this.length = at;
  }
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
 */
class MemberWriter implements JsonMembers {
  /** Members written of the current object. */
  written = 0;
  /** Per position: the key last written there, and its prefix as the first member and as a later one. */
  private readonly keys: string[] = [];
  private readonly first: Uint8Array[] = [];
  private readonly next: Uint8Array[] = [];

  constructor(
    private readonly writer: PrettyJson,
    /** The depth of the objects (their members are one deeper). */
    private readonly depth: number,
  ) {}

  private prefix(key: string): void {
    const at = this.written;
    if (this.keys[at] !== key) {
      this.keys[at] = key;
      this.first[at] = this.writer.memberPrefix(key, true, this.depth + 1);
      this.next[at] = this.writer.memberPrefix(key, false, this.depth + 1);
    }
    this.writer.sink.raw(at === 0 ? this.first[at] : this.next[at]);
    this.written = at + 1;
  }

  member(key: string, value: unknown): void {
    const item = withToJson(value, key);
    if (unwritable(item)) return;
    this.prefix(key);
    this.writer.value(item, this.depth + 1);
  }

  money(key: string, value: Money | null): void {
    this.prefix(key);
    const sink = this.writer.sink;
    if (value === null) sink.ascii('null');
    else if (typeof value === 'number' && Number.isSafeInteger(value)) sink.amount(value);
    else sink.jsonString(moneyToPlain(value));
  }
}
