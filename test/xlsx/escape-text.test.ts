import fc from 'fast-check';
import { escapeText, escapeXml } from '../../src/xlsx/xml';

describe('escapeText', () => {
  /** escapeText as it was, three replacements for every text: the reference for its shortcut. */
  const reference = (text: string) => {
    const guarded = text.indexOf('_x') >= 0 ? text.replace(/_x(?=[0-9A-Fa-f]{4}_)/g, '_x005F_x') : text;
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    const encoded = guarded.replace(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
    return escapeXml(encoded);
  };

  test('gives what the three replacements give, for any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string(),
      fc.constantFrom('Huvudbok!A123', '_x0041_', '_x', 'a\tb\nc\rd', '😀', '\ud800', '\ufffe', '&amp;'),
    );
    fc.assert(
      fc.property(text, (t) => expect(escapeText(t)).toBe(reference(t))),
      { numRuns: 2000 },
    );
  });
});
