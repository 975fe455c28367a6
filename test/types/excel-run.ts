/**
 * Checked by `npm run typecheck` (tsc over test/), never run: the real Office.js `Excel.run` fits where the
 * adapter expects an `ExcelRun`, so the typed subset in src/excel/api.ts cannot drift from the real API
 * unnoticed, and a function of another shape does not fit (the check has teeth).
 */
/// <reference types="office-js" />
import { ExcelContext, ExcelRun } from '../../src/excel/api';

export function realExcelRunFits(): ExcelRun {
  return Excel.run;
}

export function otherShapesDoNotFit(): ExcelRun[] {
  return [
    // @ts-expect-error a function of a number is no run function
    (n: number) => Promise.resolve(n),
    // @ts-expect-error a batch needs the context's workbook, which a bare sync does not give
    <T>(batch: (context: { sync(): Promise<unknown> }) => Promise<T>) => batch({ sync: () => Promise.resolve() }),
  ];
}

/** A context without `sync` is no ExcelContext. */
export function contextNeedsSync(context: ExcelContext): Omit<ExcelContext, 'sync'> {
  // @ts-expect-error the adapter syncs on every context it is given
  const missing: ExcelContext = { workbook: context.workbook, application: context.application, runtime: context.runtime };
  return missing;
}
