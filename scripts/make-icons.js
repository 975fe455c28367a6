#!/usr/bin/env node
// Draws the add-in's icons (16, 32, 64, 80, 128 px PNG) without any image library: a blue rounded square
// with three white bars and a tick, the idea of "budget against outcome, checked". Run: node scripts/make-icons.js
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [15, 108, 189, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [16, 124, 16, 255];
const CLEAR = [0, 0, 0, 0];

function inRoundedSquare(u, v) {
  const r = 0.18;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
}
function nearSegment(u, v, [x1, y1], [x2, y2], width) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((u - x1) * dx + (v - y1) * dy) / (dx * dx + dy * dy)));
  return (u - x1 - t * dx) ** 2 + (v - y1 - t * dy) ** 2 <= width * width;
}
function pixel(u, v) {
  if (!inRoundedSquare(u, v)) return CLEAR;
  // The tick, bottom right.
  if (nearSegment(u, v, [0.52, 0.7], [0.64, 0.82], 0.055) || nearSegment(u, v, [0.64, 0.82], [0.86, 0.52], 0.055)) return GREEN;
  // Three bars of different heights.
  const bars = [
    [0.16, 0.3, 0.45],
    [0.34, 0.48, 0.25],
    [0.52, 0.66, 0.35],
  ];
  for (const [x1, x2, top] of bars) if (u >= x1 && u <= x2 && v >= top && v <= 0.84 && !(u > 0.46 && v > 0.5)) return WHITE;
  return BLUE;
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size, pixel));
console.log(`icons written to ${out}`);
