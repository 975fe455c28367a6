/** SPEC 6, 8: hidden and very hidden sheets, empty ones, a chart sheet alone, names the output wants. */
import { PROJEKT, malomraden, projekt } from './base';
import { BadCase } from './types';

const P = 'deviations[sheet=Projekt]';
/** The A2 mark of the sheet a run wrote as `name` (src/core/marks.ts, generatedMark). */
const mark = (name: string) => `Skapat av Avstämning som bladet ”${name}”. Bladet ersätts vid nästa körning.`;
/** The mark as runs wrote it before marks named their sheet. */
const OLD_MARK = 'Skapat av Avstämning. Bladet ersätts vid nästa körning.';

export const SHEET_CASES: BadCase[] = [
  {
    id: 'sheet-hidden',
    about: 'Projekt is hidden: its table is still counted, and the run says so at Projekt!A1.',
    sheets: [malomraden(), { ...projekt(), state: 'hidden' }],
    expect: { messages: [{ key: 'sheet.hidden', sheet: 'Projekt', cell: 'A1' }], tables: 2, values: [{ path: `${P}.total.deviation`, equals: '111500' }] },
  },
  {
    id: 'sheet-very-hidden',
    about:
      'Projekt is very hidden (only VBA can show it; add-ins keep their data there): it is not read as input, so only Målområden is reconciled. It must not vanish without a word: the run says at Projekt!A1 that a very hidden sheet with a table was left out.',
    sheets: [malomraden(), { ...projekt(), state: 'veryHidden' }],
    expect: {
      messages: [{ key: 'sheet.veryHidden', sheet: 'Projekt', cell: 'A1' }],
      tables: 1,
      values: [{ path: 'deviations[sheet=Målområden].total.deviation', equals: '-307600' }],
    },
  },
  {
    id: 'sheet-empty',
    about: 'An empty sheet Blad1 next to Projekt: no message for it, Projekt computed.',
    sheets: [{ name: 'Blad1', rows: [] }, projekt()],
    expect: { messages: [], tables: 1, values: [{ path: `${P}.total.deviation`, equals: '111500' }] },
  },
  {
    id: 'sheet-chart-only',
    about:
      "The workbook's only sheet is a chart sheet (Diagram1, a bar chart with literal values; made by hand, ExcelJS cannot write one): there are no cells to read, so no table, no output, no crash.",
    sheets: [{ name: 'Diagram1', rows: [] }],
    chartSheetOnly: true,
    expect: { messages: [], tables: 0, values: [], written: [] },
  },
  {
    id: 'sheet-named-like-output',
    about: 'The user has sheets called Avvikelser and Kontroller (no mark in A2): they are kept, and the output takes Avvikelser (2) and Kontroller (2).',
    sheets: [
      projekt(),
      { name: 'Avvikelser', rows: [['Mina anteckningar om avvikelser'], ['Skrivet av mig']] },
      { name: 'Kontroller', rows: [['Att kontrollera'], [null], ['Fakturor']] },
    ],
    expect: {
      messages: [],
      tables: 1,
      values: [{ path: `${P}.total.deviation`, equals: '111500' }],
      written: ['Sammanfattning', 'Avvikelser (2)', 'Kontroller (2)'],
    },
  },
  {
    id: 'sheet-generated-earlier',
    about:
      'A Kontroller sheet from an earlier run (marked in A2, even holding a table header) is neither read as input nor kept: the output replaces it; the user sheet Avvikelser stays.',
    sheets: [
      projekt(),
      { name: 'Avvikelser', rows: [['Egen'], ['Inte genererad']] },
      { name: 'Kontroller', rows: [['Kontroller'], [mark('Kontroller')], [], ['Projekt', 'Budget', 'Utfall'], ['Gammalt', 1, 2]] },
    ],
    expect: {
      messages: [],
      tables: 1,
      values: [{ path: `${P}.total.deviation`, equals: '111500' }],
      written: ['Sammanfattning', 'Avvikelser (2)', 'Kontroller'],
    },
  },
  {
    id: 'sheet-generated-copy',
    about:
      "The user copied an earlier run's Avvikelser with Move or Copy: Avvikelser (2) carries the same A2 mark, which names Avvikelser. The copy is the user's: it is kept as it is and, being a generated sheet, not read as input (its table would count twice); only Avvikelser is replaced.",
    sheets: [
      projekt(),
      { name: 'Avvikelser', rows: [['Avvikelser'], [mark('Avvikelser')], [], ['Projekt', 'Budget', 'Utfall'], ['Gammalt', 1, 2]] },
      { name: 'Avvikelser (2)', rows: [['Avvikelser'], [mark('Avvikelser')], [], ['Projekt', 'Budget', 'Utfall'], ['Gammalt', 1, 2]] },
    ],
    expect: { messages: [], tables: 1, values: [{ path: `${P}.total.deviation`, equals: '111500' }], written: ['Sammanfattning', 'Avvikelser', 'Kontroller'] },
  },
  {
    id: 'sheet-generated-old-mark',
    about:
      'A Kontroller sheet marked the way runs marked before marks named their sheet: still never input, but it names no sheet, so it could be a copy and is kept; the output takes Kontroller (2).',
    sheets: [projekt(), { name: 'Kontroller', rows: [['Kontroller'], [OLD_MARK], [], ['Projekt', 'Budget', 'Utfall'], ['Gammalt', 1, 2]] }],
    expect: {
      messages: [],
      tables: 1,
      values: [{ path: `${P}.total.deviation`, equals: '111500' }],
      written: ['Sammanfattning', 'Avvikelser', 'Kontroller (2)'],
    },
  },
  {
    id: 'sheet-names-odd',
    about: "Sheet names with an apostrophe, emoji and right-to-left text (O'Brien, 💰 Budget, ميزانية): found, named in output and messages as they are.",
    sheets: [
      { name: "O'Brien", rows: PROJEKT },
      {
        name: '💰 Budget',
        rows: [
          ['Projekt', 'Budget', 'Utfall'],
          ['Resor', 100, 'x'],
        ],
      },
      {
        name: 'ميزانية',
        rows: [
          ['Projekt', 'Budget', 'Utfall'],
          ['Hyra', 300, 280],
        ],
      },
    ],
    expect: {
      messages: [{ key: 'amount.notANumber', sheet: '💰 Budget', cell: 'C2' }],
      tables: 3,
      values: [
        { path: "deviations[sheet=O'Brien].total.deviation", equals: '111500' },
        { path: 'deviations[sheet=ميزانية].total.deviation', equals: '20' },
      ],
    },
  },
  {
    id: 'settings-bad-thresholds',
    about: 'The settings sheet has Flaggningsgräns belopp (kr) = "mycket" and Flaggningsgräns procent = −5: both reported at the value cell, defaults used.',
    sheets: [
      projekt(),
      {
        name: 'Avstämning inställningar',
        rows: [
          ['Parameter', 'Värde'],
          ['Flaggningsgräns belopp (kr)', 'mycket'],
          ['Flaggningsgräns procent', -5],
        ],
      },
    ],
    expect: {
      messages: [
        { key: 'settings.badNumber', sheet: 'Avstämning inställningar', cell: 'B2' },
        { key: 'settings.badNumber', sheet: 'Avstämning inställningar', cell: 'B3' },
      ],
      tables: 1,
      values: [
        { path: `${P}.groups[name=Mål 2].flagged`, equals: true },
        { path: `${P}.groups[name=Mål 1].flagged`, equals: true },
      ],
    },
  },
];
