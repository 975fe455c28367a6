/**
 * The part of the Excel JavaScript API the adapter uses, and nothing more. The real `Excel.RequestContext`
 * has every member named here (test/types/excel-run.ts checks that when compiling), so `Excel.run` can be
 * passed where an `ExcelRun` is expected; the typed fake in test/fakes/excel.ts implements the same subset.
 *
 * Members are declared as methods (not function-valued properties) on purpose: TypeScript compares method
 * parameters bivariantly, which lets `Excel.Range`-taking methods of the real API satisfy these signatures.
 */

/** `Excel.run` reduced to the one overload the adapter calls. */
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

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
}

export interface XlApplication {
  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlRuntime {
  enableEvents: boolean;
  load(propertyNames: string): XlRuntime;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames: string): XlWorksheetCollection;
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
}

export interface XlWorksheet {
  readonly name: string;
  /** 'Visible' | 'Hidden' | 'VeryHidden'. */
  readonly visibility: string;
  /** ExcelApi 1.7. */
  tabColor: string;
  readonly tables: XlTableCollection;
  readonly charts: XlChartCollection;
  /** ExcelApi 1.7. */
  readonly freezePanes: XlFreezePanes;
  load(propertyNames: string): XlWorksheet;
  getRange(address?: string): XlRange;
  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
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
  /** 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' | … per cell. */
  readonly valueTypes: string[][];
  numberFormat: unknown[][];
  readonly format: XlRangeFormat;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: XlConditionalFormatCollection;
  load(propertyNames: string): XlRange;
  select(): void;
}

export interface XlRangeFormat {
  columnWidth: number;
  readonly font: XlFont;
}

export interface XlFont {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
}

export interface XlTableCollection {
  readonly items: XlTable[];
  load(propertyNames: string): XlTableCollection;
  add(address: XlRange | string, hasHeaders: boolean): XlTable;
}

export interface XlTable {
  name: string;
  style: string;
}

export interface XlChartCollection {
  add(type: 'BarClustered', sourceData: XlRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): XlChart;
}

export interface XlChart {
  name: string;
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  setPosition(startCell: string, endCell?: string): void;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
}

export interface XlConditionalFormatCollection {
  /** `Excel.ConditionalFormatType.custom` is the string 'Custom'; the enum object exists only where office.js is loaded. */
  add(type: 'Custom'): XlConditionalFormat;
}

export interface XlConditionalFormat {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string; bold: boolean } };
  };
}

/** `Office.context.requirements.isSetSupported`, injectable so tests and the command line need no Office. */
export type Supports = (set: string, version: string) => boolean;
