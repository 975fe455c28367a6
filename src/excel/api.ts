/**
 * The part of the Excel JavaScript API the adapter uses, and nothing more. The real `Excel.RequestContext`
 * has every member named here (test/types/excel-run.ts checks that when compiling), so `Excel.run` can be
 * passed where an `ExcelRun` is expected; the typed fake in test/fakes/excel.ts implements the same subset.
 * Each member says its requirement set: the manifest asks for ExcelApi 1.4, so anything newer is used only
 * after `Supports` said yes (the fake throws ApiNotFound otherwise, as Excel does).
 *
 * Members are declared as methods (not function-valued properties) on purpose: TypeScript compares method
 * parameters bivariantly, which lets `Excel.Range`-taking methods of the real API satisfy these signatures.
 */

/** `Excel.RunOptions`, the part the adapter sets. */
export interface RunOptions {
  /**
   * Wait while the user is editing a cell instead of failing with InvalidOperationInCellEditMode. Hosts that
   * do not know the option ignore it (it is read by office.js, which comes from the CDN, and passed along).
   */
  delayForCellEdit?: boolean;
}

/** `Excel.run` reduced to the one overload the adapter calls. */
export type ExcelRun = <T>(options: RunOptions, batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

export interface ExcelContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  /** ExcelApi 1.5 (`enableEvents` 1.8). */
  readonly runtime: XlRuntime;
  sync(): Promise<unknown>;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  /** Workbook-scoped defined names: a table may not take one's name. ExcelApi 1.1. */
  readonly names: XlNamedItemCollection;
  /** Worksheet functions evaluated without a cell. ExcelApi 1.2. */
  readonly functions: XlFunctions;
  /** Structure protection (no sheet added, deleted or renamed). ExcelApi 1.7. */
  readonly protection: XlProtection;
  /** Open read-only (or in view mode). ExcelApi 1.8. */
  readonly readOnly: boolean;
  load(propertyNames: string): XlWorkbook;
}

export interface XlApplication {
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlRuntime {
  enableEvents: boolean;
  load(propertyNames: string): XlRuntime;
}

export interface XlFunctions {
  /** `DATE(year, month, day)` in the workbook's own date system. ExcelApi 1.2. */
  date(year: number, month: number, day: number): XlFunctionResult;
}

export interface XlFunctionResult {
  readonly value: number;
  load(propertyNames: string): XlFunctionResult;
}

export interface XlProtection {
  readonly protected: boolean;
  load(propertyNames: string): XlProtection;
}

export interface XlNamedItemCollection {
  readonly items: { readonly name: string }[];
  load(propertyNames: string): XlNamedItemCollection;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames: string): XlWorksheetCollection;
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
}

export interface XlWorksheet {
  /** Renaming clears the undo history in Excel on Windows and Mac. */
  name: string;
  /** 'Visible' | 'Hidden' | 'VeryHidden'. */
  visibility: string;
  /** ExcelApi 1.7. */
  tabColor: string;
  readonly tables: XlTableCollection;
  readonly charts: XlChartCollection;
  /** Sheet-scoped defined names. ExcelApi 1.4. */
  readonly names: XlNamedItemCollection;
  /** ExcelApi 1.2. */
  readonly protection: XlProtection;
  /** ExcelApi 1.7. */
  readonly freezePanes: XlFreezePanes;
  /** How the sheet prints. ExcelApi 1.9. */
  readonly pageLayout: XlPageLayout;
  load(propertyNames: string): XlWorksheet;
  /** No address: the whole sheet. */
  getRange(address?: string): XlRange;
  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** Clears the undo history; fails with InvalidOperation on a very hidden sheet. */
  delete(): void;
  activate(): void;
}

export interface XlRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Numbers, strings and booleans; an error cell gives its error text, an empty cell ''. */
  values: unknown[][];
  /**
   * ExcelApi 1.16. The adapter only writes it, with `XlCellValue`s; declared `unknown` because the real
   * property's type is the union of every cell value kind.
   */
  valuesAsJson: unknown[][];
  /** 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' | … per cell. */
  readonly valueTypes: string[][];
  numberFormat: unknown[][];
  readonly format: XlRangeFormat;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: XlConditionalFormatCollection;
  /** A link to a place in the workbook (`documentReference`) or a web address. ExcelApi 1.7. */
  hyperlink: XlRangeHyperlink;
  load(propertyNames: string): XlRange;
  /** The used range within this range, or a null object. ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** Contents and formats ('All', the default). */
  clear(applyTo?: 'All'): void;
  select(): void;
  /** Delete the cells, the rest moving up (whole rows: the rows go). ExcelApi 1.1. */
  delete(shift: 'Up' | 'Left'): void;
  /** Merge the cells into one. ExcelApi 1.2. */
  merge(across?: boolean): void;
  /** Group the rows (or columns) in an outline, so they fold. ExcelApi 1.10. */
  group(groupOption: 'ByRows' | 'ByColumns'): void;
}

/** `Excel.RangeHyperlink`: a place in the workbook (`'Målområden'!B6`), with the text the cell shows. */
export interface XlRangeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/** `Excel.PageLayout`, the part the adapter sets. ExcelApi 1.9. */
export interface XlPageLayout {
  /** 'Portrait' | 'Landscape'. */
  orientation: string;
  /** 'A4', 'Letter', … */
  paperSize: string;
  /** Fit to pages, or a scale in percent; set as a whole object. */
  zoom: XlPageZoom;
  /** Margins in points. */
  leftMargin: number;
  rightMargin: number;
  readonly headersFooters: XlHeaderFooterGroup;
  /** Rows repeated at the top of every page (`$6:$6`). */
  setPrintTitleRows(printTitleRows: string): void;
  /** Columns repeated at the left of every page (`$A:$B`). */
  setPrintTitleColumns(printTitleColumns: string): void;
  /** What prints (`A1:Q30`). */
  setPrintArea(printArea: string): void;
}

export interface XlPageZoom {
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
  scale?: number;
}

export interface XlHeaderFooterGroup {
  readonly defaultForAllPages: XlHeaderFooter;
}

/** Sections in Excel's header and footer codes (`&P` the page, `&N` the pages, `&A` the sheet). ExcelApi 1.9. */
export interface XlHeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** Cell values as `valuesAsJson` takes them: a String is stored as that text, never parsed (ExcelApi 1.16). */
export type XlCellValue = { type: 'String'; basicValue: string } | { type: 'Double'; basicValue: number } | { type: 'Empty'; basicValue: '' };

export interface XlRangeFormat {
  /** ExcelApi 1.2. */
  columnWidth: number;
  /** In points. ExcelApi 1.2. */
  rowHeight: number;
  /** ExcelApi 1.1. */
  wrapText: boolean;
  /** 'Top' | 'Center' | 'Bottom' | …. ExcelApi 1.1. */
  verticalAlignment: string;
  readonly font: XlFont;
  /** Rows as high as their (wrapped) text. ExcelApi 1.2. */
  autofitRows(): void;
}

export interface XlFont {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
  /** 'None' | 'Single' | …. */
  underline: string;
}

export interface XlTableCollection {
  readonly items: XlTable[];
  load(propertyNames: string): XlTableCollection;
  add(address: XlRange | string, hasHeaders: boolean): XlTable;
}

export interface XlTable {
  name: string;
  style: string;
  delete(): void;
}

export interface XlChartCollection {
  readonly items: XlChart[];
  load(propertyNames: string): XlChartCollection;
  add(type: 'BarClustered', sourceData: XlRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): XlChart;
}

export interface XlChart {
  name: string;
  readonly title: { text: string };
  /** `position`: 'Bottom', 'Right', …. */
  readonly legend: { visible: boolean; position: string };
  /** ExcelApi 1.1. */
  readonly series: XlChartSeriesCollection;
  /** ExcelApi 1.1 (`numberFormat` 1.8). */
  readonly dataLabels: { showValue: boolean; numberFormat: string };
  readonly axes: { readonly valueAxis: XlChartAxis };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface XlChartSeriesCollection {
  getItemAt(index: number): XlChartSeries;
}

export interface XlChartSeries {
  /** Bars of the series side by side (−100) or on one another (100). ExcelApi 1.8. */
  overlap: number;
  /** ExcelApi 1.8. */
  gapWidth: number;
  readonly format: { readonly fill: { setSolidColor(color: string): void } };
}

/** The value axis, fitted to the data. ExcelApi 1.1 (`numberFormat` 1.8). */
export interface XlChartAxis {
  minimum: number;
  maximum: number;
  majorUnit: number;
  numberFormat: string;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
}

export interface XlConditionalFormatCollection {
  /** `Excel.ConditionalFormatType.custom` is the string 'Custom'; the enum object exists only where office.js is loaded. */
  add(type: 'Custom'): XlConditionalFormat;
  /** ExcelApi 1.6. */
  clearAll(): void;
}

export interface XlConditionalFormat {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string; bold: boolean } };
  };
}

/** `Office.context.requirements.isSetSupported`, injectable so tests and the command line need no Office. */
export type Supports = (set: string, version: string) => boolean;
