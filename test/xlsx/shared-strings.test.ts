import fc from 'fast-check';
import { joinBytes } from '../../src/core/render/byte-sink';
import { asUtf8Declaration } from '../../src/xlsx/package';
import { SharedStrings } from '../../src/xlsx/shared-strings';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The bytes `put` made of the text before the items were written as bytes. */
const asPut = (strings: SharedStrings) => new TextEncoder().encode(asUtf8Declaration(strings.toString()));

/** Tables as different writers leave them: a default namespace, a prefix, none in scope, empty, self-closing, UTF-16 declared. */
const TABLES = [
  () => SharedStrings.empty(),
  () =>
    new SharedStrings(
      `<?xml version="1.0" encoding="UTF-16"?>\n<sst xmlns="${MAIN}" count="3" uniqueCount="2"><si><t>Budget</t></si><si><r><t>Ut</t></r><r><t>fall</t></r></si></sst>`,
    ),
  () => new SharedStrings(`<x:sst xmlns:x="${MAIN}"><x:si><x:t>Budget</x:t></x:si></x:sst>`),
  () => new SharedStrings(`<sst xmlns:x="${MAIN}"><x:si xmlns="${MAIN}"><t>Budget</t></x:si></sst>`),
  () => new SharedStrings(`<sst xmlns="${MAIN}"/>`),
];

describe('the shared string table written as bytes is the text it wrote before, encoded', () => {
  test('hard texts: entities, spaces at either end, controls, carriage returns, _xHHHH_, surrogates, U+FFFE, non-ASCII', () => {
    const texts = [
      'Budget',
      'Utfall',
      "'Budget 2025'!A7",
      'a & b < c > "d"',
      ' indrag',
      'slut ',
      '\u00a0hårt',
      'sista\u3000',
      '\tflik',
      'rad\nrad',
      'Rad\rett',
      'Ring\u0007klocka',
      'Kod _x0041_',
      '_x',
      'a_xb',
      'emoji 😀',
      'halv \ud800 och \udc00',
      'slut \ud83d',
      '\ufffe\uffff',
      'Löner åäö €',
      '\u07ff\u0800',
      'x'.repeat(5000),
    ];
    for (const make of TABLES) {
      const strings = make();
      texts.forEach((t) => strings.index(t));
      expect(Buffer.from(joinBytes(strings.toBytes())).equals(Buffer.from(asPut(strings)))).toBe(true);
    }
  });

  test('random texts, repeated and new, on every kind of table', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.string({ unit: fc.constantFrom('a', ' ', '&', "'", '_', 'x', '0', '\r', '\u0001', 'å', '😀', '\ud800', '\udc00', '\ufffe'), maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.nat({ max: TABLES.length - 1 }), fc.array(text, { maxLength: 40 }), (table, texts) => {
        const strings = TABLES[table]();
        texts.forEach((t) => strings.index(t));
        expect(Buffer.from(joinBytes(strings.toBytes())).equals(Buffer.from(asPut(strings)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
