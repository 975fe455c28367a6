import { Lang, formatMessage, isMessageKey } from '../messages';

/** A group's name as a reader sees it: account classes and `Ej placerade` are message keys, worded here; other names are the user's own. */
export function groupName(name: string, lang: Lang): string {
  return (name.startsWith('accountGroup.') || name.startsWith('group.')) && isMessageKey(name) ? formatMessage(name, lang) : name;
}
