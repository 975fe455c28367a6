import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { webCodec } from '../../src/xlsx/codec';
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
