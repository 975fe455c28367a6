/**
 * The tenth layout corpus (test/fixtures/layouts10) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts10`, not tested here.
 */
import { FIXTURES } from '../../scripts/layouts10';
import { LAYOUTS10_DIR } from '../../scripts/make-layouts10';
import { bytes2 } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts10/readme';
import { verify10 } from '../../scripts/layouts10/kit';
import { score } from '../../scripts/score-layouts';
import { corpusFileTests } from '../helpers/corpus-files';

describe('layout corpus 10', () => {
  const { build, expected } = corpusFileTests({ dir: LAYOUTS10_DIR, fixtures: FIXTURES, readme, atLeast: 14, maxMB: 4 });

  it('the second-way check catches a fee cell or a verdict that disagrees with the source', async () => {
    const q = build('arsavgift-med-oren-i-kvartalsfakturor-kvartalen-summerar-till-aret');
    expect(await verify10(await bytes2(q), q)).toEqual([]);
    q.wb.getWorksheet('Årsavgifter')!.getCell('C4').value = 412345.51;
    expect((await verify10(await bytes2(q), q)).join('\n')).toMatch(/fees/);

    const v = build('maltabell-utfall-2025-maluppfyllelse-uppfyllt-delvis-ej-uppfyllt-i-ord');
    v.wb.getWorksheet('Måluppfyllelse')!.getCell('D6').value = 'Ej uppfyllt';
    expect((await verify10(await bytes2(v), v)).join('\n')).toMatch(/D6: verdict/);
  });

  it('invoices that do not add up to the rounded fee are caught', () => {
    const e = expected('avgift-per-invanare-fakturerad-per-manad-tolv-fakturor-per-medlem');
    const m = e.invoices![0];
    const fee = e.fees!.members.find((x) => x.member === m.member)!.fee!;
    // Each month rounded on its own: twelve times the rounded twelfth, not the rounded year.
    const month = Math.round(Number(fee) / 12);
    const json = {
      fees: { members: e.fees!.members, total: e.fees!.total ?? undefined },
      invoices: Array.from({ length: 12 }, () => ({ member: m.member, amount: String(month) })),
    };
    expect(score(e, json).join('\n')).toMatch(new RegExp(`invoices of ${m.member} add up to`));
  });
});
