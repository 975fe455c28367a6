/**
 * Writes the fourth layout corpus: shapes none of test/fixtures/layouts, layouts2 and layouts3 has, in
 * test/fixtures/layouts4/<name>.xlsx, each with <name>.expected.json (format: scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts4.ts [name…]        (npm run layouts4)
 *
 * The same checks as the second corpus, by the second corpus's code: the expectation is computed from each
 * fixture's source data (BigInt öre) and again from the written cells (scripts/layouts2/verify.ts); each workbook
 * is built twice and must give the same bytes; the scorer must accept a perfect answer and reject a spoiled one.
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from './layouts4';
import { verifyBuilt } from './layouts2/verify';
import { readme } from './layouts4/readme';
import { bytes2, expectedJson } from './make-layouts2';
import { Expected } from './layouts/expected';
import { selfTestOne } from './score-layouts';

export const LAYOUTS4_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts4');

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const names = new Set<string>();
  for (const f of FIXTURES) {
    if (names.has(f.name)) throw new Error(`fixture ${f.name} twice`);
    names.add(f.name);
  }
  fs.mkdirSync(LAYOUTS4_DIR, { recursive: true });
  let failed = 0;
  let size = 0;
  const all: Expected[] = [];
  for (const fixture of FIXTURES) {
    if (only.length && !only.includes(fixture.name)) continue;
    const b = fixture.build();
    const buf = await bytes2(b);
    const problems = await verifyBuilt(buf, b);
    if (!buf.equals(await bytes2(fixture.build()))) problems.push('two builds gave different bytes');
    const json = expectedJson(fixture.name, b);
    const scorer = selfTestOne(JSON.parse(json) as Expected);
    if (scorer) problems.push(`scorer: ${scorer}`);
    if (problems.length) {
      failed++;
      console.error(`✖ ${fixture.name}\n  ${problems.slice(0, 12).join('\n  ')}${problems.length > 12 ? `\n  … ${problems.length - 12} more` : ''}`);
      continue;
    }
    fs.writeFileSync(path.join(LAYOUTS4_DIR, `${fixture.name}.xlsx`), buf);
    fs.writeFileSync(path.join(LAYOUTS4_DIR, `${fixture.name}.expected.json`), json);
    all.push(JSON.parse(json) as Expected);
    size += buf.length + json.length;
  }
  // The README lists every fixture: written only when all were built, so that it never lists a subset.
  if (!only.length && !failed) fs.writeFileSync(path.join(LAYOUTS4_DIR, 'README.md'), readme(all));
  console.log(`Wrote ${all.length} workbooks with expectations (${Math.round(size / 1024)} KiB) to ${path.relative(process.cwd(), LAYOUTS4_DIR) || '.'}${failed ? `; ${failed} failed their check` : ''}`);
  if (failed) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  });
}
