/**
 * The seventh layout corpus (test/fixtures/layouts7) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts7`, not tested here.
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from '../../scripts/layouts7';
import { LAYOUTS7_DIR } from '../../scripts/make-layouts7';
import { bytes2, expectedJson } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts7/readme';
import { verify7 } from '../../scripts/layouts7/verify7';
import { selfTestOne } from '../../scripts/score-layouts';
import { Expected } from '../../scripts/layouts/expected';

const committed = fs.readdirSync(LAYOUTS7_DIR);
const names = FIXTURES.map((f) => f.name).sort();
const build = (name: string) => FIXTURES.find((f) => f.name === name)!.build();

describe('layout corpus 7', () => {
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
    expect(names.length).toBeGreaterThanOrEqual(20);
    const size = committed.reduce((s, f) => s + fs.statSync(path.join(LAYOUTS7_DIR, f)).size, 0);
    expect(size).toBeLessThan(4 * 1024 * 1024);
  });

  it.each(names)('%s is what the generator writes, byte for byte', async (name) => {
    const built = build(name);
    expect((await bytes2(built)).equals(fs.readFileSync(path.join(LAYOUTS7_DIR, `${name}.xlsx`)))).toBe(true);
    expect(fs.readFileSync(path.join(LAYOUTS7_DIR, `${name}.expected.json`), 'utf8')).toBe(expectedJson(name, built));
  });

  it('the README lists every fixture as the generator writes it', () => {
    const all = FIXTURES.map((f) => JSON.parse(fs.readFileSync(path.join(LAYOUTS7_DIR, `${f.name}.expected.json`), 'utf8')) as Expected);
    expect(fs.readFileSync(path.join(LAYOUTS7_DIR, 'README.md'), 'utf8')).toBe(readme(all));
  });

  it('the second-way check catches a budget kept positive that disagrees, a saved result where none may be, and a saved 0 is a value', async () => {
    const join = build('huvudbok-med-ett-signerat-belopp-mot-budget-dar-intakterna-ar-positiva-tva-konventioner');
    expect(await verify7(await bytes2(join), join)).toEqual([]);
    join.wb.getWorksheet('Budget')!.getCell('C5').value = -2700000;
    expect((await verify7(await bytes2(join), join)).join('\n')).toMatch(/Budget row 5/);

    const links = build('utfall-som-lankar-till-annan-fil-sparade-utan-varde-ingen-siffra-att-lasa-tre-konton');
    expect(await verify7(await bytes2(links), links)).toEqual([]);
    links.wb.getWorksheet('Uppföljning')!.getCell('D6').value = { formula: "'[Huvudbok 2025.xlsx]Saldo'!$C$10", result: -1900000 } as never;
    expect((await verify7(await bytes2(links), links)).join('\n')).toMatch(/D6: declared a formula without a result/);

    // F2 is =D2-E2 saved as 0: ExcelJS loads it without a result, the verifier reads the file's 0.
    const subtotal = build('data-delsumma-subtotal-9-summa-i-verksamhetskolumnen-och-totalsumma-over-allt');
    expect(await verify7(await bytes2(subtotal), subtotal)).toEqual([]);
  });

  it.each(names)('the scorer accepts a perfect answer for %s and catches a changed one', (name) => {
    const expected = JSON.parse(fs.readFileSync(path.join(LAYOUTS7_DIR, `${name}.expected.json`), 'utf8')) as Expected;
    expect(selfTestOne(expected)).toBeNull();
  });
});
