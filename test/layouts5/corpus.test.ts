/**
 * The fifth layout corpus (test/fixtures/layouts5) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts5`, not tested here.
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from '../../scripts/layouts5';
import { LAYOUTS5_DIR } from '../../scripts/make-layouts5';
import { bytes2, expectedJson } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts5/readme';
import { englishAmount, verify5 } from '../../scripts/layouts5/verify5';
import { selfTestOne } from '../../scripts/score-layouts';
import { Expected } from '../../scripts/layouts/expected';

const committed = fs.readdirSync(LAYOUTS5_DIR);
const names = FIXTURES.map((f) => f.name).sort();
const build = (name: string) => FIXTURES.find((f) => f.name === name)!.build();

describe('layout corpus 5', () => {
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
    const size = committed.reduce((s, f) => s + fs.statSync(path.join(LAYOUTS5_DIR, f)).size, 0);
    expect(size).toBeLessThan(4 * 1024 * 1024);
  });

  it.each(names)('%s is what the generator writes, byte for byte', async (name) => {
    const built = build(name);
    expect((await bytes2(built)).equals(fs.readFileSync(path.join(LAYOUTS5_DIR, `${name}.xlsx`)))).toBe(true);
    expect(fs.readFileSync(path.join(LAYOUTS5_DIR, `${name}.expected.json`), 'utf8')).toBe(expectedJson(name, built));
  });

  it('the README lists every fixture as the generator writes it', () => {
    const all = FIXTURES.map((f) => JSON.parse(fs.readFileSync(path.join(LAYOUTS5_DIR, `${f.name}.expected.json`), 'utf8')) as Expected);
    expect(fs.readFileSync(path.join(LAYOUTS5_DIR, 'README.md'), 'utf8')).toBe(readme(all));
  });

  it('reads English-locale amounts exactly and nothing else', () => {
    expect(englishAmount('-49,311,842.35')).toBe('-49311842.35');
    expect(englishAmount('(3,400.50)')).toBe('-3400.50');
    expect(englishAmount('12,50')).toBeNull();
    expect(englishAmount('1.234,50')).toBeNull();
  });

  it('the second-way check catches an English text amount, a kronor outcome cell in a tkr table and a tertial that disagree', async () => {
    const visma = build('visma-net-export-engelsk-talformat-som-text-1-234-567-89');
    expect(await verify5(await bytes2(visma), visma)).toEqual([]);
    visma.wb.getWorksheet('Sheet1')!.getCell('D5').value = '-5,873,410.05';
    expect((await verify5(await bytes2(visma), visma)).join('\n')).toMatch(/row 5 outcome/);

    const mixed = build('budget-i-tkr-och-utfall-i-kronor-i-samma-tabell-enhet-per-kolumn');
    expect(await verify5(await bytes2(mixed), mixed)).toEqual([]);
    mixed.wb.getWorksheet('Budget mot utfall')!.getCell('D5').value = -38912412;
    expect((await verify5(await bytes2(mixed), mixed)).join('\n')).toMatch(/row 5 outcome/);

    const tertial = build('tertialrapport-budget-t1-t3-utfall-t1-t2-tkr');
    tertial.wb.getWorksheet('Tertialuppföljning')!.getCell('G5').value = -30000;
    expect((await verify5(await bytes2(tertial), tertial)).join('\n')).toMatch(/row 5 outcome/);
  });

  it.each(names)('the scorer accepts a perfect answer for %s and catches a changed one', (name) => {
    const expected = JSON.parse(fs.readFileSync(path.join(LAYOUTS5_DIR, `${name}.expected.json`), 'utf8')) as Expected;
    expect(selfTestOne(expected)).toBeNull();
  });
});
