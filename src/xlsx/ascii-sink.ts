/**
 * A growing byte buffer for ASCII text. A worksheet's rows are pure ASCII once its strings live in the shared
 * string table (tags, cell references, numbers, string indexes), so they are written as bytes directly: no
 * string per cell to build, join, collect and encode.
 */
export class AsciiSink {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** ASCII text only (the caller's promise). */
  text(s: string): void {
    this.reserve(s.length);
    const b = this.buffer;
    let at = this.length;
    for (let i = 0; i < s.length; i++) b[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /** A whole number without sign (below 2^53), in decimal. */
  digits(n: number): void {
    let length = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) length++;
    this.reserve(length);
    const b = this.buffer;
    let at = this.length + length;
    this.length = at;
    do {
      const q = Math.floor(n / 10);
      b[--at] = 48 + (n - q * 10);
      n = q;
    } while (n > 0);
  }

  /**
   * A finite number as Excel stores it in `<v>`: the shortest text that reads back as the same double. Kronor
   * with whole öre (below 10^13 kr), the most common value by far, are written from their integer öre (the same
   * text, exactly, without a string per number); anything else goes through String.
   */
  number(v: number): void {
    const ore = Math.round(v * 100);
    // Up to 15 significant digits a decimal is its double's shortest text; beyond, String decides.
    if (ore / 100 !== v || !(Math.abs(ore) < 1e15)) {
      this.text(String(v));
      return;
    }
    if (ore < 0) this.text('-');
    const a = Math.abs(ore);
    const whole = Math.floor(a / 100);
    const cents = a - whole * 100;
    this.digits(whole);
    if (cents === 0) return;
    this.reserve(3);
    const b = this.buffer;
    b[this.length++] = 46; // .
    b[this.length++] = 48 + Math.floor(cents / 10);
    if (cents % 10) b[this.length++] = 48 + (cents % 10);
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
