/**
 * Just enough XML for the parts Avstämning writes or edits: escaping, and reading the attributes of the few
 * elements it edits in place (the package's own parts are machine-written, one element per tag).
 */

/** Characters XML 1.0 cannot hold at all (controls other than tab, newline and return; lone surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for element content or an attribute value; characters XML cannot hold are left out (as Excel does). */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e as 'amp'];
  });
}

/** The attributes of one start tag (`<sheet name="A" r:id="rId1"/>`), unescaped. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(m[1], unescapeXml(m[2] ?? m[3]));
  return found;
}

/** Every start or empty tag of an element in a part, with where it is. */
export function tags(xml: string, element: string): { tag: string; index: number }[] {
  const pattern = new RegExp(`<${element.replace(/[.:]/g, '\\$&')}(?=[\\s/>])[^>]*>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => ({ tag: m[0], index: m.index ?? 0 }));
}

/** A start tag with one attribute set (added or replaced). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
