/**
 * The ninth layout corpus (test/fixtures/layouts9) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts9`, not tested here.
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from '../../scripts/layouts9';
import { LAYOUTS9_DIR } from '../../scripts/make-layouts9';
import { bytes2, expectedJson } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts9/readme';
import { verify8 } from '../../scripts/layouts8/verify8';
import { selfTestOne } from '../../scripts/score-layouts';
import { Expected } from '../../scripts/layouts/expected';

const committed = fs.readdirSync(LAYOUTS9_DIR);
const names = FIXTURES.map((f) => f.name).sort();
const build = (name: string) => FIXTURES.find((f) => f.name === name)!.build();
const expected = (name: string) => JSON.parse(fs.readFileSync(path.join(LAYOUTS9_DIR, `${name}.expected.json`), 'utf8')) as Expected;

describe('layout corpus 9', () => {
  it("holds exactly the generator's fixtures, each with its workbook and expectation, in under 4 MB", () => {
    const stems = (ext: string) =>
      committed
        .filter((f) => f.endsWith(ext))
        .map((f) => f.slice(0, -ext.length))
        .sort();
    expect(stems('.xlsx')).toEqual(names);
    expect(stems('.expected.json')).toEqual(names);
    expect(names.length).toBeGreaterThanOrEqual(16);
    const size = committed.reduce((s, f) => s + fs.statSync(path.join(LAYOUTS9_DIR, f)).size, 0);
    expect(size).toBeLessThan(4 * 1024 * 1024);
  });

  it.each(names)('%s is what the generator writes, byte for byte', async (name) => {
    const built = build(name);
    expect((await bytes2(built)).equals(fs.readFileSync(path.join(LAYOUTS9_DIR, `${name}.xlsx`)))).toBe(true);
    expect(fs.readFileSync(path.join(LAYOUTS9_DIR, `${name}.expected.json`), 'utf8')).toBe(expectedJson(name, built));
  });

  it('the README lists every fixture as the generator writes it', () => {
    const all = FIXTURES.map((f) => expected(f.name));
    expect(fs.readFileSync(path.join(LAYOUTS9_DIR, 'README.md'), 'utf8')).toBe(readme(all));
  });

  it('the second-way check catches a figure that disagrees with the source, and a unit cell that reads as a number', async () => {
    const revised = build('budget-rev-budget-och-budget-efter-ombudgetering-sista-revideringen-galler-tkr');
    expect(await verify8(await bytes2(revised), revised)).toEqual([]);
    revised.wb.getWorksheet('Budgetuppföljning')!.getCell('D5').value = 18900;
    expect((await verify8(await bytes2(revised), revised)).join('\n')).toMatch(/row 5 budget/);

    const euro = build('interreg-projekt-belopp-i-eur-under-titeln-inga-kronor-att-jamfora');
    euro.wb.getWorksheet('Lägesrapport')!.getCell('A2').value = 1;
    expect((await verify8(await bytes2(euro), euro)).join('\n')).toMatch(/A2 should be an error or unreadable/);
  });

  it.each(names)('the scorer accepts a perfect answer for %s and catches a changed one', (name) => {
    expect(selfTestOne(expected(name))).toBeNull();
  });
});
