/**
 * The layout corpus (test/fixtures/layouts) stays what its generator writes, and its scorer judges fairly: it
 * accepts a perfect answer for every expectation and rejects one with a single öre changed. The product's own
 * score is not a test here (it is measured with `npm run score-layouts`).
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from '../../scripts/layouts';
import { bytes } from '../../scripts/make-layouts';
import { LAYOUTS_DIR, selfTestOne } from '../../scripts/score-layouts';
import { Expected } from '../../scripts/layouts/expected';

const committed = fs.readdirSync(LAYOUTS_DIR);

describe('layout corpus', () => {
  it("holds exactly the generator's fixtures, each with its workbook and expectation", () => {
    const names = FIXTURES.map((f) => f.name).sort();
    expect(
      committed
        .filter((f) => f.endsWith('.xlsx'))
        .map((f) => f.replace(/\.xlsx$/, ''))
        .sort(),
    ).toEqual(names);
    expect(
      committed
        .filter((f) => f.endsWith('.expected.json'))
        .map((f) => f.replace(/\.expected\.json$/, ''))
        .sort(),
    ).toEqual(names);
    expect(names.length).toBeGreaterThanOrEqual(35);
  });

  it.each(['statement-driftredovisning-signed', 'fees-per-capita-loose-stale', 'missing-kolumn1-header'])(
    '%s is what the generator writes, byte for byte',
    async (name) => {
      const fixture = FIXTURES.find((f) => f.name === name)!;
      const built = fixture.build();
      expect((await bytes(built)).equals(fs.readFileSync(path.join(LAYOUTS_DIR, `${name}.xlsx`)))).toBe(true);
      const expected = JSON.parse(fs.readFileSync(path.join(LAYOUTS_DIR, `${name}.expected.json`), 'utf8')) as Expected;
      expect(expected).toEqual({ file: `${name}.xlsx`, ...JSON.parse(JSON.stringify(built.expected)) });
    },
  );

  it.each(committed.filter((f) => f.endsWith('.expected.json')))('the scorer accepts a perfect answer for %s and catches a changed one', (file) => {
    const expected = JSON.parse(fs.readFileSync(path.join(LAYOUTS_DIR, file), 'utf8')) as Expected;
    expect(selfTestOne(expected)).toBeNull();
  });
});
