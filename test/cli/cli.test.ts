import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/main';
import { tempDir, writeXlsx } from '../helpers/xlsx';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe('the command line', () => {
  const dir = tempDir();
  const good = join(dir, 'good.xlsx');
  const none = join(dir, 'none.xlsx');
  const feesOnly = join(dir, 'fees-only.xlsx');

  beforeAll(async () => {
    await writeXlsx(good, {
      Drift: [
        ['Konto', 'Budget', 'Utfall'],
        ['Löner', 100, 120],
        ['Hyra', 50, 'fyrtio'],
      ],
    });
    await writeXlsx(none, { Blad1: [['Bara text'], ['och mer text']] });
    await writeXlsx(feesOnly, { Medlemsavgifter: [['Avgifterna beräknas på invånarantalet 1 november.'], ['Karlskrona 66 842']] });
  });

  test('exit 0 with warnings; JSON to stdout with --json -', async () => {
    const c = capture();
    expect(await runCli([good, '--json', '-', '--lang', 'en'], c.io)).toBe(0);
    const json = JSON.parse(c.out.join('\n'));
    expect(json.version).toBe(1);
    expect(json.deviations[0].lines[0]).toMatchObject({
      name: 'Löner',
      budget: '100',
      outcome: '120',
      deviation: '-20',
      deviationPercent: '-20',
      favourable: false,
      flagged: false,
    });
    expect(json.errors).toEqual([{ sheet: 'Drift', cell: 'C3', message: expect.stringContaining('fyrtio') }]);
    expect(c.err.join('\n')).toContain('Drift');
  });

  test('--json - streams the same bytes, chunk by chunk, where the output takes bytes', async () => {
    const text = capture();
    expect(await runCli([good, '--json', '-', '--lang', 'en'], text.io)).toBe(0);
    const chunks: Uint8Array[] = [];
    const streamed = capture();
    // Copied as they come: each chunk is lent only until the call returns.
    expect(await runCli([good, '--json', '-', '--lang', 'en'], { ...streamed.io, stdoutBytes: (chunk) => chunks.push(chunk.slice()) })).toBe(0);
    expect(streamed.out).toEqual([]);
    expect(chunks.length).toBeGreaterThan(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(text.out.join(''));
    expect(streamed.err).toEqual(text.err);
  });

  test('writes the output workbook and the JSON file', async () => {
    const c = capture();
    const out = join(dir, 'sub', 'out.xlsx');
    const jsonFile = join(dir, 'sub', 'r.json');
    expect(await runCli([good, '--out', out, '--json', jsonFile], c.io)).toBe(0);
    expect(JSON.parse(readFileSync(jsonFile, 'utf8')).deviations).toHaveLength(1);
    expect(c.out.join('\n')).toContain('Skrev');
  });

  test('exit 1 with a clear message, no stack trace, when no table is found', async () => {
    const c = capture();
    expect(await runCli([none], c.io)).toBe(1);
    expect(c.err.join('\n')).toMatch(/Ingen budgettabell hittades/);
    expect(c.err.join('\n')).not.toMatch(/at .*\.ts:\d+/);
  });

  test('exit 1 for a fee sheet whose members table is not found, with a message about fees, not budget tables', async () => {
    const c = capture();
    expect(await runCli([feesOnly], c.io)).toBe(1);
    const err = c.err.join('\n');
    expect(err).toMatch(/Arbetsboken gäller medlemsavgifter eller finansiella mål/);
    expect(err).toMatch(/Medlemsavgifter!A1 .*ingen medlemstabell hittades/);
    expect(err).not.toMatch(/budgettabell/);
  });

  test('exit 1 for a missing file and for a file that is not a workbook, said in words', async () => {
    const c = capture();
    expect(await runCli([join(dir, 'saknas.xlsx')], c.io)).toBe(1);
    expect(await runCli([__filename], c.io)).toBe(1);
    expect(c.err).toEqual([
      `Filen ${join(dir, 'saknas.xlsx')} finns inte.`,
      `Filen ${__filename} är en textfil (t.ex. CSV), ingen Excel-arbetsbok. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).`,
    ]);
  });

  test('exit 2 for usage errors, in the chosen language', async () => {
    const c = capture();
    expect(await runCli([], c.io)).toBe(2);
    expect(await runCli([good, '--bogus'], c.io)).toBe(2);
    expect(await runCli([good, '--lang', 'en', '--amount-threshold', 'lots'], c.io)).toBe(2);
    expect(await runCli([good, '--out', good], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('Invalid value for --amount-threshold');
  });

  test('thresholds from the command line change the flags', async () => {
    const c = capture();
    expect(await runCli([good, '--json', '-', '--amount-threshold', '10', '--percent-threshold', '5'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join('\n')).deviations[0].lines[0].flagged).toBe(true);
  });
});
