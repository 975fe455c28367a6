/**
 * Raw deflate and CRC-32, the two things a zip needs. The web version uses the platform's compression
 * streams (every browser Office runs in, and Node); the command line passes Node's zlib, which is faster.
 */
export interface Codec {
  inflate(data: Uint8Array): Promise<Uint8Array>;
  deflate(data: Uint8Array): Promise<Uint8Array>;
  crc32(data: Uint8Array): number;
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (the zip polynomial), table driven. */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function throughStream(data: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export const webCodec: Codec = {
  inflate: (data) => throughStream(data, new DecompressionStream('deflate-raw')),
  deflate: (data) => throughStream(data, new CompressionStream('deflate-raw')),
  crc32,
};
