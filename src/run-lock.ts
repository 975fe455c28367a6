import { ExcelRunError } from './excel/errors';

/**
 * One run at a time, whether started in the task pane or from the ribbon. The two run in separate JavaScript
 * runtimes (the pane's page and the function file; "Runtimes in Office Add-ins"), so a flag in one module's
 * memory is not seen by the other. The Web Locks API (`navigator.locks`) is: a lock is shared by every page of
 * one origin in one browser storage, the same scope as `localStorage`, which Microsoft documents as shared
 * by an add-in's browser runtimes. It holds no data. Where a host lacks it (Safari before 15.4), the lock
 * still keeps each runtime from running twice at once.
 */
export interface RunLock {
  /** Run `work` holding the lock; when another run holds it, fail at once with the message 'excel.busy' (nothing done). */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** The part of the Web Locks `LockManager` used here. */
export interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

const LOCK_NAME = 'avstamning-run';

/** `locks` null: this runtime only (the browser preview, whose workbook is a file in this page alone). */
export function createRunLock(locks: LockManagerLike | null | undefined = browserLocks()): RunLock {
  let busy = false;
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (busy) throw new ExcelRunError('excel.busy');
      busy = true;
      try {
        if (!locks) return await work();
        return await locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
          if (lock === null) throw new ExcelRunError('excel.busy');
          return work();
        });
      } finally {
        busy = false;
      }
    },
  };
}

function browserLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks;
}

/** The lock of this runtime: the pane and the ribbon command each use it. */
export const RUN_LOCK: RunLock = createRunLock();
