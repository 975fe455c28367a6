/**
 * The fifth layout corpus (test/fixtures/layouts5) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts5`, not tested here.
 */
import { FIXTURES } from '../../scripts/layouts5';
import { LAYOUTS5_DIR } from '../../scripts/make-layouts5';
import { bytes2 } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts5/readme';
import { englishAmount, verify5 } from '../../scripts/layouts5/verify5';
import { corpusFileTests } from '../helpers/corpus-files';

describe('layout corpus 5', () => {
  const { build } = corpusFileTests({ dir: LAYOUTS5_DIR, fixtures: FIXTURES, readme, atLeast: 16, maxMB: 4 });

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
});
