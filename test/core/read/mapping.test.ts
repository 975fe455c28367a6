import { reconcileSheets } from '../../../src/core/reconcile';
import { readSettings, settingsRows } from '../../../src/core/settings';
import { columnIndex, mergeMappings, roleOfWord } from '../../../src/core/read/mapping';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

/** Headers no reader can know: `Kolumn X` and `Siffra`. */
const uppfoljning = sheet('Uppföljning', [
  ['Rapport 2024'],
  [],
  ['Post', 'Kolumn X', 'Siffra'],
  ['Personal', 1000, 1100],
  ['Lokaler', 500, null],
  ['Summa', 1500, 1100],
]);

const settingsWith = (...rows: (string | number | null)[][]) =>
  sheet('Avstämning inställningar', [['Parameter', 'Värde'], [], ['Blad', 'Kolumn', 'Roll'], ...rows]);

describe('the column mapping (SPEC 1.6)', () => {
  test('without a mapping the table gives no deviations and says the budget and outcome are missing', () => {
    const r = reconcileSheets([uppfoljning], { lang: 'sv' });
    expect(r.analysis.tables).toEqual([]);
  });

  test('the settings sheet maps columns by letter and role word; the mapped table gives exact deviations', () => {
    const r = reconcileSheets([uppfoljning, settingsWith(['Uppföljning', 'B', 'Budget'], ['Uppföljning', 'C', 'Utfall'], ['Uppföljning', 'Enhet', 'tkr'])], {
      lang: 'sv',
    });
    const t = r.analysis.tables[0];
    expect(t.unit).toBe('tkr');
    // Personal: a cost, 1 000 − 1 100 tkr = −100 tkr.
    expect(t.lines.map((l) => [l.name, kr(l.deviation)])).toEqual([
      ['Personal', '-100000'],
      // No outcome: no deviation, never read as zero.
      ['Lokaler', null],
    ]);
    const reading = r.reading.find((x) => x.sheet === 'Uppföljning')!;
    expect(reading.table!.columns.filter((c) => c.from === 'mapping').map((c) => [c.column, c.header, c.role])).toEqual([
      ['B', 'Kolumn X', 'budget'],
      ['C', 'Siffra', 'outcome'],
    ]);
    expect(reading.table!.unitFrom).toBe('mapping');
  });

  test('English words and any letter case work the same', () => {
    const r = reconcileSheets(
      [
        uppfoljning,
        sheet('Avstämning settings', [
          ['Sheet', 'Column', 'Role'],
          ['uppföljning', 'b', 'budget'],
          ['UPPFÖLJNING', 'c', 'Actual'],
        ]),
      ],
      { lang: 'en' },
    );
    expect(kr(r.analysis.tables[0].lines[0].deviation)).toBe('-100');
  });

  test('a face’s mapping (the command line, the pane) wins over the settings sheet', () => {
    const stored = settingsWith(['Uppföljning', 'B', 'Utfall'], ['Uppföljning', 'C', 'Budget']);
    const r = reconcileSheets([uppfoljning, stored], {
      lang: 'sv',
      mappings: [
        {
          sheet: 'Uppföljning',
          columns: [
            { col: 1, role: 'budget' },
            { col: 2, role: 'outcome' },
          ],
        },
      ],
    });
    expect(kr(r.analysis.tables[0].lines[0].deviation)).toBe('-100');
  });

  test('bad rows are reported with their settings cell, in both languages, and the rest still runs', () => {
    const bad = settingsWith(
      ['Saknas', 'B', 'Budget'],
      ['Uppföljning', 'Q', 'Utfall'],
      ['Uppföljning', 'B', 'Budget'],
      ['Uppföljning', 'C', 'Trams'],
      ['Uppföljning', 'C', 'Budget'],
      ['Uppföljning', 'C', 'Utfall'],
      ['Uppföljning', 'Rubrikrad', 99],
    );
    for (const lang of ['sv', 'en'] as const) {
      const r = reconcileSheets([uppfoljning, bad], { lang });
      expect(r.analysis.errors.filter((e) => e.sheet === 'Avstämning inställningar').map((e) => [e.cell, e.key])).toEqual([
        ['A4', 'settings.mapping.noSuchSheet'],
        ['B5', 'settings.mapping.noSuchColumn'],
        ['C7', 'settings.mapping.badRole'],
        ['C8', 'settings.mapping.roleTwice'],
        ['C10', 'settings.mapping.badHeaderRow'],
      ]);
      expect(kr(r.analysis.tables[0].lines[0].deviation)).toBe('-100');
    }
  });

  test('mappings round-trip through the settings rows, in either language', () => {
    const input = [
      uppfoljning,
      settingsWith(
        ['Uppföljning', 'B', 'Budget'],
        ['Uppföljning', 'C', 'Utfall'],
        ['Uppföljning', 'Rubrikrad', 3],
        ['Uppföljning', 'Teckenkonvention', 'Huvudbok'],
      ),
    ];
    const s = readSettings(input);
    for (const lang of ['sv', 'en'] as const) {
      const again = readSettings([uppfoljning, sheet('Avstämning inställningar', settingsRows(s, lang))]);
      expect(again).toEqual(s);
    }
    expect(s.conventions).toEqual({ Uppföljning: 'ledger' });
  });

  test('words and letters', () => {
    expect([roleOfWord('Utfall'), roleOfWord('actual'), roleOfWord('Föregående år'), roleOfWord('Nyckel'), roleOfWord('Ignorera'), roleOfWord('x')]).toEqual([
      'outcome',
      'outcome',
      'priorYear',
      'key',
      'ignore',
      null,
    ]);
    expect([columnIndex('A'), columnIndex('c'), columnIndex('AA'), columnIndex('XFD'), columnIndex('XFE'), columnIndex('1')]).toEqual([
      0,
      2,
      26,
      16383,
      null,
      null,
    ]);
    expect(
      mergeMappings(
        [
          {
            sheet: 'Drift',
            columns: [
              { col: 1, role: 'budget' },
              { col: 2, role: 'outcome' },
            ],
          },
        ],
        [{ sheet: 'drift', columns: [{ col: 3, role: 'outcome' }] }],
      ),
    ).toEqual([
      {
        sheet: 'Drift',
        headerRow: undefined,
        unit: undefined,
        convention: undefined,
        columns: [
          { col: 1, role: 'budget' },
          { col: 3, role: 'outcome' },
        ],
      },
    ]);
  });
});
