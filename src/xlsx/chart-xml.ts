import { Flavour, TRANSITIONAL } from './namespaces';
import { XML_DECLARATION, escapeXml } from './xml';

/** The namespaces of drawings and charts in the workbook's flavour. */
function namespaces(f: Flavour) {
  return { c: f.chart, a: f.drawingMain, r: f.relationships, xdr: f.spreadsheetDrawing };
}

/** Where a drawing sits: from the top-left corner of one cell to that of another (zero-based). */
export interface Anchor {
  fromCol: number;
  fromRow: number;
  toCol: number;
  toRow: number;
}

/** A clustered bar chart over ranges of its own sheet (references already absolute, sheet-qualified). */
export interface BarChartSpec {
  title: string;
  categories: string;
  series: readonly { name: string; values: string; numberFormat: string }[];
}

/** The drawing part that places one chart (its relationship `rId1`) on a sheet. */
export function drawingXml(at: Anchor, flavour: Flavour = TRANSITIONAL): string {
  const NS = namespaces(flavour);
  const corner = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from>${corner(at.fromCol, at.fromRow)}</xdr:from><xdr:to>${corner(at.toCol, at.toRow)}</xdr:to>` +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

/** A chart part: horizontal clustered bars, as Excel's BarClustered, a legend only for several series. */
export function barChartXml(spec: BarChartSpec, flavour: Flavour = TRANSITIONAL): string {
  const NS = namespaces(flavour);
  const series = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${escapeXml(s.name)}</c:f></c:strRef></c:tx><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(spec.categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${escapeXml(s.values)}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join('');
  const valueFormat = escapeXml(spec.series[0]?.numberFormat ?? 'General');
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="low"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>' +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>' +
    `<c:numFmt formatCode="${valueFormat}" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/>` +
    '<c:crossBetween val="between"/></c:valAx></c:plotArea>' +
    (spec.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '') +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
