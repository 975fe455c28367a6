import fc from 'fast-check';
import { ByteSink, joinBytes, utf8Bytes } from '../../src/core/render/byte-sink';
import { Decimal } from '../../src/core/decimal';
import { Money, OreDecimal, moneyToPlain, percentRounded } from '../../src/core/money';
import { JsonRecords, membersObject, percentHundredths, prettyJsonChunks } from '../../src/core/render/json-text';

/** What the command line wrote before: JSON.stringify with an indent of 2, as UTF-8. */
const stringified = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2), 'utf8');
const written = (value: unknown) => Buffer.from(joinBytes(prettyJsonChunks(value)));

/** The same bytes (compared as text first, so that a failure shows where they part; toEqual on megabytes is slow). */
function expectSame(actual: Buffer, expected: Buffer): void {
  if (!actual.equals(expected)) expect(actual.toString('utf8')).toBe(expected.toString('utf8'));
  expect(actual.equals(expected)).toBe(true);
}

/** Every UTF-16 unit that needs care: controls, quote, backslash, DEL, Latin-1, U+2028, a pair, lone halves. */
const HARD_TEXTS = [
  '',
  'plain',
  'Säkerhetsarbete, åäö ÅÄÖ é ü',
  'a "quoted" word',
  'back\\slash \\n not a newline',
  Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).join(''),
  '\u007f\u0080\u00ff\u0100\u07ff\u0800\uffff',
  'line\u2028separator\u2029paragraph',
  'emoji 😀 and 👩‍👩‍👧 family',
  'lone high \ud800 end',
  'lone low \udc00 start',
  '\udbff',
  '\udfff\ud800',
  '</script> & <tag>',
];

describe('prettyJsonChunks is JSON.stringify(value, null, 2) byte for byte', () => {
  test.each(HARD_TEXTS.map((t) => [JSON.stringify(t)]))('the text %s, as a value, an item and a key', (quoted) => {
    const text = JSON.parse(quoted) as string;
    for (const value of [text, [text], { [text]: text }, { a: [text, { b: text }] }]) expectSame(written(value), stringified(value));
  });

  test('numbers as JSON.stringify writes them, and null for the ones it cannot', () => {
    const numbers = [
      0,
      -0,
      1,
      -1,
      0.1,
      -0.005,
      1234.5,
      2 ** 53 - 1,
      -(2 ** 53 - 1),
      2 ** 53,
      2 ** 60,
      1e21,
      1e-7,
      -1.5e-300,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      NaN,
      Infinity,
      -Infinity,
    ];
    expectSame(written(numbers), stringified(numbers));
    expectSame(written({ n: numbers }), stringified({ n: numbers }));
  });

  test('empty arrays and objects, nulls, booleans, and what JSON.stringify leaves out or writes as null', () => {
    const value = {
      a: [],
      o: {},
      nested: [[], {}, [[]], { x: {} }],
      none: null,
      yes: true,
      no: false,
      gone: undefined,
      fn: () => 1,
      sym: Symbol('s'),
      inArray: [undefined, () => 1, Symbol('t'), null],
      onlyGone: { a: undefined, b: () => 2 },
    };
    expectSame(written(value), stringified(value));
    expectSame(written([]), stringified([]));
    expectSame(written({}), stringified({}));
    expectSame(written(null), stringified(null));
  });

  test('toJSON is called with its key, as JSON.stringify calls it', () => {
    const keyed = { toJSON: (key: string) => `key ${JSON.stringify(key)}` };
    const value = {
      date: new Date(Date.UTC(2024, 0, 31, 12)),
      keyed,
      list: [keyed, keyed],
      gone: { toJSON: () => undefined },
      nested: { toJSON: () => ({ b: [1, keyed] }) },
    };
    expectSame(written(value), stringified(value));
    expectSame(written(keyed), stringified(keyed));
  });

  test('objects of alternating shapes at one depth (the shape cache must not mix their keys)', () => {
    const value = [
      { a: 1, b: 2 },
      { b: 2, a: 1 },
      { a: 1, b: 2, c: 3 },
      { a: 1 },
      { a: undefined, b: 2 },
      { a: 1, b: 2 },
      { 'a\u0000b': 1 },
      { a: 1, '\u0000b': 1 },
      { '': 0 },
    ];
    expectSame(written(value), stringified(value));
  });

  test('JsonRecords are written as the array of their objects, each made member by member as it is written', () => {
    const made: number[] = [];
    const records = new JsonRecords(5, (i, out) => {
      made.push(i);
      if (i === 2) return;
      out.member('i', i);
      out.member(HARD_TEXTS[i], HARD_TEXTS[i + 3]);
      out.money('amount', [0, -1, 123456789, -(2 ** 53 - 1), 5][i]);
      out.money('none', null);
      out.member('gone', undefined);
      out.member('list', i === 1 ? [] : [i, { nested: [HARD_TEXTS[i]] }, new Date(Date.UTC(2024, i))]);
      if (i === 4) out.member('last', true);
    });
    const value = { before: 1, records, empty: new JsonRecords(0, () => {}), after: [records] };
    expectSame(written(value), stringified(value));
    // Twice where it is written (two places), twice where JSON.stringify makes the array (toJSON).
    expect(made).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4]);
  });

  test('amounts as moneyToPlain writes them: whole kronor, öre with and without a trailing zero, signs, beyond 2^53 öre and fractions of an öre', () => {
    const ore = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.maxSafeInteger(),
      fc.maxSafeNat().map((n) => -n),
    );
    const decimals = [new Decimal('90071992547409920'), new Decimal('-123456789012345678901.5'), new Decimal('0.25'), new Decimal('-7')].map(
      (d) => d as OreDecimal,
    );
    fc.assert(
      fc.property(fc.array(ore, { maxLength: 20 }), (amounts) => {
        const all: Money[] = [...amounts, ...decimals];
        const records = new JsonRecords(all.length, (i, out) => out.money('belopp', all[i]));
        expectSame(written(records), stringified(all.map((m) => ({ belopp: moneyToPlain(m) }))));
      }),
    );
  });

  test('members written straight after their prefix (strings, whole numbers, booleans, null) are what the general writer and JSON.stringify write', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.constantFrom(...HARD_TEXTS));
    const whole = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, -0, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 53 - 1, -(2 ** 53 - 1)));
    // Other numbers, and values that are not one of the four, take the general way; they are mixed in to show the two agree in one record.
    const other = fc.oneof(
      fc.double(),
      fc.constant(2 ** 53),
      fc.constant(undefined),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.constant(new Date(Date.UTC(2024, 1, 29))),
    );
    const member = fc.oneof(text, whole, fc.boolean(), fc.constant(null), other);
    fc.assert(
      fc.property(fc.array(fc.array(member, { maxLength: 8 }), { maxLength: 12 }), (lines) => {
        const records = new JsonRecords(lines.length, (i, out) => lines[i].forEach((v, k) => out.member(`k${k}`, v)));
        const objects = lines.map((values) => Object.fromEntries(values.map((v, k) => [`k${k}`, v])));
        expectSame(written({ records }), stringified({ records: objects }));
      }),
      { numRuns: 300 },
    );
  });

  test("the lines' strings kept encoded are written as themselves, and as many distinct ones as the lines have", () => {
    // A few repeated (kept), then more distinct ones than are kept, then the repeated ones again; long ones never kept.
    const repeated = ['Mål 1 Utbildning', 'Konto "4010"', 'Löner\n', 'x'.repeat(64), 'y'.repeat(65), '\ud800', ''];
    const texts = [...repeated, ...Array.from({ length: 5000 }, (_, i) => `Konto ${i} åäö`), ...repeated, ...repeated];
    const records = new JsonRecords(texts.length, (i, out) => {
      out.member('name', texts[i]);
      out.member('same', repeated[i % repeated.length]);
    });
    expectSame(written(records), stringified(texts.map((name, i) => ({ name, same: repeated[i % repeated.length] }))));
  });

  test('percentages written from whole öre are what percentRounded writes, and null where it gives none', () => {
    const ore = fc.oneof(
      fc.integer({ min: -100_000, max: 100_000 }),
      fc.integer(),
      fc.maxSafeInteger(),
      fc.constantFrom(
        0,
        -0,
        1,
        -1,
        3,
        2 ** 53 - 1,
        -(2 ** 53 - 1),
        Math.floor(Number.MAX_SAFE_INTEGER / 10_000),
        Math.floor(Number.MAX_SAFE_INTEGER / 10_000) + 1,
      ),
    );
    const large = [new Decimal('90071992547409920'), new Decimal('-123456789012345678901'), new Decimal('0')].map((d) => d as OreDecimal);
    const money: fc.Arbitrary<Money | null> = fc.oneof({ weight: 8, arbitrary: ore }, fc.constantFrom<Money | null>(null, ...large));
    fc.assert(
      fc.property(fc.array(fc.tuple(money, money), { maxLength: 20 }), (pairs) => {
        const records = new JsonRecords(pairs.length, (i, out) => out.percent('p', pairs[i][0], pairs[i][1]));
        const expected = pairs.map(([part, whole]) => ({ p: part === null || whole === null ? null : percentRounded(part, whole, 2) }));
        expectSame(written(records), stringified(expected));
        // And as plain objects, for JSON.stringify.
        expect(pairs.map(([part, whole]) => membersObject((out) => out.percent('p', part, whole)))).toEqual(expected);
      }),
    );
    // Exactly halves round away from zero; zero has no sign; no percentage of nothing.
    expect(percentHundredths(1, 8)).toBe(1250);
    expect(percentHundredths(-1, 20_000)).toBe(-1);
    expect(percentHundredths(-1, 10_000_000)).toBe(0);
    expect(percentHundredths(5, 0)).toBeUndefined();
  });

  test('any JSON value, and any text in it (lone surrogates included)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...HARD_TEXTS));
    const value = fc
      .jsonValue({ maxDepth: 4 })
      .chain((v) => fc.tuple(fc.constant(v), fc.dictionary(text, fc.oneof(text, fc.double(), fc.integer(), fc.constant(undefined)), { maxKeys: 6 })));
    fc.assert(
      fc.property(value, (v) => {
        expectSame(written(v), stringified(v));
      }),
      { numRuns: 300 },
    );
  });

  test('a value larger than one chunk comes out whole, in order', () => {
    const value = Array.from({ length: 40_000 }, (_, i) => ({ i, text: `rad ${i} åäö 😀 "${i % 7}"`, money: (i * 37) / 100 - 300 }));
    const chunks = prettyJsonChunks(value);
    expect(chunks.length).toBeGreaterThan(1);
    expectSame(Buffer.from(joinBytes(chunks)), stringified(value));
  });
});

describe('ByteSink', () => {
  test('utf8 writes what TextEncoder writes, across chunk boundaries', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 20 }), fc.integer({ min: 1, max: 64 }), (texts, chunkSize) => {
        const sink = new ByteSink(chunkSize);
        for (const t of texts) sink.utf8(t);
        expectSame(Buffer.from(sink.bytes()), Buffer.from(new TextEncoder().encode(texts.join(''))));
      }),
    );
  });

  test('ascii, digits, bytes, raw and jsonString in order, with chunks handed on as they fill', () => {
    const handed: Uint8Array[] = [];
    const sink = new ByteSink(8, (chunk) => handed.push(chunk.slice()));
    sink.ascii('<row r="');
    sink.digits(0);
    sink.byte(0x20);
    sink.digits(9_007_199_254_740_991);
    sink.raw(utf8Bytes('Ö'));
    sink.jsonString('a"\\\n\u0001\ud800😀');
    const rest = sink.chunks();
    expect(sink.size()).toBe(handed.concat(rest).reduce((n, c) => n + c.length, 0));
    expect(handed.length).toBeGreaterThan(0);
    expect(Buffer.from(joinBytes([...handed, ...rest])).toString('utf8')).toBe(`<row r="0 9007199254740991Ö${JSON.stringify('a"\\\n\u0001\ud800😀')}`);
  });
});
