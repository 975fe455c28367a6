/**
 * SPEC 7, the input is never changed: no output path may resolve to the input file, however it is written.
 * A refusal is a usage error (exit 2) with a message in the chosen language, and the input stays byte for byte.
 */
import { readFileSync, symlinkSync } from 'node:fs';
import { join, sep } from 'node:path';
import { runCli } from '../../src/cli/main';
import { tempDir, writeXlsx } from '../helpers/xlsx';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe('SPEC 7 no output path may resolve to the input', () => {
  const dir = tempDir();
  const input = join(dir, 'budget.xlsx');
  let before: Buffer;

  beforeAll(async () => {
    await writeXlsx(input, {
      Drift: [
        ['Konto', 'Budget', 'Utfall'],
        ['Löner', 100, 120],
      ],
    });
    before = readFileSync(input);
  });

  it.each([
    ['through a sub-folder and back: `dir/sub/../budget.xlsx`', () => `${dir}${sep}sub${sep}..${sep}budget.xlsx`],
    ['with `.` in the path: `dir/./budget.xlsx`', () => `${dir}${sep}.${sep}budget.xlsx`],
    ['with a doubled separator: `dir//budget.xlsx`', () => `${dir}${sep}${sep}budget.xlsx`],
  ])('--out %s is refused with exit 2 and the input is unchanged', async (_what, out) => {
    const c = capture();
    const path = out();
    expect(await runCli([input, '--out', path, '--lang', 'en'], c.io)).toBe(2);
    expect(c.err[0]).toBe(
      `--out ${path} is the same file as the workbook being read (the same path, a link, or the same name in another letter case); your workbook is never overwritten. Choose another file name.`,
    );
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('the refusal is in Swedish with --lang sv', async () => {
    const c = capture();
    const path = `${dir}${sep}sub${sep}..${sep}budget.xlsx`;
    expect(await runCli([input, '--out', path, '--lang', 'sv'], c.io)).toBe(2);
    expect(c.err[0]).toBe(
      `--out ${path} är samma fil som arbetsboken som läses (samma sökväg, en länk eller samma namn med annat skiftläge); din arbetsbok skrivs aldrig över. Välj ett annat filnamn.`,
    );
  });

  it('an output beside the input is written, and the input is unchanged', async () => {
    const c = capture();
    expect(await runCli([input, '--out', join(dir, 'budget-avstamning.xlsx')], c.io)).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readFileSync(join(dir, 'budget-avstamning.xlsx')).length).toBeGreaterThan(0);
  });

  // SPEC 7: "No output path may resolve to the input file (through a link or otherwise)", for every output.
  it('--out through a symbolic link to the input is refused', async () => {
    const link = join(dir, 'länk.xlsx');
    symlinkSync(input, link);
    const c = capture();
    const code = await runCli([input, '--out', link], c.io);
    const unchanged = readFileSync(input).equals(before);
    expect([code, unchanged]).toEqual([2, true]);
  });

  it('--json naming the input is refused, and the input is unchanged', async () => {
    const copy = join(tempDir(), 'budget.xlsx');
    await writeXlsx(copy, {
      Drift: [
        ['Konto', 'Budget', 'Utfall'],
        ['Löner', 100, 120],
      ],
    });
    const copied = readFileSync(copy);
    const c = capture();
    expect(await runCli([copy, '--json', copy], c.io)).toBe(2);
    expect(readFileSync(copy).equals(copied)).toBe(true);
  });
});
