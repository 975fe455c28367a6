import fc from 'fast-check';
import { wrappedLines } from '../../src/core/render/output';

/** wrappedLines as it was, word by word for every text: the reference for its shortcut for short texts. */
function reference(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? 1 : 1.1)) - 1);
  let lines = 0;
  for (const part of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of part.split(/\s+/u).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        lines += used === 0 ? Math.ceil(word.length / perLine) - 1 : Math.ceil(word.length / perLine);
        used = word.length % perLine || perLine;
      }
    }
  }
  return Math.max(1, lines);
}

test('wrappedLines counts the lines the word-by-word reckoning counts, for any text and width', () => {
  const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('ord', 'långt-ord-utan-mellanrum', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', 'x')).map((parts) => parts.join('')));
  fc.assert(
    fc.property(text, fc.integer({ min: 0, max: 60 }), fc.boolean(), (t, width, bold) => {
      expect(wrappedLines(t, width, bold)).toBe(reference(t, width, bold));
    }),
    { numRuns: 3000 },
  );
});
