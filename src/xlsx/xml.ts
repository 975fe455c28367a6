/** Escaping for the parts Avstämning writes or edits. */

/** Characters XML 1.0 cannot hold at all (controls other than tab, newline and return; lone surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for element content or an attribute value; characters XML cannot hold are left out. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_OOXML_ESCAPE = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;

/** Any character escapeText might change (a superset: tab, newline and whole surrogate pairs take the long way too). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MAY_NEED_ESCAPE = /[\u0000-\u001F&<>"'\uD800-\uDFFF\uFFFE\uFFFF]|_x/;

/**
 * Cell text for a `<t>` element, as Excel writes it: XML-escaped, control characters (and a carriage return,
 * which XML would turn into a line feed) as `_xHHHH_`, and a literal `_xHHHH_` in the text protected as
 * `_x005F_xHHHH_`, so that every character reads back as it was.
 */
export function escapeText(text: string): string {
  // Most texts have nothing to escape: one test instead of three replacements (100 000 cell references on a sheet).
  if (!MAY_NEED_ESCAPE.test(text)) return text;
  const guarded = text.indexOf('_x') >= 0 ? text.replace(/_x(?=[0-9A-Fa-f]{4}_)/g, '_x005F_x') : text;
  const encoded = guarded.replace(NEEDS_OOXML_ESCAPE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeXml(encoded);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
