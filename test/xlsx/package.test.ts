import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { reconcile } from '../../src/reconcile';
import { webCodec } from '../../src/xlsx/codec';
import { nodeCodec } from '../../src/xlsx/files';
import { OoxmlPackage, relativeTarget, resolveTarget } from '../../src/xlsx/package';
import { SharedStrings } from '../../src/xlsx/shared-strings';
import { StylesPart } from '../../src/xlsx/styles-part';
import { WorkbookPart } from '../../src/xlsx/workbook-part';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { ZipEntry, readZip, writeZip, writeZipPieces } from '../../src/xlsx/zip';
import { AsciiSink } from '../../src/xlsx/ascii-sink';
import { excelJsOf } from '../helpers/xlsx';
import { parseXml } from '../helpers/package-checks';

const ROOT = join(__dirname, '..', '..');

/** Parts a run edits in place; every other part of the input must come out byte for byte. */
const EDITED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];

/** Tags balance and nest (enough to catch a part Excel would refuse as damaged). */
function wellFormedProblems(xml: string): string[] {
  const stack: string[] = [];
  const problems: string[] = [];
  for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:.-]+)[^>]*?(\/?)>|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g)) {
    if (m[0][0] === '&') problems.push(`bare & at ${m.index}`);
    else if (m[3]) continue;
    else if (!m[1]) stack.push(m[2]);
    else if (stack.pop() !== m[2]) problems.push(`</${m[2]}> at ${m.index} closes something else`);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}

/** A user's workbook with what ExcelJS alone would not carry through: a picture, a note and a custom part. */
async function richWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Drift');
  const rows = [
    ['Verksamhet', 'Budget', 'Utfall'],
    ['Löner', 1200, 1350],
    ['Hyra', 300, 280],
    ['Summa', 1500, 1630],
  ];
  rows.forEach((r) => ws.addRow(r));
  ws.getCell('A2').note = 'Inklusive sociala avgifter';
  const image = wb.addImage({ buffer: readFileSync(join(ROOT, 'assets/icon-32.png')) as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, 'E2:F4');
  wb.definedNames.add("'Drift'!$B$2:$B$3", 'Budgetposter');
  const pkg = OoxmlPackage.load(new Uint8Array(await wb.xlsx.writeBuffer()), nodeCodec);
  pkg.put('customXml/item1.xml', '<?xml version="1.0"?><budget xmlns="urn:example:budget"><year>2026</year></budget>');
  return pkg.toBytes();
}

async function runOn(bytes: Uint8Array, lang: 'sv' | 'en' = 'sv'): Promise<{ out: Uint8Array; written: string[] }> {
  const wb = await XlsxWorkbook.fromBuffer(bytes, nodeCodec);
  const { written } = await reconcile(wb, { lang, today: '2026-11-23' });
  return { out: await wb.toBuffer(), written };
}

const byName = (bytes: Uint8Array) => new Map(readZip(bytes).map((e) => [e.name, e]));
const same = (a: ZipEntry, b: ZipEntry) => a.method === b.method && a.crc === b.crc && a.size === b.size && Buffer.compare(a.data, b.data) === 0;

describe('writing into the .xlsx package', () => {
  let input: Uint8Array;
  let first: { out: Uint8Array; written: string[] };
  let second: { out: Uint8Array; written: string[] };

  beforeAll(async () => {
    input = await richWorkbook();
    first = await runOn(input);
    second = await runOn(first.out);
  });

  test("every part of the user's that a run does not edit comes out byte for byte: sheets, picture, note, custom XML", () => {
    const out = byName(first.out);
    const kept = readZip(input).filter((e) => !EDITED.includes(e.name));
    expect(kept.map((e) => e.name)).toEqual(
      expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/media/image1.png', 'xl/comments1.xml', 'customXml/item1.xml']),
    );
    for (const e of kept) expect([e.name, out.has(e.name) && same(e, out.get(e.name)!)]).toEqual([e.name, true]);
  });

  test('a chart sheet (which ExcelJS cannot carry through a read and write) is kept with its drawing and chart', async () => {
    const chartOnly = new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/bad/sheet-chart-only.xlsx')));
    const wb = await XlsxWorkbook.fromBuffer(chartOnly, nodeCodec);
    await wb.writeSettings(
      [
        ['Inställning', 'Värde'],
        ['Beloppsgräns (kr)', 100000],
      ],
      'sv',
    );
    const out = byName(await wb.toBuffer());
    const chartParts = readZip(chartOnly).filter((e) => /chart|drawing/.test(e.name));
    expect(chartParts.map((e) => e.name)).toEqual(expect.arrayContaining(['xl/chartsheets/sheet1.xml', 'xl/drawings/drawing1.xml', 'xl/charts/chart1.xml']));
    for (const e of chartParts) expect([e.name, out.has(e.name) && same(e, out.get(e.name)!)]).toEqual([e.name, true]);
    const workbookXml = await OoxmlPackage.load(await wb.toBuffer(), nodeCodec).text('xl/workbook.xml');
    expect([...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([expect.any(String), 'Avstämning inställningar']);
  });

  test('ExcelJS reads the result: the picture, the note and the name are still there, the output sheets are tables', async () => {
    const wb = await excelJsOf(first.out);
    const drift = wb.getWorksheet('Drift')!;
    expect(drift.getImages()).toHaveLength(1);
    expect(drift.getCell('A2').note).toBe('Inklusive sociala avgifter');
    expect(wb.definedNames.getRanges('Budgetposter').ranges).toEqual(['Drift!$B$2:$B$3']);
    expect(first.written).toEqual(['Sammanfattning', 'Avvikelser', 'Kontroller']);
    for (const name of first.written) {
      const ws = wb.getWorksheet(name)!;
      expect(Object.keys((ws as unknown as { tables: object }).tables)).toHaveLength(1);
      // The header row sits under the title and notes.
      const header = [...Array(20).keys()].map((i) => i + 1).find((r) => ['Område', 'Målområde', 'Kontroll'].includes(String(ws.getCell(r, 1).value)))!;
      expect(header).toBeGreaterThanOrEqual(5);
      expect(ws.pageSetup).toMatchObject({ printTitlesRow: `${header}:${header}`, orientation: 'landscape', paperSize: 9 });
      // The summary is read as a page; the other sheets keep their header in view.
      if (name !== 'Sammanfattning') expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    }
  });

  test('every part written or edited is well-formed XML, and the content types list exactly the parts there are', async () => {
    for (const bytes of [first.out, second.out]) {
      const entries = byName(bytes);
      const changed = [...entries.values()].filter((e) => !byName(input).has(e.name) || EDITED.includes(e.name));
      expect(changed.length).toBeGreaterThan(EDITED.length);
      const pkg = OoxmlPackage.load(bytes, nodeCodec);
      for (const e of changed) expect([e.name, wellFormedProblems(await pkg.text(e.name))]).toEqual([e.name, []]);
      const types = await pkg.text('[Content_Types].xml');
      const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
      for (const part of overrides) expect([part, entries.has(part)]).toEqual([part, true]);
      for (const part of [...entries.keys()].filter((p) => /^xl\/(worksheets|tables)\/[^/]+\.xml$/.test(p))) expect(overrides).toContain(part);
      for (const rel of await pkg.relationships('xl/workbook.xml')) expect(entries.has(resolveTarget('xl/workbook.xml', rel.target))).toBe(true);
    }
  });

  test('a second run replaces its sheets: same names, no left-over parts, styles and shared strings do not grow', async () => {
    expect(second.written).toEqual(first.written);
    const names = (bytes: Uint8Array) => [...byName(bytes).keys()].sort();
    expect(names(second.out)).toEqual(names(first.out));
    const a = OoxmlPackage.load(first.out, nodeCodec);
    const b = OoxmlPackage.load(second.out, nodeCodec);
    expect(await b.text('xl/styles.xml')).toBe(await a.text('xl/styles.xml'));
    const uniqueCount = async (p: OoxmlPackage) => /uniqueCount="(\d+)"/.exec(await p.text('xl/sharedStrings.xml'))![1];
    expect(await uniqueCount(b)).toBe(await uniqueCount(a));
    const tableIds = await Promise.all(
      names(second.out)
        .filter((p) => p.startsWith('xl/tables/'))
        .map(async (p) => /\sid="(\d+)"/.exec(await b.text(p))![1]),
    );
    expect(new Set(tableIds).size).toBe(tableIds.length);
  });

  test('the same input gives the same file, byte for byte', async () => {
    expect(Buffer.compare((await runOn(input)).out, first.out)).toBe(0);
  });

  test('the browser codec (compression streams) writes a workbook ExcelJS reads the same', async () => {
    const wb = await XlsxWorkbook.fromBuffer(input, webCodec);
    await reconcile(wb, { lang: 'sv', today: '2026-11-23' });
    const back = await excelJsOf(await wb.toBuffer());
    const viaNode = await excelJsOf(first.out);
    expect(back.getWorksheet('Avvikelser')!.getSheetValues()).toEqual(viaNode.getWorksheet('Avvikelser')!.getSheetValues());
  });
});

describe('the deviation chart in the .xlsx', () => {
  test('a bar chart of the deviation per goal area beside the table, over a copy of the figures; a second run replaces it', async () => {
    const sample = new Uint8Array(readFileSync(join(ROOT, 'samples/sormland-2017.xlsx')));
    const first = await runOn(sample);
    const second = await runOn(first.out);
    for (const { out } of [first, second]) {
      const pkg = OoxmlPackage.load(out, nodeCodec);
      const charts = pkg.paths().filter((p) => p.startsWith('xl/charts/'));
      const drawings = pkg.paths().filter((p) => /^xl\/drawings\/[^/]+\.xml$/.test(p));
      expect([charts, drawings]).toEqual([['xl/charts/chart1.xml'], ['xl/drawings/drawing1.xml']]);
      for (const part of [...charts, ...drawings]) expect(wellFormedProblems(await pkg.text(part))).toEqual([]);
      const chart = await pkg.text(charts[0]);
      expect(chart).toContain('<c:barDir val="bar"/>');
      const refs = [...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
      // Two series over one copy of the goal areas: favourable (S) and unfavourable (T), each its colour.
      expect(refs).toEqual([
        "'Sammanfattning'!$S$6",
        "'Sammanfattning'!$R$7:$R$11",
        "'Sammanfattning'!$S$7:$S$11",
        "'Sammanfattning'!$T$6",
        "'Sammanfattning'!$R$7:$R$11",
        "'Sammanfattning'!$T$7:$T$11",
      ]);
      expect([...chart.matchAll(/<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"\/>/g)].map((m) => m[1])).toEqual(['107C10', 'C50F1F']);
      // The value axis fitted to −599 600 … 1 893 800 kr with room for the labels, not ±5 M.
      expect(/<c:max val="([^"]+)"\/><c:min val="([^"]+)"\/>/.exec(chart)?.slice(1)).toEqual(['3000000', '-2000000']);
      // The copied figures are the goal areas' deviations as the summary shows them, from the last up (a bar
      // chart draws its first category at the bottom, so Mål 1 reads first).
      const ws = (await excelJsOf(out)).getWorksheet('Sammanfattning')!;
      const copied = [7, 8, 9, 10, 11].map((r) => [ws.getCell(`R${r}`).value, ws.getCell(`S${r}`).value ?? ws.getCell(`T${r}`).value]);
      expect(copied).toEqual([
        ['Övriga insatser', 1893800],
        ['Mål 4', 292000],
        ['Mål 3', -429500],
        ['Mål 2', -599600],
        ['Mål 1', 492200],
      ]);
      const shown = [12, 13, 14, 15, 16].map((r) => ws.getCell(`D${r}`).value).reverse();
      expect(copied.map(([, v]) => v)).toEqual(shown);
      const sheetRels = await pkg.relationships('xl/worksheets/sheet10.xml');
      expect(sheetRels.map((r) => r.type.split('/').pop())).toEqual(['table', 'drawing']);
    }
  });
});

describe('the zip container', () => {
  test('entries read from a real workbook write back to the same bytes, and a stored entry stays stored', async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'samples/sormland-2017.xlsx')));
    const entries = readZip(bytes);
    const again = readZip(writeZip(entries));
    expect(again.map((e) => [e.name, e.crc, e.size])).toEqual(entries.map((e) => [e.name, e.crc, e.size]));
    const stored: ZipEntry = {
      name: 'data/å.bin',
      method: 0,
      crc: nodeCodec.crc32(new Uint8Array([1, 2, 3])),
      size: 3,
      data: new Uint8Array([1, 2, 3]),
      time: 0,
      date: 33,
    };
    const [back] = readZip(writeZip([stored]));
    expect(back).toMatchObject({ name: 'data/å.bin', method: 0, size: 3 });
    expect([...back.data]).toEqual([1, 2, 3]);
  });

  test('the pieces a file is written from are the same bytes as the whole, the compressed data not copied', async () => {
    const entries = readZip(new Uint8Array(readFileSync(join(ROOT, 'samples/sormland-2017.xlsx'))));
    const pieces = writeZipPieces(entries);
    expect(Buffer.concat(pieces).equals(Buffer.from(writeZip(entries)))).toBe(true);
    // Each entry's data is handed on as it is (the same memory), between its header and the next.
    entries.forEach((e, i) => expect(pieces[2 * i + 1]).toBe(e.data));
    // And a reconciled workbook's pieces join to its bytes.
    const wb = await XlsxWorkbook.fromBuffer(await richWorkbook(), nodeCodec);
    await reconcile(wb, { lang: 'sv', today: '2026-11-23' });
    expect(Buffer.concat(await wb.toPieces()).equals(Buffer.from(await wb.toBuffer()))).toBe(true);
  });

  test('the JavaScript CRC-32 agrees with zlib', () => {
    const data = new TextEncoder().encode('Avstämning ✓ '.repeat(1000));
    expect(webCodec.crc32(data)).toBe(nodeCodec.crc32(data));
  });

  test('what is not a zip says so', () => {
    expect(() => readZip(new TextEncoder().encode('Budget;Utfall\n1;2\n'))).toThrow('not a zip file');
  });

  test('relationship targets resolve against their part and are written relative to it', () => {
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../tables/table2.xml')).toBe('xl/tables/table2.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/styles.xml')).toBe('xl/styles.xml');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/tables/table2.xml')).toBe('../tables/table2.xml');
    expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet9.xml')).toBe('worksheets/sheet9.xml');
  });
});

describe('editing the workbook part', () => {
  const WORKBOOK =
    '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<x:bookViews><x:workbookView activeTab="3"/></x:bookViews><x:sheets>' +
    '<x:sheet name="Drift" sheetId="1" rel:id="rId1"/><x:sheet name="Avvikelser" sheetId="2" rel:id="rId2"/>' +
    '<x:sheet name="Kontroller" sheetId="5" rel:id="rId3"/><x:sheet name="Noter" sheetId="4" rel:id="rId4"/></x:sheets>' +
    '<x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="1">Avvikelser!$5:$5</x:definedName>' +
    '<x:definedName name="Lokal" localSheetId="3">Noter!$A$1</x:definedName><x:definedName name="Global">Drift!$B$2</x:definedName></x:definedNames>' +
    '<x:calcPr calcId="191029"/></x:workbook>';

  test('removing sheets drops their own names and moves the positions of those after them (prefixed namespaces too)', () => {
    const part = new WorkbookPart(WORKBOOK);
    part.removeSheets(new Set(['rId2', 'rId3']));
    expect(part.sheets().map((s) => s.name)).toEqual(['Drift', 'Noter']);
    const xml = part.toString();
    expect(xml).not.toContain('Print_Titles');
    expect(xml).toContain('<x:definedName name="Lokal" localSheetId="1">Noter!$A$1</x:definedName>');
    expect(xml).toContain('<x:definedName name="Global">Drift!$B$2</x:definedName>');
    expect(xml).toContain('<x:workbookView activeTab="1"/>');
  });

  test('an added sheet gets a new id, its relationship, and a print-title name at its position', () => {
    const part = new WorkbookPart(WORKBOOK);
    const at = part.addSheet("Mål & 'utfall'", part.nextSheetId(), 'rId9');
    expect(at).toBe(4);
    part.addLocalName('_xlnm.Print_Titles', at, "'Mål & ''utfall'''!$5:$5");
    expect(part.sheets()[4]).toEqual({ name: "Mål & 'utfall'", sheetId: 6, relId: 'rId9', state: 'visible' });
    expect(part.toString()).toContain(
      '<x:definedName name="_xlnm.Print_Titles" localSheetId="4">&apos;Mål &amp; &apos;&apos;utfall&apos;&apos;&apos;!$5:$5</x:definedName></x:definedNames>',
    );
  });
});

describe('styles and shared strings', () => {
  test('formats are added once, found again on the next run, and the list keeps its own attributes', () => {
    const original = StylesPart.empty().toString().replace('<fonts count="1">', '<fonts count="1" x14ac:knownFonts="1">');
    const styles = new StylesPart(original);
    const amount = styles.cellFormat('#,##0 "kr"', 'bold');
    expect(styles.cellFormat('#,##0 "kr"', 'bold')).toBe(amount);
    expect(styles.cellFormat('@', 'normal')).toBe(amount + 1);
    const again = new StylesPart(styles.toString());
    expect(again.cellFormat('#,##0 "kr"', 'bold')).toBe(amount);
    expect(again.toString()).toBe(styles.toString());
    expect(styles.toString()).toContain('<fonts count="2" x14ac:knownFonts="1">');
    expect(styles.toString()).toContain('<numFmt numFmtId="164" formatCode="#,##0 &quot;kr&quot;"/>');
    expect(styles.highlight({ font: 'FF9C0006' })).toBe(0);
    expect(styles.toString()).toMatch(/<\/cellStyles><dxfs count="1">/);
  });

  test("strings already in the table are reused; new ones are appended after the user's, which keep their places", () => {
    const strings = new SharedStrings('<sst xmlns="x" count="3" uniqueCount="2"><si><t>Budget</t></si><si><r><t>Ut</t></r><r><t>fall</t></r></si></sst>');
    expect(strings.index('Budget')).toBe(0);
    expect(strings.index('Utfall')).toBe(2);
    expect(strings.index(' indrag')).toBe(3);
    expect(strings.index('Utfall')).toBe(2);
    expect(strings.toString()).toBe(
      '<sst xmlns="x" count="7" uniqueCount="4"><si><t>Budget</t></si><si><r><t>Ut</t></r><r><t>fall</t></r></si><si><t>Utfall</t></si><si><t xml:space="preserve"> indrag</t></si></sst>',
    );
  });
});

describe('numbers in worksheet XML', () => {
  test('every number is written as the shortest text that reads back as the same double, as String gives it', () => {
    const values = [
      0,
      -0,
      1,
      -1,
      7,
      10,
      99,
      100,
      0.5,
      -0.05,
      0.1,
      0.01,
      1.1,
      12.3,
      323241.36,
      -294117.34,
      40790000,
      1e15 / 100,
      0.038400758533501896,
      1 / 3,
      1e21,
      1.5e-7,
      Number.MAX_SAFE_INTEGER,
      2 ** 53 + 2,
      90071992547409.91,
    ];
    for (let i = 0; i < 2000; i++) values.push(Math.round(Math.sin(i) * 10 ** (i % 12) * 100) / 100);
    for (const v of values) {
      const sink = new AsciiSink();
      sink.number(v);
      expect([v, new TextDecoder().decode(sink.bytes())]).toEqual([v, String(v === 0 ? 0 : v)]);
    }
  });
});

describe('a valid package whatever wrote the input (issue 13)', () => {
  const parse = (xml: string) => parseXml(xml);
  const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

  test('openpyxl with lxml: r declared on each sheet and an empty <definedNames/>; what is added declares its prefix and joins the one block', () => {
    const part = new WorkbookPart(
      `<workbook xmlns="${MAIN}"><sheets><sheet xmlns:r="${RELS}" name="Blad" sheetId="1" r:id="rId1"/></sheets><definedNames/><calcPr calcId="1"/></workbook>`,
    );
    const at = part.addSheet('Avvikelser', part.nextSheetId(), 'rId9');
    part.addLocalName('_xlnm.Print_Titles', at, "'Avvikelser'!$5:$5");
    const { root, error } = parse(part.toString());
    expect(error).toBeNull();
    const blocks = root!.children.filter((e) => e.local === 'definedNames');
    expect(blocks).toHaveLength(1);
    expect(blocks[0].children.map((e) => e.attributes.localSheetId.value)).toEqual(['1']);
    const sheets = root!.children.find((e) => e.local === 'sheets')!.children;
    expect(sheets.map((s) => [s.uri, Object.values(s.attributes).find((a) => a.local === 'id' && a.uri === RELS)?.value])).toEqual([
      [MAIN, 'rId1'],
      [MAIN, 'rId9'],
    ]);
  });

  test('x: and rel: prefixes, a comment holding a sheet: the comment is no sheet, the new sheet uses the prefix in scope', () => {
    const part = new WorkbookPart(
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${RELS}"><x:sheets><!-- <x:sheet name="Spöke" sheetId="7" rel:id="rId7"/> --><x:sheet name="Blad" sheetId="1" rel:id="rId1"/></x:sheets><x:calcPr/></x:workbook>`,
    );
    expect(part.sheets().map((s) => s.name)).toEqual(['Blad']);
    expect(part.nextSheetId()).toBe(2);
    const at = part.addSheet('Kontroller', 2, 'rId2');
    expect(at).toBe(1);
    part.addLocalName('_xlnm.Print_Titles', at, "'Kontroller'!$5:$5");
    const xml = part.toString();
    expect(parse(xml).error).toBeNull();
    expect(xml).toContain(`<x:sheet xmlns:r="${RELS}" name="Kontroller" sheetId="2" r:id="rId2"/></x:sheets>`);
    expect(xml).toContain(
      '<x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Kontroller&apos;!$5:$5</x:definedName></x:definedNames><x:calcPr/>',
    );
  });

  test('when the last defined name goes, so does its block; a later name makes one block again', () => {
    const part = new WorkbookPart(
      `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">B!$1:$1</definedName></definedNames></workbook>`,
    );
    part.removeSheets(new Set(['rId2']));
    expect(part.toString()).not.toContain('definedNames');
    part.addLocalName('_xlnm.Print_Titles', 1, 'C!$1:$1');
    expect(part.toString().match(/<definedNames>/g)).toHaveLength(1);
    expect(part.definedNames()).toEqual(['_xlnm.Print_Titles']);
  });

  test('a strict workbook: the new sheet’s id is in the strict relationships namespace', () => {
    const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const STRICT_RELS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const part = new WorkbookPart(
      `<workbook xmlns="${STRICT_MAIN}" xmlns:r="${STRICT_RELS}" conformance="strict"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    part.addSheet('B', 2, 'rId2');
    expect(part.flavour.strict).toBe(true);
    expect(part.sheets().map((s) => s.relId)).toEqual(['rId1', 'rId2']);
    expect(part.toString()).toContain(`xmlns:r="${STRICT_RELS}" name="B"`);
  });

  test('styles with an x: prefix and an empty list: new entries use the prefix and the list opens up', () => {
    const styles = new StylesPart(
      `<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="1"><x:font/></x:fonts><x:cellXfs count="1"><x:xf numFmtId="0"/></x:cellXfs><!-- <x:dxfs count="9"/> --><x:dxfs count="0"/></x:styleSheet>`,
    );
    expect(styles.cellFormat('#,##0 "kr"', 'bold')).toBe(1);
    expect(styles.highlight({ font: 'FF9C0006' })).toBe(0);
    const xml = styles.toString();
    expect(parse(xml).error).toBeNull();
    expect(xml).toContain('<x:dxfs count="1"><x:dxf><x:font><x:color rgb="FF9C0006"/></x:font></x:dxf></x:dxfs>');
    expect(xml).toContain('<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="#,##0 &quot;kr&quot;"/></x:numFmts><x:fonts count="2">');
  });

  test('shared strings: what XML cannot hold is written as _xHHHH_, a literal _xHHHH_ is protected, and both read back as they were', async () => {
    const strings = new SharedStrings(`<x:sst xmlns:x="${MAIN}"><x:si><x:t>Budget</x:t></x:si></x:sst>`);
    const texts = ['Kod _x0041_', 'Rad\rett', 'Ring\u0007klocka', 'Budget'];
    expect(texts.map((t) => strings.index(t))).toEqual([1, 2, 3, 0]);
    const xml = strings.toString();
    expect(parse(xml).error).toBeNull();
    expect(xml).toContain('<x:si><x:t>Kod _x005F_x0041_</x:t></x:si><x:si><x:t>Rad_x000D_ett</x:t></x:si><x:si><x:t>Ring_x0007_klocka</x:t></x:si></x:sst>');
  });

  test('a 1904 workbook: the invoice dates are written as 1904 serials and read back as the same days', async () => {
    const input = new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/bad/package-1904.xlsx')));
    const { out } = await runOn(input);
    const sheets = await (await XlsxWorkbook.fromBuffer(out, nodeCodec)).readSheets();
    const fakturor = sheets.find((s) => s.name === 'Fakturor')!;
    const header = fakturor.values.findIndex((row) => row.includes('Fakturadatum'));
    const col = fakturor.values[header].indexOf('Fakturadatum');
    // 2018-01-31 and 2018-03-02 in the 1900 system, as the core sees every date.
    expect(fakturor.values[header + 1].slice(col, col + 2)).toEqual([43131, 43161]);
    const pkg = OoxmlPackage.load(out, nodeCodec);
    const rels = await pkg.relationships('xl/workbook.xml');
    const relId = /name="Fakturor" sheetId="\d+" r:id="(rId\d+)"/.exec(await pkg.text('xl/workbook.xml'))![1];
    const sheetXml = await pkg.text(resolveTarget('xl/workbook.xml', rels.find((r) => r.id === relId)!.target));
    expect(sheetXml).toContain(`<c r="${String.fromCharCode(65 + col)}${header + 2}" s="`);
    expect(sheetXml).toMatch(new RegExp(`<c r="${String.fromCharCode(65 + col)}${header + 2}" s="\\d+"><v>41669</v></c>`));
  });
});

/** A part compressed piece by piece as it was written keeps no bytes: read back, it is inflated and checked. */
describe('a streamed part', () => {
  const text = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
  const bytes = new TextEncoder().encode(text);
  const pieces = [bytes.subarray(0, 100_000), bytes.subarray(100_000, 300_000), bytes.subarray(300_000)];
  const streamed = () => Promise.all(pieces.map((p, i) => nodeCodec.deflatePiece!(p, i === pieces.length - 1)));

  test('reads back as its bytes, and is written into the zip with its CRC and size', async () => {
    const pkg = OoxmlPackage.load(writeZip([]), nodeCodec);
    pkg.putStreamed('xl/worksheets/sheet9.xml', streamed(), nodeCodec.crc32(bytes), bytes.length);
    expect(Buffer.from(await pkg.bytes('xl/worksheets/sheet9.xml')).equals(Buffer.from(bytes))).toBe(true);
    const entry = byName(await pkg.toBytes()).get('xl/worksheets/sheet9.xml')!;
    expect(entry).toMatchObject({ method: 8, crc: nodeCodec.crc32(bytes), size: bytes.length });
    expect(Buffer.from(inflateRawSync(entry.data)).equals(Buffer.from(bytes))).toBe(true);
  });

  test('a CRC that does not match its bytes is damage, as in a file read', async () => {
    const pkg = OoxmlPackage.load(writeZip([]), nodeCodec);
    pkg.putStreamed('xl/worksheets/sheet9.xml', streamed(), nodeCodec.crc32(bytes) ^ 1, bytes.length);
    await expect(pkg.bytes('xl/worksheets/sheet9.xml')).rejects.toMatchObject({ key: 'file.damagedPart' });
  });
});
