/**
 * The thirteenth layout corpus (test/fixtures/layouts13) is what its generator writes, byte for byte, and its
 * scorer can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on
 * it is measured with `npm run score-layouts -- --dir test/fixtures/layouts13`, not tested here.
 */
import { FIXTURES } from '../../scripts/layouts13';
import { LAYOUTS13_DIR } from '../../scripts/make-layouts13';
import { bytes2 } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts13/readme';
import { verify10 } from '../../scripts/layouts10/kit';
import { corpusFileTests } from '../helpers/corpus-files';

describe('layout corpus 13', () => {
  const { build } = corpusFileTests({ dir: LAYOUTS13_DIR, fixtures: FIXTURES, readme, atLeast: 10, maxMB: 4 });

  it('the second-way check catches a fee cell that disagrees with the source', async () => {
    const q = build('avgift-per-invanare-dock-lagst-50-000-kr-per-medlem-smakommunen-betalar-golvet');
    expect(await verify10(await bytes2(q), q)).toEqual([]);
    q.wb.getWorksheet('Avgift 2026')!.getCell('B4').value = 40000;
    expect((await verify10(await bytes2(q), q)).join('\n')).toMatch(/fees/);
  });
});
