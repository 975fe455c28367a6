import { MARK_ROW, generatedMark, readMark, sheetNameKey } from '../marks';
import { Lang } from '../messages';
import { LABELS, Labels } from './labels';
import { OutputSheet } from './output';

const LABEL_OF: Record<OutputSheet['key'], keyof Labels & `${string}Sheet`> = {
  deviations: 'deviationsSheet',
  checks: 'checksSheet',
  goals: 'goalsSheet',
  fees: 'feeSheet',
  invoices: 'invoiceSheet',
};

/**
 * The names (lower case, without a ` (2)` suffix) of the marked sheets a run writing `sheets` replaces: each
 * sheet's name in every language, so a run in English replaces what an earlier run in Swedish wrote.
 */
export function replacedSheetNames(sheets: readonly OutputSheet[]): Set<string> {
  const names = new Set<string>();
  for (const s of sheets) {
    names.add(sheetNameKey(s.name));
    for (const lang of Object.keys(LABELS) as Lang[]) names.add(sheetNameKey(LABELS[lang][LABEL_OF[s.key]]));
  }
  return names;
}

/** Which output a sheet name is, in either language, suffix or not (`Avvikelser (2)` → deviations); null for none. */
export function outputKeyOf(name: string): OutputSheet['key'] | null {
  const base = sheetNameKey(name).replace(/ \(\d+\)$/, '');
  for (const key of Object.keys(LABEL_OF) as OutputSheet['key'][])
    for (const lang of Object.keys(LABELS) as Lang[]) if (sheetNameKey(LABELS[lang][LABEL_OF[key]]) === base) return key;
  return null;
}

/** Whether an existing sheet has a name a run may replace (`Avvikelser`, `Avvikelser (2)`); only its mark decides. */
export function hasReplaceableName(name: string, names: ReadonlySet<string>): boolean {
  return names.has(sheetNameKey(name).replace(/ \(\d+\)$/, ''));
}

/**
 * The sheet as written under `name`, the name the adapter chose (`Avvikelser (2)` beside a user's
 * `Avvikelser`): its mark names that sheet, so the next run finds it as its own. Both adapters call this.
 */
export function sheetMarkedAs(out: OutputSheet, name: string): OutputSheet {
  const mark = readMark(out.notes[MARK_ROW - 1] ?? null);
  if (!mark || mark.name === name) return out;
  return { ...out, notes: out.notes.map((note, i) => (i === MARK_ROW - 1 ? generatedMark(mark.lang, name) : note)) };
}
