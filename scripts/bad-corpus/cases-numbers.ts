/** SPEC 1.3: every number form as text, the no-value dashes, and text that is no number. */
import { budgetavstamning, projekt } from './base';
import { BadCase, ExpectedValue } from './types';

const P = 'deviations[sheet=Projekt]';
const B = 'deviations[sheet=Budgetavstämning]';

/** Projekt with C4 (Regional kompetensplattform, Budget) as text that means 425 000: nothing else changes. */
function projektText(id: string, text: string, about: string): BadCase {
  return {
    id,
    about: `Projekt!C4 is the text ${JSON.stringify(text)} (${about}); it reads as 425 000 kr, so nothing is reported and every figure is as with the number.`,
    sheets: [projekt({ C4: text })],
    expect: {
      messages: [],
      absent: ['amount.notANumber', 'amount.ambiguous', 'amount.errorValue'],
      tables: 1,
      values: [
        { path: `${P}.lines[name=Regional kompetensplattform].budget`, equals: '425000' },
        { path: `${P}.groups[name=Mål 1].deviation`, equals: '-113100' },
        { path: `${P}.total.deviation`, equals: '111500' },
      ],
    },
  };
}

/** Budgetavstämning with B10 (Huvudverksamhet, Utfall 2017) as text that means −42,41 mnkr. */
function negativeText(id: string, text: string, about: string): BadCase {
  return {
    id,
    about: `Budgetavstämning!B10 is the text ${JSON.stringify(text)} (${about}); it reads as −42,41 mnkr, the table stays signed and every figure is as with the number.`,
    sheets: [budgetavstamning({ B10: text })],
    expect: {
      messages: [],
      absent: ['amount.notANumber', 'amount.ambiguous', 'amount.errorValue', 'check.controlTotal'],
      tables: 1,
      values: [
        { path: `${B}.convention`, equals: 'signed' },
        { path: `${B}.lines[name=Huvudverksamhet].outcome`, equals: '-42410000' },
        { path: `${B}.lines[name=Huvudverksamhet].deviation`, equals: '-930000' },
        { path: `${B}.total.deviation`, equals: '-830000' },
      ],
    },
  };
}

const noOutcome: ExpectedValue[] = [
  { path: `${P}.lines[name=ESF-projekt].outcome`, equals: null },
  { path: `${P}.lines[name=ESF-projekt].budget`, equals: '500000' },
  { path: `${P}.lines[name=Regional kompetensplattform].deviation`, equals: '16400' },
];

export const NUMBER_CASES: BadCase[] = [
  projektText('number-space-grouping', '425 000', 'space as thousands separator'),
  projektText('number-nbsp-grouping', '425\u00a0000', 'no-break space U+00A0 as thousands separator, pasted from a PDF'),
  projektText('number-narrow-nbsp-grouping', '425\u202f000,00', 'narrow no-break space U+202F and a decimal comma'),
  projektText('number-thin-space-grouping', '425\u2009000', 'thin space U+2009 as thousands separator'),
  projektText('number-dot-grouping', '425.000,00', 'dots group thousands, comma decimal'),
  projektText('number-kronor-suffix', '425 000 kronor', 'with the word kronor, as in the sample'),
  projektText('number-trailing-space', ' 425 000 ', 'leading and trailing spaces'),
  negativeText('number-unicode-minus', '−42,41', 'U+2212 minus sign'),
  negativeText('number-hyphen-minus', '-42,41', 'hyphen-minus'),
  negativeText('number-trailing-minus', '42,41 -', 'trailing minus as some ledgers print it'),
  negativeText('number-minus-space', '- 42,41', 'minus, space'),
  negativeText('number-parentheses', '(42,41)', 'parentheses mean negative'),
  negativeText('number-dot-decimal', '-42.41', 'dot decimal where unambiguous'),
  {
    id: 'number-dashes-no-value',
    about:
      'Projekt!D6 (ESF-projekt, Utfall) is an en dash, D5 an em dash, D9 a hyphen: no value, never zero. Each line is reported as having no outcome (an info check at its cell).',
    sheets: [projekt({ D6: '–', D5: '—', D9: '-' })],
    expect: {
      messages: [
        { key: 'check.noOutcome', sheet: 'Projekt', cell: 'D6' },
        { key: 'check.noOutcome', sheet: 'Projekt', cell: 'D5' },
        { key: 'check.noOutcome', sheet: 'Projekt', cell: 'D9' },
      ],
      absent: ['amount.notANumber', 'amount.errorValue'],
      tables: 1,
      values: [
        ...noOutcome,
        { path: `${P}.lines[name=Politisk kompetensberedning].outcome`, equals: null },
        { path: `${P}.lines[name=Utredningar och övrig verksamhet].outcome`, equals: null },
      ],
    },
  },
  {
    id: 'number-ambiguous-dot',
    about:
      'Projekt!C5 is the text 100.000: a decimal point or a thousands separator? Reported as ambiguous at C5; the line has no budget, the rest is computed.',
    sheets: [projekt({ C5: '100.000' })],
    expect: {
      messages: [{ key: 'amount.ambiguous', sheet: 'Projekt', cell: 'C5' }],
      tables: 1,
      values: [
        { path: `${P}.lines[name=Politisk kompetensberedning].budget`, equals: null },
        { path: `${P}.lines[name=ESF-projekt].deviation`, equals: '-130300' },
        { path: `${P}.groups[name=Mål 2].deviation`, equals: '224600' },
      ],
    },
  },
  {
    id: 'number-not-a-number',
    about: 'Projekt!C7 is the text "ca 500 tkr" and C8 is TRUE: neither is an amount. Both are reported at their cells; Mål 1 is unchanged.',
    sheets: [projekt({ C7: 'ca 500 tkr', C8: true })],
    expect: {
      messages: [
        { key: 'amount.notANumber', sheet: 'Projekt', cell: 'C7' },
        { key: 'amount.notANumber', sheet: 'Projekt', cell: 'C8' },
      ],
      tables: 1,
      values: [
        { path: `${P}.groups[name=Mål 1].deviation`, equals: '-113100' },
        { path: `${P}.lines[name=Utredningar och övrig verksamhet].deviation`, equals: '57100' },
        { path: `${P}.lines[name=Utvecklingsprocesser och löpande arbete].budget`, equals: null },
      ],
    },
  },
  {
    id: 'number-negative-zero-and-float-noise',
    about: 'Projekt!C5 is −0 and C6 is 0.1+0.2 (0,30000000000000004 as a double): read as 0 and 0,3 exactly (Excel keeps 15 digits).',
    sheets: [projekt({ C5: -0, C6: 0.1 + 0.2 })],
    expect: {
      messages: [{ key: 'check.zeroBudget', sheet: 'Projekt', cell: 'C5' }],
      tables: 1,
      values: [
        { path: `${P}.lines[name=Politisk kompetensberedning].budget`, equals: '0' },
        { path: `${P}.lines[name=ESF-projekt].budget`, equals: '0.3' },
        { path: `${P}.lines[name=Politisk kompetensberedning].deviationPercent`, equals: null },
      ],
    },
  },
];
