/**
 * The .xlsx reader on packages written by hand, one rule at a time: relationships resolved as the standard
 * says, namespaces by URI, every cell type, strings in all their forms, merged cells, both date systems,
 * streaming (the same result however the inflated text is cut into pieces), and the limits.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_CACHED_VALUE } from '../../src/core/cells';
import { MessageError } from '../../src/core/message-error';
import { Codec } from '../../src/xlsx/codec';
import { nodeCodec } from '../../src/xlsx/files';
import { MiB, ReadLimits } from '../../src/xlsx/package';
import { isDateFormat } from '../../src/xlsx/read';
import { decodeOoxmlEscapes } from '../../src/xlsx/sheet-scan';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { writeZip } from '../../src/xlsx/zip';
import { corpusCases } from '../robustness/corpus-files';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A package from its parts' text (deflated, with right sizes and CRCs). */
function pack(parts: Record<string, string>): Uint8Array {
  return writeZip(
    Object.entries(parts).map(([name, text]) => {
      const data = Buffer.from(text, 'utf8');
      return { name, method: 8, crc: crc32(data), size: data.length, data: deflateRawSync(data), time: 0, date: 33 };
    }),
  );
}

const CONTENT_TYPES = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;

/** A one-sheet workbook around a worksheet's sheetData (and what follows it), with shared strings and styles. */
function workbook(sheetData: string, extra: { strings?: string; styles?: string; workbookPr?: string; after?: string } = {}): Uint8Array {
  return pack({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${extra.workbookPr ?? ''}<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData>${extra.after ?? ''}</worksheet>`,
    'xl/sharedStrings.xml': `<sst xmlns="${MAIN}">${extra.strings ?? ''}</sst>`,
    'xl/styles.xml':
      extra.styles ??
      `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
  });
}

async function values(bytes: Uint8Array, codec: Codec = nodeCodec) {
  const sheets = await (await XlsxWorkbook.fromBuffer(bytes, codec)).readSheets();
  return sheets[0].values;
}

/** A codec that hands the inflated text over in pieces of `size` bytes, to test reading across every cut. */
function piecewise(size: number): Codec {
  return {
    ...nodeCodec,
    inflate: (data, sink) =>
      nodeCodec.inflate(data, (chunk) => {
        for (let i = 0; i < chunk.length; i += size) sink(chunk.subarray(i, i + size));
      }),
  };
}

describe('cell values', () => {
  test('numbers, shared and inline strings, booleans, errors, ISO dates, and cells without a reference', async () => {
    const rows =
      '<row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>inline</t></is></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c></row>' +
      '<row r="2"><c t="n"><v>-0.25</v></c><c><v>1E3</v></c><c t="d"><v>2018-01-31T00:00:00</v></c><c t="str"><v>text</v></c><c t="b"><v>0</v></c></row>' +
      '<row><c r="C3"><v>12345678901234567</v></c></row>';
    expect(await values(workbook(rows, { strings: '<si><t>delad</t></si>' }))).toEqual([
      [1.5, 'delad', 'inline', true, { error: '#N/A' }],
      [-0.25, 1000, 43131, 'text', false],
      [null, null, Number('12345678901234567')],
    ]);
  });

  test('formulas: the cached value of each type, NO_CACHED_VALUE without one, an empty text result is text', async () => {
    const rows =
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
      '<row r="2"><c r="A2"><f>SUM(A1)</f></c><c r="B2"><f t="shared" si="0"/><v></v></c><c r="C2" t="str"><f>IF(1,"")</f><v></v></c></row>';
    expect(await values(workbook(rows))).toEqual([
      [2, 'ab', true, { error: '#DIV/0!' }],
      [{ error: NO_CACHED_VALUE }, { error: NO_CACHED_VALUE }, ''],
    ]);
  });

  test('strings: runs joined, phonetic guides left out, CDATA, _xHHHH_ escapes and a protected literal, references, line ends', async () => {
    const strings =
      '<si><r><t xml:space="preserve">Sum</t></r><r><rPr><b/></rPr><t>ma</t></r><rPh sb="0" eb="1"><t>ス</t></rPh></si>' +
      '<si><t><![CDATA[<Mål & budget>]]></t></si>' +
      '<si><t>A_x000D__x000A_B _x005F_x0041_</t></si>' +
      '<si><t>&#229;r &amp; &lt;dag&gt;</t></si>' +
      '<si><t>rad\r\nett</t></si><si/>';
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>';
    expect(await values(workbook(rows, { strings }))).toEqual([['Summa', '<Mål & budget>', 'A\r\nB _x0041_', 'år & <dag>', 'rad\nett', '']]);
  });

  test('a merged area keeps its value in the top-left cell only', async () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c></row><row r="3"><c r="A3"><v>6</v></c></row>';
    expect(await values(workbook(rows, { after: '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>' }))).toEqual([[1, null, 3], [], [6]]);
  });
});

describe('dates in either date system', () => {
  const rows =
    '<row r="1"><c r="A1" s="1"><v>41669</v></c><c r="B1" s="2"><v>41669</v></c><c r="C1"><v>41669</v></c><c r="D1" s="1"><f>A1</f><v>41669</v></c></row>';

  test('in a 1900 workbook every serial is read as written', async () => {
    expect(await values(workbook(rows))).toEqual([[41669, 41669, 41669, 41669]]);
  });

  test('in a 1904 workbook a date-formatted number (custom or built-in format, formula too) moves to the 1900 system; other numbers stay', async () => {
    expect(await values(workbook(rows, { workbookPr: '<workbookPr date1904="1"/>' }))).toEqual([[43131, 43131, 41669, 43131]]);
    expect(await values(workbook(rows, { workbookPr: '<workbookPr date1904="true"/>' }))).toEqual([[43131, 43131, 41669, 43131]]);
  });

  test('the date-format test: codes outside quotes, escapes and brackets', () => {
    for (const code of ['yyyy-mm-dd', 'd/m/yyyy', '[$-41D]d mmmm yyyy', 'h:mm', '[h]:mm:ss', 'mmm-yy', 'dd"."mm', 'yyyy\\-mm\\-dd'])
      expect([code, isDateFormat(code)]).toEqual([code, true]);
    for (const code of ['General', '#,##0 "kr"', '0.0 %', '#,##0 "dagar"', '[Red]#,##0', '\\d0', '0_m', '@'])
      expect([code, isDateFormat(code)]).toEqual([code, false]);
  });

  test('_xHHHH_ decoding, left to right', () => {
    expect(decodeOoxmlEscapes('_x005F_x0041_ _x0041_ _xZZZZ_')).toBe('_x0041_ A _xZZZZ_');
  });
});

describe('relationships and namespaces', () => {
  test('elements by namespace URI: x: prefixes, a default namespace redeclared inside, a prefix declared on the element', async () => {
    const X = (body: string) => body.replace(/<(\/?)(\w+)/g, '<$1x:$2');
    const bytes = pack({
      '[Content_Types].xml': CONTENT_TYPES,
      '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="r" Type="${REL}/officeDocument" Target="/xl/bok.xml"/></Relationships>`,
      'xl/bok.xml': `<x:workbook xmlns:x="${MAIN}"><x:sheets><x:sheet xmlns:rel="${REL}" name="Ett" sheetId="1" rel:id="a"/><!-- <x:sheet name="Spöke" sheetId="2" r:id="b"/> --></x:sheets></x:workbook>`,
      'xl/_rels/bok.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Target="./Blad/ETT.xml" Id="a" Type="${REL}/worksheet"/></Relationships>`,
      'xl/blad/ett.xml': `<x:worksheet xmlns:x="${MAIN}" xmlns="urn:other">${X('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c>')}<c r="B1" xmlns="${MAIN}"><v>2</v></c><other><c r="C1"><v>9</v></c></other></x:row></x:sheetData></x:worksheet>`,
    });
    const sheets = await (await XlsxWorkbook.fromBuffer(bytes, nodeCodec)).readSheets();
    expect(sheets).toEqual([{ name: 'Ett', values: [['ok', 2]], visibility: 'visible' }]);
  });

  test('a sheet whose part is missing is refused by name, not read as empty', async () => {
    const broken = pack({
      '[Content_Types].xml': CONTENT_TYPES,
      '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Borta" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/borta.xml"/></Relationships>`,
    });
    await expect(XlsxWorkbook.fromBuffer(broken, nodeCodec)).rejects.toMatchObject({
      key: 'file.missingPart',
      params: { sheet: 'Borta', part: 'xl/worksheets/borta.xml' },
    });
  });
});

describe('streaming', () => {
  const samples = [
    'samples/sormland-2017.xlsx',
    ...corpusCases()
      .filter((c) => !c.refused && c.id.startsWith('package-') && c.id !== 'package-unreferenced-bomb')
      .map((c) => join('test/fixtures/bad', c.file)),
  ];
  const ROOT = join(__dirname, '..', '..');

  test.each(samples)('%s reads the same however the inflated text is cut (1, 7 and 4096 bytes)', async (file) => {
    const bytes = readFileSync(join(ROOT, file));
    const whole = await (await XlsxWorkbook.fromBuffer(bytes, nodeCodec)).readSheets();
    for (const size of [1, 7, 4096]) expect(await (await XlsxWorkbook.fromBuffer(bytes, piecewise(size))).readSheets()).toEqual(whole);
  });
});

describe('limits', () => {
  const big = workbook(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(200_000)}</t></is></c></row>`);
  const small = (l: Partial<ReadLimits>): ReadLimits => ({ wholePartBytes: 64 * MiB, streamedPartBytes: 512 * MiB, totalBytes: 1024 * MiB, ...l });

  test('a part declaring more than the limit is refused before it is inflated, naming it', async () => {
    await expect(XlsxWorkbook.fromBuffer(big, nodeCodec, { limits: small({ streamedPartBytes: 100_000 }) })).rejects.toMatchObject({
      key: 'file.partDeclaredTooLarge',
      params: { part: 'xl/worksheets/sheet1.xml' },
    });
  });

  test('all parts together over the total limit are refused', async () => {
    await expect(XlsxWorkbook.fromBuffer(big, nodeCodec, { limits: small({ totalBytes: 150_000 }) })).rejects.toMatchObject({ key: 'file.totalTooLarge' });
  });

  test('a file over the size limit is refused before it is opened', async () => {
    await expect(XlsxWorkbook.fromBuffer(big, nodeCodec, { maxFileBytes: 1000 })).rejects.toBeInstanceOf(MessageError);
  });
});

test('the total limit holds for one reading: a workbook read again after a write is read whole again', async () => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'samples', 'sormland-2017.xlsx')));
  const once = await (await XlsxWorkbook.fromBuffer(bytes, nodeCodec)).readSheets();
  const size = once.length;
  // A total above what one reading inflates (the whole package is 65 KB unpacked), below two readings.
  const wb = await XlsxWorkbook.fromBuffer(bytes, nodeCodec, { limits: { wholePartBytes: 64 * MiB, streamedPartBytes: 64 * MiB, totalBytes: 100_000 } });
  for (let i = 0; i < 3; i++) {
    await wb.writeSettings([['Inställning', 'Värde']], 'sv');
    expect((await wb.readSheets()).length).toBe(size + 1);
  }
});
