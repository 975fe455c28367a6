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

  /** A whole number without sign, in decimal. */
  digits(n: number): void {
    if (n < 10) {
      this.reserve(1);
      this.buffer[this.length++] = 48 + n;
      return;
    }
    this.text(String(n));
  }

  /** A finite number as Excel stores it in `<v>`: the shortest text that reads back as the same double. */
  number(v: number): void {
    if (v === 0) this.digits(0);
    else this.text(String(v));
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  get size(): number {
    return this.length;
  }
}
