/**
 * The eighth layout corpus (test/fixtures/layouts8) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts8`, not tested here.
 */
import { FIXTURES } from '../../scripts/layouts8';
import { LAYOUTS8_DIR } from '../../scripts/make-layouts8';
import { bytes2 } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts8/readme';
import { verify8 } from '../../scripts/layouts8/verify8';
import { score } from '../../scripts/score-layouts';
import { corpusFileTests } from '../helpers/corpus-files';

describe('layout corpus 8', () => {
  const { build, expected } = corpusFileTests({ dir: LAYOUTS8_DIR, fixtures: FIXTURES, readme, atLeast: 16, maxMB: 4 });

  it('the second-way check catches a refused cell that holds a number, and a figure that disagrees with the source', async () => {
    const notes = build('budgetkolumn-dar-var-tredje-cell-ar-en-anteckning-se-bilaga');
    expect(await verify8(await bytes2(notes), notes)).toEqual([]);
    notes.wb.getWorksheet('Budget och utfall')!.getCell('B5').value = 400000;
    expect((await verify8(await bytes2(notes), notes)).join('\n')).toMatch(/B5 is reported as an error but holds 400000/);

    const separators = build('punkt-och-komma-blandat-i-en-kolumn-1-234-50-och-1-234-50');
    separators.wb.getWorksheet('Export')!.getCell('D8').value = '938,551.16';
    expect((await verify8(await bytes2(separators), separators)).join('\n')).toMatch(/row 8 outcome/);
  });

  it('a deviation percentage where the budget is zero is caught', () => {
    const e = expected('budget-noll-pa-rader-med-utfall-ingen-procent-och-div-0-i-procentkolumnen');
    const table = e.tables[0];
    const line = (l: NonNullable<typeof table.lines>[number]) => ({
      name: l.key,
      row: l.row,
      budget: l.budget,
      outcome: l.outcome,
      deviation: l.deviation,
      deviationPercent: l.deviationPercent === null ? 'Infinity' : '1.00',
    });
    const json = {
      deviations: [
        { sheet: table.sheet, range: `A${table.headerRow}:E20`, unit: 'kr', convention: 'unsigned', lines: (table.lines ?? []).map(line), total: table.total },
      ],
    };
    expect(score(e, json).join('\n')).toMatch(/Juridik" deviation % Infinity, expected none/);
  });
});
