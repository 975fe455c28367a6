/**
 * SPEC 6 and 8, whose sheets are read and whose are replaced: Avstämning's own sheets carry a mark in A2 and are
 * never read as input; only a marked sheet is replaced; a name taken by a user sheet gets a suffix; hidden
 * sheets are read and said to be hidden, very hidden ones are not read and said to hold a table.
 */
import { CellValue, SheetData } from '../../src/core/cells';
import { analyseWorkbook } from '../../src/core/deviations/analyze';
import { inputSheets } from '../../src/core/read/sheets';
import { veryHiddenTableIssues } from '../../src/core/read/very-hidden';
import { chooseSheetName, generatedMark, isGeneratedSheet, isOwnSheet, isSettingsSheet } from '../../src/core/marks';
import { OutputSheet } from '../../src/core/render/output';
import { hasReplaceableName, replacedSheetNames } from '../../src/core/render/sheet-names';

const TABLE: CellValue[][] = [
  ['Konto', 'Budget', 'Utfall'],
  ['Löner', 100, 90],
];
const withVisibility = (name: string, visibility: SheetData['visibility'], values = TABLE): SheetData => ({ name, values, visibility });

describe('SPEC 6 the generated-sheet mark', () => {
  it('A2 starting with the Swedish or English mark, any case, makes a sheet Avstämning’s', () => {
    expect(isGeneratedSheet({ name: 'X', values: [['Avvikelser'], [generatedMark('sv', 'X')]] })).toBe(true);
    expect(isGeneratedSheet({ name: 'X', values: [['Deviations'], [generatedMark('en', 'X')]] })).toBe(true);
    expect(isGeneratedSheet({ name: 'X', values: [[null], ['  SKAPAT AV AVSTÄMNING. något mer']] })).toBe(true);
  });

  it('the mark names the sheet it was written as, in each language', () => {
    expect([generatedMark('sv', 'Avvikelser'), generatedMark('en', 'Deviations')]).toEqual([
      'Skapat av Avstämning som bladet ”Avvikelser”. Bladet ersätts vid nästa körning.',
      'Created by Avstämning as the sheet “Deviations”. This sheet is replaced on the next run.',
    ]);
  });

  it('only the sheet the mark names is the run’s own: a copy (`Avvikelser (2)`) and a mark without a name are not', () => {
    const mark = 'Skapat av Avstämning som bladet ”Avvikelser”. Bladet ersätts vid nästa körning.';
    expect(isOwnSheet({ name: 'Avvikelser', values: [['Avvikelser'], [mark]] })).toBe(true);
    expect(isOwnSheet({ name: 'AVVIKELSER', values: [['Avvikelser'], [mark]] })).toBe(true);
    expect(isOwnSheet({ name: 'Avvikelser (2)', values: [['Avvikelser'], [mark]] })).toBe(false);
    expect(isOwnSheet({ name: 'Avvikelser', values: [['Avvikelser'], ['Skapat av Avstämning. Bladet ersätts vid nästa körning.']] })).toBe(false);
    expect(isGeneratedSheet({ name: 'Avvikelser (2)', values: [['Avvikelser'], [mark]] })).toBe(true);
  });

  it('the mark anywhere else, or other text in A2, is not the mark', () => {
    expect(isGeneratedSheet({ name: 'X', values: [[generatedMark('sv', 'X')]] })).toBe(false);
    expect(isGeneratedSheet({ name: 'X', values: [[null], [null, generatedMark('sv', 'X')]] })).toBe(false);
    expect(isGeneratedSheet({ name: 'X', values: [[null], ['Skapat av Eva']] })).toBe(false);
    expect(isGeneratedSheet({ name: 'X', values: [] })).toBe(false);
  });

  it('the settings sheet is known by its name in either language, any case', () => {
    expect(
      ['Avstämning inställningar', 'AVSTÄMNING INSTÄLLNINGAR', 'Avstämning settings', ' avstämning settings '].map((name) =>
        isSettingsSheet({ name, values: [] }),
      ),
    ).toEqual([true, true, true, true]);
    expect(isSettingsSheet({ name: 'Inställningar', values: [] })).toBe(false);
  });
});

describe('SPEC 6 and 8 which sheets are read', () => {
  it('the output sheets, the settings sheet and very hidden sheets are not input; hidden and visible ones are', () => {
    const sheets = [
      withVisibility('Drift', 'visible'),
      withVisibility('Dold', 'hidden'),
      withVisibility('Mycket dold', 'veryHidden'),
      { name: 'Avvikelser', values: [['Avvikelser'], [generatedMark('sv', 'Avvikelser')], [], ...TABLE] },
      { name: 'Avstämning inställningar', values: TABLE },
      { name: 'Utan synlighet', values: TABLE },
    ];
    expect(inputSheets(sheets).map((s) => s.name)).toEqual(['Drift', 'Dold', 'Utan synlighet']);
  });

  it('a hidden sheet with a budget table is counted and said to be hidden', () => {
    const a = analyseWorkbook([withVisibility('Dold', 'hidden')]);
    expect([a.tables.map((t) => t.sheet), a.errors]).toEqual([['Dold'], [{ key: 'sheet.hidden', sheet: 'Dold', cell: 'A1' }]]);
  });

  it('a hidden sheet without a table is no issue', () => {
    expect(analyseWorkbook([withVisibility('Dold', 'hidden', [['Anteckningar']])]).errors).toEqual([]);
  });

  it('a very hidden sheet with a budget table is named; without a table, or if it is Avstämning’s, it is not', () => {
    expect(veryHiddenTableIssues([withVisibility('Mycket dold', 'veryHidden')])).toEqual([{ key: 'sheet.veryHidden', sheet: 'Mycket dold', cell: 'A1' }]);
    expect(veryHiddenTableIssues([withVisibility('Data', 'veryHidden', [['Kod', 'Text']])])).toEqual([]);
    expect(veryHiddenTableIssues([withVisibility('Avstämning inställningar', 'veryHidden')])).toEqual([]);
    expect(veryHiddenTableIssues([{ name: 'Gammal', visibility: 'veryHidden', values: [['Avvikelser'], [generatedMark('en', 'Gammal')], ...TABLE] }])).toEqual(
      [],
    );
    expect(veryHiddenTableIssues([withVisibility('Synlig', 'visible'), withVisibility('Dold', 'hidden')])).toEqual([]);
  });

  it('a table of only a members list (no budget or outcome) on a very hidden sheet is not named', () => {
    expect(
      veryHiddenTableIssues([
        withVisibility('Medlemmar', 'veryHidden', [
          ['Kommun', 'Invånare'],
          ['Flen', 16000],
        ]),
      ]),
    ).toEqual([]);
  });

  it('a table with headers and no lines with amounts is reported at its header', () => {
    const a = analyseWorkbook([
      {
        name: 'Drift',
        values: [
          [null, 'Konto', 'Budget', 'Utfall'],
          [null, 'Löner'],
        ],
      },
    ]);
    expect(a.errors).toEqual([{ key: 'table.noItems', sheet: 'Drift', cell: 'B1' }]);
    expect(a.tables).toEqual([]);
  });
});

describe('SPEC 6 sheet names: never a user’s sheet', () => {
  it('a free name is taken as it is; a name of an earlier output is reused', () => {
    expect(chooseSheetName('Avvikelser', [{ name: 'Drift', generated: false }])).toBe('Avvikelser');
    expect(chooseSheetName('Avvikelser', [{ name: 'avvikelser', generated: true }])).toBe('Avvikelser');
  });

  it('a name held by a user sheet (any case) gets a suffix: Avvikelser (2), then (3)', () => {
    expect(chooseSheetName('Avvikelser', [{ name: 'AVVIKELSER', generated: false }])).toBe('Avvikelser (2)');
    expect(
      chooseSheetName('Avvikelser', [
        { name: 'Avvikelser', generated: false },
        { name: 'Avvikelser (2)', generated: false },
      ]),
    ).toBe('Avvikelser (3)');
  });

  it('a name already given in this run is not given again', () => {
    expect(chooseSheetName('Avvikelser', [], new Set(['avvikelser']))).toBe('Avvikelser (2)');
  });

  const out = (key: OutputSheet['key'], name: string) => ({ key, name }) as OutputSheet;

  it('a run replaces its sheets by their names in both languages, so English replaces Swedish', () => {
    const names = replacedSheetNames([out('deviations', 'Deviations'), out('checks', 'Checks')]);
    expect([...names].sort()).toEqual(['avvikelser', 'checks', 'deviations', 'kontroller']);
  });

  it('a replaceable name may carry a suffix; other names are not replaceable', () => {
    const names = replacedSheetNames([out('deviations', 'Avvikelser')]);
    expect(
      ['Avvikelser', 'avvikelser (2)', 'Avvikelser (12)', 'Deviations', 'Avvikelser 2', 'Mina avvikelser'].map((n) => hasReplaceableName(n, names)),
    ).toEqual([true, true, true, true, false, false]);
  });
});
