import { TableResult } from '../deviations/analyze';
import { Lang, formatMessage } from '../messages';
import { LABELS } from './labels';
import { groupName } from './group-name';

/** Groups named in the sentence at most; the rest are counted in the table's figure. */
const GROUPS_NAMED = 5;

/**
 * A table's lines with no deviation (a budget or outcome empty or unreadable), in words: how many of how many,
 * in which groups, and that the deviation and its % leave them out while budget and outcome still show them.
 * Null when every line is compared. The same sentence on the sheets, in the pane and on the command line; those
 * that list several tables put the table's name before it.
 */
export function notComparedText(t: TableResult, lang: Lang): string | null {
  if (t.total.leftOut === 0) return null;
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const grouped = !(t.groups.length === 1 && t.groups[0].name === t.sheet);
  const named = grouped ? t.groups.filter((g) => g.leftOut > 0) : [];
  const listed = named.slice(0, GROUPS_NAMED).map((g) => `${groupName(g.name, lang)}: ${g.leftOut.toLocaleString(locale)}`);
  if (named.length > GROUPS_NAMED) listed.push('…');
  return formatMessage(LABELS[lang].notCompared, lang, {
    count: t.total.leftOut.toLocaleString(locale),
    lines: t.total.lineCount.toLocaleString(locale),
    groups: listed.length ? ` (${listed.join(', ')})` : '',
  });
}
