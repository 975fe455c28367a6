import { findConcept, findRow } from '../../../src/core/goals/lookup';
import { Statement, amountFor, findStatements, labelKey } from '../../../src/core/goals/statements';
import { sheet } from '../../helpers/sheets';

/** A municipal balance sheet: equity and current liabilities as sections closed by a bare `Summa`. */
const municipal = sheet('BR', [
  ['Balansräkning (mnkr)'],
  [],
  ['', 'Not', 'Bokslut 2023', 'Bokslut 2022'],
  ['TILLGÅNGAR'],
  ['Omsättningstillgångar'],
  ['Förråd', 5, 2, 1],
  ['Kortfristiga fordringar', 6, 40, 35],
  ['Kassa och bank', 7, 60, 50],
  ['Summa', null, 102, 86],
  ['Summa tillgångar', null, 502, 486],
  ['EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER'],
  ['Eget kapital'],
  ['Årets resultat', null, 12, -3],
  ['Övrigt eget kapital', null, 188, 191],
  ['Summa', null, 200, 188],
  ['Avsättningar'],
  ['Avsättningar för pensioner', null, 50, 48],
  ['Summa', null, 50, 48],
  ['Kortfristiga skulder'],
  ['Leverantörsskulder', null, 30, 25],
  ['Övriga kortfristiga skulder', null, 222, 225],
  ['Summa', null, 252, 250],
  ['Summa eget kapital, avsättningar och skulder', null, 502, 486],
]);

function only(statements: Statement[]): Statement {
  expect(statements).toHaveLength(1);
  return statements[0];
}

describe('finding statements by their year columns', () => {
  test.each([
    ['text years', ['Resultaträkning', '2017', '2016'], [2017, 2016]],
    ['balance-sheet dates', ['Balansräkning', 'Not', '2017-12-31', '2016-12-31'], [2017, 2016]],
    ['outcome headers', ['Post', 'Utfall 2017', 'Budget 2017', 'Avvikelse', 'Utfall 2016'], [2017, 2016]],
    ['numbers that are consecutive years', ['Post', 2016, 2017], [2017, 2016]],
    ['Excel dates (serial numbers at a month end)', ['Post', 43100, 42735], [2017, 2016]],
    ['a unit in the header', ['Post', '2017 (tkr)', '2016 (tkr)'], [2017, 2016]],
  ])('%s', (_, header, years) => {
    const s = only(findStatements([sheet('RR', [header, ['Årets resultat', 5, 4]])]));
    expect(s.years.map((y) => y.year)).toEqual(years);
  });

  test('a row of amounts that happen to look like years is not a header', () => {
    expect(
      findStatements([
        sheet('X', [
          ['Kundfordringar', 1950, 2010],
          ['Likvida medel', 5, 6],
        ]),
      ]),
    ).toEqual([]);
    expect(findStatements([sheet('X', [['Kundfordringar', 43101, 43102]])])).toEqual([]);
  });

  test('unit from the title above the header, amounts in kronor; an empty cell is no value', () => {
    const s = only(findStatements([municipal]));
    expect(s.unit).toBe('mnkr');
    expect(s.kind).toBe('balance-sheet');
    const row = s.rows.find((r) => r.label === 'Kassa och bank')!;
    expect(amountFor(s, row, 2023)).toEqual({ value: expect.anything(), source: { sheet: 'BR', cell: 'C8' } });
    expect(amountFor(s, row, 2023).value!.toFixed()).toBe('60000000');
    const header = s.rows.find((r) => r.label === 'Eget kapital')!;
    expect(header.labelOnly).toBe(true);
    expect(amountFor(s, header, 2023).value).toBeNull();
  });

  test('a comment above the statement that mentions mnkr in passing states no unit: the amounts are kronor', () => {
    const s = only(
      findStatements([
        sheet('RR', [
          ['Resultaträkning'],
          ['Årets resultat blev 1,2 mnkr bättre än budgeterat, främst tack vare lägre personalkostnader under våren.'],
          ['', 'Not', '2024-12-31', '2023-12-31'],
          ['Verksamhetens intäkter', 1, 5200000, 5000000],
          ['Årets resultat', null, 1200000, -300000],
        ]),
      ]),
    );
    expect(s.unit).toBe('kr');
    expect(
      amountFor(
        s,
        s.rows.find((r) => r.label === 'Årets resultat')!,
        2024,
      ).value!.toFixed(),
    ).toBe('1200000');
  });

  test('told apart by title, sheet name or row labels', () => {
    const kinds = findStatements([
      sheet('Blad1', [['Resultaträkning (tkr)'], ['', '2017', '2016'], ['Verksamhetens intäkter', 10, 9], ['Årets resultat', 1, -1]]),
      sheet('Bokslut', [
        ['', '2017', '2016'],
        ['Summa tillgångar', 10, 9],
      ]),
      sheet('Balanskravsutredning', [
        ['', '2017', '2016'],
        ['Årets resultat', 1, -1],
        ['Balanskravsresultat', 1, -1],
      ]),
      sheet('Noter', [
        ['Not 11 Likvida medel', '2017', '2016'],
        ['Bank', 1, 2],
      ]),
    ]).map((s) => s.kind);
    expect(kinds).toEqual(['income-statement', 'balance-sheet', 'balance-requirement', 'other']);
  });

  test('labels match ignoring case, spacing, footnotes and units', () => {
    expect(labelKey('  SUMMA   kortfristiga skulder (tkr) ')).toBe('summa kortfristiga skulder');
    expect(labelKey('Övrigt 1)')).toBe('övrigt');
    expect(labelKey('Eget kapital 2017')).toBe('eget kapital');
    expect(labelKey('Övriga (externa kostnader)')).toBe('övriga (externa kostnader)');
  });
});

describe('finding the row a label names', () => {
  const statements = findStatements([municipal]);
  const cellOf = (name: string, section: string | null = null) => {
    const found = findRow(statements, { name, section });
    return found.kind === 'found' ? `${found.row.label}@${found.row.row + 1}` : found.kind;
  };

  test('a row by its own label, case-insensitively', () => {
    expect(cellOf('kassa och bank')).toBe('Kassa och bank@8');
  });

  test('a section header stands for the Summa row that closes it', () => {
    expect(cellOf('Eget kapital')).toBe('Summa@15');
    expect(cellOf('Kortfristiga skulder')).toBe('Summa@22');
    expect(cellOf('Omsättningstillgångar')).toBe('Summa@9');
  });

  test('`Label` also finds `Summa label`', () => {
    expect(cellOf('Tillgångar')).toBe('Summa tillgångar@10');
    expect(cellOf('Eget kapital, avsättningar och skulder')).toBe('Summa eget kapital, avsättningar och skulder@23');
  });

  test('`Section › Label` finds the row in that section', () => {
    expect(cellOf('Summa', 'Avsättningar')).toBe('Summa@18');
    expect(cellOf('Årets resultat', 'Eget kapital')).toBe('Årets resultat@13');
    expect(cellOf('Årets resultat', 'Avsättningar')).toBe('unknown');
  });

  test('a label on several rows is ambiguous, not a guess', () => {
    const found = findRow(statements, { name: 'Summa', section: null });
    expect(found.kind).toBe('ambiguous');
  });

  test('a concept tries its names in order, statement kinds in order', () => {
    const found = findConcept(statements, ['current assets', 'omsättningstillgångar']);
    expect(found.kind === 'found' && found.row.row).toBe(8);
  });
});
