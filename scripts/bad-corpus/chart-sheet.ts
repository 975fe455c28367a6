/**
 * ExcelJS cannot write a chart sheet, so a workbook whose only sheet is one is made by hand: ExcelJS writes
 * a one-sheet workbook, and its worksheet part is swapped for a chart sheet (chartsheet → drawing → chart
 * with literal values, no cell references), the parts and relationships Excel itself writes for one.
 */
import JSZip from 'jszip';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const NS_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CHARTSHEET = `${XML}<chartsheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetPr/><sheetViews><sheetView zoomScale="100" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`;
const CHARTSHEET_RELS = `${XML}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`;
const DRAWING = `${XML}<xdr:wsDr xmlns:xdr="${NS_DRAWING}" xmlns:a="${NS_A}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666667" cy="6293556"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`;
const DRAWING_RELS = `${XML}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/chart" Target="../charts/chart1.xml"/></Relationships>`;

/** A bar chart of budget per goal area, its values literal (the workbook has no cells to point at). */
function chart(labels: readonly string[], values: readonly number[]): string {
  const pts = (xs: readonly (string | number)[]) => xs.map((x, i) => `<c:pt idx="${i}"><c:v>${x}</c:v></c:pt>`).join('');
  return (
    `${XML}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_REL}"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:cat><c:strLit><c:ptCount val="${labels.length}"/>${pts(labels)}</c:strLit></c:cat>` +
    `<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts(values)}</c:numLit></c:val></c:ser>` +
    `<c:axId val="1"/><c:axId val="2"/></c:barChart>` +
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="2"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="1"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

const CT = 'application/vnd.openxmlformats-officedocument';

/** The ExcelJS workbook in `xlsx` (one worksheet, sheet1.xml) with that worksheet turned into a chart sheet. */
export async function toChartSheetOnly(xlsx: Buffer, labels: readonly string[], values: readonly number[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const text = async (path: string) => {
    const f = zip.file(path);
    if (!f) throw new Error(`chart sheet: no ${path} in the ExcelJS output`);
    return f.async('string');
  };
  const types = (await text('[Content_Types].xml')).replace(
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
    `<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="${CT}.spreadsheetml.chartsheet+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT}.drawing+xml"/>` +
      `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT}.drawingml.chart+xml"/>`,
  );
  const rels = (await text('xl/_rels/workbook.xml.rels')).replace(
    `Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"`,
    `Type="${NS_REL}/chartsheet" Target="chartsheets/sheet1.xml"`,
  );
  if (!types.includes('chartsheet') || !rels.includes('chartsheet')) throw new Error('chart sheet: the ExcelJS output changed shape');
  zip.remove('xl/worksheets/sheet1.xml');
  zip.remove('xl/worksheets');
  zip.file('[Content_Types].xml', types);
  zip.file('xl/_rels/workbook.xml.rels', rels);
  zip.file('xl/chartsheets/sheet1.xml', CHARTSHEET);
  zip.file('xl/chartsheets/_rels/sheet1.xml.rels', CHARTSHEET_RELS);
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file('xl/drawings/_rels/drawing1.xml.rels', DRAWING_RELS);
  zip.file('xl/charts/chart1.xml', chart(labels, values));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
