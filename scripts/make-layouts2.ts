/**
 * Writes the second layout corpus: workbooks designed without the product's code or the first corpus, in
 * test/fixtures/layouts2/<name>.xlsx, each with <name>.expected.json (format: scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts2.ts [name…]        (npm run layouts2)
 *
 * The expectation is computed from each fixture's source data (BigInt öre). Before anything is written, the
 * workbook is read back with ExcelJS and the expectation computed again from its cells (scripts/layouts2/
 * verify.ts); each workbook is built twice and must give the same bytes; and the scorer must accept a perfect
 * answer for the expectation and reject a spoiled one. The run fails otherwise.
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from './layouts2';
import { verifyBuilt } from './layouts2/verify';
import { Built } from './layouts2/spec';
import { readme } from './layouts2/readme';
import { fixZipTimestamps } from './deterministic-zip';
import { Expected } from './layouts/expected';
import { selfTestOne } from './score-layouts';

export const LAYOUTS2_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts2');

/** The bytes of a built fixture's workbook: ExcelJS's output with the zip timestamps fixed. */
export async function bytes2(b: Built): Promise<Buffer> {
  return fixZipTimestamps(Buffer.from((await b.wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** The expectation file's content for a built fixture. */
export function expectedJson(name: string, b: Built): string {
  const expected: Expected = { file: `${name}.xlsx`, ...b.expected };
  return `${JSON.stringify(expected, null, 2)}\n`;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const names = new Set<string>();
  for (const f of FIXTURES) {
    if (names.has(f.name)) throw new Error(`fixture ${f.name} twice`);
    names.add(f.name);
  }
  fs.mkdirSync(LAYOUTS2_DIR, { recursive: true });
  let failed = 0;
  let written = 0;
  let size = 0;
  const all: Expected[] = [];
  for (const fixture of FIXTURES) {
    if (only.length && !only.includes(fixture.name)) continue;
    const b = fixture.build();
    const buf = await bytes2(b);
    const again = await bytes2(fixture.build());
    const problems = await verifyBuilt(buf, b);
    if (!buf.equals(again)) problems.push('two builds gave different bytes');
    const json = expectedJson(fixture.name, b);
    const scorer = selfTestOne(JSON.parse(json) as Expected);
    if (scorer) problems.push(`scorer: ${scorer}`);
    if (problems.length) {
      failed++;
      console.error(`✖ ${fixture.name}\n  ${problems.slice(0, 12).join('\n  ')}${problems.length > 12 ? `\n  … ${problems.length - 12} more` : ''}`);
      continue;
    }
    fs.writeFileSync(path.join(LAYOUTS2_DIR, `${fixture.name}.xlsx`), buf);
    fs.writeFileSync(path.join(LAYOUTS2_DIR, `${fixture.name}.expected.json`), json);
    all.push(JSON.parse(json) as Expected);
    size += buf.length + json.length;
    written++;
  }
  // The README lists every fixture: written only when all were built, so that it never lists a subset.
  if (!only.length && !failed) fs.writeFileSync(path.join(LAYOUTS2_DIR, 'README.md'), readme(all));
  console.log(
    `Wrote ${written} workbooks with expectations (${Math.round(size / 1024)} KiB) to ${path.relative(process.cwd(), LAYOUTS2_DIR) || '.'}${failed ? `; ${failed} failed their check` : ''}`,
  );
  if (failed) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  });
}
