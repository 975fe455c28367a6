/**
 * The sixth layout corpus (test/fixtures/layouts6, member fees and financial goals) is what its generator writes,
 * byte for byte, and its scorer can judge every expectation (accepts a perfect answer, rejects a changed one). The
 * product's own score on it is measured with `npm run score-layouts -- --dir test/fixtures/layouts6`, not here.
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from '../../scripts/layouts6';
import { LAYOUTS6_DIR } from '../../scripts/make-layouts6';
import { bytes2 } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts6/readme';
import { verifyBuilt } from '../../scripts/layouts2/verify';
import { Expected } from '../../scripts/layouts/expected';
import { corpusFileTests } from '../helpers/corpus-files';
import { largestRemainder } from '../../scripts/layouts6/kit';

describe('layout corpus 6', () => {
  const { names } = corpusFileTests({ dir: LAYOUTS6_DIR, fixtures: FIXTURES, readme, atLeast: 14, maxMB: 2 });

  it('every fee expectation sums exactly to its total', () => {
    for (const name of names) {
      const e = JSON.parse(fs.readFileSync(path.join(LAYOUTS6_DIR, `${name}.expected.json`), 'utf8')) as Expected;
      if (!e.fees) continue;
      // Kronor as exact öre (`"1314336.76"` → 131433676n), never through a float.
      const ore = (s: string | null) => {
        const [whole, frac = ''] = String(s).split('.');
        return BigInt(whole) * 100n + (whole.startsWith('-') ? -1n : 1n) * BigInt(frac.padEnd(2, '0'));
      };
      expect(e.fees.members.reduce((s, m) => s + ore(m.fee), 0n)).toBe(ore(e.fees.total));
    }
  });

  it('the largest remainder gives the leftover kronor to the largest remainders, then the larger population', () => {
    // 100 kr by 1:1:1 — 33 each and one krona left; the remainders tie, so the largest population takes it.
    const parts = largestRemainder(10000n, [
      { name: 'A', weight: 1n, population: 10n },
      { name: 'B', weight: 1n, population: 30n },
      { name: 'C', weight: 1n, population: 20n },
    ]);
    expect([...parts.values()]).toEqual([3300n, 3400n, 3300n]);
  });

  it('the second-way check catches a pasted population that disagrees and a goal figure changed in its cell', async () => {
    const fee = FIXTURES.find((f) => f.name === 'medlemsforteckning-kommunkod-0114-som-text-invanare-1-nov-med-nbsp')!.build();
    expect(await verifyBuilt(await bytes2(fee), fee)).toEqual([]);
    fee.wb.getWorksheet('Medlemmar')!.getCell('D5').value = '48\u00a0321';
    expect((await verifyBuilt(await bytes2(fee), fee)).join('\n')).toMatch(/D5: population 48321/);

    const goal = FIXTURES.find((f) => f.name === 'soliditet-exklusive-och-inklusive-pensionsataganden-med-loneskatt')!.build();
    expect(await verifyBuilt(await bytes2(goal), goal)).toEqual([]);
    const cell = goal.declared.goals![1].cells.pensions;
    goal.wb.getWorksheet(cell.sheet)!.getCell(cell.cell).value = 14848;
    expect((await verifyBuilt(await bytes2(goal), goal)).join('\n')).toMatch(/inklusive pensionsåtaganden/);
  });
});
