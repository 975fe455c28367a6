/// <reference types="office-js" />
import { SheetData } from '../core/cells';
import { Lang } from '../core/messages';
import { OutputSheet } from '../core/render/output';
import { WorkbookPort } from '../port';
import { ExcelRun, RunOptions, Supports } from './api';
import { DEFAULT_LIMITS, PayloadLimits } from './blocks';
import { readWorkbookSheets } from './read';
import { writeOutputSheets, writeSettingsSheet } from './write';

/**
 * `Office.context.requirements.isSetSupported`, or true where there is no Office (tests, a browser preview):
 * there is nothing to guard against there.
 */
export const officeSupports: Supports = (set, version) => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return requirements ? requirements.isSetSupported(set, version) : true;
};

export interface OfficeWorkbookOptions {
  /** Which API sets the host has; default `officeSupports`. */
  supports?: Supports;
  limits?: Partial<PayloadLimits>;
}

/**
 * Every run waits while the user is editing a cell, instead of failing with InvalidOperationInCellEditMode
 * (Excel.RunOptions.delayForCellEdit).
 */
export const RUN_OPTIONS: RunOptions = { delayForCellEdit: true };

/**
 * The open Excel document behind the workbook port. Each method is one `Excel.run`; in the task pane:
 * `new OfficeWorkbook(Excel.run.bind(Excel))`. Tests pass the fake's `fakeRun(workbook)`.
 */
export class OfficeWorkbook implements WorkbookPort {
  private readonly supports: Supports;
  private readonly limits: PayloadLimits;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.supports = options.supports ?? officeSupports;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  readSheets(): Promise<SheetData[]> {
    return this.run(RUN_OPTIONS, (context) => readWorkbookSheets(context, this.limits));
  }

  writeSheets(sheets: readonly OutputSheet[]): Promise<string[]> {
    return this.run(RUN_OPTIONS, (context) => writeOutputSheets(context, sheets, { supports: this.supports, limits: this.limits }));
  }

  writeSettings(rows: readonly (readonly (string | number)[])[], lang: Lang): Promise<string> {
    return this.run(RUN_OPTIONS, (context) => writeSettingsSheet(context, rows, lang, this.supports));
  }
}

/** Go to a cell: activate its sheet and select it (the task pane's "click a finding"). One sync. */
export function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  return run(RUN_OPTIONS, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

/** Show a sheet: make it the active one (the ribbon button, when its run is done). One sync. */
export function activateSheet(run: ExcelRun, sheet: string): Promise<void> {
  return run(RUN_OPTIONS, async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}
