/**
 * The 4 MB file that once killed the process (issue 13): a part that inflates to 3.9 GB. Built here in
 * memory (3.8 MB, one deflate block repeated), never committed. Unreferenced, it is never inflated and is
 * copied to the output as it is; as a worksheet it is refused by its declared size before inflating, and,
 * declaring a few bytes, it is stopped as soon as it grows past them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { readZip, writeZip, ZipEntry } from '../../src/xlsx/zip';
import { zeroBomb } from '../../scripts/bad-corpus/package-variants';
import { tempDir, writeXlsx } from '../helpers/xlsx';

const MB = 3720; // 3.9 GB of zeros
const bomb = zeroBomb(MB, false);
const dir = tempDir();

async function workbookWith(change: (entries: ZipEntry[]) => ZipEntry[]): Promise<string> {
  const plain = join(dir, 'plain.xlsx');
  await writeXlsx(plain, {
    Projekt: [
      ['Projekt', 'Budget', 'Utfall'],
      ['Löner', 100, 120],
    ],
  });
  const path = join(dir, `bomb-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(path, writeZip(change(readZip(readFileSync(plain)))));
  return path;
}

function run(input: string, out: string) {
  const err: string[] = [];
  return runCli([input, '--out', out], { stdout: () => {}, stderr: (t) => err.push(t) }).then((code) => ({ code, err }));
}

test('the bomb is what it claims: 3.9 GB from under 4 MB', () => {
  expect(bomb.size).toBeGreaterThan(3.8e9);
  expect(bomb.data.length).toBeLessThan(4 * 1024 * 1024);
});

test('an unreferenced part of 3.9 GB is never inflated: the run goes through and copies it byte for byte', async () => {
  const input = await workbookWith((entries) => [
    ...entries,
    { name: 'xl/media/bomb.bin', method: 8, crc: bomb.crc, size: bomb.size, data: bomb.data, time: 0, date: 33 },
  ]);
  const out = join(dir, 'ut.xlsx');
  const { code } = await run(input, out);
  expect(code).toBe(0);
  const copied = readZip(readFileSync(out)).find((e) => e.name === 'xl/media/bomb.bin')!;
  expect(copied.size).toBe(bomb.size);
  expect(Buffer.compare(copied.data, bomb.data)).toBe(0);
});

test('a worksheet declaring 3.9 GB is refused before inflating, naming the part', async () => {
  const input = await workbookWith((entries) => entries.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, data: bomb.data, size: bomb.size } : e)));
  const { code, err } = await run(input, join(dir, 'ut2.xlsx'));
  expect(code).toBe(1);
  expect(err[0]).toMatch(/^Delen xl\/worksheets\/sheet1\.xml i .* skulle enligt zip-arkivet packas upp till 3\.6 GB, mer än gränsen 512 MB per del/);
});

test('a worksheet declaring 2 KB that inflates to 3.9 GB is stopped once it passes 2 KB', async () => {
  const input = await workbookWith((entries) => entries.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, data: bomb.data, size: 2048 } : e)));
  const { code, err } = await run(input, join(dir, 'ut3.xlsx'));
  expect(code).toBe(1);
  expect(err[0]).toMatch(/^Delen xl\/worksheets\/sheet1\.xml i .* blev större än de 2 KB som zip-arkivet uppgav/);
});
