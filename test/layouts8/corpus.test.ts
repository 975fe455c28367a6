/**
 * The eighth layout corpus (test/fixtures/layouts8) is what its generator writes, byte for byte, and its scorer
 * can judge every expectation (accepts a perfect answer, rejects a changed one). The product's own score on it is
 * measured with `npm run score-layouts -- --dir test/fixtures/layouts8`, not tested here.
 */
import fs from 'fs';
import path from 'path';
import { FIXTURES } from '../../scripts/layouts8';
import { LAYOUTS8_DIR } from '../../scripts/make-layouts8';
import { bytes2, expectedJson } from '../../scripts/make-layouts2';
import { readme } from '../../scripts/layouts8/readme';
import { verify8 } from '../../scripts/layouts8/verify8';
import { score, selfTestOne } from '../../scripts/score-layouts';
import { Expected } from '../../scripts/layouts/expected';

const committed = fs.readdirSync(LAYOUTS8_DIR);
const names = FIXTURES.map((f) => f.name).sort();
const build = (name: string) => FIXTURES.find((f) => f.name === name)!.build();
const expected = (name: string) => JSON.parse(fs.readFileSync(path.join(LAYOUTS8_DIR, `${name}.expected.json`), 'utf8')) as Expected;

describe('layout corpus 8', () => {
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
    expect(names.length).toBeGreaterThanOrEqual(16);
    const size = committed.reduce((s, f) => s + fs.statSync(path.join(LAYOUTS8_DIR, f)).size, 0);
    expect(size).toBeLessThan(4 * 1024 * 1024);
  });

  it.each(names)('%s is what the generator writes, byte for byte', async (name) => {
    const built = build(name);
    expect((await bytes2(built)).equals(fs.readFileSync(path.join(LAYOUTS8_DIR, `${name}.xlsx`)))).toBe(true);
    expect(fs.readFileSync(path.join(LAYOUTS8_DIR, `${name}.expected.json`), 'utf8')).toBe(expectedJson(name, built));
  });

  it('the README lists every fixture as the generator writes it', () => {
    const all = FIXTURES.map((f) => expected(f.name));
    expect(fs.readFileSync(path.join(LAYOUTS8_DIR, 'README.md'), 'utf8')).toBe(readme(all));
  });

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

  it.each(names)('the scorer accepts a perfect answer for %s and catches a changed one', (name) => {
    expect(selfTestOne(expected(name))).toBeNull();
  });
});
