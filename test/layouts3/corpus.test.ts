/**
 * The third layout corpus (test/fixtures/layouts3) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts3`, not tested here.
 */
import { FIXTURES } from '../../scripts/layouts3';
import { LAYOUTS3_DIR } from '../../scripts/make-layouts3';
import { bytes2 } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts3/readme';
import { verifyBuilt3 } from '../../scripts/layouts3/verify3';
import { corpusFileTests } from '../helpers/corpus-files';

describe('layout corpus 3', () => {
  corpusFileTests({ dir: LAYOUTS3_DIR, fixtures: FIXTURES, readme, atLeast: 16, maxMB: 4 });

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
});
