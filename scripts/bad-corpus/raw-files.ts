/**
 * Files that are not .xlsx workbooks, as a user might pick them by mistake: an old binary workbook (.xls)
 * and a password-protected one (both Compound File Binary files, with the streams Excel writes), an
 * OpenDocument spreadsheet, a CSV, an empty file, random bytes, a Word document. Deterministic bytes.
 */
import { writeZip, ZipEntry } from '../../src/xlsx/zip';
import { crc32, deflateRawSync } from 'zlib';
import { BadCase } from './types';

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/**
 * A minimal Compound File Binary (version 3, 512-byte sectors): one FAT sector, one directory sector, and
 * each stream in its own 4 096-byte run of sectors (the size at which streams leave the mini stream).
 */
function compoundFile(streams: { name: string; data: Buffer }[]): Buffer {
  const streamSectors = 4096 / SECTOR;
  const sectors = 2 + streams.length * streamSectors;
  const out = Buffer.alloc(SECTOR * (1 + sectors));
  // Header.
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x3e, 24); // minor version
  out.writeUInt16LE(3, 26); // major version
  out.writeUInt16LE(0xfffe, 28); // byte order
  out.writeUInt16LE(9, 30); // sector shift: 512
  out.writeUInt16LE(6, 32); // mini sector shift: 64
  out.writeUInt32LE(1, 44); // FAT sectors
  out.writeUInt32LE(1, 48); // first directory sector
  out.writeUInt32LE(4096, 56); // mini stream cutoff
  out.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  out.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  out.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) out.writeUInt32LE(FREE, 76 + i * 4);
  const sector = (n: number) => SECTOR * (1 + n);
  // FAT: sector 0 is the FAT, 1 the directory, then each stream's chain.
  const fat = sector(0);
  for (let i = 0; i < SECTOR / 4; i++) out.writeUInt32LE(FREE, fat + i * 4);
  out.writeUInt32LE(FAT_SECTOR, fat);
  out.writeUInt32LE(END_OF_CHAIN, fat + 4);
  streams.forEach((_s, k) => {
    const first = 2 + k * streamSectors;
    for (let j = 0; j < streamSectors; j++) out.writeUInt32LE(j === streamSectors - 1 ? END_OF_CHAIN : first + j + 1, fat + (first + j) * 4);
  });
  // Directory: the root, then the streams as a chain of right siblings.
  const entry = (index: number, name: string, type: number, right: number, child: number, start: number, size: number) => {
    const at = sector(1) + index * 128;
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(out, at);
    out.writeUInt16LE(utf16.length, at + 64);
    out[at + 66] = type;
    out[at + 67] = 1; // black
    out.writeUInt32LE(FREE, at + 68); // left sibling
    out.writeUInt32LE(right, at + 72);
    out.writeUInt32LE(child, at + 76);
    out.writeUInt32LE(start, at + 116);
    out.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, FREE, 1, END_OF_CHAIN, 0);
  streams.forEach((s, k) => {
    entry(1 + k, s.name, 2, k + 1 < streams.length ? 2 + k : FREE, FREE, 2 + k * streamSectors, 4096);
    s.data.copy(out, sector(2 + k * streamSectors), 0, Math.min(4096, s.data.length));
  });
  for (let i = 1 + streams.length; i < SECTOR / 128; i++) {
    const at = sector(1) + i * 128;
    out.writeUInt32LE(FREE, at + 68);
    out.writeUInt32LE(FREE, at + 72);
    out.writeUInt32LE(FREE, at + 76);
  }
  return out;
}

/** A BIFF8 workbook stream's first record (BOF, workbook globals), padded. */
function biffStream(): Buffer {
  const bof = Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xbb, 0x0d, 0xcc, 0x07, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00]);
  return Buffer.concat([bof, Buffer.alloc(4096 - bof.length)]);
}

function zip(files: { name: string; text: string; stored?: boolean }[]): Buffer {
  const entries: ZipEntry[] = files.map((f) => {
    const data = Buffer.from(f.text, 'utf8');
    return { name: f.name, method: f.stored ? 0 : 8, crc: crc32(data), size: data.length, data: f.stored ? data : deflateRawSync(data), time: 0, date: 33 };
  });
  return Buffer.from(writeZip(entries));
}

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function rawFile(kind: NonNullable<BadCase['raw']>): Buffer {
  switch (kind) {
    case 'xls':
      return compoundFile([{ name: 'Workbook', data: biffStream() }]);
    case 'encrypted':
      // Excel's agile encryption: the real .xlsx is in EncryptedPackage, the key data in EncryptionInfo.
      return compoundFile([
        { name: 'EncryptionInfo', data: Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]) },
        { name: 'EncryptedPackage', data: Buffer.alloc(16, 0x2a) },
      ]);
    case 'ods':
      return zip([
        { name: 'mimetype', text: 'application/vnd.oasis.opendocument.spreadsheet', stored: true },
        {
          name: 'content.xml',
          text: `${XML}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Projekt"><table:table-row><table:table-cell><text:p>Budget</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`,
        },
        {
          name: 'META-INF/manifest.xml',
          text: `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
        },
      ]);
    case 'csv':
      return Buffer.from(
        '\uFEFFMålområde;Projekt;Budget;Utfall\r\nMål 1;Regional kompetensplattform;425000;408600\r\nMål 2;Utvecklingsprocesser;520000;403000\r\n',
        'utf8',
      );
    case 'empty':
      return Buffer.alloc(0);
    case 'random': {
      // Bytes of no known kind (an xorshift sequence from a fixed seed).
      const out = Buffer.alloc(2048);
      let x = 0x2545f491;
      for (let i = 0; i < out.length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        out[i] = x & 0xff;
      }
      out[0] = 0x89;
      out[1] = 0x00;
      return out;
    }
    case 'docx':
      return zip([
        {
          name: '[Content_Types].xml',
          text: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
        },
        {
          name: '_rels/.rels',
          text: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
        },
        {
          name: 'word/document.xml',
          text: `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Budget 2018</w:t></w:r></w:p></w:body></w:document>`,
        },
      ]);
  }
}
