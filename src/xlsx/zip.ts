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

/** An entry to write: its compressed bytes whole, or in pieces in order (a part compressed piece by piece). */
export interface ZipEntryOut extends Omit<ZipEntry, 'data'> {
  data: Uint8Array | readonly Uint8Array[];
}

const piecesOf = (data: ZipEntryOut['data']): readonly Uint8Array[] => (data instanceof Uint8Array ? [data] : data);

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

/**
 * The zip as pieces, in file order: each entry's local header, its compressed bytes as they are (never copied),
 * then the central directory. A file is written from them piece by piece; a 100 000-row workbook's 14 MB is
 * then never copied into fresh memory, which on a VM costs about as much as compressing it.
 */
export function writeZipPieces(entries: readonly ZipEntryOut[]): Uint8Array<ArrayBuffer>[] {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const dataLength = (e: ZipEntryOut) => piecesOf(e.data).reduce((n, p) => n + p.length, 0);
  const localSize = entries.reduce((n, e, i) => n + 30 + names[i].length + dataLength(e), 0);
  if (localSize > 0xffffffff || entries.length > 0xfffe) throw new ZipError('zip64', 'the workbook is too large for a zip without zip64');
  const flagsOf = (name: string) => (/^[\x20-\x7e]*$/.test(name) ? 0 : UTF8);
  /** The fields local and central headers share, from `at` (version needed … name length). */
  const common = (view: DataView, at: number, e: ZipEntryOut, name: Uint8Array) => {
    view.setUint16(at, 20, true); // version needed: 2.0 (deflate)
    view.setUint16(at + 2, flagsOf(e.name), true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, e.time, true);
    view.setUint16(at + 8, e.date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, dataLength(e), true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, name.length, true);
  };
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    const header = new Uint8Array(30 + names[i].length);
    const view = new DataView(header.buffer);
    view.setUint32(0, LOCAL, true);
    common(view, 4, e, names[i]);
    // no extra field (the two bytes at 28 stay zero)
    header.set(names[i], 30);
    offsets.push(offset);
    offset += header.length + dataLength(e);
    pieces.push(header);
    for (const d of piecesOf(e.data)) pieces.push(d as Uint8Array<ArrayBuffer>);
  });
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const central = new Uint8Array(centralSize + 22);
  const view = new DataView(central.buffer);
  let at = 0;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true); // made by: 2.0, MS-DOS attributes
    common(view, at + 6, e, names[i]);
    // extra, comment, disk, internal and external attributes stay zero
    view.setUint32(at + 42, offsets[i], true);
    central.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, offset, true);
  pieces.push(central);
  return pieces;
}

/** The zip as one array of bytes. */
export function writeZip(entries: readonly ZipEntryOut[]): Uint8Array<ArrayBuffer> {
  const pieces = writeZipPieces(entries);
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
