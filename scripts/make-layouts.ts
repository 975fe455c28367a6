/**
 * Writes the layout corpus (issue 14/16): workbooks laid out the way Swedish kommunalförbund, regionförbund,
 * samordningsförbund and kommuner keep them, in test/fixtures/layouts/<name>.xlsx, each with
 * <name>.expected.json saying what a careful economist expects (scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts.ts [name…]        (npm run layouts)
 *
 * The figures come from the generator's own source data, never from src/. Before anything is written, each
 * expectation is recomputed from the cells of the written workbook read back with ExcelJS (scripts/layouts/
 * verify.ts), and each workbook is built twice and must give the same bytes; the run fails otherwise.
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from './layouts';
import { verifyBuilt } from './layouts/verify';
import { fixZipTimestamps } from './deterministic-zip';
import { Built } from './layouts/names';
import { Expected } from './layouts/expected';
import { readme } from './layouts/readme';

const OUT = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts');

/** The bytes of a built fixture's workbook: ExcelJS's output with the zip timestamps fixed. */
export async function bytes(built: Built): Promise<Buffer> {
  return fixZipTimestamps(Buffer.from((await built.wb.xlsx.writeBuffer()) as ArrayBuffer));
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const names = new Set<string>();
  for (const f of FIXTURES) {
    if (names.has(f.name)) throw new Error(`fixture ${f.name} twice`);
    names.add(f.name);
  }
  fs.mkdirSync(OUT, { recursive: true });
  let failed = 0;
  let written = 0;
  const all: Expected[] = [];
  for (const fixture of FIXTURES) {
    if (only.length && !only.includes(fixture.name)) continue;
    const built = fixture.build();
    const buf = await bytes(built);
    const again = await bytes(fixture.build());
    const problems = await verifyBuilt(buf, built);
    if (!buf.equals(again)) problems.push('two builds gave different bytes');
    if (problems.length) {
      failed++;
      console.error(`✖ ${fixture.name}\n  ${problems.slice(0, 12).join('\n  ')}${problems.length > 12 ? `\n  … ${problems.length - 12} more` : ''}`);
      continue;
    }
    const file = `${fixture.name}.xlsx`;
    fs.writeFileSync(path.join(OUT, file), buf);
    const expected: Expected = { file, ...built.expected };
    all.push(expected);
    fs.writeFileSync(path.join(OUT, `${fixture.name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
    written++;
  }
  // The README lists every fixture: written only when all were built, so that it never lists a subset.
  if (!only.length && !failed) fs.writeFileSync(path.join(OUT, 'README.md'), readme(all));
  console.log(`Wrote ${written} workbooks with expectations to ${path.relative(process.cwd(), OUT) || '.'}${failed ? `; ${failed} failed their check` : ''}`);
  if (failed) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  });
}
