/**
 * The second layout corpus (test/fixtures/layouts2) is what its generator writes, byte for byte, and its
 * scorer can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score
 * on it is measured with `npm run score-layouts -- --dir test/fixtures/layouts2`, not tested here.
 */
import { FIXTURES } from '../../scripts/layouts2';
import { bytes2, LAYOUTS2_DIR } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts2/readme';
import { verifyBuilt } from '../../scripts/layouts2/verify';
import { corpusFileTests } from '../helpers/corpus-files';

describe('layout corpus 2', () => {
  corpusFileTests({ dir: LAYOUTS2_DIR, fixtures: FIXTURES, readme, atLeast: 30, maxMB: 4 });

  it('the second-way check catches a cell that disagrees with the source and a planted finding that foots', async () => {
    const ledger = FIXTURES.find((f) => f.name === 'raindance-uppfoljningsrapport-ansvar-konto')!.build();
    expect(await verifyBuilt(await bytes2(ledger), ledger)).toEqual([]);
    ledger.wb.getWorksheet('Uppföljningsrapport')!.getCell('F9').value = -212430.51;
    expect((await verifyBuilt(await bytes2(ledger), ledger)).join('\n')).toMatch(/row 9 outcome/);

    const cross = FIXTURES.find((f) => f.name === 'projektlista-malomrade-och-sammanstallning')!.build();
    cross.wb.getWorksheet('Målområden')!.getCell('C5').value = 2821800;
    expect((await verifyBuilt(await bytes2(cross), cross)).join('\n')).toMatch(/Målområden!C5.*planted as a mismatch/);
  });
});
