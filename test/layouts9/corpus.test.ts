/**
 * The ninth layout corpus (test/fixtures/layouts9) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts9`, not tested here.
 */
import { FIXTURES } from '../../scripts/layouts9';
import { LAYOUTS9_DIR } from '../../scripts/make-layouts9';
import { bytes2 } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts9/readme';
import { verify8 } from '../../scripts/layouts8/verify8';
import { corpusFileTests } from '../helpers/corpus-files';

describe('layout corpus 9', () => {
  const { build } = corpusFileTests({ dir: LAYOUTS9_DIR, fixtures: FIXTURES, readme, atLeast: 16, maxMB: 4 });

  it('the second-way check catches a figure that disagrees with the source, and a unit cell that reads as a number', async () => {
    const revised = build('budget-rev-budget-och-budget-efter-ombudgetering-sista-revideringen-galler-tkr');
    expect(await verify8(await bytes2(revised), revised)).toEqual([]);
    revised.wb.getWorksheet('Budgetuppföljning')!.getCell('D5').value = 18900;
    expect((await verify8(await bytes2(revised), revised)).join('\n')).toMatch(/row 5 budget/);

    const euro = build('interreg-projekt-belopp-i-eur-under-titeln-inga-kronor-att-jamfora');
    euro.wb.getWorksheet('Lägesrapport')!.getCell('A2').value = 1;
    expect((await verify8(await bytes2(euro), euro)).join('\n')).toMatch(/A2 should be an error or unreadable/);
  });
});
