/**
 * nodeCodec.inflate hands the sink each inflated piece while zlib inflates the next one on the thread pool: the
 * pieces must still come whole and in order, inflating must wait when reading falls behind, and a sink that
 * throws must end it with that error.
 */
import { deflateRawSync } from 'node:zlib';
import { nodeCodec } from '../../src/xlsx/files';

/** 12 MiB of varied bytes (a counter written as text), far more than the pieces allowed to wait. */
const original = Buffer.from(Array.from({ length: 1_200_000 }, (_, i) => `${i.toString(36).padStart(9, '0')},`).join(''));
const packed = deflateRawSync(original);

test('a part of many pieces comes whole and in order, though the sink is slower than inflating', async () => {
  const pieces: Buffer[] = [];
  await nodeCodec.inflate(packed, (chunk) => {
    // A slow reader: inflating runs ahead and must pause rather than lose or reorder a piece.
    const until = Date.now() + 2;
    while (Date.now() < until);
    pieces.push(Buffer.from(chunk));
  });
  expect(pieces.length).toBeGreaterThan(8);
  expect(Buffer.concat(pieces).equals(original)).toBe(true);
});

test('what the sink throws ends the inflating with that error, and no piece is handed after it', async () => {
  let handed = 0;
  const thrown = new Error('part too large');
  await expect(
    nodeCodec.inflate(packed, () => {
      handed++;
      if (handed === 3) throw thrown;
    }),
  ).rejects.toBe(thrown);
  await new Promise((r) => setTimeout(r, 50));
  expect(handed).toBe(3);
});

test('damaged data is refused with zlib’s error', async () => {
  const damaged = Buffer.from(packed);
  damaged.fill(0xff, 100, 400);
  await expect(nodeCodec.inflate(damaged, () => {})).rejects.toThrow();
});
