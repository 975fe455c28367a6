import { normaliseLabel } from '../read/text';

/**
 * The same dimension headed in Swedish on one sheet and in English on the other (a budget kept in Swedish beside
 * Business Central's `Cost Centre Code`): one word for both, so that the two sides share it as a key.
 */
const SAME: readonly [RegExp, string][] = [
  [/^(?:kostnadsställe|kst|cost cent(?:re|er))(?: code| kod)?$/u, 'kostnadsställe'],
  [/^(?:avdelning|department)(?: code| kod)?$/u, 'avdelning'],
  [/^(?:aktivitet|activity)(?: code| kod)?$/u, 'aktivitet'],
  [/^(?:ansvar|responsibility)(?: code| kod)?$/u, 'ansvar'],
];

/** The word a dimension column is known by in a join: its header's first word, or the one its synonyms share. */
export function dimensionWord(header: string): string {
  const h = normaliseLabel(header)
    .replace(/\([^)]*\)/g, '')
    .trim();
  for (const [re, word] of SAME) if (re.test(h)) return word;
  return h.split(/\s+/)[0];
}
