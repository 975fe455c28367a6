import { StatementKind } from './statements';

/**
 * The statement rows the built-in metrics and the balance check need, by the names reports give them
 * (Swedish and English, as in ../shared/data). A name also finds its `Summa …` row and the `Summa` row under
 * a section header of that name (see lookup.ts), so `Omsättningstillgångar` finds `Summa omsättningstillgångar`.
 */
export interface Concept {
  names: readonly (string | RegExp)[];
  /** Which statements to look in, in order. */
  kinds: readonly StatementKind[];
}

const BALANCE_FIRST: readonly StatementKind[] = ['balance-sheet', 'other'];

export const RESULT_NAMES = ['årets resultat', 'periodens resultat', 'result for the year', 'net result', 'profit for the year', 'resultat'];

export const CONCEPTS = {
  currentAssets: { names: ['omsättningstillgångar', 'current assets'], kinds: BALANCE_FIRST },
  /** Förråd, varulager: left out of kassalikviditet; absent means none. */
  inventories: { names: ['förråd', 'varulager', 'förråd m.m.', 'förråd mm', 'förråd och lager', 'lager', 'inventories', 'inventory'], kinds: BALANCE_FIRST },
  currentLiabilities: { names: ['kortfristiga skulder', 'current liabilities'], kinds: BALANCE_FIRST },
  equity: { names: ['eget kapital', 'equity', 'total equity'], kinds: BALANCE_FIRST },
  totalAssets: { names: ['tillgångar', 'total assets', 'assets'], kinds: BALANCE_FIRST },
  equityAndLiabilities: {
    names: [
      'skulder och eget kapital',
      'eget kapital och skulder',
      'eget kapital, avsättningar och skulder',
      'eget kapital avsättningar och skulder',
      'equity and liabilities',
      'total equity and liabilities',
      'liabilities and equity',
      'total liabilities and equity',
    ],
    kinds: BALANCE_FIRST,
  },
  provisions: { names: ['avsättningar', 'provisions'], kinds: BALANCE_FIRST },
  liabilities: { names: ['skulder', 'liabilities'], kinds: BALANCE_FIRST },
  longTermLiabilities: { names: ['långfristiga skulder', 'long-term liabilities', 'non-current liabilities'], kinds: BALANCE_FIRST },
  /**
   * The pension commitment outside the balance sheet (ansvarsförbindelse), incl. löneskatt as reported: where the
   * report prints the commitment, its löneskatt and their sum on rows of their own, the sum is the commitment.
   */
  pensionCommitment: {
    names: [
      /^(summa |totala? )?(ansvarsförbindelse\S*,?\s*)?pensions(förpliktelse|åtagande)\S*.*\b(inkl\.?|inklusive|med) (särskild )?löneskatt/,
      /^summa (ansvarsförbindelse\S*,?\s*)?pensions(förpliktelse|åtagande)/,
      /^(ansvarsförbindelse\S*:?\s*)?pensionsförpliktelse/,
      /^ansvarsförbindelse\S*,? pension/,
      /^pension (commitments?|obligations?)\b/,
    ],
    kinds: ['balance-sheet', 'other'],
  },
  result: { names: RESULT_NAMES, kinds: ['income-statement', 'balance-requirement', 'balance-sheet', 'other'] },
} satisfies Record<string, Concept>;

export type ConceptId = keyof typeof CONCEPTS;
