/**
 * The twelfth layout corpus (test/fixtures/layouts12) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts12`, not tested here.
 */
import { FIXTURES } from '../../scripts/layouts12';
import { LAYOUTS12_DIR } from '../../scripts/make-layouts12';
import { bytes2 } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts12/readme';
import { verify12 } from '../../scripts/layouts12/kit';
import { corpusFileTests } from '../helpers/corpus-files';

describe('layout corpus 12', () => {
  const { build } = corpusFileTests({ dir: LAYOUTS12_DIR, fixtures: FIXTURES, readme, atLeast: 14, maxMB: 4 });

  it('the second-way check catches a key or an amount that disagrees with the source', async () => {
    const one = build('raindance-verifikationer-konto-och-benamning-i-en-cell-mot-budget-med-bara-kontonummer');
    expect(await verify12(await bytes2(one), one)).toEqual([]);
    one.wb.getWorksheet('Verifikationer')!.getCell('C5').value = '6990 Övriga kostnader';
    expect((await verify12(await bytes2(one), one)).join('\n')).toMatch(/Verifikationer row 5: key 6990/);

    const text = build('visma-huvudbok-debet-och-kredit-som-text-med-decimalkomma-mot-budget-per-konto');
    const ws = text.wb.getWorksheet('Huvudbok')!;
    const debit = ws.getCell('F5').value ?? ws.getCell('G5').value;
    ws.getCell('F5').value = null;
    ws.getCell('G5').value = debit;
    expect((await verify12(await bytes2(text), text)).join('\n')).toMatch(/Huvudbok row 5: amount/);
  });

  it('a row left out must show why, and a row neither declared nor left out is caught', async () => {
    const years = build('fortnox-verifikationer-fran-december-2024-till-december-2025-bara-budgetaret-raknas');
    years.wb.getWorksheet('Verifikationer')!.getCell('A5').value = new Date(Date.UTC(2025, 0, 4));
    expect((await verify12(await bytes2(years), years)).join('\n')).toMatch(/row 5: left out \(dated 2024/);

    const summa = build('ekonomi-plus-huvudbok-med-titelblock-och-summa-i-foten-mot-budget');
    const ls = summa.wb.getWorksheet('Huvudbok')!;
    // The blank row between the last transaction and the Summa.
    ls.getCell(`D${ls.rowCount - 2}`).value = 'stray';
    expect((await verify12(await bytes2(summa), summa)).join('\n')).toMatch(/neither declared nor left out/);
  });
});
