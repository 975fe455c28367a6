/**
 * The .xlsx reader gives the number format of each number cell whose format is not General (SheetData.formats),
 * in the invariant form the file stores, the same on the byte path and the scanner's, however the bytes are cut;
 * and a workbook of kronor shown as tkr by `#,##0,` is read in kronor.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { SheetData } from '../../src/core/cells';
import { formatAt } from '../../src/core/cell-formats';
import { reconcileSheets } from '../../src/core/reconcile';
import { Codec } from '../../src/xlsx/codec';
import { nodeCodec } from '../../src/xlsx/files';
import { OoxmlPackage } from '../../src/xlsx/package';
import { readWorkbookSheets } from '../../src/xlsx/read';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { writeZip } from '../../src/xlsx/zip';
import { kr } from '../helpers/money';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

function pack(parts: Record<string, string>): Uint8Array {
  return writeZip(
    Object.entries(parts).map(([name, text]) => {
      const data = Buffer.from(text, 'utf8');
      return { name, method: 8, crc: crc32(data), size: data.length, data: deflateRawSync(data), time: 0, date: 33 };
    }),
  );
}

/**
 * Cell formats: 0 General, 1 the custom `#,##0,` (id 164), 2 built-in 3 (`#,##0`), 3 built-in 14 (a date), 4 an
 * explicit `General` (id 165).
 */
const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0,"/><numFmt numFmtId="165" formatCode="General"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="3"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>`;

function workbook(rows: string): Uint8Array {
  return pack({
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`,
    'xl/styles.xml': STYLES,
  });
}

function piecewise(size: number): Codec {
  return {
    ...nodeCodec,
    inflate: (data, sink) =>
      nodeCodec.inflate(data, (chunk) => {
        for (let i = 0; i < chunk.length; i += size) sink(chunk.subarray(i, i + size));
      }),
  };
}

const read = (bytes: Uint8Array, fromBytes: boolean, codec: Codec = nodeCodec): Promise<SheetData[]> =>
  readWorkbookSheets(OoxmlPackage.load(bytes, codec, 'bok.xlsx'), undefined, fromBytes);

describe('the number formats of number cells', () => {
  const ROWS =
    '<row r="1"><c r="A1" t="inlineStr" s="1"><is><t>Budget (tkr)</t></is></c><c r="B1" s="1"><v>8450000</v></c></row>' +
    '<row r="2"><c r="B2" s="1"><v>8912367</v></c><c r="C2" s="2"><v>1234</v></c><c r="D2" s="3"><v>45000</v></c><c r="E2" s="4"><v>5</v></c><c r="F2"><v>6</v></c></row>' +
    // A formula's cached number has its cell's format; a cell of the next row written inside this one keeps its own.
    '<row r="3"><c r="B3" s="1"><f>B1+B2</f><v>17362367</v></c><c r="B5" s="2"><v>7</v></c></row>' +
    '<row r="4"><c r="B4" s="1" t="e"><v>#N/A</v></c><c r="C4" s="1" t="b"><v>1</v></c></row>';

  test('custom and built-in formats by their code; General, text, errors and booleans give none', async () => {
    const [sheet] = await read(workbook(ROWS), true);
    const f = sheet.formats!;
    expect(f.codes).toEqual(['#,##0,', '#,##0', 'mm-dd-yy']);
    expect(f.known).toBeUndefined();
    const at = (a1: string) => {
      const col = a1.charCodeAt(0) - 65;
      return formatAt(f, Number(a1.slice(1)) - 1, col);
    };
    expect(['A1', 'B1', 'B2', 'B3', 'B4', 'B5', 'C2', 'C4', 'D2', 'E2', 'F2'].map(at)).toEqual([
      null,
      '#,##0,',
      '#,##0,',
      '#,##0,',
      null,
      '#,##0',
      '#,##0',
      null,
      'mm-dd-yy',
      null,
      null,
    ]);
    // B1:B3 in one format are one run.
    expect(f.runs[1]).toEqual([0, 2, 0, 4, 4, 1]);
  });

  test('the byte path and the scanner give the same formats, however the bytes are cut', async () => {
    const bytes = workbook(ROWS);
    const scanner = await read(bytes, false);
    expect(scanner[0].formats).toBeDefined();
    expect(await read(bytes, true)).toStrictEqual(scanner);
    for (const size of [1, 5, 13, 64]) {
      expect(await read(bytes, true, piecewise(size))).toStrictEqual(scanner);
      expect(await read(bytes, false, piecewise(size))).toStrictEqual(scanner);
    }
  });

  test('a sheet whose numbers all show General carries no formats', async () => {
    const [sheet] = await read(
      workbook('<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="4"><v>2</v></c><c r="C1" s="1" t="inlineStr"><is><t>x</t></is></c></row>'),
      true,
    );
    expect(sheet.formats).toBeUndefined();
  });
});

test('kronor shown as tkr by `#,##0,` under `(tkr)`, written by another program, are read in kronor', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Uppföljning');
  ws.addRow(['Budgetuppföljning 2025']);
  ws.addRow([]);
  ws.addRow(['Verksamhet', 'Budget (tkr)', 'Utfall (tkr)']);
  ws.addRow(['Tillsynsavgifter', 8_450_000, 8_912_367]);
  ws.addRow(['Livsmedelskontroll', 4_620_000, 4_877_419]);
  for (const cell of ['B4', 'C4', 'B5', 'C5']) ws.getCell(cell).numFmt = '#,##0,';
  const book = await XlsxWorkbook.fromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()), nodeCodec);
  const t = reconcileSheets(await book.readSheets(), { lang: 'sv', today: '2026-12-07' }).analysis.tables[0];
  expect(t.unit).toBe('kr');
  expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome)])).toEqual([
    ['Tillsynsavgifter', '8450000', '8912367'],
    ['Livsmedelskontroll', '4620000', '4877419'],
  ]);
});
