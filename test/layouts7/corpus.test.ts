/**
 * The seventh layout corpus (test/fixtures/layouts7) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts7`, not tested here.
 */
import { FIXTURES } from '../../scripts/layouts7';
import { LAYOUTS7_DIR } from '../../scripts/make-layouts7';
import { bytes2 } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts7/readme';
import { verify7 } from '../../scripts/layouts7/verify7';
import { corpusFileTests } from '../helpers/corpus-files';

describe('layout corpus 7', () => {
  const { build } = corpusFileTests({ dir: LAYOUTS7_DIR, fixtures: FIXTURES, readme, atLeast: 20, maxMB: 4 });

  it('the second-way check catches a budget kept positive that disagrees, a saved result where none may be, and a saved 0 is a value', async () => {
    const join = build('huvudbok-med-ett-signerat-belopp-mot-budget-dar-intakterna-ar-positiva-tva-konventioner');
    expect(await verify7(await bytes2(join), join)).toEqual([]);
    join.wb.getWorksheet('Budget')!.getCell('C5').value = -2700000;
    expect((await verify7(await bytes2(join), join)).join('\n')).toMatch(/Budget row 5/);

    const links = build('utfall-som-lankar-till-annan-fil-sparade-utan-varde-ingen-siffra-att-lasa-tre-konton');
    expect(await verify7(await bytes2(links), links)).toEqual([]);
    links.wb.getWorksheet('Uppföljning')!.getCell('D6').value = { formula: "'[Huvudbok 2025.xlsx]Saldo'!$C$10", result: -1900000 } as never;
    expect((await verify7(await bytes2(links), links)).join('\n')).toMatch(/D6: declared a formula without a result/);

    // F2 is =D2-E2 saved as 0: ExcelJS loads it without a result, the verifier reads the file's 0.
    const subtotal = build('data-delsumma-subtotal-9-summa-i-verksamhetskolumnen-och-totalsumma-over-allt');
    expect(await verify7(await bytes2(subtotal), subtotal)).toEqual([]);
  });
});
