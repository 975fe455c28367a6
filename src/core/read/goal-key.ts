import { memoByText } from '../memo';
import { normaliseLabel, stripFootnote } from './text';

/**
 * The key a goal area is matched by across sheets: `Mål 3`, `Mål 3: Sörmland har …` and `mål 3` are one
 * goal; otherwise the label before a colon, without parentheses (`Övriga insatser (…)` = `Övriga insatser`).
 */
export const goalKey = memoByText((label: string): string => {
  const s = normaliseLabel(stripFootnote(label));
  const numbered = /^(mål|målområde|goal|goal area|område|fokusområde|delmål)\s*(\d+)\b/.exec(s);
  if (numbered) return `#${numbered[2]}`;
  return s
    .split(':')[0]
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
});
