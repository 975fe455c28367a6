import { ByteSink, utf8Bytes } from './byte-sink';

/**
 * A list whose items are made only when written: a table's 100 000 lines are written one by one and never
 * held together as objects. As a value anywhere else (JSON.stringify, a test) it is the plain array.
 */
export class JsonList<T = unknown> {
  constructor(
    readonly length: number,
    readonly item: (i: number) => T,
  ) {}

  toJSON(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.item(i));
  }
}

/**
 * `JSON.stringify(value, null, 2)` as UTF-8 bytes, the same bytes, written straight into chunks (a
 * `JsonList` item by item): for the command line's JSON, which at 100 000 lines is some 60 MB. Plain data
 * only, as JSON.stringify sees it: objects (own enumerable string keys, in its order), arrays, strings,
 * numbers (not finite: null), booleans, null, `toJSON`; undefined, functions and symbols left out of objects
 * and null in arrays. No cycles, no boxed primitives, no BigInt.
 */
export function prettyJsonChunks(value: unknown): Uint8Array[] {
  const writer = new PrettyJson();
  writer.value(withToJson(value, ''), 0);
  return writer.sink.chunks();
}

/** What JSON.stringify writes for a value: what its `toJSON` gives (a JsonList is written item by item instead). */
function withToJson(v: unknown, key: string | number): unknown {
  if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function' && !(v instanceof JsonList)) {
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
 * it follows another (`,` instead of `{`). A table's lines all have one shape, so their keys are encoded once.
 */
interface Shape {
  keys: string[];
  first: Uint8Array[];
  next: Uint8Array[];
}

class PrettyJson {
  readonly sink = new ByteSink();
  /** Per depth: a newline and the indent (`\n    `), `[` before it, and `,` before it. */
  private readonly indents: { plain: Uint8Array; open: Uint8Array; next: Uint8Array }[] = [];
  /** Per depth: the shape of the object last written there, and every shape seen, by its keys. */
  private readonly lastShape: (Shape | undefined)[] = [];
  private readonly shapes: Map<string, Shape>[] = [];

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
    else if (v instanceof JsonList) this.list(v.length, v.item, depth);
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
