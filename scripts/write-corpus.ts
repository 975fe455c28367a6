/**
 * Writes a layout corpus (layouts3, layouts4 …) the way the second corpus's generator does: each fixture built
 * twice (the same bytes or it fails), its expectation checked a second way from the written cells (`verify`),
 * the scorer made to accept a perfect answer and reject a spoiled one; then the workbook, its expectation and,
 * when every fixture passed, the README. `only`: the names to write (none: all).
 */
import fs from 'fs';
import path from 'path';
import { Built, Fixture } from './layouts2/spec';
import { bytes2, expectedJson } from './make-layouts2';
import { Expected } from './layouts/expected';
import { selfTestOne } from './score-layouts';

export interface Corpus {
  dir: string;
  fixtures: readonly Fixture[];
  verify: (buf: Buffer, b: Built) => Promise<string[]>;
  readme: (all: Expected[]) => string;
}

export async function writeCorpus({ dir, fixtures, verify, readme }: Corpus, only: readonly string[]): Promise<void> {
  const names = new Set<string>();
  for (const f of fixtures) {
    if (names.has(f.name)) throw new Error(`fixture ${f.name} twice`);
    names.add(f.name);
  }
  fs.mkdirSync(dir, { recursive: true });
  let failed = 0;
  let size = 0;
  const all: Expected[] = [];
  for (const fixture of fixtures) {
    if (only.length && !only.includes(fixture.name)) continue;
    const b = fixture.build();
    const buf = await bytes2(b);
    const problems = await verify(buf, b);
    if (!buf.equals(await bytes2(fixture.build()))) problems.push('two builds gave different bytes');
    const json = expectedJson(fixture.name, b);
    const scorer = selfTestOne(JSON.parse(json) as Expected);
    if (scorer) problems.push(`scorer: ${scorer}`);
    if (problems.length) {
      failed++;
      console.error(`✖ ${fixture.name}\n  ${problems.slice(0, 12).join('\n  ')}${problems.length > 12 ? `\n  … ${problems.length - 12} more` : ''}`);
      continue;
    }
    fs.writeFileSync(path.join(dir, `${fixture.name}.xlsx`), buf);
    fs.writeFileSync(path.join(dir, `${fixture.name}.expected.json`), json);
    all.push(JSON.parse(json) as Expected);
    size += buf.length + json.length;
  }
  // The README lists every fixture: written only when all were built, so that it never lists a subset.
  if (!only.length && !failed) fs.writeFileSync(path.join(dir, 'README.md'), readme(all));
  console.log(
    `Wrote ${all.length} workbooks with expectations (${Math.round(size / 1024)} KiB) to ${path.relative(process.cwd(), dir) || '.'}${failed ? `; ${failed} failed their check` : ''}`,
  );
  if (failed) process.exitCode = 1;
}

/** Runs a corpus generator's main, setting the exit code on failure. */
export function runCorpus(corpus: Corpus): void {
  writeCorpus(corpus, process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  });
}
