/**
 * SPEC 1.2, Units: every unit word, the order the unit is looked for in (header, the cells above the header,
 * the sheet name, else kronor), and each column read in its own unit. All arithmetic is in öre:
 * 1 kr = 100 öre, 1 tkr = 100 000 öre, 1 mnkr = 100 000 000 öre.
 */
import { InputIssue } from '../../src/core/issues';
import { readRows } from '../../src/core/read/rows';
import { findTables } from '../../src/core/read/tables';
import { ORE_PER_UNIT, PRINTED_STEP_ORE, unitFromText } from '../../src/core/read/units';
import { sheet } from '../helpers/sheets';

describe('SPEC 1.2 every unit word', () => {
  it.each([
    [
      'mnkr',
      [
        'mnkr',
        'MNKR',
        '(mnkr)',
        'Mkr',
        '(Mkr)',
        'MSEK',
        'miljoner kronor',
        'i miljoner kronor',
        'Miljoner kr',
        'million SEK',
        'millions of SEK',
        'SEK millions',
        'Belopp i mnkr',
      ],
    ],
    [
      'tkr',
      ['tkr', 'TKR', '(tkr)', 'KSEK', 'tusental kronor', 'tusen kronor', 'thousand SEK', 'thousands of SEK', 'SEK thousands', 'Amounts in SEK thousands'],
    ],
    ['kr', ['kr', '(kr)', 'Kr', 'kronor', 'i kronor', 'SEK', '(SEK)', 'Belopp kr.']],
  ])('%s: each of its words names it', (unit, words) => {
    expect(Object.fromEntries(words.map((w) => [w, unitFromText(w)]))).toEqual(Object.fromEntries(words.map((w) => [w, unit])));
  });

  it('words that only contain the letters name no unit: `Kronoberg`, `Skrivare`, `Budget`, `Tkronor`', () => {
    expect(['Kronoberg', 'Skrivare', 'Budget', 'Tkronor', 'Mkrets'].map(unitFromText)).toEqual([null, null, null, null, null]);
  });

  it('öre per unit and the printed step: 1 kr, 1 tkr, 0,01 mnkr', () => {
    expect(ORE_PER_UNIT).toEqual({ kr: 100, tkr: 100_000, mnkr: 100_000_000 });
    // 0,01 mnkr = 10 000 kr = 1 000 000 öre.
    expect(PRINTED_STEP_ORE).toEqual({ kr: 100, tkr: 100_000, mnkr: 1_000_000 });
  });
});

describe('SPEC 1.2 where the unit comes from, in order', () => {
  const body = [
    ['Konto', 'Budget', 'Utfall'],
    ['Löner', 2, 3],
  ];

  it('a title above the header: `DRIFTSREDOVISNING (Mkr)` makes the table mnkr, from the title', () => {
    const [t] = findTables(sheet('Drift', [['DRIFTSREDOVISNING (Mkr)'], [null], ...body]));
    expect([t.unit, t.unitSource]).toEqual(['mnkr', 'title']);
  });

  it('a title in capitals: `DRIFTSREDOVISNING 2017 (TKR)` is tkr', () => {
    const [t] = findTables(sheet('Drift', [['DRIFTSREDOVISNING 2017 (TKR)'], ...body]));
    expect([t.unit, t.unitSource]).toEqual(['tkr', 'title']);
  });

  it('the header wins over the title: `Budget (tkr)` under a `(mnkr)` title is tkr, from the header', () => {
    const [t] = findTables(sheet('Drift', [['Resultat (mnkr)'], ['Konto', 'Budget (tkr)', 'Utfall (tkr)'], ['Löner', 2, 3]]));
    expect([t.unit, t.unitSource]).toEqual(['tkr', 'header']);
  });

  it('the title wins over the sheet name: a `(tkr)` title on a sheet named `Drift mnkr` is tkr', () => {
    const [t] = findTables(sheet('Drift mnkr', [['Belopp i tkr'], ...body]));
    expect([t.unit, t.unitSource]).toEqual(['tkr', 'title']);
  });

  it('the sheet name when nothing else says: `Drift (tkr)`', () => {
    const [t] = findTables(sheet('Drift (tkr)', body));
    expect([t.unit, t.unitSource]).toEqual(['tkr', 'sheet']);
  });

  it('kronor by default, and it says so', () => {
    const [t] = findTables(sheet('Drift', body));
    expect([t.unit, t.unitSource]).toEqual(['kr', 'default']);
  });

  it("a second table's own title wins: `Tabell 2 (kr)` under a sheet titled in mnkr is kronor", () => {
    const s = sheet('S', [['Tabell 1 (mnkr)'], ['Konto', 'Budget', 'Utfall'], ['A', 1, 1], ['Tabell 2 (kr)'], ['Konto', 'Budget', 'Utfall'], ['B', 2, 2]]);
    expect(findTables(s).map((t) => [t.unit, t.unitSource])).toEqual([
      ['mnkr', 'title'],
      ['kr', 'title'],
    ]);
  });

  it('the title block above the first table holds for every table on the sheet that states no unit of its own', () => {
    // The cells above the second header are `Tabell 2` and, further up, the sheet's title `Tabell 1 (mnkr)`.
    const s = sheet('S', [['Tabell 1 (mnkr)'], ['Konto', 'Budget', 'Utfall'], ['A', 1, 1], ['Tabell 2'], ['Konto', 'Budget', 'Utfall'], ['B', 2, 2]]);
    expect(findTables(s).map((t) => [t.unit, t.unitSource])).toEqual([
      ['mnkr', 'title'],
      ['mnkr', 'title'],
    ]);
  });
});

describe('SPEC 1.2 each column in its own unit; computation in kronor', () => {
  it('`Budget (tkr)` beside `Utfall (kr)`: 2 tkr and 1 500 kr read as 200 000 and 150 000 öre; the table is tkr', () => {
    const s = sheet('Drift', [
      ['Konto', 'Budget (tkr)', 'Utfall (kr)'],
      ['Löner', 2, 1500],
    ]);
    const [t] = findTables(s);
    expect([t.unit, t.columnUnits]).toEqual(['tkr', { budget: 'tkr', outcome: 'kr' }]);
    const [row] = readRows(s, t, []);
    // 2 tkr = 2 000 kr = 200 000 öre; 1 500 kr = 150 000 öre.
    expect([row.budget, row.outcome]).toEqual([200_000, 150_000]);
  });

  it('a tkr table: 1,5 tkr is 150 000 öre; a mnkr table: 0,25 mnkr is 25 000 000 öre', () => {
    const tkr = sheet('Drift', [['Belopp i tkr'], ['Konto', 'Budget', 'Utfall'], ['A', 1.5, '1,5']]);
    const [tt] = findTables(tkr);
    const [a] = readRows(tkr, tt, []);
    expect([a.budget, a.outcome]).toEqual([150_000, 150_000]);
    const mn = sheet('Drift (mnkr)', [
      ['Konto', 'Budget', 'Utfall'],
      ['A', 0.25, '0,25'],
    ]);
    const [mt] = findTables(mn);
    const [b] = readRows(mn, mt, []);
    expect([b.budget, b.outcome]).toEqual([25_000_000, 25_000_000]);
  });

  it('a (Mkr) title makes 1,2 read as 1 200 000 kr, not 1,20 kr', () => {
    const s = sheet('Drift', [['Resultaträkning (Mkr)'], ['Post', 'Budget', 'Utfall'], ['Intäkter', 1.2, 1.3]]);
    const issues: InputIssue[] = [];
    const [t] = findTables(s, issues);
    const [row] = readRows(s, t, issues);
    // 1,2 mnkr = 1 200 000 kr = 120 000 000 öre.
    expect([row.budget, row.outcome, issues]).toEqual([120_000_000, 130_000_000, []]);
  });
});
