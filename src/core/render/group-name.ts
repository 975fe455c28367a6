import { Lang, formatMessage, isMessageKey } from '../messages';

/** A group's name as a reader sees it: account classes and `Ej placerade` are message keys, worded here; other names are the user's own. */
export function groupName(name: string, lang: Lang): string {
  return (name.startsWith('accountGroup.') || name.startsWith('group.')) && isMessageKey(name) ? formatMessage(name, lang) : name;
}

/** A name short enough for a chart's axis: `Mål 1` for `Mål 1: I Sörmland finns …`, else cut with an ellipsis; each distinct. */
export function shortNames(names: readonly string[], max = 28): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    // The name's head, before a colon, a parenthesis or a dash: `Mål 1`, `Övriga insatser`.
    const head = /^(.{1,26}?)(?::\s|\s\(|\s[–-]\s)/u.exec(name)?.[1];
    let short = head ?? (name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name);
    for (let i = 2; taken.has(short); i++) short = `${(head ?? name).slice(0, max - 4).trimEnd()}… ${i}`;
    taken.add(short);
    return short;
  });
}
