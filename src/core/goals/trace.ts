import type { MessageParams } from '../messages';

/**
 * What a goal's value was computed from, and why it may have none: the economist checks a financial goal
 * by opening the cells it names, so every number carries them.
 */

/** One cell of the user's workbook; `cell` is an A1 address. */
export interface SourceCell {
  sheet: string;
  cell: string;
}

/** A remark in the user's language, written later: a message key with its parameters. */
export interface Note {
  key: string;
  params: MessageParams;
}

/** `Balansräkning!C12`, or `'Mål och nyckeltal'!B4` when the sheet name needs quotes in an Excel reference. */
export function cellReference(source: SourceCell): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(source.sheet);
  const sheet = plain ? source.sheet : `'${source.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${source.cell}`;
}

/** Each cell once, in the order first met. */
export function uniqueSources(sources: readonly SourceCell[]): SourceCell[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = cellReference(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
