/**
 * The fourth layout corpus (test/fixtures/layouts4) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts4`, not tested here.
 */
import { FIXTURES } from '../../scripts/layouts4';
import { LAYOUTS4_DIR } from '../../scripts/make-layouts4';
import { bytes2 } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts4/readme';
import { verifyBuilt } from '../../scripts/layouts2/verify';
import { corpusFileTests } from '../helpers/corpus-files';

describe('layout corpus 4', () => {
  corpusFileTests({ dir: LAYOUTS4_DIR, fixtures: FIXTURES, readme, atLeast: 16, maxMB: 4 });

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
});
