/**
 * The second layout corpus (test/fixtures/layouts2) is what its generator writes, byte for byte, and its
 * scorer can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score
 * on it is measured with `npm run score-layouts -- --dir test/fixtures/layouts2`, not tested here.
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from '../../scripts/layouts2';
import { bytes2, expectedJson, LAYOUTS2_DIR } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts2/readme';
import { verifyBuilt } from '../../scripts/layouts2/verify';
import { selfTestOne } from '../../scripts/score-layouts';
import { Expected } from '../../scripts/layouts/expected';

const committed = fs.readdirSync(LAYOUTS2_DIR);
const names = FIXTURES.map((f) => f.name).sort();

describe('layout corpus 2', () => {
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
    expect(names.length).toBeGreaterThanOrEqual(30);
    const size = committed.reduce((s, f) => s + fs.statSync(path.join(LAYOUTS2_DIR, f)).size, 0);
    expect(size).toBeLessThan(4 * 1024 * 1024);
  });

  it.each(names)('%s is what the generator writes, byte for byte', async (name) => {
    const built = FIXTURES.find((f) => f.name === name)!.build();
    expect((await bytes2(built)).equals(fs.readFileSync(path.join(LAYOUTS2_DIR, `${name}.xlsx`)))).toBe(true);
    expect(fs.readFileSync(path.join(LAYOUTS2_DIR, `${name}.expected.json`), 'utf8')).toBe(expectedJson(name, built));
  });

  it('the README lists every fixture as the generator writes it', () => {
    const all = FIXTURES.map((f) => JSON.parse(fs.readFileSync(path.join(LAYOUTS2_DIR, `${f.name}.expected.json`), 'utf8')) as Expected);
    expect(fs.readFileSync(path.join(LAYOUTS2_DIR, 'README.md'), 'utf8')).toBe(readme(all));
  });

  it('the second-way check catches a cell that disagrees with the source and a planted finding that foots', async () => {
    const ledger = FIXTURES.find((f) => f.name === 'raindance-uppfoljningsrapport-ansvar-konto')!.build();
    expect(await verifyBuilt(await bytes2(ledger), ledger)).toEqual([]);
    ledger.wb.getWorksheet('Uppföljningsrapport')!.getCell('F9').value = -212430.51;
    expect((await verifyBuilt(await bytes2(ledger), ledger)).join('\n')).toMatch(/row 9 outcome/);

    const cross = FIXTURES.find((f) => f.name === 'projektlista-malomrade-och-sammanstallning')!.build();
    cross.wb.getWorksheet('Målområden')!.getCell('C5').value = 2821800;
    expect((await verifyBuilt(await bytes2(cross), cross)).join('\n')).toMatch(/Målområden!C5.*planted as a mismatch/);
  });

  it.each(names)('the scorer accepts a perfect answer for %s and catches a changed one', (name) => {
    const expected = JSON.parse(fs.readFileSync(path.join(LAYOUTS2_DIR, `${name}.expected.json`), 'utf8')) as Expected;
    expect(selfTestOne(expected)).toBeNull();
  });
});
