/** SPEC 1.3: each Excel error value in an amount cell, and formulas with and without a cached value. */
import { projekt } from './base';
import { BadCase } from './types';

const P = 'deviations[sheet=Projekt]';

/** Every error value Excel shows in a cell, the newer ones (#SPILL!, #CALC!, #GETTING_DATA) included. */
export const ERROR_VALUES = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'];

const slug = (e: string) =>
  e
    .replace(/[#!?/]/g, '')
    .replace(/_/g, '-')
    .toLowerCase();

function errorCase(error: string): BadCase {
  return {
    id: `error-${slug(error)}`,
    about: `Projekt!D7 (Utvecklingsprocesser och löpande arbete, Utfall) holds the error value ${error}: reported at D7; the line has no outcome and Mål 1 is computed in full.`,
    sheets: [projekt({ D7: { error } as never })],
    expect: {
      messages: [{ key: 'amount.errorValue', sheet: 'Projekt', cell: 'D7' }],
      tables: 1,
      values: [
        { path: `${P}.lines[name=Utvecklingsprocesser och löpande arbete].outcome`, equals: null },
        { path: `${P}.groups[name=Mål 1].deviation`, equals: '-113100' },
        { path: `${P}.lines[name=Utredningar och övrig verksamhet].deviation`, equals: '57100' },
      ],
    },
  };
}

export const ERROR_CASES: BadCase[] = [
  ...ERROR_VALUES.map(errorCase),
  {
    id: 'error-outcome-not-counted-as-zero',
    about:
      'Projekt!D7 (Utvecklingsprocesser och löpande arbete, Utfall) is #REF!. The message promises the row is computed without the value; so the line must have no deviation, and Mål 2 and the total must not count its 520 000 kr budget as a favourable deviation (as if nothing had been spent), which would also flag Mål 2.',
    sheets: [projekt({ D7: { error: '#REF!' } as never })],
    expect: {
      messages: [{ key: 'amount.errorValue', sheet: 'Projekt', cell: 'D7' }],
      tables: 1,
      values: [
        { path: `${P}.lines[name=Utvecklingsprocesser och löpande arbete].deviation`, equals: null },
        { path: `${P}.lines[name=Utvecklingsprocesser och löpande arbete].deviationPercent`, equals: null },
        { path: `${P}.groups[name=Mål 2].deviation`, equals: '107600' },
      ],
    },
  },
  {
    id: 'error-values-as-text',
    about: 'Projekt!D7 is the text "#N/A" (typed with a leading apostrophe), not an error value: still not an amount, reported at D7.',
    sheets: [projekt({ D7: '#N/A' })],
    expect: {
      messages: [{ key: 'amount.errorValue', sheet: 'Projekt', cell: 'D7' }],
      tables: 1,
      values: [{ path: `${P}.groups[name=Mål 1].deviation`, equals: '-113100' }],
    },
  },
  {
    id: 'formula-cached-values',
    about:
      'Projekt!C4 is =400000+25000 with its cached 425 000 and D4 a formula whose cached value is an error (#DIV/0!): the cached values are read, as Excel shows them.',
    sheets: [projekt({ C4: { formula: '400000+25000', result: 425000 } as never, D4: { formula: '408600/0', result: { error: '#DIV/0!' } } as never })],
    expect: {
      messages: [{ key: 'amount.errorValue', sheet: 'Projekt', cell: 'D4' }],
      tables: 1,
      values: [
        { path: `${P}.lines[name=Regional kompetensplattform].budget`, equals: '425000' },
        { path: `${P}.lines[name=Regional kompetensplattform].outcome`, equals: null },
      ],
    },
  },
  {
    id: 'formula-no-cached-value',
    about:
      'Projekt!D5 and D6 are formulas with no cached value (a file written by a program that never calculated): there is nothing to read. Each is reported at its cell as a formula without a computed value, not as an error value; the lines have no outcome.',
    sheets: [projekt({ D5: { formula: '99000+200' } as never, D6: { formula: 'SUM(630000,300)' } as never })],
    expect: {
      messages: [
        { key: 'amount.noCachedValue', sheet: 'Projekt', cell: 'D5' },
        { key: 'amount.noCachedValue', sheet: 'Projekt', cell: 'D6' },
      ],
      absent: ['amount.errorValue'],
      tables: 1,
      values: [
        { path: `${P}.lines[name=Politisk kompetensberedning].outcome`, equals: null },
        { path: `${P}.groups[name=Mål 2].deviation`, equals: '224600' },
      ],
    },
    // In Excel a formula always has a value; the fake host gives #NAME? for every formula it holds.
    excel: {
      messages: [
        { key: 'amount.errorValue', sheet: 'Projekt', cell: 'D5' },
        { key: 'amount.errorValue', sheet: 'Projekt', cell: 'D6' },
      ],
      absent: [],
    },
  },
];
