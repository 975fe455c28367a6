/**
 * Valid workbooks as other programs write them, and damaged or hostile ones, made from what ExcelJS wrote:
 * the same cells, in the package shapes that broke readers and writers (issue 13). Each variant rewrites
 * parts as text or patches the zip's bytes; all of it is deterministic.
 *
 * - openpyxl-lxml: `xmlns:r` declared on each `<sheet>` (not on the root), an empty `<definedNames/>`,
 *   absolute relationship targets (`/xl/worksheets/sheet1.xml`), as openpyxl writes with lxml;
 * - part-names: the workbook at `xl/bok.xml`, sheets at `xl/worksheets/projekt.xml` and a non-ASCII name
 *   (percent-encoded in its target), shared strings at `xl/strings.xml`;
 * - odd-targets: targets `./worksheets/…`, in another letter case than the zip entry, `../xl/…`, single-quoted
 *   attributes, content types in capitals;
 * - prefixed: SpreadsheetML with an `x:` prefix and relationship ids with `rel:` (Open XML SDK style);
 * - strict: ISO/IEC 29500 strict namespaces and relationship types, dates as ISO `t="d"` cells;
 * - string-forms: CDATA, rich text with a phonetic run, `_xHHHH_` escapes and a protected literal, character
 *   references, an inline string;
 * - xml-comments: comments (holding elements) and processing instructions in every part read;
 * - macro-enabled / template: an .xlsm with a VBA project part / an .xltx, by content type;
 * - openpyxl-parts: a note, a table, a picture and a chart, with comments at `xl/comments/comment1.xml`;
 * - unreferenced-bomb: a part no relationship reaches that inflates to 100 MB of zeros;
 * - declared-bomb / inflated-bomb: a sheet whose zip entry declares 600 MB / grows past its declared size;
 * - dtd-external / dtd-laughs: a document type declaration with an external entity / nested entities;
 * - missing-sheet-part, damaged-crc, truncated: damage.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { constants, crc32, deflateRawSync, inflateRawSync } from 'zlib';
import { ZipEntry, readZip, writeZip } from '../../src/xlsx/zip';
import { PackageVariant } from './types';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`variant: no ${path} in the ExcelJS output`);
  return f.async('string');
}

async function edit(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  const before = await text(zip, path);
  const after = change(before);
  if (after === before) throw new Error(`variant: ${path} did not change (the ExcelJS output changed shape?)`);
  zip.file(path, after);
}

async function move(zip: JSZip, from: string, to: string): Promise<void> {
  const data = await zip.file(from)!.async('uint8array');
  zip.remove(from);
  zip.file(to, data);
}

/** Every part that is XML (and relationships), by name. */
function xmlParts(zip: JSZip): string[] {
  return Object.keys(zip.files).filter((p) => !zip.files[p].dir && /\.(xml|rels)$/.test(p));
}

/** SpreadsheetML elements given a prefix: the default namespace becomes `xmlns:<prefix>`. */
function prefixElements(xml: string, prefix: string): string {
  return xml
    .replace(`xmlns="${MAIN}"`, `xmlns:${prefix}="${MAIN}"`)
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (whole, slash: string, name: string) => (whole.startsWith('<?') ? whole : `<${slash}${prefix}:${name}`));
}

/** The date styles (cellXfs indexes with a built-in date format) of ExcelJS's styles part. */
function dateStyles(styles: string): Set<string> {
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const ids = [...xfs.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  return new Set(ids.flatMap((id, i) => (id >= 14 && id <= 22 ? [String(i)] : [])));
}

function serialToIso(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 19);
}

/** Raw deflate of `zeros` zero bytes, made of one repeated block: a bomb of any size in little memory. */
export function zeroBomb(megabytes: number, withCrc = true): { data: Buffer; crc: number; size: number } {
  const mb = Buffer.alloc(1 << 20);
  const block = deflateRawSync(mb, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  // A final empty stored block ends the stream.
  const data = Buffer.concat([...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00])]);
  let crc = 0;
  for (let i = 0; withCrc && i < megabytes; i++) crc = crc32(mb, crc);
  return { data, crc, size: megabytes * (1 << 20) };
}

async function openpyxlLxml(zip: JSZip): Promise<void> {
  await edit(zip, 'xl/workbook.xml', (xml) =>
    xml
      .replace(` xmlns:r="${REL}"`, '')
      .replace(/<sheet /g, `<sheet xmlns:r="${REL}" `)
      .replace('<sheets>', '<bookViews><workbookView activeTab="0" firstSheet="0"/></bookViews><sheets>')
      .replace('</sheets>', '</sheets><definedNames/>'),
  );
  await edit(zip, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/Target="(?!\/)/g, 'Target="/xl/'));
}

async function partNames(zip: JSZip): Promise<void> {
  await move(zip, 'xl/worksheets/sheet1.xml', 'xl/worksheets/projekt.xml');
  const second = zip.file('xl/worksheets/sheet2.xml') !== null;
  if (second) await move(zip, 'xl/worksheets/sheet2.xml', 'xl/worksheets/blad två.xml');
  await move(zip, 'xl/sharedStrings.xml', 'xl/strings.xml');
  await move(zip, 'xl/workbook.xml', 'xl/bok.xml');
  await move(zip, 'xl/_rels/workbook.xml.rels', 'xl/_rels/bok.xml.rels');
  await edit(zip, 'xl/_rels/bok.xml.rels', (xml) =>
    xml
      .replace('worksheets/sheet1.xml', 'worksheets/projekt.xml')
      .replace('worksheets/sheet2.xml', 'worksheets/blad%20tv%C3%A5.xml')
      .replace('sharedStrings.xml', 'strings.xml'),
  );
  await edit(zip, '_rels/.rels', (xml) => xml.replace('xl/workbook.xml', 'xl/bok.xml'));
  await edit(zip, '[Content_Types].xml', (xml) =>
    xml
      .replace('/xl/worksheets/sheet1.xml', '/xl/worksheets/projekt.xml')
      .replace('/xl/worksheets/sheet2.xml', '/xl/worksheets/blad%20tv%C3%A5.xml')
      .replace('/xl/sharedStrings.xml', '/xl/strings.xml')
      .replace('/xl/workbook.xml', '/xl/bok.xml'),
  );
}

async function oddTargets(zip: JSZip): Promise<void> {
  await edit(zip, 'xl/_rels/workbook.xml.rels', (xml) =>
    xml
      .replace('Target="worksheets/sheet1.xml"', "Target='./worksheets/sheet1.xml'")
      .replace('Target="worksheets/sheet2.xml"', 'Target="Worksheets/SHEET2.xml"')
      .replace('Target="sharedStrings.xml"', 'Target="../xl/./sharedStrings.xml"')
      .replace(/<Relationship Id="(rId\d+)" Type="([^"]+)"/g, '<Relationship\n  Type="$2"\n  Id="$1"'),
  );
  await edit(zip, '[Content_Types].xml', (xml) =>
    xml.replace(/PartName="\/xl\/worksheets\/([^"]+)"/g, (_m, name: string) => `PartName="/XL/WORKSHEETS/${name.toUpperCase()}"`),
  );
}

async function prefixed(zip: JSZip): Promise<void> {
  await edit(zip, 'xl/workbook.xml', (xml) =>
    prefixElements(xml, 'x')
      .replace(`xmlns:r="${REL}"`, `xmlns:rel="${REL}"`)
      .replace(/ r:id=/g, ' rel:id='),
  );
  for (const path of xmlParts(zip).filter((p) => /^xl\/(worksheets\/[^/]+|sharedStrings|styles)\.xml$/.test(p)))
    await edit(zip, path, (xml) => prefixElements(xml, 'x'));
}

async function strict(zip: JSZip): Promise<void> {
  const dates = dateStyles(await text(zip, 'xl/styles.xml'));
  for (const path of xmlParts(zip).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = await text(zip, path);
    zip.file(
      path,
      xml.replace(/<c r="([A-Z]+\d+)" s="(\d+)"><v>([\d.]+)<\/v><\/c>/g, (whole, ref: string, s: string, v: string) =>
        dates.has(s) ? `<c r="${ref}" s="${s}" t="d"><v>${serialToIso(Number(v))}</v></c>` : whole,
      ),
    );
  }
  for (const path of xmlParts(zip)) {
    const xml = await text(zip, path);
    zip.file(
      path,
      xml
        .replaceAll(MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
        .replaceAll(REL, 'http://purl.oclc.org/ooxml/officeDocument/relationships')
        .replaceAll('http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'),
    );
  }
  await edit(zip, 'xl/workbook.xml', (xml) => xml.replace('<workbook ', '<workbook conformance="strict" '));
}

async function stringForms(zip: JSZip): Promise<void> {
  await edit(zip, 'xl/sharedStrings.xml', (xml) =>
    xml
      .replace('<t>Regional kompetensplattform</t>', '<t><![CDATA[Regional kompetensplattform]]></t>')
      .replace(
        '<si><t>Politisk kompetensberedning</t></si>',
        '<si><r><t xml:space="preserve">Politisk </t></r><r><rPr><b/></rPr><t>kompetens</t></r><r><t>beredning</t></r><rPh sb="0" eb="8"><t>ポリティスク</t></rPh><phoneticPr fontId="0" type="noConversion"/></si>',
      )
      .replace('<t>ESF-projekt</t>', '<t>ESF_x002D_projekt</t>')
      .replace('<t>Utredningar och övrig verksamhet</t>', '<t>Utredningar och &#246;vrig verksamhet &amp; annat</t>')
      .replace('<t>Kod _x0041_</t>', '<t>Kod _x005F_x0041_</t>'),
  );
  // Mål 2 in A7 as an inline string, as some writers store all text.
  await edit(zip, 'xl/worksheets/sheet1.xml', (xml) =>
    xml.replace(/<c r="A7" t="s"><v>\d+<\/v><\/c>/, '<c r="A7" t="inlineStr"><is><t>M&#xE5;l 2</t></is></c>'),
  );
}

async function xmlComments(zip: JSZip): Promise<void> {
  const note = '<?avstamning test?><!-- ett kommentar-element: <x/> -->';
  await edit(zip, 'xl/workbook.xml', (xml) =>
    xml.replace('<sheets>', `<sheets><!-- <sheet name="Spöke" sheetId="99" r:id="rId99"/> -->${note}`).replace('</sheets>', '<!-- </sheets> -->\n</sheets>'),
  );
  await edit(zip, 'xl/_rels/workbook.xml.rels', (xml) =>
    xml.replace('<Relationship ', `<!-- <Relationship Id="rId99" Type="${REL}/worksheet" Target="worksheets/spoke.xml"/> -->${note}<Relationship `),
  );
  await edit(zip, '[Content_Types].xml', (xml) => xml.replace('<Override ', `${note}<Override `));
  await edit(zip, 'xl/worksheets/sheet1.xml', (xml) =>
    xml.replace('<sheetData>', `<sheetData><!-- <row r="2"><c r="A2" t="inlineStr"><is><t>dold</t></is></c></row> -->${note}`),
  );
  await edit(zip, 'xl/sharedStrings.xml', (xml) => xml.replace('<si>', `${note}<si>`));
  await edit(zip, 'xl/styles.xml', (xml) => xml.replace('<cellXfs', `${note}<cellXfs`));
}

async function macroEnabled(zip: JSZip): Promise<void> {
  zip.file('xl/vbaProject.bin', Buffer.from('Avstämning test: not a real VBA project, only its part and relationship'));
  await edit(zip, '[Content_Types].xml', (xml) =>
    xml
      .replace(`${CT}.spreadsheetml.sheet.main+xml`, 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('<Default Extension="xml"', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"'),
  );
  await edit(zip, 'xl/_rels/workbook.xml.rels', (xml) =>
    xml.replace(
      '</Relationships>',
      '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
}

async function template(zip: JSZip): Promise<void> {
  await edit(zip, '[Content_Types].xml', (xml) => xml.replace(`${CT}.spreadsheetml.sheet.main+xml`, `${CT}.spreadsheetml.template.main+xml`));
}

/** The first sheet gets a note, a table over its data and a picture (ExcelJS writes them; the variant adds a chart and moves parts). */
export function withOpenpyxlExtras(wb: ExcelJS.Workbook, png: Buffer): void {
  const ws = wb.worksheets[0];
  ws.getCell('A1').note = 'Anteckning: siffrorna kommer från ekonomisystemet';
  const header = ws.getRow(3).values as ExcelJS.CellValue[];
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 4; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as ExcelJS.CellValue[]).slice(1, header.length));
  ws.addTable({ name: 'Projekttabell', ref: 'A3', headerRow: true, columns: header.slice(1).map((h) => ({ name: String(h) })), rows });
  const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, 'G2:H4');
}

async function openpyxlParts(zip: JSZip): Promise<void> {
  await move(zip, 'xl/comments1.xml', 'xl/comments/comment1.xml');
  await move(zip, 'xl/drawings/vmlDrawing1.vml', 'xl/drawings/commentsDrawing1.vml');
  await edit(zip, 'xl/worksheets/_rels/sheet1.xml.rels', (xml) =>
    xml.replace('../comments1.xml', '/xl/comments/comment1.xml').replace('vmlDrawing1.vml', 'commentsDrawing1.vml'),
  );
  await edit(zip, '[Content_Types].xml', (xml) =>
    xml
      .replace('/xl/comments1.xml', '/xl/comments/comment1.xml')
      .replace('</Types>', `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT}.drawingml.chart+xml"/></Types>`),
  );
  // A bar chart of the budget column, in the picture's drawing.
  const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
  const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  zip.file(
    'xl/charts/chart1.xml',
    `${XML}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>` +
      `<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'Projekt'!$B$4:$B$9</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Projekt'!$C$4:$C$9</c:f></c:numRef></c:val></c:ser>` +
      '<c:axId val="10"/><c:axId val="20"/></c:barChart><c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="20"/></c:catAx>' +
      '<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="10"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>',
  );
  await edit(zip, 'xl/drawings/_rels/drawing1.xml.rels', (xml) =>
    xml.replace('</Relationships>', `<Relationship Id="rId90" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`),
  );
  await edit(zip, 'xl/drawings/drawing1.xml', (xml) =>
    xml.replace(
      /<\/xdr:wsDr>$/,
      '<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="90" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${REL}" r:id="rId90"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    ),
  );
}

async function dtdExternal(zip: JSZip): Promise<void> {
  await edit(zip, 'xl/workbook.xml', (xml) =>
    xml.replace(XML, `${XML}<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`).replace('<sheets>', '<sheets>&xxe;'),
  );
}

async function dtdLaughs(zip: JSZip): Promise<void> {
  const entities = ['<!ENTITY l0 "ha">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('');
  await edit(zip, 'xl/sharedStrings.xml', (xml) => xml.replace(XML, `${XML}<!DOCTYPE sst [${entities}]>`).replace('<si><t>', '<si><t>&l9;'));
}

/** Text rewrites, on the package ExcelJS wrote. */
const TEXT_VARIANTS: Partial<Record<PackageVariant, (zip: JSZip) => Promise<void>>> = {
  'openpyxl-lxml': openpyxlLxml,
  'part-names': partNames,
  'odd-targets': oddTargets,
  prefixed,
  strict,
  'string-forms': stringForms,
  'xml-comments': xmlComments,
  'macro-enabled': macroEnabled,
  template,
  'openpyxl-parts': openpyxlParts,
  'dtd-external': dtdExternal,
  'dtd-laughs': dtdLaughs,
  'missing-sheet-part': async (zip) => {
    zip.remove('xl/worksheets/sheet2.xml');
  },
};

function entry(entries: ZipEntry[], name: string): ZipEntry {
  const found = entries.find((e) => e.name === name);
  if (!found) throw new Error(`variant: no entry ${name}`);
  return found;
}

/** Byte-level changes, on the zip's entries. */
const ZIP_VARIANTS: Partial<Record<PackageVariant, (entries: ZipEntry[]) => ZipEntry[]>> = {
  'unreferenced-bomb': (entries) => {
    const bomb = zeroBomb(100);
    // Declared as binary data, so the package is valid: only no relationship leads to it.
    const types = entry(entries, '[Content_Types].xml');
    const xml = Buffer.from(
      inflateRawSync(types.data)
        .toString('utf8')
        .replace('<Default Extension="xml"', '<Default Extension="bin" ContentType="application/octet-stream"/><Default Extension="xml"'),
    );
    const typesEntry = { ...types, data: deflateRawSync(xml), size: xml.length, crc: crc32(xml) };
    return [
      ...entries.map((e) => (e === types ? typesEntry : e)),
      { name: 'xl/media/nollor.bin', method: 8, crc: bomb.crc, size: bomb.size, data: bomb.data, time: 0, date: 33 },
    ];
  },
  'declared-bomb': (entries) => entries.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, size: 600 * 1024 * 1024 } : e)),
  'inflated-bomb': (entries) => {
    const sheet = entry(entries, 'xl/worksheets/sheet1.xml');
    // The real part, with 20 MB of comment before its end; the entry still declares the real part's size.
    const padded = Buffer.concat([Buffer.from('<!--'), Buffer.alloc(20 << 20, 0x41), Buffer.from('-->')]);
    const xml = Buffer.from(
      deflateRawSync(Buffer.concat([Buffer.from('<?xml version="1.0"?><worksheet xmlns="' + MAIN + '">'), padded, Buffer.from('</worksheet>')]), { level: 9 }),
    );
    return entries.map((e) => (e === sheet ? { ...e, data: xml } : e));
  },
  'damaged-crc': (entries) => {
    const sheet = entry(entries, 'xl/worksheets/sheet1.xml');
    const data = Buffer.from(sheet.data);
    // A byte flipped in the middle of the compressed stream: the part no longer inflates to what its CRC says.
    data[data.length >> 1] ^= 0x55;
    return entries.map((e) => (e === sheet ? { ...e, data } : e));
  },
};

/** Apply the variants in order to the bytes ExcelJS wrote. `truncated` is applied by the caller, last. */
export async function applyVariants(xlsx: Buffer, variants: readonly PackageVariant[]): Promise<Buffer> {
  let buf = xlsx;
  for (const v of variants) {
    const textual = TEXT_VARIANTS[v];
    const zipLevel = ZIP_VARIANTS[v];
    if (textual) {
      const zip = await JSZip.loadAsync(buf);
      await textual(zip);
      buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
    } else if (zipLevel) buf = Buffer.from(writeZip(zipLevel(readZip(new Uint8Array(buf)))));
    else if (v !== 'truncated') throw new Error(`variant ${v} is not known`);
  }
  return buf;
}
