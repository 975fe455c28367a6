import { constants, crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { crc32, crc32Combine, webCodec } from '../../src/xlsx/codec';
import { nodeCodec } from '../../src/xlsx/files';

/** Parts are handed to the codecs whole or in the chunks they were written in (a large worksheet). */
describe('deflating a part given in chunks', () => {
  const text = Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="3"><v>${(i * 37) / 100}</v></c></row>`).join('');
  const whole = Buffer.from(text);
  const chunks = [whole.subarray(0, 1000), whole.subarray(1000, 700_000), whole.subarray(700_000)];

  test('Node: the same bytes as deflating the whole at the fastest level, one chunk or several', async () => {
    const expected = deflateRawSync(whole, { level: constants.Z_BEST_SPEED });
    expect(Buffer.from(await nodeCodec.deflate(chunks)).equals(expected)).toBe(true);
    expect(Buffer.from(await nodeCodec.deflate(whole)).equals(expected)).toBe(true);
    expect(Buffer.from(await nodeCodec.deflate([whole])).equals(expected)).toBe(true);
  });

  test('the web codec: the chunks in order, inflating to the whole', async () => {
    expect(inflateRawSync(await webCodec.deflate(chunks)).equals(whole)).toBe(true);
    expect(inflateRawSync(await webCodec.deflate(whole)).equals(whole)).toBe(true);
  });
});

/** A part whose head is written after its rows gets its CRC from the rows' CRC and the head's (crc32Combine). */
describe('combining CRCs', () => {
  const bytes = Buffer.from(Array.from({ length: 200_003 }, (_, i) => (i * 7919 + (i >> 5)) & 0xff));

  test('the CRC of A then B is crc32Combine of their CRCs, at every kind of split, as zlib computes it whole', () => {
    for (const at of [0, 1, 2, 3, 7, 8, 255, 256, 4096, 65_535, 100_000, 199_999, 200_002, 200_003]) {
      const a = bytes.subarray(0, at);
      const b = bytes.subarray(at);
      expect(crc32Combine(zlibCrc32(a), zlibCrc32(b), b.length)).toBe(zlibCrc32(bytes));
    }
  });

  test('with nothing after A, the CRC of A; and the same as the table-driven CRC', () => {
    expect(crc32Combine(crc32(bytes), 0, 0)).toBe(crc32(bytes));
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });
});
