import { MessageError } from '../core/message-error';
import { Codec, PieceCodec, chunksOf } from './codec';
import { joinBytes } from '../core/render/byte-sink';
import { CONTENT_TYPES_NS, PACKAGE_RELATIONSHIPS, TRANSITIONAL, relationshipKind } from './namespaces';
import { Token, XmlError, XmlScanner } from './xml-scan';
import { ZipEntry, ZipEntryOut, ZipError, readZip, writeZip, writeZipPieces } from './zip';
import { XML_DECLARATION, escapeXml } from './xml';

/** Content types of the parts Avstämning adds or adjusts. */
export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

/** The workbook part's content type for each kind of file: what Excel expects from the file's extension. */
export const MAIN_CONTENT_TYPE = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  xltm: 'application/vnd.ms-excel.template.macroEnabled.main+xml',
} as const;

export type WorkbookExtension = keyof typeof MAIN_CONTENT_TYPE;

/** Relationship kinds (the last segment of the type) Avstämning follows or writes. */
export const REL = {
  officeDocument: 'officeDocument',
  worksheet: 'worksheet',
  table: 'table',
  sharedStrings: 'sharedStrings',
  styles: 'styles',
  calcChain: 'calcChain',
  drawing: 'drawing',
  chart: 'chart',
} as const;

/** The transitional relationship types (kept for callers that write new relationships). */
export const REL_TYPE = Object.fromEntries(Object.entries(REL).map(([k, v]) => [k, `${TRANSITIONAL.relationshipTypes}/${v}`])) as Record<
  keyof typeof REL,
  string
>;

export interface Relationship {
  id: string;
  type: string;
  /** The target as written (relative to the source part's folder, or absolute with a leading slash). */
  target: string;
  external: boolean;
}

/** Bounds on what is read, so a small hostile file cannot take the memory or the time of the machine. */
export interface ReadLimits {
  /** Largest part read whole into memory (workbook, styles, relationships, content types). */
  wholePartBytes: number;
  /** Largest part read as a stream (worksheets, shared strings). */
  streamedPartBytes: number;
  /** All parts read, together. */
  totalBytes: number;
}

export const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = { wholePartBytes: 64 * MiB, streamedPartBytes: 512 * MiB, totalBytes: 1024 * MiB };

/** Bytes for people: `3.9 GB`, `512 MB`, `12 KB`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * MiB) return `${(n / (1024 * MiB)).toFixed(1)} GB`;
  if (n >= MiB) return `${Math.round(n / MiB)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

const CONTENT_TYPES = '[Content_Types].xml';

/** The file's name in messages when the caller gives none (Excel's name for a new workbook). */
export const UNNAMED_FILE = 'Bok1.xlsx';

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; the package's own rels for ''. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A relationship target as a part path inside the zip (no leading slash): relative to the source part's
 * folder or absolute, `.` and `..` segments resolved, percent-escapes decoded, backslashes read as slashes.
 */
export function resolveTarget(source: string, target: string): string {
  const clean = target.replace(/\\/g, '/').replace(/[?#].*$/, '');
  const parts = clean.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of clean.replace(/^\/+/, '').split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(decodeSegment(segment));
  }
  return parts.join('/');
}

/** `target` written relative to the folder of `source`, as Excel writes it. */
export function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * What a part holds: the entry as read (still compressed), or new content (its compression perhaps under way),
 * in the chunks it was written in (most often one).
 */
type Part =
  | { entry: ZipEntry }
  | { content: readonly Uint8Array[]; size: number; compressed?: Promise<Uint8Array> }
  /** A part compressed piece by piece as it was written, whose bytes were not kept: its deflate, CRC and size. */
  | { streamed: Promise<readonly Uint8Array[]>; crc: number; size: number };

/** New parts this large start compressing when put, off the main thread while the next part is built. */
const EARLY_COMPRESSION_BYTES = 1 << 20;

/** 1980-01-01 00:00 in MS-DOS form: new parts get a fixed date, so the same input gives the same file. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A part read as text: UTF-8 unless a byte-order mark says UTF-16. */
export function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/** A rewritten part is UTF-8: its XML declaration must not claim another encoding. */
export function asUtf8Declaration(xml: string): string {
  return xml.replace(/^(\uFEFF?<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2/, (_m, head: string, q: string) => `${head}${q}UTF-8${q}`);
}

/**
 * An Office Open XML package (the zip inside an .xlsx). Parts Avstämning does not touch keep their compressed
 * bytes as they were: the user's sheets, charts, pivot tables and macros come out exactly as they went in.
 * Part names are found case-insensitively, as the standard says they compare. Every part read is bounded
 * (ReadLimits): a part whose zip entry declares more, or which inflates to more, is refused by name.
 */
export class OoxmlPackage {
  private readonly encoder = new TextEncoder();
  /** Lower-case part name → the name as stored. */
  private readonly names = new Map<string, string>();
  private inflated = 0;

  private constructor(
    private readonly parts: Map<string, Part>,
    private readonly codec: Codec,
    /** The file's name for messages. */
    readonly fileName: string,
    private readonly limits: ReadLimits,
  ) {
    for (const name of parts.keys()) this.names.set(name.toLowerCase(), name);
  }

  static load(data: Uint8Array, codec: Codec, fileName = UNNAMED_FILE, limits: ReadLimits = DEFAULT_LIMITS): OoxmlPackage {
    let entries: ZipEntry[];
    try {
      entries = readZip(data);
    } catch (e) {
      if (e instanceof ZipError)
        throw new MessageError(e.problem === 'zip64' ? 'file.zip64' : e.problem === 'encrypted' ? 'file.encrypted' : 'file.damaged', { file: fileName });
      throw e;
    }
    return new OoxmlPackage(new Map(entries.map((entry) => [entry.name, { entry }])), codec, fileName, limits);
  }

  /** Start counting toward the total limit afresh: each reading of the workbook has the whole of it. */
  newReading(): void {
    this.inflated = 0;
  }

  /** The part's name as stored, found case-insensitively; null when there is none. */
  find(path: string): string | null {
    if (this.parts.has(path)) return path;
    return this.names.get(path.toLowerCase()) ?? null;
  }

  has(path: string): boolean {
    return this.find(path) !== null;
  }

  paths(): string[] {
    return [...this.parts.keys()].filter((p) => !p.endsWith('/'));
  }

  /** The part, inflated piece by piece into `sink`, within the limits; checked against its CRC. */
  private async inflate(path: string, limit: number, sink: (chunk: Uint8Array) => void): Promise<void> {
    const name = this.find(path);
    const part = name === null ? undefined : this.parts.get(name);
    if (!name || !part) throw new Error(`the workbook has no part ${path}`);
    if ('content' in part) {
      for (const chunk of part.content) sink(chunk);
      return;
    }
    // A streamed part is read back as an entry of the file would be: inflated, and checked against its CRC.
    const entry = 'entry' in part ? part.entry : { method: 8, size: part.size, crc: part.crc, data: joinBytes(await part.streamed) };
    const file = this.fileName;
    if (entry.size > limit) throw new MessageError('file.partDeclaredTooLarge', { file, part: name, size: formatBytes(entry.size), limit: formatBytes(limit) });
    if (this.inflated + entry.size > this.limits.totalBytes)
      throw new MessageError('file.totalTooLarge', { file, part: name, limit: formatBytes(this.limits.totalBytes) });
    if (entry.method !== 0 && entry.method !== 8) throw new MessageError('file.unsupportedCompression', { file, part: name });
    let size = 0;
    let crc = 0;
    // What the reader of the part threw (not the inflater) goes out as it is.
    let readerError: { error: unknown } | null = null;
    const take = (chunk: Uint8Array) => {
      size += chunk.length;
      // Growing past what the entry declared (itself within the limit) is a lie: a bomb, or damage.
      if (size > entry.size) throw new MessageError('file.partInflatedTooLarge', { file, part: name, declared: formatBytes(entry.size) });
      crc = this.codec.crc32(chunk, crc);
      try {
        sink(chunk);
      } catch (error) {
        readerError = { error };
        throw error;
      }
    };
    if (entry.method === 0) {
      if (entry.data.length !== entry.size) throw new MessageError('file.damagedPart', { file, part: name });
      take(entry.data);
    } else {
      try {
        await this.codec.inflate(entry.data, take);
      } catch (e) {
        if (readerError || e instanceof MessageError) throw e;
        throw new MessageError('file.damagedPart', { file, part: name });
      }
    }
    this.inflated += size;
    if (size !== entry.size || crc !== entry.crc) throw new MessageError('file.damagedPart', { file, part: name });
  }

  /** Whether a part inflates whole to what its entry declares (size and CRC); a part that fails to parse may be damage. */
  async intact(path: string): Promise<boolean> {
    try {
      await this.inflate(path, this.limits.streamedPartBytes, () => {});
      return true;
    } catch {
      return false;
    }
  }

  /** A part's bytes, whole (for parts that are small by nature). */
  async bytes(path: string): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let length = 0;
    await this.inflate(path, this.limits.wholePartBytes, (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
    });
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  async text(path: string): Promise<string> {
    const bytes = await this.bytes(path);
    return decoderFor(bytes).decode(bytes);
  }

  /** A part's bytes in pieces as it inflates (for worksheets read from their bytes), within the streamed limit. */
  async streamBytes(path: string, sink: (chunk: Uint8Array) => void): Promise<void> {
    await this.inflate(path, this.limits.streamedPartBytes, sink);
  }

  /** A part's text in pieces as it inflates (for worksheets and shared strings); `final` marks the last. */
  async streamText(path: string, sink: (text: string, final: boolean) => void): Promise<void> {
    let decoder: TextDecoder | null = null;
    await this.inflate(path, this.limits.streamedPartBytes, (chunk) => {
      decoder ??= decoderFor(chunk);
      sink(decoder.decode(chunk, { stream: true }), false);
    });
    sink(decoder ? (decoder as TextDecoder).decode() : '', true);
  }

  /** A part's XML, scanned whole; `where` names the part in messages. Refuses a DTD and malformed XML. */
  async scan(path: string, visit: (s: XmlScanner, t: Token) => void): Promise<void> {
    const text = await this.text(path);
    scanText(text, visit, this.fileName, this.find(path) ?? path);
  }

  /** Raw deflate of a part's pieces on other threads as they are written, and their CRC, where the codec can (see Codec.deflatePiece). */
  pieceCodec(): PieceCodec | null {
    const codec = this.codec;
    return codec.deflatePiece
      ? { deflatePiece: (data, final) => codec.deflatePiece!(data, final), crc32: (data, previous) => codec.crc32(data, previous) }
      : null;
  }

  /** A new part compressed piece by piece as it was written (WorksheetWriter.finishPart), its bytes not kept. */
  putStreamed(path: string, streamed: Promise<readonly Uint8Array[]>, crc: number, size: number): void {
    // A failure is reported by toBytes (or a read), which awaits it; until then it must not count as unhandled.
    streamed.catch(() => {});
    const name = this.find(path) ?? path;
    this.parts.set(name, { streamed, crc, size });
    this.names.set(name.toLowerCase(), name);
  }

  /** A new or replaced part: text (as UTF-8), bytes, or bytes in chunks in order. A large one starts compressing at once. */
  put(path: string, content: string | Uint8Array | readonly Uint8Array[]): void {
    const chunks = typeof content === 'string' ? [this.encoder.encode(asUtf8Declaration(content))] : chunksOf(content);
    const size = chunks.reduce((n, c) => n + c.length, 0);
    const compressed = size >= EARLY_COMPRESSION_BYTES ? this.codec.deflate(chunks) : undefined;
    // A failure is reported by toBytes, which awaits it; until then it must not count as unhandled.
    compressed?.catch(() => {});
    const name = this.find(path) ?? path;
    this.parts.set(name, { content: chunks, size, compressed });
    this.names.set(name.toLowerCase(), name);
  }

  remove(path: string): void {
    for (const p of [path, relsPath(path)]) {
      const name = this.find(p);
      if (!name) continue;
      this.parts.delete(name);
      this.names.delete(name.toLowerCase());
    }
  }

  async relationships(source: string): Promise<Relationship[]> {
    const path = relsPath(source);
    if (!this.has(path)) return [];
    const found: Relationship[] = [];
    await this.scan(path, (s, t) => {
      if (t !== Token.Open || !s.is('Relationship') || s.uri() !== PACKAGE_RELATIONSHIPS) return;
      found.push({ id: s.attr('Id') ?? '', type: s.attr('Type') ?? '', target: s.attr('Target') ?? '', external: s.attr('TargetMode') === 'External' });
    });
    return found;
  }

  /** The relationship of `source` of this kind (either flavour's type URI). */
  async relationshipOf(source: string, kind: string): Promise<Relationship | undefined> {
    return (await this.relationships(source)).find((r) => relationshipKind(r.type) === kind && !r.external);
  }

  setRelationships(source: string, relationships: readonly Relationship[]): void {
    const path = relsPath(source);
    if (relationships.length === 0) {
      this.remove(path);
      return;
    }
    const body = relationships
      .map(
        (r) =>
          `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
      )
      .join('');
    this.put(path, `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${body}</Relationships>`);
  }

  /** The main workbook part, from the package's own relationships; null when the package has none. */
  async workbookPart(): Promise<string | null> {
    if (!this.has('_rels/.rels')) return null;
    const main = await this.relationshipOf('', REL.officeDocument);
    if (!main) return null;
    const path = this.find(resolveTarget('', main.target));
    return path;
  }

  /** The content type of a part: its Override, else the Default of its extension; null when none. */
  async contentType(part: string): Promise<string | null> {
    if (!this.has(CONTENT_TYPES)) return null;
    const name = `/${part}`.toLowerCase();
    const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    let override: string | null = null;
    let byExtension: string | null = null;
    await this.scan(CONTENT_TYPES, (s, t) => {
      if (t !== Token.Open || s.uri() !== CONTENT_TYPES_NS) return;
      if (s.is('Override') && (s.attr('PartName') ?? '').toLowerCase() === name) override = s.attr('ContentType');
      else if (s.is('Default') && (s.attr('Extension') ?? '').toLowerCase() === extension) byExtension = s.attr('ContentType');
    });
    return override ?? byExtension;
  }

  /** Parts whose Override declares this content type. */
  async partsOfType(type: string): Promise<string[]> {
    if (!this.has(CONTENT_TYPES)) return [];
    const found: string[] = [];
    await this.scan(CONTENT_TYPES, (s, t) => {
      if (t === Token.Open && s.uri() === CONTENT_TYPES_NS && s.is('Override') && s.attr('ContentType') === type) {
        const name = this.find((s.attr('PartName') ?? '').replace(/^\//, ''));
        if (name) found.push(name);
      }
    });
    return found;
  }

  /** Declare (or forget, with null) the content type of a part, as an Override. */
  async setContentType(part: string, type: string | null): Promise<void> {
    const xml = await this.text(CONTENT_TYPES);
    const name = `/${part}`.toLowerCase();
    const cuts: [number, number][] = [];
    let open = -1;
    let root: { start: number; end: number; selfClosing: boolean; qname: string; prefix: string | null } | null = null;
    let close = -1;
    scanText(
      xml,
      (s, t) => {
        if (t === Token.Open && s.depth === 1)
          root = { start: s.start, end: s.end, selfClosing: s.selfClosing, qname: s.qname(), prefix: s.prefixFor(CONTENT_TYPES_NS) };
        else if (t === Token.Close && s.depth === 1) close = s.start;
        else if (t === Token.Open && s.depth === 2 && s.uri() === CONTENT_TYPES_NS && s.is('Override') && (s.attr('PartName') ?? '').toLowerCase() === name) {
          if (s.selfClosing) cuts.push([s.start, s.end]);
          else open = s.start;
        } else if (t === Token.Close && s.depth === 2 && open >= 0) {
          cuts.push([open, s.end]);
          open = -1;
        }
      },
      this.fileName,
      CONTENT_TYPES,
    );
    const top = root as { start: number; end: number; selfClosing: boolean; qname: string; prefix: string | null } | null;
    if (!top) throw new MessageError('file.badXml', { file: this.fileName, part: CONTENT_TYPES });
    let out = xml;
    for (const [from, to] of cuts.reverse()) out = out.slice(0, from) + out.slice(to);
    if (type) {
      const tag = top.prefix === null ? `<Override xmlns="${CONTENT_TYPES_NS}"` : top.prefix ? `<${top.prefix}:Override` : '<Override';
      const element = `${tag} PartName="${escapeXml(`/${part}`)}" ContentType="${escapeXml(type)}"/>`;
      if (!top.selfClosing) {
        const at = close - cuts.reduce((n, [from, to]) => n + (to - from), 0);
        out = out.slice(0, at) + element + out.slice(at);
      } else {
        // `<Types/>`: opened up to hold the new element.
        const opened = out.slice(top.start, top.end).replace(/\s*\/>$/, '>');
        out = out.slice(0, top.start) + opened + element + `</${top.qname}>` + out.slice(top.end);
      }
    }
    this.put(CONTENT_TYPES, out);
  }

  /** The package as .xlsx bytes: untouched parts copied as they were, new ones compressed. */
  async toBytes(): Promise<Uint8Array<ArrayBuffer>> {
    return writeZip(await this.zipEntries());
  }

  /** The same bytes in pieces, in file order, for a file or a Blob written piece by piece (no copy of the whole). */
  async toPieces(): Promise<Uint8Array<ArrayBuffer>[]> {
    return writeZipPieces(await this.zipEntries());
  }

  private async zipEntries(): Promise<ZipEntryOut[]> {
    const entries: ZipEntryOut[] = [];
    for (const [name, part] of this.parts) {
      if ('entry' in part) entries.push(part.entry);
      else if ('streamed' in part) entries.push({ name, method: 8, crc: part.crc, size: part.size, data: await part.streamed, time: 0, date: DOS_DATE });
      else {
        const data = await (part.compressed ?? this.codec.deflate(part.content));
        const crc = part.content.reduce((previous, chunk) => this.codec.crc32(chunk, previous), 0);
        entries.push({ name, method: 8, crc, size: part.size, data, time: 0, date: DOS_DATE });
      }
    }
    return entries;
  }
}

/** Scan a whole part's text; malformed XML and a DTD become messages naming the part. */
export function scanText(text: string, visit: (s: XmlScanner, t: Token) => void, file: string, part: string): void {
  const s = new XmlScanner(text, true);
  try {
    for (let t = s.next(); t !== Token.End; t = s.next()) visit(s, t);
  } catch (e) {
    if (e instanceof XmlError) throw new MessageError(e.reason === 'dtd' ? 'file.dtd' : 'file.badXml', { file, part });
    throw e;
  }
}
