/**
 * SPEC 1.4, Rows: items, group (section) headers, subtotals and totals told apart; blank and note-only rows
 * skipped; a goal-area header sets the goal area of the rows under it; unreadable amounts reported by cell.
 */
import { CellValue } from '../../src/core/cells';
import { InputIssue } from '../../src/core/issues';
import { TableRow, isTotalLabel, readRows, sectionType, typeFromText } from '../../src/core/read/rows';
import { findTables } from '../../src/core/read/tables';
import { stripFootnote } from '../../src/core/read/text';
import { sheet } from '../helpers/sheets';

/** The rows of the first table on a sheet, as [label, kind, goal area]. */
function rowsOf(values: CellValue[][], issues: InputIssue[] = []): TableRow[] {
  const s = sheet('Drift', values);
  const [t] = findTables(s, issues);
  return readRows(s, t, issues);
}
const brief = (rows: TableRow[]) => rows.map((r) => [r.label, r.kind, r.goalArea]);

describe('SPEC 1.4 a row is a total when its label starts with a total word, in any case', () => {
  it.each([
    'Summa',
    'Summa kostnader',
    'SUMMA INTÄKTER',
    'summa:',
    'Summa: projekt',
    'Totalt',
    'TOTALT',
    'Total',
    'total kostnad',
    'Totalsumma',
    'Resultat',
    'Resultat före finansiella poster',
    'Årets resultat',
    'ÅRETS RESULTAT',
    'Periodens resultat',
    'Nettokostnad projekt',
    'NETTOKOSTNAD PROJEKT',
    // SPEC 1.4: a label that starts with Netto is a total, with or without a qualifier.
    'Nettokostnad',
    'Nettointäkter',
    'Netto',
    'netto:',
    '  Summa kostnader',
    // Å written as A + combining ring (decomposed), as some exports do.
    'A\u030arets resultat',
  ])('%p is a total', (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });

  it.each([
    'Löner',
    'Summering av året',
    'Summaregister',
    'Totala',
    'Resultatenhet',
    'Personal',
    'Administration',
    'Årsarvoden',
    'Resultatutjämningsreserv',
    '',
  ])('%p is an item (the total word must stand alone or before a qualifier)', (label) => {
    expect(isTotalLabel(label)).toBe(false);
  });

  // SPEC 1.4 names statement subtotals as totals too.
  it.each(['Verksamhetens intäkter', 'Verksamhetens kostnader', 'Verksamhetens nettokostnad', 'Finansnetto', 'Beräknat resultat', 'Net result'])(
    'statement subtotal %p is a total',
    (label) => {
      expect(isTotalLabel(label)).toBe(true);
    },
  );
});

describe('SPEC 1.4 item, section and total rows, and what is skipped', () => {
  const header = ['Post', 'Budget', 'Utfall'];

  it('a label without amounts followed by an item heads a section; items under it belong to it', () => {
    const rows = rowsOf([header, ['Mål 1 Arbete'], ['Projekt A', 10, 12], ['Projekt B', 5, 4], ['Summa', 15, 16]]);
    expect(brief(rows)).toEqual([
      ['Mål 1 Arbete', 'section', null],
      ['Projekt A', 'item', 'Mål 1 Arbete'],
      ['Projekt B', 'item', 'Mål 1 Arbete'],
      ['Summa', 'total', null],
    ]);
  });

  it('a label without amounts followed by a blank row and then text is a note: skipped, no section', () => {
    const rows = rowsOf([header, ['Projekt A', 10, 12], ['Not: siffrorna är preliminära'], [null], ['Källa: ekonomisystemet']]);
    expect(brief(rows)).toEqual([['Projekt A', 'item', null]]);
  });

  it('a label without amounts followed by a total is no section (a note before the sum)', () => {
    const rows = rowsOf([header, ['Projekt A', 10, 12], ['Se not 3'], ['Summa', 10, 12]]);
    expect(brief(rows)).toEqual([
      ['Projekt A', 'item', null],
      ['Summa', 'total', null],
    ]);
  });

  it('a total word without amounts heads no section', () => {
    const rows = rowsOf([header, ['Summa kostnader'], ['Projekt A', 10, 12]]);
    expect(brief(rows)).toEqual([['Projekt A', 'item', null]]);
  });

  it('blank rows are skipped, and the zero-based sheet row is kept', () => {
    const rows = rowsOf([header, [null, null, null], [], ['Projekt A', 10, 12]]);
    expect(rows.map((r) => [r.label, r.row])).toEqual([['Projekt A', 3]]);
  });

  it('a row with amounts and no label, between labelled rows, is an item with an empty label', () => {
    const rows = rowsOf([header, ['Projekt A', 1, 1], [null, 10, 12], ['Projekt B', 1, 1]]);
    expect(brief(rows)).toEqual([
      ['Projekt A', 'item', null],
      ['', 'item', null],
      ['Projekt B', 'item', null],
    ]);
  });

  it('a section footnote marker is left out of the goal area: `Mål 2 Hälsa 1)` → `Mål 2 Hälsa`', () => {
    const rows = rowsOf([header, ['Mål 2 Hälsa 1)'], ['Projekt A', 1, 1]]);
    expect(rows[1].goalArea).toBe('Mål 2 Hälsa');
  });

  it('footnote markers: `Övrigt 1)` → `Övrigt`, `Tillväxtverket²` → `Tillväxtverket`, `Mål 2` stays', () => {
    expect([stripFootnote('Övrigt 1)'), stripFootnote('Tillväxtverket²'), stripFootnote('Mål 2')]).toEqual(['Övrigt', 'Tillväxtverket', 'Mål 2']);
  });

  // SPEC 1.4: "whichever column of the table the label stands in".
  it('a total label in a later column than the line label is a total', () => {
    const rows = rowsOf([
      ['Konto', 'Benämning', 'Budget', 'Utfall'],
      ['4010', 'Löner', 10, 12],
      [null, 'Summa kostnader', 10, 12],
    ]);
    expect(rows.map((r) => r.kind)).toEqual(['item', 'total']);
  });
});

describe("SPEC 1.5 a label's words say income or cost", () => {
  it.each([
    ['Tillsynsavgifter', 'income'],
    ['Verksamhetsbidrag', 'income'],
    ['Taxor och avgifter', 'income'],
    // Fees the body pays for what it uses are costs, though they end in -avgifter.
    ['Licensavgifter', 'cost'],
    ['Bankavgifter', 'cost'],
    ['Kortavgifter', 'cost'],
    ['Kontoföringsavgifter', 'cost'],
    ['Arbetsgivaravgifter', 'cost'],
    ['Sociala avgifter', 'cost'],
    ['Övrigt', null],
  ])('%p is %p', (label, type) => {
    expect(typeFromText(label)).toBe(type);
  });
});

describe('SPEC 1.4 goal areas from a goal-area column, a section or the row itself', () => {
  it('a blank goal-area cell repeats the one above', () => {
    const rows = rowsOf([
      ['Målområde', 'Projekt', 'Budget', 'Utfall'],
      ['Mål 1', 'A', 1, 1],
      [null, 'B', 1, 1],
      ['Mål 2', 'C', 1, 1],
    ]);
    expect(rows.map((r) => r.goalArea)).toEqual(['Mål 1', 'Mål 1', 'Mål 2']);
  });

  it('a goal-area column wins over a section header for the goal area', () => {
    const rows = rowsOf([
      ['Målområde', 'Projekt', 'Budget', 'Utfall'],
      [null, 'Rubrik'],
      ['Mål 1', 'A', 1, 1],
    ]);
    expect(rows.filter((r) => r.kind === 'item').map((r) => r.goalArea)).toEqual(['Mål 1']);
  });

  it('in a summary table each item row is a goal area itself; its total row has none', () => {
    const rows = rowsOf([
      ['Målområde', 'Budget', 'Utfall'],
      ['Mål 1 Arbete 2)', 1, 1],
      ['Summa', 1, 1],
    ]);
    expect(brief(rows)).toEqual([
      ['Mål 1 Arbete 2)', 'item', 'Mål 1 Arbete'],
      ['Summa', 'total', null],
    ]);
  });
});

describe('SPEC 1.5 a type column and a section say income or cost', () => {
  it.each([
    ['Intäkt', 'income'],
    ['Intäkter', 'income'],
    ['Inkomst', 'income'],
    ['Income', 'income'],
    ['Revenue', 'income'],
    ['Kostnad', 'cost'],
    ['Kostnader', 'cost'],
    ['Utgift', 'cost'],
    ['Cost', 'cost'],
    ['Expense', 'cost'],
    ['Övrigt', null],
  ])('type %p is %p', (text, type) => {
    const rows = rowsOf([
      ['Post', 'Typ', 'Budget', 'Utfall'],
      ['A', text, 1, 1],
    ]);
    expect(rows[0].statedType).toBe(type);
    expect(sectionType(text)).toBe(type);
  });

  it('an empty type cell states nothing, and no section is no type', () => {
    expect(
      rowsOf([
        ['Post', 'Typ', 'Budget', 'Utfall'],
        ['A', null, 1, 1],
      ])[0].statedType,
    ).toBeNull();
    expect(sectionType(null)).toBeNull();
  });
});

describe('SPEC 1.3 and 8 an unreadable amount is reported by sheet and cell, and the row has no deviation', () => {
  it('text in the outcome column: key amount.notANumber at C2 with the text and the column header', () => {
    const issues: InputIssue[] = [];
    const [row] = rowsOf(
      [
        ['Post', 'Budget', 'Utfall'],
        ['Hyra', 50, 'fyrtio'],
      ],
      issues,
    );
    expect(issues).toEqual([{ key: 'amount.notANumber', sheet: 'Drift', cell: 'C2', params: { text: 'fyrtio', column: 'Utfall' } }]);
    expect([row.budget, row.outcome, row.unreadable]).toEqual([5000, null, true]);
  });

  it('an error value in the budget column: amount.errorValue at B2', () => {
    const issues: InputIssue[] = [];
    const [row] = rowsOf(
      [
        ['Post', 'Budget', 'Utfall'],
        ['Hyra', { error: '#REF!' }, 40],
      ],
      issues,
    );
    expect(issues.map((i) => [i.key, i.cell])).toEqual([['amount.errorValue', 'B2']]);
    expect(row.unreadable).toBe(true);
  });

  it('`1.234` is reported as ambiguous, not guessed', () => {
    const issues: InputIssue[] = [];
    rowsOf(
      [
        ['Post', 'Budget', 'Utfall'],
        ['Hyra', '1.234', 1],
      ],
      issues,
    );
    expect(issues.map((i) => [i.key, i.cell])).toEqual([['amount.ambiguous', 'B2']]);
  });

  it('an unreadable forecast leaves the budget and outcome readable: the row is not unreadable', () => {
    const issues: InputIssue[] = [];
    const [row] = rowsOf(
      [
        ['Post', 'Budget', 'Utfall', 'Prognos'],
        ['Hyra', 1, 2, 'x'],
      ],
      issues,
    );
    expect([row.unreadable, row.forecast, issues.map((i) => i.cell)]).toEqual([false, null, ['D2']]);
  });

  it('a dash is no value, not zero, and not an error', () => {
    const issues: InputIssue[] = [];
    const [row] = rowsOf(
      [
        ['Post', 'Budget', 'Utfall'],
        ['Hyra', '–', 40],
      ],
      issues,
    );
    expect([row.budget, row.outcome, row.unreadable, issues]).toEqual([null, 4000, false, []]);
  });
});
