/** SPEC 6: text that looks like a formula, very long labels, right-to-left and emoji text. */
import { PROJEKT, projekt } from './base';
import { BadCase } from './types';

const P = 'deviations[sheet=Projekt]';
const LONG = `Regional kompetensplattform ${'och samverkan '.repeat(2400)}`.slice(0, 32767);

/** Labels that Excel would take for a formula or a number if typed into a General cell. */
export const INJECTION_LABELS = ['=HYPERLINK("http://example.com","klicka")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", '−1', '-2+3', '=1+1'];

export const TEXT_CASES: BadCase[] = [
  {
    id: 'text-formula-like-labels',
    about: 'Line labels that start with = + − - @ (formula injection attempts): read as labels, written to the output as text, never as formulas.',
    sheets: [{ name: 'Projekt', rows: [PROJEKT[2], ...INJECTION_LABELS.map((label, i) => ['Mål 1', label, 1000 * (i + 1), 900 * (i + 1)])] }],
    expect: {
      messages: [],
      tables: 1,
      values: INJECTION_LABELS.map((label, i) => ({ path: `${P}.lines[${i}].name`, equals: label })).concat([{ path: `${P}.total.deviation`, equals: '2100' }]),
    },
  },
  {
    id: 'text-formula-like-goal-area',
    about: 'Goal areas that start with = and @ in the goal-area column: grouped under those names, written as text.',
    sheets: [projekt({ A4: '=Mål 1', A5: '=Mål 1', A6: '=Mål 1', A7: '@Mål 2', A8: '@Mål 2', A9: '@Mål 2' })],
    expect: {
      messages: [],
      tables: 1,
      values: [
        { path: `${P}.groups[name==Mål 1].deviation`, equals: '-113100' },
        { path: `${P}.groups[name=@Mål 2].deviation`, equals: '224600' },
      ],
    },
  },
  {
    id: 'text-very-long-label',
    about: "A label of 32 767 characters (Excel's limit) and a goal area of 1 000: read whole, written whole.",
    sheets: [projekt({ B4: LONG, A7: 'Mål 2 '.repeat(166) + 'slut', A8: 'Mål 2 '.repeat(166) + 'slut', A9: 'Mål 2 '.repeat(166) + 'slut' })],
    expect: {
      messages: [],
      tables: 1,
      values: [
        { path: `${P}.lines[0].name`, equals: LONG },
        { path: `${P}.groups[name=Mål 1].deviation`, equals: '-113100' },
        { path: `${P}.total.deviation`, equals: '111500' },
      ],
    },
  },
  {
    id: 'text-rtl-emoji',
    about: 'Labels and goal areas in Arabic and Hebrew, with emoji (also a ZWJ family and a flag) and a right-to-left override: kept as they are.',
    sheets: [projekt({ A4: '🎓 Mål 1', A5: '🎓 Mål 1', A6: '🎓 Mål 1', B4: 'ميزانية التعليم', B5: 'מרכז קהילתי 👩‍👩‍👧', B6: 'ESF \u202eprojekt 🇸🇪' })],
    expect: {
      messages: [],
      tables: 1,
      values: [
        { path: `${P}.groups[name=🎓 Mål 1].deviation`, equals: '-113100' },
        { path: `${P}.lines[name=מרכז קהילתי 👩‍👩‍👧].deviation`, equals: '800' },
        { path: `${P}.lines[name=ESF \u202eprojekt 🇸🇪].outcome`, equals: '630300' },
      ],
    },
  },
  {
    id: 'text-formula-like-error-text',
    about: 'An amount cell holds the text "=SUM(C4:C6)" (a formula typed as text): not an amount, reported at C7 with the text as it is.',
    sheets: [projekt({ C7: '=SUM(C4:C6)' })],
    expect: {
      messages: [{ key: 'amount.notANumber', sheet: 'Projekt', cell: 'C7' }],
      tables: 1,
      values: [{ path: `${P}.groups[name=Mål 1].deviation`, equals: '-113100' }],
    },
  },
  {
    id: 'text-rich-and-hyperlink',
    about: 'A label as rich text (two runs) and an amount as rich text "425 " + "000"; a label as a hyperlink: read as their text.',
    sheets: [
      projekt({
        B4: { richText: [{ text: 'Regional ', font: { bold: true } }, { text: 'kompetensplattform' }] } as never,
        C4: { richText: [{ text: '425 ' }, { text: '000' }] } as never,
        B5: { text: 'Politisk kompetensberedning', hyperlink: 'https://example.com/beredning' } as never,
      }),
    ],
    expect: {
      messages: [],
      tables: 1,
      values: [
        { path: `${P}.lines[name=Regional kompetensplattform].budget`, equals: '425000' },
        { path: `${P}.lines[name=Politisk kompetensberedning].deviation`, equals: '800' },
      ],
    },
  },
];
