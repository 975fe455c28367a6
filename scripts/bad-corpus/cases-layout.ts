/** SPEC 1.1, 1.2, 1.4: headers (blank, twice, far down, merged), tables without items, totals, units. */
import { PROJEKT, Rows, budgetavstamning, malomraden, patch, projekt } from './base';
import { BadCase } from './types';

const P = 'deviations[sheet=Projekt]';

/** PROJEKT moved down so its header row is row `row` (1-based). */
function projektAtRow(row: number): Rows {
  const blank: Rows = Array.from({ length: row - 3 }, () => []);
  return [PROJEKT[0], ...blank, ...PROJEKT.slice(1)];
}

export const LAYOUT_CASES: BadCase[] = [
  {
    id: 'header-blank',
    about: 'Projekt has a fifth column with amounts but a blank header (E3): it is no known column, so it is not read; the table is read as usual.',
    sheets: [{ name: 'Projekt', rows: patch(PROJEKT, { E4: 1, E5: 2, E6: 3 }) }],
    expect: {
      messages: [],
      tables: 1,
      values: [
        { path: `${P}.total.deviation`, equals: '111500' },
        { path: `${P}.range`, equals: 'A3:D9' },
      ],
    },
  },
  {
    id: 'header-blank-amount',
    about:
      'Projekt!D3 (Utfall) is blank: the table has a budget but no outcome. It gives no deviations at all (nothing is read as zero, no line is ±100 %), and the missing outcome is said once, at the header row.',
    sheets: [projekt({ D3: null })],
    expect: {
      messages: [{ key: 'table.noOutcome', sheet: 'Projekt', cell: 'A3' }],
      absent: ['check.noOutcome'],
      tables: 0,
      values: [],
    },
  },
  {
    id: 'header-duplicate',
    about: 'Projekt has Budget twice (C3 and E3): the second is reported at E3 naming C3, and the first is used.',
    sheets: [{ name: 'Projekt', rows: patch(PROJEKT, { E3: 'Budget', E4: 1, E5: 1, E6: 1, E7: 1, E8: 1, E9: 1 }) }],
    expect: {
      messages: [{ key: 'header.duplicate', sheet: 'Projekt', cell: 'E3' }],
      tables: 1,
      values: [{ path: `${P}.total.budget`, equals: '1945000' }],
    },
  },
  {
    id: 'header-row-25',
    about: 'The header row of Projekt is row 25 (within the 30 rows searched): the table is found and read.',
    sheets: [{ name: 'Projekt', rows: projektAtRow(25) }],
    expect: {
      messages: [],
      tables: 1,
      values: [
        { path: `${P}.range`, equals: 'A25:D31' },
        { path: `${P}.total.deviation`, equals: '111500' },
      ],
    },
  },
  {
    id: 'header-row-31',
    about: 'The header row is row 31, past the 30 rows searched: no table is found (each face then says so: workbook.noTable), and nothing is written.',
    sheets: [{ name: 'Projekt', rows: projektAtRow(31) }],
    expect: { messages: [], tables: 0, values: [], written: [] },
  },
  {
    id: 'header-merged',
    about:
      'Målområden has its title merged over A1:E1 and the header Budget helår merged over B3:C3 (the forecast header under the merge is lost, as in Excel): Budget helår is read from B, C is not read, the rest as usual.',
    sheets: [{ ...malomraden({ C3: null }), merges: ['A1:E1', 'B3:C3'] }],
    expect: {
      messages: [],
      tables: 1,
      values: [
        { path: 'deviations[sheet=Målområden].groups[name=Mål 2: Sörmland har starka samband med omvärlden].budget', equals: '3840000' },
        { path: 'deviations[sheet=Målområden].groups[name=Mål 2: Sörmland har starka samband med omvärlden].forecast', equals: null },
        { path: 'deviations[sheet=Målområden].total.deviation', equals: '-307600' },
      ],
    },
  },
  {
    id: 'table-no-items',
    about: 'Projekt has its title and header row and nothing under it: reported at the header (A3); no deviations.',
    sheets: [{ name: 'Projekt', rows: PROJEKT.slice(0, 3) }],
    expect: { messages: [{ key: 'table.noItems', sheet: 'Projekt', cell: 'B3' }], tables: 0, values: [] },
  },
  {
    id: 'total-covers-nothing',
    about: 'A Summa row directly under the header of Projekt (row 4), before any item: the total covers nothing, said at its row; the items below are read.',
    sheets: [{ name: 'Projekt', rows: [...PROJEKT.slice(0, 3), [null, 'Summa', 1945000, 1832500], ...PROJEKT.slice(3)] }],
    expect: {
      messages: [{ key: 'check.totalCoversNothing', sheet: 'Projekt', cell: 'B4' }],
      tables: 1,
      values: [{ path: `${P}.total.deviation`, equals: '111500' }],
    },
  },
  {
    id: 'total-mismatch',
    about:
      'Budgetavstämning!B12 (Summa kostnader, Utfall) says −44,74 where the lines give −44,64: a control-total mismatch at B12; the lines are computed as read.',
    sheets: [budgetavstamning({ B12: -44.74 })],
    expect: {
      messages: [{ key: 'check.controlTotal', sheet: 'Budgetavstämning', cell: 'B12' }],
      tables: 1,
      values: [{ path: 'deviations[sheet=Budgetavstämning].total.outcome', equals: '-1820000' }],
    },
  },
  {
    id: 'units-mixed-in-header',
    about:
      'Projekt has Budget (tkr) and Utfall (kr) in one header row: two units in one table. The budget must be read in tkr and the outcome in kr (or the mix reported); taking tkr for both would make every outcome a thousand times too large.',
    sheets: [{ name: 'Projekt', rows: patch(PROJEKT, { C3: 'Budget (tkr)', D3: 'Utfall (kr)', C4: 425, C5: 100, C6: 500, C7: 520, C8: 100, C9: 300 }) }],
    expect: {
      messages: [],
      tables: 1,
      values: [
        { path: `${P}.lines[name=Regional kompetensplattform].budget`, equals: '425000' },
        { path: `${P}.lines[name=Regional kompetensplattform].outcome`, equals: '408600' },
        { path: `${P}.total.deviation`, equals: '111500' },
      ],
    },
  },
  {
    id: 'units-two-tables-one-sheet',
    about: 'One sheet holds the mnkr budget reconciliation and, below it, the goal areas in kr: each table keeps its own unit.',
    sheets: [{ name: 'Budget', rows: [...budgetavstamning().rows, [], [], ...malomraden().rows.slice(2)] }],
    expect: {
      messages: [],
      tables: 2,
      values: [
        { path: 'deviations[0].unit', equals: 'mnkr' },
        { path: 'deviations[0].lines[name=Huvudverksamhet].outcome', equals: '-42410000' },
        { path: 'deviations[1].unit', equals: 'kr' },
        { path: 'deviations[1].total.deviation', equals: '-307600' },
      ],
    },
  },
  {
    id: 'amount-huge',
    about: 'Projekt!C4 is 10^15 kr (a number) and D4 the text "1 000 000 000 000 000": read exactly, deviation 0, no float drift.',
    sheets: [projekt({ C4: 1e15, D4: '1 000 000 000 000 000' })],
    expect: {
      messages: [],
      tables: 1,
      values: [
        { path: `${P}.lines[name=Regional kompetensplattform].budget`, equals: '1000000000000000' },
        { path: `${P}.lines[name=Regional kompetensplattform].deviation`, equals: '0' },
        { path: `${P}.groups[name=Mål 1].budget`, equals: '1000000000600000' },
        { path: `${P}.total.outcome`, equals: '1000000001424900' },
      ],
    },
  },
  {
    id: 'amount-half-ore',
    about: 'Projekt!C5 is 0,005 kr (a number) and D5 the text "0,005": half an öre is kept exactly, never rounded on reading.',
    sheets: [projekt({ C5: 0.005, D5: '0,005' })],
    expect: {
      messages: [],
      tables: 1,
      values: [
        { path: `${P}.lines[name=Politisk kompetensberedning].budget`, equals: '0.005' },
        { path: `${P}.lines[name=Politisk kompetensberedning].outcome`, equals: '0.005' },
        { path: `${P}.lines[name=Politisk kompetensberedning].deviation`, equals: '0' },
        { path: `${P}.groups[name=Mål 1].budget`, equals: '925000.005' },
      ],
    },
  },
  {
    id: 'dates-in-table',
    about:
      'Projekt has a Projektslut column with dates as Excel dates (serials with a date format) and as text (2018-12-31): neither is an amount column, nothing is reported.',
    sheets: [
      {
        name: 'Projekt',
        rows: patch(PROJEKT, { E3: 'Projektslut', E4: new Date(Date.UTC(2017, 11, 31)), E5: '2018-12-31', E6: 43100 }),
        formats: { E6: 'yyyy-mm-dd' },
      },
    ],
    expect: { messages: [], tables: 1, values: [{ path: `${P}.total.deviation`, equals: '111500' }] },
  },
  {
    id: 'far-column',
    about: 'Projekt has a stray note in XFD2, the last column of a sheet: it is read (no crash) and the table is unchanged.',
    sheets: [{ name: 'Projekt', rows: PROJEKT, cells: { XFD2: 'anteckning' } }],
    expect: { messages: [], tables: 1, values: [{ path: `${P}.total.deviation`, equals: '111500' }] },
  },
];
