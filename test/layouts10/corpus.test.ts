/**
 * The tenth layout corpus (test/fixtures/layouts10) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts10`, not tested here.
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from '../../scripts/layouts10';
import { LAYOUTS10_DIR } from '../../scripts/make-layouts10';
import { bytes2, expectedJson } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts10/readme';
import { verify10 } from '../../scripts/layouts10/kit';
import { score, selfTestOne } from '../../scripts/score-layouts';
import { Expected } from '../../scripts/layouts/expected';

const committed = fs.readdirSync(LAYOUTS10_DIR);
const names = FIXTURES.map((f) => f.name).sort();
const build = (name: string) => FIXTURES.find((f) => f.name === name)!.build();
const expected = (name: string) => JSON.parse(fs.readFileSync(path.join(LAYOUTS10_DIR, `${name}.expected.json`), 'utf8')) as Expected;

describe('layout corpus 10', () => {
  it("holds exactly the generator's fixtures, each with its workbook and expectation, in under 4 MB", () => {
    expect(
      committed
        .filter((f) => f.endsWith('.xlsx'))
        .map((f) => f.replace(/\.xlsx$/, ''))
        .sort(),
    ).toEqual(names);
    expect(
      committed
        .filter((f) => f.endsWith('.expected.json'))
        .map((f) => f.replace(/\.expected\.json$/, ''))
        .sort(),
    ).toEqual(names);
    expect(names.length).toBeGreaterThanOrEqual(14);
    const size = committed.reduce((s, f) => s + fs.statSync(path.join(LAYOUTS10_DIR, f)).size, 0);
    expect(size).toBeLessThan(4 * 1024 * 1024);
  });

  it.each(names)('%s is what the generator writes, byte for byte', async (name) => {
    const built = build(name);
    expect((await bytes2(built)).equals(fs.readFileSync(path.join(LAYOUTS10_DIR, `${name}.xlsx`)))).toBe(true);
    expect(fs.readFileSync(path.join(LAYOUTS10_DIR, `${name}.expected.json`), 'utf8')).toBe(expectedJson(name, built));
  });

  it('the README lists every fixture as the generator writes it', () => {
    const all = FIXTURES.map((f) => expected(f.name));
    expect(fs.readFileSync(path.join(LAYOUTS10_DIR, 'README.md'), 'utf8')).toBe(readme(all));
  });

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

  it.each(names)('the scorer accepts a perfect answer for %s and catches a changed one', (name) => {
    expect(selfTestOne(expected(name))).toBeNull();
  });
});
