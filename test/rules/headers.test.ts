/**
 * SPEC 1.1, Sheet roles found by their headers: every synonym of the SPEC's table, the normalisation
 * (case, surrounding space, trailing year, unit in parentheses, trailing colon), and how a header row and its
 * table are found (first 30 rows, two known headers, the later year is the outcome).
 */
import { SheetData } from '../../src/core/cells';
import { matchHeader } from '../../src/core/read/headers';
import { HEADER_SEARCH_ROWS, findTables } from '../../src/core/read/tables';
import { InputIssue } from '../../src/core/issues';
import { sheet } from '../helpers/sheets';

const roleOf = (text: string) => matchHeader(text)?.role ?? null;

describe('SPEC 1.1 synonyms that are read today', () => {
  it.each([
    ['budget', ['Budget', 'Budget helår', 'Årsbudget', 'Lagd budget', 'Budget 2024', 'Budget år']],
    [
      'outcome',
      [
        'Utfall',
        'Utfall helår',
        'Bokfört',
        'Utfall 2024',
        'Utfall år',
        'Utfall t.o.m. aug',
        'Utfall tom augusti',
        'Utfall jan–aug',
        'Actual',
        'Actuals',
        'Outcome',
      ],
    ],
    ['forecast', ['Prognos', 'Prognos helår', 'Prognos i delårsbokslut', 'Helårsprognos', 'Forecast']],
    ['deviation', ['Avvikelse', 'Budgetavvikelse', 'Avvikelse budget-utfall', 'Avvikelse mot budget', 'Variance', 'Deviation']],
    ['priorYear', ['Utfall föregående år', 'Utfall år-1', 'Utfall år − 1', 'Prior year']],
    ['goalArea', ['Målområde', 'Mål', 'Fokusområde', 'Prioriterad inriktning', 'Verksamhetsområde', 'Område', 'Goal area']],
    ['line', ['Projekt', 'Post', 'Rad', 'Kontonamn', 'Benämning', 'Budgetavstämning', 'Line', 'Item']],
    ['type', ['Typ', 'Intäkt/Kostnad', 'Type']],
    ['comment', ['Kommentar', 'Förklaring', 'Åtgärd', 'Comment']],
    ['member', ['Medlem', 'Kommun', 'Region', 'Landsting', 'Member']],
    ['population', ['Invånare', 'Folkmängd', 'Befolkning', 'Antal invånare', 'Population', 'Inhabitants']],
    ['municipalityCode', ['Kommunkod', 'Municipality code']],
    ['orgNumber', ['Organisationsnummer', 'Org.nr', 'Org. number']],
    ['share', ['Andel', 'Fast andel', 'Fast belopp', 'Avgift', 'Share', 'Fixed amount', 'Fee']],
  ])('role %s: every listed header reads as it', (role, words) => {
    expect(Object.fromEntries(words.map((w) => [w, roleOf(w)]))).toEqual(Object.fromEntries(words.map((w) => [w, role])));
  });

  it('a budget reconciliation (`Budgetavstämning`) is a line label, not a budget column', () => {
    expect(roleOf('Budgetavstämning')).toBe('line');
  });

  it('a deviation column is never the budget though it starts with the word: `Budget-avvikelse`, `Budgetavvikelse 2017`', () => {
    expect(roleOf('Budget-avvikelse')).toBe('deviation');
    expect(roleOf('Budgetavvikelse 2017')).toBe('deviation');
  });

  it('a word that is no header is no header: `Summa`, `Anteckning`, an empty cell', () => {
    expect(matchHeader('Summa')).toBeNull();
    expect(matchHeader('Anteckning')).toBeNull();
    expect(matchHeader('')).toBeNull();
  });
});

// The SPEC's wider vocabulary (src/core/read/vocabulary.ts): once it.failing, read since the reading reshape.
describe('SPEC 1.1 the wider vocabulary: revised and period budgets, ledger and pivot words, codes and dimensions', () => {
  it.each([
    ['budget', 'Rev. budget'],
    ['budget', 'Reviderad budget'],
    ['budget', 'Annual budget'],
    ['budget', 'Revised budget'],
    ['periodBudget', 'Periodiserad budget'],
    ['periodBudget', 'Budget t.o.m. aug'],
    ['periodBudget', 'Budget jan–aug'],
    ['periodBudget', 'Budget YTD'],
    ['outcome', 'Redovisat'],
    ['outcome', 'Belopp'],
    ['outcome', 'Ack'],
    ['outcome', 'Utfall ack'],
    ['outcome', 'Ack. utfall'],
    ['outcome', 'Actual YTD'],
    ['outcome', 'Amount'],
    ['outcome', 'Utfall 2024-12-31'],
    ['outcome', 'Bokfört t.o.m. aug'],
    ['forecast', 'Årsprognos'],
    ['forecast', 'Full-year forecast'],
    ['forecastDeviation', 'Avvikelse prognos mot budget'],
    ['deviation', 'Differens'],
    ['deviation', 'Diff'],
    ['deviation', 'Variance YTD'],
    ['line', 'Insats'],
    ['line', 'Radetiketter'],
    ['line', 'Account name'],
    ['code', 'Konto'],
    ['code', 'Kontonummer'],
    ['code', 'Kod'],
    ['code', 'Code'],
    ['code', 'Account'],
    // SPEC 1.1 lists `Aktivitet` both as a line and as a dimension ("a column to group by"); it is read as a dimension.
    ['dimension', 'Aktivitet'],
    ['dimension', 'Nämnd'],
    ['dimension', 'Verksamhet'],
    ['dimension', 'Ansvar'],
    ['dimension', 'Kostnadsställe'],
    ['dimension', 'Avdelning'],
    ['dimension', 'Cost centre'],
    ['dimension', 'Department'],
    ['population', 'Folkbokförda'],
    ['population', 'Invånare 31 dec 2023'],
    ['priorYear', 'Utfall år−1'],
  ])('role %s: %p', (role, text) => {
    expect(roleOf(text)).toBe(role);
  });
});

describe('SPEC 1.1 a header is matched as written by people', () => {
  it('case is ignored: `BUDGET`, `utfall`, `PrOgNoS`', () => {
    expect([roleOf('BUDGET'), roleOf('utfall'), roleOf('PrOgNoS')]).toEqual(['budget', 'outcome', 'forecast']);
  });

  it('surrounding spaces, no-break spaces and doubled inner spaces are ignored', () => {
    expect(roleOf('  Utfall  ')).toBe('outcome');
    expect(roleOf('\u00a0Budget\u00a0')).toBe('budget');
    expect(roleOf('Utfall   helår')).toBe('outcome');
  });

  it('a trailing year is stripped and kept: `Budget 2017` is the budget of 2017, `Utfall 2017/18` of 2017', () => {
    expect(matchHeader('Budget 2017')).toEqual({ role: 'budget', year: 2017, unit: undefined });
    expect(matchHeader('Utfall 2017/18')).toEqual({ role: 'outcome', year: 2017, unit: undefined });
    expect(matchHeader('Utfall 1999')?.year).toBe(1999);
  });

  it('a number that is no year is not taken for one: `Utfall 2` is the outcome, of no year', () => {
    expect(matchHeader('Utfall 2')).toEqual({ role: 'outcome' });
  });

  it('a unit in parentheses is stripped and kept: `Budget (tkr)`, `Utfall (i miljoner kronor)`, `Avvikelse (kr)`', () => {
    expect(matchHeader('Budget (tkr)')).toEqual({ role: 'budget', year: undefined, unit: 'tkr' });
    expect(matchHeader('Utfall (i miljoner kronor)')).toEqual({ role: 'outcome', year: undefined, unit: 'mnkr' });
    expect(matchHeader('Avvikelse (kr)')).toEqual({ role: 'deviation', year: undefined, unit: 'kr' });
  });

  it('a unit without parentheses is stripped too: `Budget tkr`, `Utfall mnkr 2018`', () => {
    expect(matchHeader('Budget tkr')).toEqual({ role: 'budget', year: undefined, unit: 'tkr' });
    expect(matchHeader('Utfall mnkr 2018')).toEqual({ role: 'outcome', year: 2018, unit: 'mnkr' });
  });

  it('a trailing colon is ignored: `Budget:`, `Utfall :`', () => {
    expect(roleOf('Budget:')).toBe('budget');
    expect(roleOf('Utfall :')).toBe('outcome');
  });

  it('any text in parentheses is ignored: `Prognos (augusti)`', () => {
    expect(roleOf('Prognos (augusti)')).toBe('forecast');
  });
});

/** A budget table whose header stands on sheet row `headerRow + 1`. */
function tableAt(headerRow: number): SheetData {
  const rows: SheetData['values'] = Array.from({ length: headerRow }, () => [null]);
  rows.push(['Konto', 'Budget', 'Utfall'], ['Löner', 100, 90]);
  return sheet('Drift', rows);
}

describe('SPEC 1.1 the header row is looked for in the first 30 rows', () => {
  it(`a header on row ${HEADER_SEARCH_ROWS} (the last searched) is found`, () => {
    expect(HEADER_SEARCH_ROWS).toBe(30);
    expect(findTables(tableAt(29)).map((t) => t.headerRow)).toEqual([29]);
  });

  it('a header on row 31 is not found', () => {
    expect(findTables(tableAt(30))).toEqual([]);
  });

  it('a header row needs two known headers: `Budget` alone is no table', () => {
    expect(findTables(sheet('S', [['Budget'], [100]]))).toEqual([]);
  });

  it('a row with an amount in it is no header row, though it holds header words', () => {
    expect(findTables(sheet('S', [['Budget', 'Utfall', 5]]))).toEqual([]);
  });

  it('a year cell between headers does not stop the row from being a header row', () => {
    const [t] = findTables(
      sheet('S', [
        ['Post', 2017, 'Budget', 'Utfall'],
        ['Löner', null, 1, 2],
      ]),
    );
    expect(t.columns).toEqual({ line: 0, budget: 2, outcome: 3 });
  });

  it('a header row of labels only (no amount role) is no budget table: `Projekt | Kommentar`', () => {
    expect(
      findTables(
        sheet('S', [
          ['Projekt', 'Kommentar'],
          ['A', 'x'],
        ]),
      ),
    ).toEqual([]);
  });

  it('a members table (`Kommun | Invånare`) is no budget table: the fee reading finds it (members.test.ts)', () => {
    expect(
      findTables(
        sheet('S', [
          ['Kommun', 'Invånare'],
          ['Flen', 16000],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('SPEC 1.1 two years of one role: the later year is the outcome, the earlier the prior year', () => {
  it('`Utfall 2016 | Utfall 2017`: column C (2017) is the outcome, column B (2016) the prior year', () => {
    const [t] = findTables(
      sheet('S', [
        ['Post', 'Utfall 2016', 'Utfall 2017'],
        ['Löner', 1, 2],
      ]),
    );
    expect(t.columns).toEqual({ line: 0, outcome: 2, priorYear: 1 });
    expect(t.headers).toEqual({ line: 'Post', outcome: 'Utfall 2017', priorYear: 'Utfall 2016' });
  });

  it('the same in the other column order: `Utfall 2018 | Utfall 2017` keeps 2018 as the outcome', () => {
    const [t] = findTables(
      sheet('S', [
        ['Post', 'Utfall 2018', 'Utfall 2017'],
        ['Löner', 1, 2],
      ]),
    );
    expect(t.columns).toEqual({ line: 0, outcome: 1, priorYear: 2 });
  });

  it('two outcome columns with the same year: the first is kept and the second reported by its cell', () => {
    const issues: InputIssue[] = [];
    const [t] = findTables(sheet('S', [['Post', 'Utfall', 'Budget', 'Utfall']]), issues);
    expect(t.columns.outcome).toBe(1);
    expect(issues).toEqual([{ key: 'header.duplicate', sheet: 'S', cell: 'D1', params: { header: 'Utfall', first: 'B1' } }]);
  });
});

describe('SPEC 1.1 where a table starts and ends, and which column names its rows', () => {
  it('a second header row ends the first table on the row above it', () => {
    const s = sheet('S', [['Post', 'Budget', 'Utfall'], ['A', 1, 1], [null], ['Projekt', 'Budget', 'Utfall'], ['B', 2, 2]]);
    expect(findTables(s).map((t) => [t.headerRow, t.firstRow, t.lastRow])).toEqual([
      [0, 1, 2],
      [3, 4, 4],
    ]);
  });

  it('a line column names the rows; a goal-area column alone makes the rows goal areas', () => {
    const [lines] = findTables(sheet('S', [['Målområde', 'Projekt', 'Budget', 'Utfall']]));
    expect([lines.labelCol, lines.labelRole]).toEqual([1, 'line']);
    const [areas] = findTables(sheet('S', [['Målområde', 'Budget', 'Utfall']]));
    expect([areas.labelCol, areas.labelRole]).toEqual([0, 'goalArea']);
  });

  it('with no label header, the leftmost column with text before the amounts names the rows', () => {
    const s = sheet('S', [
      [null, null, 'Budget', 'Utfall'],
      ['1', 'Löner', 5, 6],
    ]);
    expect(findTables(s)[0].labelCol).toBe(1);
  });

  it('the last column is the rightmost header: an unknown header beside the known ones is in the table, with no role (SPEC 1.7)', () => {
    const [t] = findTables(sheet('S', [['Post', 'Budget', null, 'Utfall', 'okänd']]));
    expect([t.lastCol, t.columns]).toEqual([4, { line: 0, budget: 1, outcome: 3 }]);
  });
});
