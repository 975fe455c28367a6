import fc from 'fast-check';
import { join } from 'node:path';
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { columnLetter } from '../../src/core/cells';
import { joinBytes } from '../../src/core/render/byte-sink';
import { reconcile } from '../../src/reconcile';
import { AsciiSink } from '../../src/xlsx/ascii-sink';
import { nodeCodec, openXlsxFile } from '../../src/xlsx/files';
import { SharedStrings } from '../../src/xlsx/shared-strings';
import { escapeText } from '../../src/xlsx/xml';
import { WorksheetFrame, WorksheetWriter } from '../../src/xlsx/worksheet-xml';
import { LEDGER_HEADER, eachLedgerRow, generateLedger } from '../../bench/generate';
import { tempDir, writeXlsx } from '../helpers/xlsx';

type RowCall = Parameters<WorksheetWriter['row']>;

/**
 * The rows of a worksheet as the writer wrote them before it wrote bytes, one string per cell: the reference the
 * byte writer must match byte for byte. Numbers as String writes them; text as the index of its shared string,
 * cut to what a cell holds with an ellipsis (never between the halves of a surrogate pair).
 */
function referenceRows(strings: SharedStrings, calls: readonly RowCall[], inline: readonly boolean[] = []): string {
  let xml = '';
  for (const [r, values, styles, options = {}] of calls) {
    const n = r + 1;
    xml += `<row r="${n}"${options.height ? ` ht="${options.height}"` : ''}${options.outlineLevel ? ` outlineLevel="${options.outlineLevel}"` : ''}>`;
    values.forEach((v, c) => {
      const s = typeof styles === 'number' ? styles : styles[c];
      const format = s ? ` s="${s}"` : '';
      if (typeof v === 'number' && Number.isFinite(v)) xml += `<c r="${columnLetter(c)}${n}"${format}><v>${String(v)}</v></c>`;
      else if (typeof v === 'string' && v !== '') {
        let text = v;
        if (text.length > 32767) {
          const keep = /[\ud800-\udbff]/.test(text[32765]) ? 32765 : 32766;
          text = `${text.slice(0, keep)}\u2026`;
        }
        if (inline[c]) {
          const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
          xml += `<c r="${columnLetter(c)}${n}"${format} t="inlineStr"><is><t${space}>${escapeText(text)}</t></is></c>`;
        } else xml += `<c r="${columnLetter(c)}${n}"${format} t="s"><v>${strings.index(text)}</v></c>`;
      }
    });
    xml += '</row>';
  }
  return xml;
}

const FRAME: WorksheetFrame = { widths: [10, 20], tabColor: 'FF0F6CBD', frozenRows: 1, print: { fit: 'width', header: '&C&A', footer: '' } };

/**
 * The writer's part for these calls, and the reference's rows and dimension, each with its own string table.
 * `size` is what the writer is told to expect: by default nothing, so that a large sheet comes in many chunks.
 */
function bothWays(calls: readonly RowCall[], frame = FRAME, size?: { rows: number; columns: number }, inline: readonly boolean[] = []) {
  const writer = new WorksheetWriter(SharedStrings.empty(), undefined, size);
  writer.inlineColumns(inline);
  for (const call of calls) writer.row(...call);
  const chunks = writer.finish(frame);
  const part = Buffer.from(joinBytes(chunks)).toString('utf8');
  const rows = referenceRows(SharedStrings.empty(), calls, inline);
  const lastRow = Math.max(0, ...calls.map((c) => c[0] + 1));
  const lastColumn = Math.max(0, ...calls.map((c) => c[1].length));
  return { part, chunks, rows, dimension: lastRow ? `A1:${columnLetter(Math.max(0, lastColumn - 1))}${lastRow}` : 'A1' };
}

/** Compares the rows as a whole, and the frame around them; returns how many chunks the part came in. */
function expectSameRows(calls: readonly RowCall[], frame = FRAME, size?: { rows: number; columns: number }, inline: readonly boolean[] = []): number {
  const { part, chunks, rows, dimension } = bothWays(calls, frame, size, inline);
  // The head stands right before the rows (no room left unfilled) and the tail after them.
  expect(part.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ')).toBe(true);
  expect(part.endsWith('</worksheet>')).toBe(true);
  expect(part.includes('\u0000')).toBe(false);
  const sheetData = part.slice(part.indexOf('<sheetData>') + '<sheetData>'.length, part.indexOf('</sheetData>'));
  // Only a difference is shown as text (a diff of megabytes); equal texts are one comparison.
  if (sheetData !== rows) expect(sheetData).toBe(rows);
  expect(sheetData === rows).toBe(true);
  expect(part).toContain(`<dimension ref="${dimension}"/>`);
  return chunks.length;
}

describe('worksheet XML written as bytes is the XML the writer wrote before', () => {
  test('hard values: signs, zeros, öre, doubles String writes in exponent form, texts to escape, far columns and rows, heights and outlines', () => {
    const numbers = [
      0,
      -0,
      1,
      -1,
      0.5,
      -0.05,
      0.1,
      12.3,
      323241.36,
      -294117.34,
      1 / 3,
      2 / 3,
      0.0014500007612769014,
      1e15 / 100,
      1e21,
      -1e21,
      1.5e-7,
      -0.0000012345678901234567,
      5e-324,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MAX_SAFE_INTEGER,
      2 ** 53 + 2,
      90071992547409.91,
      NaN,
      Infinity,
      -Infinity,
    ];
    const texts = [
      '',
      'Löner',
      'a & b < c > "d" \'e\'',
      ' indrag ',
      'rad\nrad',
      'tab\there',
      'Kod _x0041_',
      'ctrl \u0001\u001f',
      'emoji 😀',
      'halv \ud800',
      'x'.repeat(40_000),
      `${'y'.repeat(32765)}😀tail`,
    ];
    const wide = Array.from({ length: 60 }, (_, c) => (c % 3 === 0 ? numbers[c % numbers.length] : c % 3 === 1 ? texts[c % texts.length] : null));
    const calls: RowCall[] = [
      [0, numbers, 0],
      [1, texts, [1, 2, 3, 0, 12345, 7, 7, 7, 7, 7, 7, 7]],
      [2, wide, 4, { height: 30, outlineLevel: 1 }],
      [4, [null, '', 'Löner', 'Löner', 'Hyra'], 5, { height: 14.4 }],
      [5, ['Löner', 'Löner'], [0, 0], { outlineLevel: 2 }],
      [1_048_575, [1, 'sista'], 6],
      [6, [], 0],
    ];
    expectSameRows(calls);
    expect(bothWays([]).part).toContain('<dimension ref="A1"/>');
  });

  test('a sheet the writer was told the size of is one array, the same bytes; a head too large for its room goes in front', () => {
    const calls: RowCall[] = Array.from({ length: 3000 }, (_, r) => [r, [`rad ${r % 17}`, r * 1.25, -r / 7, null, 'Löner'], [1, 2, 3, 4, 5]]);
    const unsized = bothWays(calls);
    const sized = bothWays(calls, FRAME, { rows: 3000, columns: 5 });
    expect(unsized.chunks.length).toBeGreaterThan(1);
    expect(sized.chunks).toHaveLength(1);
    expect(sized.part === unsized.part).toBe(true);
    expectSameRows(calls, FRAME, { rows: 3000, columns: 5 });
    const wide = { ...FRAME, widths: Array.from({ length: 400 }, (_, i) => 8 + (i % 5)), columnStyles: Array.from({ length: 400 }, (_, i) => i % 3) };
    expect(expectSameRows(calls, wide, { rows: 3000, columns: 5 })).toBe(2);
    expect(bothWays(calls, wide).part.match(/<col /g)).toHaveLength(400);
  });

  test('random rows: any numbers (finite or not), any texts, any formats', () => {
    const cell = fc.oneof(
      fc.double(),
      fc.integer({ min: -1e12, max: 1e12 }).map((ore) => ore / 100),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constant(null),
    );
    const call = fc.tuple(
      fc.nat({ max: 2000 }),
      fc.array(cell, { maxLength: 30 }),
      fc.oneof(fc.nat({ max: 300 }), fc.array(fc.nat({ max: 300 }), { minLength: 30, maxLength: 30 })),
      fc.record({ height: fc.option(fc.constantFrom(15, 30, 14.4), { nil: undefined }), outlineLevel: fc.option(fc.constantFrom(1, 2), { nil: undefined }) }),
    );
    fc.assert(
      fc.property(fc.array(call, { maxLength: 40 }), (calls) => {
        expectSameRows(calls as RowCall[]);
      }),
      { numRuns: 200 },
    );
  });

  test('random rows with texts kept in their cells (inline strings) in some columns: any texts, before, between and after other cells', () => {
    const cell = fc.oneof(
      fc.double(),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom(' ledande', 'Blad & <A1>', '_x0041_', 'Målområde!B7'),
      fc.constant(null),
    );
    const call = fc.tuple(fc.nat({ max: 2000 }), fc.array(cell, { maxLength: 8 }), fc.nat({ max: 300 }), fc.constant({}));
    fc.assert(
      fc.property(fc.array(call, { maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 8 }), (calls, inline) => {
        expectSameRows(calls as RowCall[], FRAME, undefined, inline);
      }),
      { numRuns: 200 },
    );
  });

  test("the rows of a real run's output sheets (a 6 000-row ledger and its summary, the Sörmland sample), past several chunks", async () => {
    const dir = tempDir();
    const ledger: (string | number | null)[][] = [];
    eachLedgerRow(generateLedger(6_000), (cells) => ledger.push(cells as (string | number | null)[]));
    expect(ledger[2]).toEqual(LEDGER_HEADER);
    await writeXlsx(join(dir, 'ledger.xlsx'), { Huvudbok: ledger });
    const spy = jest.spyOn(WorksheetWriter.prototype, 'row');
    const finish = jest.spyOn(WorksheetWriter.prototype, 'finish');
    const chunks: number[] = [];
    try {
      for (const input of [join(dir, 'ledger.xlsx'), join(__dirname, '..', '..', 'samples', 'sormland-2017.xlsx')]) {
        spy.mockClear();
        finish.mockClear();
        await reconcile(await openXlsxFile(input), { lang: 'sv', today: '2025-01-31' });
        // Told their size, the sheets of the run were each made as one array (no copy to join them).
        expect(finish.mock.results.map((r) => (r.value as Uint8Array[]).length)).toEqual(finish.mock.results.map(() => 1));
        const byWriter = new Map<WorksheetWriter, RowCall[]>();
        spy.mock.calls.forEach((call, i) => {
          const writer = spy.mock.contexts[i] as WorksheetWriter;
          byWriter.set(writer, [...(byWriter.get(writer) ?? []), call]);
        });
        expect(byWriter.size).toBeGreaterThan(1);
        chunks.push(...[...byWriter.values()].map((calls) => expectSameRows(calls)));
      }
      // The ledger's deviations sheet came in several chunks: the head, at least two of rows, and the tail.
      expect(Math.max(...chunks)).toBeGreaterThan(3);
    } finally {
      spy.mockRestore();
      finish.mockRestore();
    }
  }, 120_000); // Heavy (many generated sheets, or 120 000 rows): slow on a shared machine, and no speed test.
});

describe('numbers written from their öre', () => {
  const written = (v: number) => {
    const sink = new AsciiSink();
    sink.number(v);
    return new TextDecoder().decode(sink.bytes());
  };

  test('on either side of 2^31 öre, where the integer arithmetic ends, and of 10^15 öre, where String takes over: the text String writes', () => {
    const edges = [0x7fffffff, 0x80000000, 1e15];
    const values = edges.flatMap((ore) => [-2, -1, 0, 1, 2].flatMap((d) => [(ore + d) / 100, -(ore + d) / 100]));
    for (const v of values) expect([v, written(v)]).toEqual([v, String(v)]);
  });

  test('random amounts in öre of every size, and random doubles', () => {
    const ore = fc.oneof(
      fc.integer({ min: -0x7fffffff, max: 0x7fffffff }),
      fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
      fc.integer({ min: -1000, max: 1000 }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          ore.map((o) => o / 100),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
        (v) => {
          expect(written(v)).toBe(String(v === 0 ? 0 : v));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('a large sheet compressed in pieces while it is written', () => {
  const frame: WorksheetFrame = { widths: [30, 14, 14] };
  /** Rows of about 70 bytes: 100 000 of them are some 7 MB, more than one piece. */
  const write = (writer: WorksheetWriter, rows: number) => {
    for (let r = 0; r < rows; r++) writer.row(r, [`Konto ${r % 500}`, r * 1.25, -r], 0);
  };
  const inflate = (pieces: readonly Uint8Array[]) => Buffer.from(inflateRawSync(Buffer.concat(pieces)));
  /** The part as a writer that keeps every byte writes it: what the pieces must inflate to. */
  const whole = (rows: number) => {
    const plain = new WorksheetWriter(SharedStrings.empty(), undefined, { rows, columns: 3 });
    write(plain, rows);
    const part = plain.finishPart(frame);
    expect(part.compressed).toBeUndefined();
    return Buffer.from(joinBytes(part.chunks));
  };
  /** A codec that records what it is given to compress. */
  const recording = () => {
    const given: Uint8Array[] = [];
    const codec = { deflatePiece: (data: Uint8Array, final: boolean) => (given.push(data), nodeCodec.deflatePiece!(data, final)), crc32: nodeCodec.crc32 };
    return { given, codec };
  };

  test.each([
    ['sized for its rows', { rows: 100_000, columns: 3 }],
    ['sized for far fewer rows', { rows: 600, columns: 1 }],
  ])('the pieces, joined, inflate to the part, whose CRC and size are given: %s', async (_, size) => {
    const { given, codec } = recording();
    const writer = new WorksheetWriter(SharedStrings.empty(), undefined, size, codec);
    write(writer, 100_000);
    const part = writer.finishPart(frame);
    // The head, at least one piece handed while the rows were written, and the rest; no bytes kept.
    expect(given.length).toBeGreaterThanOrEqual(3);
    expect(part.chunks).toEqual([]);
    const expected = whole(100_000);
    expect(inflate(await part.compressed!).equals(expected)).toBe(true);
    expect(part.size).toBe(expected.length);
    expect(part.crc).toBe(zlibCrc32(expected));
  });

  test("a writer that settles when busy writes in a few pieces' memory, used again; one that never waits, in new memory each time", async () => {
    // Wide rows of numbers, some 300 bytes each: 120 000 of them are eight pieces or more.
    const rows = 120_000;
    const cells = (r: number) => Array.from({ length: 10 }, (_, c) => r * 10 + c + 0.25);
    const plain = new WorksheetWriter(SharedStrings.empty(), undefined, { rows, columns: 10 });
    for (let r = 0; r < rows; r++) plain.row(r, cells(r), 0);
    const expected = Buffer.from(joinBytes(plain.finishPart(frame).chunks));

    const settling = recording();
    const writer = new WorksheetWriter(SharedStrings.empty(), undefined, { rows, columns: 10 }, settling.codec);
    for (let r = 0; r < rows; r++) {
      if (writer.busy()) await writer.settle();
      writer.row(r, cells(r), 0);
    }
    const part = writer.finishPart(frame);
    expect(settling.given.length - 2).toBeGreaterThanOrEqual(8);
    // The rows' pieces (handed as written; the head and the rest go last) lie in at most the pieces in flight
    // and one more, however many pieces there are.
    expect(new Set(settling.given.slice(0, -2).map((p) => p.buffer)).size).toBeLessThanOrEqual(4);
    expect(inflate(await part.compressed!).equals(expected)).toBe(true);

    const hasty = recording();
    const never = new WorksheetWriter(SharedStrings.empty(), undefined, { rows, columns: 10 }, hasty.codec);
    for (let r = 0; r < rows; r++) never.row(r, cells(r), 0);
    const again = never.finishPart(frame);
    expect(new Set(hasty.given.slice(0, -2).map((p) => p.buffer)).size).toBe(hasty.given.length - 2);
    expect(inflate(await again.compressed!).equals(expected)).toBe(true);
  }, 120_000); // Heavy (many generated sheets, or 120 000 rows): slow on a shared machine, and no speed test.

  test('a row longer than the room left is cut between pieces, and the part is the same', async () => {
    const { given, codec } = recording();
    const wide = new WorksheetWriter(SharedStrings.empty(), undefined, { rows: 1, columns: 1 }, codec);
    const cells = Array.from({ length: 16_384 }, (_, c) => c * 1.5);
    for (let r = 0; r < 20; r++) wide.row(r, cells, 0);
    const part = wide.finishPart(frame);
    const plain = new WorksheetWriter(SharedStrings.empty(), undefined, { rows: 1, columns: 1 });
    for (let r = 0; r < 20; r++) plain.row(r, cells, 0);
    const expected = Buffer.from(joinBytes(plain.finishPart(frame).chunks));
    expect(given.length).toBeGreaterThanOrEqual(3);
    expect(inflate(await part.compressed!).equals(expected)).toBe(true);
    expect(part.crc).toBe(zlibCrc32(expected));
  });

  test('a small sheet, or one without a piece codec, is compressed whole as before', () => {
    const small = new WorksheetWriter(SharedStrings.empty(), undefined, { rows: 10, columns: 3 }, nodeCodec as Required<typeof nodeCodec>);
    write(small, 10);
    expect(small.finishPart(frame).compressed).toBeUndefined();
    const plain = new WorksheetWriter(SharedStrings.empty(), undefined, { rows: 100_000, columns: 3 });
    write(plain, 100_000);
    expect(plain.finishPart(frame).compressed).toBeUndefined();
  });
});
