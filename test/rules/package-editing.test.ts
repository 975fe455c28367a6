/**
 * SPEC 6, nothing of the user's is changed or lost, and the file stays valid: table ids and names unique across
 * the workbook (the user's tables included), a removed sheet takes its own parts with it (table, drawing, chart,
 * its relationships part), the calculation chain goes, and no relationship is left pointing at nothing.
 */
import { crc32 } from '../../src/xlsx/codec';
import { nodeCodec } from '../../src/xlsx/files';
import { CONTENT_TYPE, OoxmlPackage, REL_TYPE } from '../../src/xlsx/package';
import { WorkbookEdit } from '../../src/xlsx/workbook-edit';
import { writeZip } from '../../src/xlsx/zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const rels = (list: [string, string, string][]) =>
  `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;

/**
 * A workbook as a user has it after an earlier run: `Drift` (the user's, with a table of id 7 named like the
 * output's table) and `Avvikelser` (generated last time, with its table id 2, a drawing and a chart), plus a
 * calculation chain.
 */
function workbookParts(
  userTable = '<table xmlns="' + MAIN + '" id="7" name="Tabell7" displayName="Avstamning_Avvikelser" ref="A1:C3"/>',
): Record<string, string> {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return {
    '[Content_Types].xml':
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      override('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') +
      override('xl/worksheets/sheet1.xml', CONTENT_TYPE.worksheet) +
      override('xl/worksheets/sheet2.xml', CONTENT_TYPE.worksheet) +
      override('xl/tables/table1.xml', CONTENT_TYPE.table) +
      override('xl/tables/table2.xml', CONTENT_TYPE.table) +
      override('xl/drawings/drawing1.xml', CONTENT_TYPE.drawing) +
      override('xl/charts/chart1.xml', CONTENT_TYPE.chart) +
      override('xl/calcChain.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml') +
      '</Types>',
    '_rels/.rels': rels([['rId1', REL_TYPE.officeDocument, 'xl/workbook.xml']]),
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Drift" sheetId="1" r:id="rId1"/><sheet name="Avvikelser" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels': rels([
      ['rId1', REL_TYPE.worksheet, 'worksheets/sheet1.xml'],
      ['rId2', REL_TYPE.worksheet, 'worksheets/sheet2.xml'],
      ['rId3', REL_TYPE.calcChain, 'calcChain.xml'],
    ]),
    'xl/worksheets/sheet1.xml': `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>3</v></c></row></sheetData></worksheet>`,
    'xl/worksheets/_rels/sheet1.xml.rels': rels([['rId1', REL_TYPE.table, '../tables/table1.xml']]),
    'xl/tables/table1.xml': userTable,
    'xl/worksheets/sheet2.xml': `${DECL}<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`,
    'xl/worksheets/_rels/sheet2.xml.rels': rels([
      ['rId1', REL_TYPE.table, '../tables/table2.xml'],
      ['rId2', REL_TYPE.drawing, '../drawings/drawing1.xml'],
    ]),
    'xl/tables/table2.xml': `<table xmlns="${MAIN}" id="2" name="Avstamning_Gammal" displayName="Avstamning_Gammal" ref="A1:B2"/>`,
    'xl/drawings/drawing1.xml': `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`,
    'xl/drawings/_rels/drawing1.xml.rels': rels([['rId1', REL_TYPE.chart, '../charts/chart1.xml']]),
    'xl/charts/chart1.xml': `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`,
    'xl/calcChain.xml': `${DECL}<calcChain xmlns="${MAIN}"><c r="A1" i="1"/><c r="B2" i="2"/></calcChain>`,
  };
}

function packageOf(parts: Record<string, string>): OoxmlPackage {
  const encoder = new TextEncoder();
  const entries = Object.entries(parts).map(([name, text]) => {
    const data = encoder.encode(text);
    return { name, method: 0, crc: crc32(data), size: data.length, data, time: 0, date: 33 };
  });
  return OoxmlPackage.load(writeZip(entries), nodeCodec);
}

/** The id and name a new table is given when a sheet with a table is added. */
async function addTable(edit: WorkbookEdit, wanted: string): Promise<{ id: number; name: string }> {
  let given = { id: 0, name: '' };
  await edit.addSheet('Ny', () => new Uint8Array(), {
    table: { name: wanted, xml: (id, name) => ((given = { id, name }), `<table id="${id}" name="${name}"/>`) },
  });
  return given;
}

describe('SPEC 6 a new table never reuses an id or a name of a table in the workbook', () => {
  it("the new table's id is above every id in the workbook: the user's table has 7, so the new one gets 8", async () => {
    const edit = await WorkbookEdit.open(packageOf(workbookParts()));
    expect((await addTable(edit, 'Avstamning_Kontroller')).id).toBe(8);
  });

  it("a name the user's table has (any case) gets a suffix: `Avstamning_Avvikelser_2`", async () => {
    const edit = await WorkbookEdit.open(packageOf(workbookParts()));
    expect((await addTable(edit, 'avstamning_avvikelser')).name).toBe('avstamning_avvikelser_2');
    expect(edit.tableName('Avstamning_Avvikelser')).toBe('Avstamning_Avvikelser_3');
  });

  it('a table part with a name and no displayName is known by its name', async () => {
    const edit = await WorkbookEdit.open(packageOf(workbookParts(`<table xmlns="${MAIN}" id="3" name="Budget"/>`)));
    expect(edit.tableName('Budget')).toBe('Budget_2');
  });

  it('two tables added in one run get two ids and two names', async () => {
    const edit = await WorkbookEdit.open(packageOf(workbookParts()));
    expect([await addTable(edit, 'T'), await addTable(edit, 'T')]).toEqual([
      { id: 8, name: 'T' },
      { id: 9, name: 'T_2' },
    ]);
  });

  it("a removed sheet's table frees its name, not the user's", async () => {
    const edit = await WorkbookEdit.open(packageOf(workbookParts()));
    expect(edit.tableName('Avstamning_Gammal')).toBe('Avstamning_Gammal_2');
    await edit.removeSheets(new Set(['Avvikelser']));
    expect(edit.tableName('Avstamning_Gammal')).toBe('Avstamning_Gammal');
    expect(edit.tableName('Avstamning_Avvikelser')).toBe('Avstamning_Avvikelser_2');
  });
});

describe('SPEC 6 a removed sheet takes its own parts, and nothing stale is left', () => {
  async function afterRemoval(): Promise<OoxmlPackage> {
    const pkg = packageOf(workbookParts());
    const edit = await WorkbookEdit.open(pkg);
    await edit.removeSheets(new Set(['Avvikelser']));
    await edit.commit();
    return pkg;
  }

  it('the sheet, its relationships part, its table, its drawing with the drawing’s relationships, and its chart are gone', async () => {
    const pkg = await afterRemoval();
    for (const part of [
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/tables/table2.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/charts/chart1.xml',
    ]) {
      expect([part, pkg.has(part)]).toEqual([part, false]);
    }
  });

  it("the user's sheet, its relationships and its table are untouched", async () => {
    const pkg = await afterRemoval();
    const before = workbookParts();
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/tables/table1.xml'])
      expect(await pkg.text(part)).toBe(before[part]);
  });

  it('the calculation chain is removed with its relationship and its content type (Excel rebuilds it)', async () => {
    const pkg = await afterRemoval();
    expect(pkg.has('xl/calcChain.xml')).toBe(false);
    expect(await pkg.text('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(await pkg.text('[Content_Types].xml')).not.toContain('calcChain');
  });

  it('no relationship of the workbook points at a missing part, and no content type names one', async () => {
    const pkg = await afterRemoval();
    const workbookRels = await pkg.relationships('xl/workbook.xml');
    // The styles and shared strings parts are added on commit, with ids not taken.
    expect(workbookRels.map((r) => [r.id, r.target])).toEqual([
      ['rId1', 'worksheets/sheet1.xml'],
      ['rId2', 'styles.xml'],
      ['rId3', 'sharedStrings.xml'],
    ]);
    const overrides = [...(await pkg.text('[Content_Types].xml')).matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
    expect(overrides.filter((p) => !pkg.has(p))).toEqual([]);
    expect(overrides).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/tables/table1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']);
  });

  it('the workbook part lists only the user’s sheet', async () => {
    const pkg = await afterRemoval();
    const xml = await pkg.text('xl/workbook.xml');
    expect(xml).toContain('name="Drift"');
    expect(xml).not.toContain('name="Avvikelser"');
  });

  it('removing no sheet changes nothing: the calculation chain stays', async () => {
    const pkg = packageOf(workbookParts());
    const edit = await WorkbookEdit.open(pkg);
    await edit.removeSheets(new Set(['Finns inte']));
    await edit.commit();
    expect(pkg.has('xl/calcChain.xml')).toBe(true);
    expect((await pkg.relationships('xl/workbook.xml')).map((r) => r.type.split('/').pop())).toEqual([
      'worksheet',
      'worksheet',
      'calcChain',
      'styles',
      'sharedStrings',
    ]);
  });

  it('an added sheet gets a relationship id not yet used, its own part name, and a content type', async () => {
    const pkg = packageOf(workbookParts());
    const edit = await WorkbookEdit.open(pkg);
    await edit.addSheet('Ny', () => new TextEncoder().encode('<worksheet/>'), {});
    await edit.commit();
    const workbookRels = await pkg.relationships('xl/workbook.xml');
    expect(new Set(workbookRels.map((r) => r.id)).size).toBe(workbookRels.length);
    expect(workbookRels.find((r) => r.target === 'worksheets/sheet3.xml')?.type).toBe(REL_TYPE.worksheet);
    expect(await pkg.text('[Content_Types].xml')).toContain(`<Override PartName="/xl/worksheets/sheet3.xml" ContentType="${CONTENT_TYPE.worksheet}"/>`);
    expect(await pkg.text('xl/worksheets/sheet3.xml')).toBe('<worksheet/>');
    // A sheet with nothing related to it has no relationships part.
    expect(pkg.has('xl/worksheets/_rels/sheet3.xml.rels')).toBe(false);
  });

  it('an added sheet with a table and a chart relates to both, and the drawing to its chart', async () => {
    const pkg = packageOf(workbookParts());
    const edit = await WorkbookEdit.open(pkg);
    await edit.removeSheets(new Set(['Avvikelser']));
    await edit.addSheet('Avvikelser', () => new Uint8Array(), {
      table: { name: 'T', xml: (id, name) => `<table id="${id}" name="${name}"/>` },
      chart: { anchor: { fromCol: 1, fromRow: 1, toCol: 5, toRow: 10 }, xml: () => '<c:chartSpace/>' },
      printTitles: { row: 4, columns: 0 },
    });
    await edit.commit();
    const sheetRels = await pkg.relationships('xl/worksheets/sheet2.xml');
    expect(sheetRels.map((r) => [r.id, r.type.split('/').pop(), r.target])).toEqual([
      ['rId1', 'table', '../tables/table2.xml'],
      ['rId2', 'drawing', '../drawings/drawing1.xml'],
    ]);
    expect((await pkg.relationships('xl/drawings/drawing1.xml')).map((r) => r.target)).toEqual(['../charts/chart1.xml']);
    expect(await pkg.text('xl/charts/chart1.xml')).toBe('<c:chartSpace/>');
    expect(await pkg.text('xl/workbook.xml')).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Avvikelser&apos;!$5:$5</definedName>');
  });
});
