/** SPEC 5, 8: financial goals that cannot be read or computed, next to the balance sheet. */
import { balansrakning, mal } from './base';
import { BadCase } from './types';

const GOALS = 'Mål och nyckeltal';
const goal = (name: string) => `goals[name=${name}]`;

export const GOAL_CASES: BadCase[] = [
  {
    id: 'goal-unknown-label',
    about:
      'The metric "(Kundfordringar + Kassa och bankk) / Summa kortfristiga skulder" names a row that does not exist (a typo): reported at the metric cell B4, with a suggestion; the goal has no value.',
    sheets: [balansrakning(), mal(['Likviditet', '(Kundfordringar + Kassa och bankk) / Summa kortfristiga skulder', '>', '100 %'])],
    expect: { messages: [{ key: 'goals.unknownLabel', sheet: GOALS, cell: 'B4' }], values: [{ path: `${goal('Likviditet')}.value`, equals: null }] },
  },
  {
    id: 'goal-computed',
    about: 'Kassalikviditet by its formula (Kundfordringar + Likvida medel) / Summa kortfristiga skulder > 100 %: 2017 is 148,65 %, met.',
    sheets: [balansrakning(), mal(['Likviditet', '(Kundfordringar + Likvida medel) / Summa kortfristiga skulder', '>', '100 %'])],
    expect: {
      messages: [],
      absent: ['goals.balanceSheetUnbalanced'],
      values: [
        { path: `goals[year=2017].value`, equals: '148.65' },
        { path: `goals[year=2017].met`, equals: true },
      ],
    },
  },
  {
    id: 'goal-bad-condition-threshold',
    about: 'Condition "ungefär" and threshold "hög": both reported at their cells (C4, D4); the value is still computed.',
    sheets: [balansrakning(), mal(['Eget kapital', 'Eget kapital', 'ungefär', 'hög'])],
    expect: {
      messages: [
        { key: 'goals.badCondition', sheet: GOALS, cell: 'C4' },
        { key: 'goals.badThreshold', sheet: GOALS, cell: 'D4' },
      ],
      values: [{ path: 'goals[year=2017].value', equals: '16029000' }],
    },
  },
  {
    id: 'goal-division-by-zero',
    about: 'Eget kapital / Avsättningar: Avsättningar is 0 in 2016, so 2016 has no value; 2017 is 16,03, a ratio as the threshold 1,0 states it (SPEC 5).',
    sheets: [balansrakning(), mal(['Kvot', 'Eget kapital / Avsättningar', '>', '1,0'])],
    expect: {
      messages: [],
      values: [
        { path: 'goals[year=2017].value', equals: '16.03' },
        { path: 'goals[year=2016].value', equals: null },
      ],
    },
  },
  {
    id: 'goal-balance-sheet-unbalanced',
    about:
      'Balansräkning!C20 (SUMMA SKULDER OCH EGET KAPITAL 2017) is 28 899 against 28 897 assets: the balance check reports it at SUMMA TILLGÅNGAR (C11, naming C20 in its text); the goal is computed.',
    sheets: [balansrakning({ C20: 28899 }), mal(['Eget kapital', 'Eget kapital', '≥', '12 mnkr'])],
    expect: {
      messages: [{ key: 'goals.balanceSheetUnbalanced', sheet: 'Balansräkning', cell: 'C11' }],
      values: [{ path: 'goals[year=2017].met', equals: true }],
    },
  },
  {
    id: 'goal-statement-error-value',
    about: 'Balansräkning!C8 (Likvida medel 2017) is #N/A: reported at C8; the liquidity goal for 2017 has no value, 2016 is computed.',
    sheets: [
      balansrakning({ C8: { error: '#N/A' } as never }),
      mal(['Likviditet', '(Kundfordringar + Likvida medel) / Summa kortfristiga skulder', '>', '100 %']),
    ],
    expect: {
      messages: [{ key: 'amount.errorValue', sheet: 'Balansräkning', cell: 'C8' }],
      values: [
        { path: 'goals[year=2017].value', equals: null },
        { path: 'goals[year=2016].value', equals: '140.8' },
      ],
    },
  },
];
