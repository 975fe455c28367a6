import fc from 'fast-check';
import { wordByWordLines, wrappedLines } from '../../src/core/render/output';

/** The word-by-word reckoning every text went through before the shortcut for short texts. */
const reference = (text: string, width: number, bold = false) => wordByWordLines(text, Math.max(1, Math.floor(width * (bold ? 1 : 1.1)) - 1));

test('wrappedLines counts the lines the word-by-word reckoning counts, for any text and width', () => {
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.array(fc.constantFrom('ord', 'långt-ord-utan-mellanrum', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', 'x')).map((parts) => parts.join('')),
  );
  fc.assert(
    fc.property(text, fc.integer({ min: 0, max: 60 }), fc.boolean(), (t, width, bold) => {
      expect(wrappedLines(t, width, bold)).toBe(reference(t, width, bold));
    }),
    { numRuns: 3000 },
  );
});
