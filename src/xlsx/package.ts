import { Codec } from './codec';
import { ZipEntry, readZip, writeZip } from './zip';
import { XML_DECLARATION, attributes, escapeXml, tags } from './xml';

/** Content types and relationship types of the parts Avstämning adds. */
export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPE = {
  officeDocument: `${RELS}/officeDocument`,
  worksheet: `${RELS}/worksheet`,
  table: `${RELS}/table`,
  sharedStrings: `${RELS}/sharedStrings`,
  styles: `${RELS}/styles`,
  calcChain: `${RELS}/calcChain`,
  drawing: `${RELS}/drawing`,
  chart: `${RELS}/chart`,
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** The target as written (relative to the source part's folder, or absolute with a leading slash). */
  target: string;
  external: boolean;
}

const CONTENT_TYPES = '[Content_Types].xml';

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; the package's own rels for ''. */
function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a part path inside the zip (no leading slash). */
export function resolveTarget(source: string, target: string): string {
  const parts = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
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

/** What a part holds: the entry as read (still compressed), or new content (its compression perhaps under way). */
type Part = { entry: ZipEntry } | { content: Uint8Array; compressed?: Promise<Uint8Array> };

/** New parts this large start compressing when put, off the main thread while the next part is built. */
const EARLY_COMPRESSION_BYTES = 1 << 20;

/** 1980-01-01 00:00 in MS-DOS form: new parts get a fixed date, so the same input gives the same file. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * An Office Open XML package (the zip inside an .xlsx). Parts Avstämning does not touch keep their compressed
 * bytes as they were: the user's sheets, charts, pivot tables and macros come out exactly as they went in.
 */
export class OoxmlPackage {
  private readonly decoder = new TextDecoder();
  private readonly encoder = new TextEncoder();

  private constructor(
    private readonly parts: Map<string, Part>,
    private readonly codec: Codec,
  ) {}

  static load(data: Uint8Array, codec: Codec): OoxmlPackage {
    return new OoxmlPackage(new Map(readZip(data).map((entry) => [entry.name, { entry }])), codec);
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  paths(): string[] {
    return [...this.parts.keys()].filter((p) => !p.endsWith('/'));
  }

  async bytes(path: string): Promise<Uint8Array> {
    const part = this.parts.get(path);
    if (!part) throw new Error(`the workbook has no part ${path}`);
    if ('content' in part) return part.content;
    const { entry } = part;
    if (entry.method === 0) return entry.data;
    if (entry.method !== 8) throw new Error(`part ${path} is compressed with method ${entry.method}, which Avstämning cannot read`);
    return this.codec.inflate(entry.data);
  }

  async text(path: string): Promise<string> {
    return this.decoder.decode(await this.bytes(path));
  }

  put(path: string, content: string | Uint8Array): void {
    const bytes = typeof content === 'string' ? this.encoder.encode(content) : content;
    const compressed = bytes.length >= EARLY_COMPRESSION_BYTES ? this.codec.deflate(bytes) : undefined;
    // A failure is reported by toBytes, which awaits it; until then it must not count as unhandled.
    compressed?.catch(() => {});
    this.parts.set(path, { content: bytes, compressed });
  }

  remove(path: string): void {
    this.parts.delete(path);
    this.parts.delete(relsPath(path));
  }

  async relationships(source: string): Promise<Relationship[]> {
    const path = relsPath(source);
    if (!this.has(path)) return [];
    return tags(await this.text(path), 'Relationship').map(({ tag }) => {
      const a = attributes(tag);
      return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: a.get('Target') ?? '', external: a.get('TargetMode') === 'External' };
    });
  }

  setRelationships(source: string, relationships: readonly Relationship[]): void {
    const path = relsPath(source);
    if (relationships.length === 0) {
      this.parts.delete(path);
      return;
    }
    const body = relationships
      .map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`)
      .join('');
    this.put(path, `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`);
  }

  /** The main workbook part, from the package's own relationships. */
  async workbookPart(): Promise<string> {
    const main = (await this.relationships('')).find((r) => r.type === REL_TYPE.officeDocument);
    if (!main) throw new Error('the package has no workbook part');
    return resolveTarget('', main.target);
  }

  /** Declare (or forget, with null) the content type of a part. */
  async setContentType(part: string, type: string | null): Promise<void> {
    let xml = await this.text(CONTENT_TYPES);
    const name = `/${part}`;
    const existing = tags(xml, 'Override').find(({ tag }) => attributes(tag).get('PartName')?.toLowerCase() === name.toLowerCase());
    if (existing) xml = xml.slice(0, existing.index) + xml.slice(existing.index + existing.tag.length);
    if (type) xml = xml.replace(/<\/Types>\s*$/, `<Override PartName="${escapeXml(name)}" ContentType="${escapeXml(type)}"/></Types>`);
    this.put(CONTENT_TYPES, xml);
  }

  /** The package as .xlsx bytes: untouched parts copied as they were, new ones compressed. */
  async toBytes(): Promise<Uint8Array<ArrayBuffer>> {
    const entries: ZipEntry[] = [];
    for (const [name, part] of this.parts) {
      if ('entry' in part) entries.push(part.entry);
      else {
        const data = await (part.compressed ?? this.codec.deflate(part.content));
        entries.push({ name, method: 8, crc: this.codec.crc32(part.content), size: part.content.length, data, time: 0, date: DOS_DATE });
      }
    }
    return writeZip(entries);
  }
}
