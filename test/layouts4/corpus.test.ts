/**
 * The fourth layout corpus (test/fixtures/layouts4) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts4`, not tested here.
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from '../../scripts/layouts4';
import { LAYOUTS4_DIR } from '../../scripts/make-layouts4';
import { bytes2, expectedJson } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts4/readme';
import { verifyBuilt } from '../../scripts/layouts2/verify';
import { selfTestOne } from '../../scripts/score-layouts';
import { Expected } from '../../scripts/layouts/expected';

const committed = fs.readdirSync(LAYOUTS4_DIR);
const names = FIXTURES.map((f) => f.name).sort();

describe('layout corpus 4', () => {
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
    const size = committed.reduce((s, f) => s + fs.statSync(path.join(LAYOUTS4_DIR, f)).size, 0);
    expect(size).toBeLessThan(4 * 1024 * 1024);
  });

  it.each(names)('%s is what the generator writes, byte for byte', async (name) => {
    const built = FIXTURES.find((f) => f.name === name)!.build();
    expect((await bytes2(built)).equals(fs.readFileSync(path.join(LAYOUTS4_DIR, `${name}.xlsx`)))).toBe(true);
    expect(fs.readFileSync(path.join(LAYOUTS4_DIR, `${name}.expected.json`), 'utf8')).toBe(expectedJson(name, built));
  });

  it('the README lists every fixture as the generator writes it', () => {
    const all = FIXTURES.map((f) => JSON.parse(fs.readFileSync(path.join(LAYOUTS4_DIR, `${f.name}.expected.json`), 'utf8')) as Expected);
    expect(fs.readFileSync(path.join(LAYOUTS4_DIR, 'README.md'), 'utf8')).toBe(readme(all));
  });

  it('the second-way check catches a U+2212 text amount that disagrees and a stale total that is made to foot', async () => {
    const csv = FIXTURES.find((f) => f.name === 'csv-semikolon-decimalkomma-som-text-u2212-minus-ansvar-konto')!.build();
    expect(await verifyBuilt(await bytes2(csv), csv)).toEqual([]);
    csv.wb.getWorksheet('export_202512')!.getCell('E6').value = '\u2212651847,53';
    expect((await verifyBuilt(await bytes2(csv), csv)).join('\n')).toMatch(/row 6 outcome/);

    const stale = FIXTURES.find((f) => f.name === 'budget-med-summaformler-sparade-varden-en-inaktuell-summa')!.build();
    const t = stale.declared.totals![1];
    const ws = stale.wb.getWorksheet('Budget 2025')!;
    const cell = ws.getCell(`D${t.row}`);
    const fixed = t.covers.reduce<number>((s, r) => s + Number(ws.getCell(`D${r as number}`).value), 0);
    cell.value = { formula: (cell.value as { formula: string }).formula, result: fixed };
    expect((await verifyBuilt(await bytes2(stale), stale)).join('\n')).toMatch(/D\d+/);
  });

  it.each(names)('the scorer accepts a perfect answer for %s and catches a changed one', (name) => {
    const expected = JSON.parse(fs.readFileSync(path.join(LAYOUTS4_DIR, `${name}.expected.json`), 'utf8')) as Expected;
    expect(selfTestOne(expected)).toBeNull();
  });
});
