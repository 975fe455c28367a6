/**
 * What every layout corpus from the second on is checked for, inside its own describe: its folder holds exactly
 * the generator's fixtures (a workbook and an expectation each) within a size, each byte for byte what the
 * generator writes; its README is the one the generator writes; and the scorer accepts a perfect answer for
 * each fixture and catches a changed one. The product's own score is measured by scripts/score-layouts.ts.
 */
import fs from 'fs';
import path from 'path';
import { Built } from '../../scripts/layouts2/spec';
import { Expected } from '../../scripts/layouts/expected';
import { bytes2, expectedJson } from '../../scripts/make-layouts2';
import { selfTestOne } from '../../scripts/score-layouts';

export interface CorpusFiles {
  dir: string;
  fixtures: readonly { name: string; build: () => Built }[];
  readme: (all: Expected[]) => string;
  /** The fewest fixtures it may hold, and the most megabytes its folder may take. */
  atLeast: number;
  maxMB: number;
}

/** Defines the shared tests; returns the fixtures' names, a fresh build of one, and its committed expectation. */
export function corpusFileTests(c: CorpusFiles) {
  const names = c.fixtures.map((f) => f.name).sort();
  const build = (name: string) => c.fixtures.find((f) => f.name === name)!.build();
  const expected = (name: string) => JSON.parse(fs.readFileSync(path.join(c.dir, `${name}.expected.json`), 'utf8')) as Expected;

  it(`holds exactly the generator's fixtures, each with its workbook and expectation, in under ${c.maxMB} MB`, () => {
    const committed = fs.readdirSync(c.dir);
    const stems = (ext: string) =>
      committed
        .filter((f) => f.endsWith(ext))
        .map((f) => f.slice(0, -ext.length))
        .sort();
    expect(stems('.xlsx')).toEqual(names);
    expect(stems('.expected.json')).toEqual(names);
    expect(names.length).toBeGreaterThanOrEqual(c.atLeast);
    const size = committed.reduce((s, f) => s + fs.statSync(path.join(c.dir, f)).size, 0);
    expect(size).toBeLessThan(c.maxMB * 1024 * 1024);
  });

  it.each(names)('%s is what the generator writes, byte for byte', async (name) => {
    const built = build(name);
    expect((await bytes2(built)).equals(fs.readFileSync(path.join(c.dir, `${name}.xlsx`)))).toBe(true);
    expect(fs.readFileSync(path.join(c.dir, `${name}.expected.json`), 'utf8')).toBe(expectedJson(name, built));
  });

  it('the README lists every fixture as the generator writes it', () => {
    const all = c.fixtures.map((f) => expected(f.name));
    expect(fs.readFileSync(path.join(c.dir, 'README.md'), 'utf8')).toBe(c.readme(all));
  });

  it.each(names)('the scorer accepts a perfect answer for %s and catches a changed one', (name) => {
    expect(selfTestOne(expected(name))).toBeNull();
  });

  return { names, build, expected };
}
