/**
 * The third layout corpus (test/fixtures/layouts3) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts3`, not tested here.
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from '../../scripts/layouts3';
import { LAYOUTS3_DIR } from '../../scripts/make-layouts3';
import { bytes2, expectedJson } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts3/readme';
import { verifyBuilt3 } from '../../scripts/layouts3/verify3';
import { selfTestOne } from '../../scripts/score-layouts';
import { Expected } from '../../scripts/layouts/expected';

const committed = fs.readdirSync(LAYOUTS3_DIR);
const names = FIXTURES.map((f) => f.name).sort();

describe('layout corpus 3', () => {
  it("holds exactly the generator's fixtures, each with its workbook and expectation, in under 4 MB", () => {
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
    expect(names.length).toBeGreaterThanOrEqual(16);
    const size = committed.reduce((s, f) => s + fs.statSync(path.join(LAYOUTS3_DIR, f)).size, 0);
    expect(size).toBeLessThan(4 * 1024 * 1024);
  });

  it.each(names)('%s is what the generator writes, byte for byte', async (name) => {
    const built = FIXTURES.find((f) => f.name === name)!.build();
    expect((await bytes2(built)).equals(fs.readFileSync(path.join(LAYOUTS3_DIR, `${name}.xlsx`)))).toBe(true);
    expect(fs.readFileSync(path.join(LAYOUTS3_DIR, `${name}.expected.json`), 'utf8')).toBe(expectedJson(name, built));
  });

  it('the README lists every fixture as the generator writes it', () => {
    const all = FIXTURES.map((f) => JSON.parse(fs.readFileSync(path.join(LAYOUTS3_DIR, `${f.name}.expected.json`), 'utf8')) as Expected);
    expect(fs.readFileSync(path.join(LAYOUTS3_DIR, 'README.md'), 'utf8')).toBe(readme(all));
  });

  it('the second-way check catches a text amount that disagrees and a quarter period that does not add up', async () => {
    const text = FIXTURES.find((f) => f.name === 'resultatrakning-text-tunt-mellanrum-parentes-minus-tkr')!.build();
    expect(await verifyBuilt3(await bytes2(text), text)).toEqual([]);
    text.wb.getWorksheet('RR')!.getCell('D8').value = '(18\u2009039)';
    expect((await verifyBuilt3(await bytes2(text), text)).join('\n')).toMatch(/row 8 outcome/);

    const quarters = FIXTURES.find((f) => f.name === 'kvartal-budget-q1-q4-utfall-q1-q2-sammanslagna-rubriker-tkr')!.build();
    expect(await verifyBuilt3(await bytes2(quarters), quarters)).toEqual([]);
    quarters.declared.tables[0].period = { months: 9, basis: 'months' };
    expect((await verifyBuilt3(await bytes2(quarters), quarters)).join('\n')).toMatch(/9 months declared, 2 quarter columns/);
  });

  it.each(names)('the scorer accepts a perfect answer for %s and catches a changed one', (name) => {
    const expected = JSON.parse(fs.readFileSync(path.join(LAYOUTS3_DIR, `${name}.expected.json`), 'utf8')) as Expected;
    expect(selfTestOne(expected)).toBeNull();
  });
});
