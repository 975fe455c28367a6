import { ByteSink, writeDigits, writeSmallDigits } from '../core/render/byte-sink';

/** Room enough for any number `writeNumber` writes: String of a double is at most 25 characters (`-0.0000012345678901234567`). */
export const MAX_NUMBER_BYTES = 32;

/**
 * A finite number as Excel stores it in `<v>`, into `b` at `at` (room for MAX_NUMBER_BYTES is the caller's
 * promise); returns where it ends. The text is the shortest that reads back as the same double, as String
 * gives it. Kronor with whole öre (below 10^13 kr), the most common value by far, are written from their
 * integer öre (the same text, exactly, without a string per number); anything else goes through String.
 */
export function writeNumber(b: Uint8Array, at: number, v: number): number {
  const ore = Math.round(v * 100);
  // Up to 15 significant digits a decimal is its double's shortest text; beyond, String decides.
  if (ore / 100 !== v || !(Math.abs(ore) < 1e15)) {
    const s = String(v);
    for (let i = 0; i < s.length; i++) b[at++] = s.charCodeAt(i);
    return at;
  }
  if (ore < 0) b[at++] = 45; // -
  const a = Math.abs(ore);
  let whole: number;
  let cents: number;
  if (a <= 0x7fffffff) {
    // Below 21 474 836,48 kr (nearly every amount): whole kronor and öre in 32-bit integer arithmetic.
    whole = (a / 100) | 0;
    cents = a - whole * 100;
    at = writeSmallDigits(b, at, whole);
  } else {
    whole = Math.floor(a / 100);
    cents = a - whole * 100;
    at = writeDigits(b, at, whole);
  }
  if (cents === 0) return at;
  const tens = (cents / 10) | 0;
  b[at++] = 46; // .
  b[at++] = 48 + tens;
  if (cents !== tens * 10) b[at++] = 48 + (cents - tens * 10);
  return at;
}

/**
 * Bytes of ASCII text in chunks (ByteSink). A worksheet's rows are pure ASCII once its strings live in the
 * shared string table (tags, cell references, numbers, string indexes), so they are written as bytes
 * directly: no string per cell to build, join, collect and encode.
 */
export class AsciiSink extends ByteSink {
  /** A finite number as Excel stores it in `<v>` (see writeNumber). */
  number(v: number): void {
    this.reserve(MAX_NUMBER_BYTES);
    this.length = writeNumber(this.buffer, this.length, v);
  }
}
