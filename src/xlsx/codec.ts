/**
 * Raw deflate and CRC-32, the two things a zip needs. The web version uses the platform's compression
 * streams (every browser Office runs in, and Node); the command line passes Node's zlib, which is faster.
 * Inflating hands the output over in pieces as it comes, so a reader can stop a part that grows past its
 * limit without ever holding it whole.
 */
export interface Codec {
  /** Inflate raw deflate data, giving the output to `sink` piece by piece; an exception from `sink` stops it. */
  inflate(data: Uint8Array, sink: (chunk: Uint8Array) => void): Promise<void>;
  /** Raw deflate of the bytes, given as one array or as chunks in order (the same stream either way). */
  deflate(data: Uint8Array | readonly Uint8Array[]): Promise<Uint8Array>;
  /** CRC-32 of `data`, continuing from `previous` (the CRC of what came before). */
  crc32(data: Uint8Array, previous?: number): number;
  /**
   * Raw deflate of one piece of a part on its own (no window from the pieces before it), ending on a byte
   * boundary with a sync flush unless `final`: the outputs of a part's pieces, joined in order, are one deflate
   * stream (as pigz makes them). A large sheet is so compressed on other threads while it is still being
   * written. Where a codec has none, a part is compressed whole.
   */
  deflatePiece?(data: Uint8Array, final: boolean): Promise<Uint8Array>;
}

/** What compressing a part piece by piece as it is written needs of a codec: the pieces' raw deflate and their CRC. */
export type PieceCodec = Required<Pick<Codec, 'deflatePiece' | 'crc32'>>;

let crcTable: Uint32Array | null = null;

/** CRC-32 (the zip polynomial), table driven. */
export function crc32(data: Uint8Array, previous = 0): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The matrix × vector product over GF(2) of a CRC shift operator (32 columns) and a CRC. */
function gf2Times(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  for (let i = 0; vector !== 0; i++, vector >>>= 1) if (vector & 1) sum ^= matrix[i];
  return sum >>> 0;
}

/** The operator applied twice. */
function gf2Square(square: Uint32Array, matrix: Uint32Array): void {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(matrix, matrix[n]);
}

/**
 * The CRC-32 of A followed by B from the CRC of A, the CRC of B and B's length, as zlib's crc32_combine: a part
 * whose head is written after its rows (which were checked as they were compressed) gets its CRC without
 * being read again. The CRC of A is shifted by B's length in zero bits, operator squared as the length's bits go.
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB <= 0) return crcA >>> 0;
  const odd = new Uint32Array(32);
  const even = new Uint32Array(32);
  // The operator for one zero bit, then for two and for four.
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  gf2Square(even, odd);
  gf2Square(odd, even);
  let crc = crcA >>> 0;
  let length = lengthB;
  // One zero byte is eight zero bits: the first square below is the operator for a byte.
  for (;;) {
    gf2Square(even, odd);
    if (length % 2 === 1) crc = gf2Times(even, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
    gf2Square(odd, even);
    if (length % 2 === 1) crc = gf2Times(odd, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
  }
  return (crc ^ crcB) >>> 0;
}

/** Bytes given as one array or as chunks, as chunks. */
export function chunksOf(data: Uint8Array | readonly Uint8Array[]): readonly Uint8Array[] {
  return Array.isArray(data) ? (data as readonly Uint8Array[]) : [data as Uint8Array];
}

function streamOf(data: Uint8Array | readonly Uint8Array[]): ReadableStream<Uint8Array> {
  return new Blob(chunksOf(data) as Uint8Array<ArrayBuffer>[]).stream();
}

export const webCodec: Codec = {
  async inflate(data, sink) {
    const reader = streamOf(data)
      .pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)
      .getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        sink(value);
      }
    } catch (e) {
      reader.cancel().catch(() => {});
      throw e;
    }
  },
  async deflate(data) {
    const out = new Response(streamOf(data).pipeThrough(new CompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>));
    return new Uint8Array(await out.arrayBuffer());
  },
  crc32,
};
