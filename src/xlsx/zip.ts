/**
 * The zip container of an .xlsx, read and written without unpacking what is not needed: an entry keeps its
 * compressed bytes from input to output untouched. Zip64 (files over 4 GB) and encryption are not supported;
 * Excel workbooks use neither.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The compressed bytes. */
  data: Uint8Array;
  /** MS-DOS time and date of the entry. */
  time: number;
  date: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Bit 11 of the flags: the name is UTF-8. */
const UTF8 = 0x0800;

export type ZipProblem = 'notZip' | 'zip64' | 'damaged' | 'encrypted';

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    detail: string,
  ) {
    super(detail);
  }
}

export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('notZip', 'not a zip file (no end of central directory)');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError('zip64', 'zip64 files are not supported');
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  // Part names are case-insensitive (OPC): two entries one reader would take for the same part are damage.
  const seen = new Set<string>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError('damaged', 'damaged central directory');
    const flags = view.getUint16(at + 8, true);
    if (flags & 1) throw new ZipError('encrypted', 'encrypted entries are not supported');
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const compressedSize = view.getUint32(at + 20, true);
    if (compressedSize === 0xffffffff || view.getUint32(at + 24, true) === 0xffffffff) throw new ZipError('zip64', 'zip64 entry sizes are not supported');
    const local = view.getUint32(at + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new ZipError('damaged', 'damaged local header');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressedSize > bytes.length) throw new ZipError('damaged', 'truncated entry');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const key = name.toLowerCase();
    if (seen.has(key)) throw new ZipError('damaged', `two entries named ${name}`);
    seen.add(key);
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      data: bytes.subarray(start, start + compressedSize),
    });
    at += 46 + skip;
  }
  return entries;
}

export function writeZip(entries: readonly ZipEntry[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const localSize = entries.reduce((n, e, i) => n + 30 + names[i].length + e.data.length, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const total = localSize + centralSize + 22;
  if (localSize > 0xffffffff || entries.length > 0xfffe) throw new ZipError('zip64', 'the workbook is too large for a zip without zip64');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const header = (e: ZipEntry, name: Uint8Array, flags: number) => {
    view.setUint16(at, 20, true); // version needed: 2.0 (deflate)
    view.setUint16(at + 2, flags, true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, e.time, true);
    view.setUint16(at + 8, e.date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.data.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, name.length, true);
  };
  entries.forEach((e, i) => {
    const flags = /^[\x20-\x7e]*$/.test(e.name) ? 0 : UTF8;
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    at += 4;
    header(e, names[i], flags);
    view.setUint16(at + 24, 0, true); // no extra field
    at += 26;
    out.set(names[i], at);
    at += names[i].length;
    out.set(e.data, at);
    at += e.data.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    const flags = /^[\x20-\x7e]*$/.test(e.name) ? 0 : UTF8;
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true); // made by: 2.0, MS-DOS attributes
    at += 6;
    header(e, names[i], flags);
    // extra, comment, disk, internal and external attributes stay zero
    view.setUint32(at + 36, offsets[i], true);
    at += 40;
    out.set(names[i], at);
    at += names[i].length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
