/**
 * The eleventh layout corpus (test/fixtures/layouts11) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts11`, not tested here.
 */
import { FIXTURES } from '../../scripts/layouts11';
import { LAYOUTS11_DIR } from '../../scripts/make-layouts11';
import { bytes2 } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts11/readme';
import { verify8 } from '../../scripts/layouts8/verify8';
import { corpusFileTests } from '../helpers/corpus-files';

describe('layout corpus 11', () => {
  const { build } = corpusFileTests({ dir: LAYOUTS11_DIR, fixtures: FIXTURES, readme, atLeast: 14, maxMB: 4 });

  it('the second-way check catches a figure that disagrees with the source, and a total that foots where a mismatch is planted', async () => {
    const blocks = build('driftredovisning-verksamhet-i-sammanslagen-cell-till-vanster-intakter-kostnader-netto-signerat-tkr');
    expect(await verify8(await bytes2(blocks), blocks)).toEqual([]);
    blocks.wb.getWorksheet('Driftredovisning')!.getCell('D5').value = 1319;
    expect((await verify8(await bytes2(blocks), blocks)).join('\n')).toMatch(/row 5 outcome/);

    const stale = build('tom-marginal-a-b-logga-tabellen-i-c8-summarad-i-fetstil-utan-etikett-med-inaktuellt-sparat-varde');
    const cell = stale.wb.getWorksheet('Insatser 2025')!.getCell('E16');
    cell.value = { formula: 'SUM(E9:E15)', result: 2318450 + 1912300 + 874120 + 688900 + 566710 + 84600 + 245800 };
    expect((await verify8(await bytes2(stale), stale)).join('\n')).toMatch(/planted as a mismatch/);
  });
});
