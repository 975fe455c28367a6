import { Money, isNegative, negate } from '../money';
import { CellValue } from '../cells';

/**
 * A deviation written as a size only (`375`), its direction in words in the column beside it (`Underskott`,
 * `Överskott`), as some förbund write their budgetuppföljning to the direktion. The word is the sign: a surplus
 * (under budget for costs, over it for income) is favourable, positive; a deficit negative (SPEC 1.5: a positive
 * deviation is favourable). Without this the unsigned size is compared as if it were signed and every deficit
 * is a mismatch it is not.
 */
const FAVOURABLE = /^(?:överskott|surplus|favourable|favorable|gynnsam)$/u;
const UNFAVOURABLE = /^(?:underskott|deficit|adverse|ogynnsam)$/u;

/** The direction a word in a cell gives a deviation: 1 favourable, -1 not, null when it is no such word. */
export function directionOfWord(v: CellValue | undefined): 1 | -1 | null {
  if (typeof v !== 'string') return null;
  const word = v.trim().toLowerCase();
  if (FAVOURABLE.test(word)) return 1;
  if (UNFAVOURABLE.test(word)) return -1;
  return null;
}

/**
 * A printed deviation with the sign its neighbour's word gives it. Only a size without sign is turned: a cell
 * already negative keeps what it says, and a word that disagrees with the figures is then the mismatch it is.
 */
export function signedByWord(deviation: Money, word: CellValue | undefined): Money {
  return directionOfWord(word) === -1 && !isNegative(deviation) ? negate(deviation) : deviation;
}
