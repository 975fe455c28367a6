import { Decimal } from './decimal';

export type Unit = 'kr' | 'tkr' | 'mnkr';

export const KRONOR_PER_UNIT: Record<Unit, Decimal> = {
  kr: new Decimal(1),
  tkr: new Decimal(1000),
  mnkr: new Decimal(1000000),
};

/** Öre in one of the unit: what a cell's number is multiplied by to give an exact Money. */
export const ORE_PER_UNIT: Record<Unit, number> = { kr: 100, tkr: 100_000, mnkr: 100_000_000 };

/** The smallest printed step of a table in its unit (SPEC 2.4): 1 kr, 1 tkr or 0,01 mnkr, in öre. */
export const PRINTED_STEP_ORE: Record<Unit, number> = { kr: 100, tkr: 100_000, mnkr: 1_000_000 };

/** The unit a text names (`(tkr)`, `(i miljoner kronor)`, `Mkr`, `TKR`, `SEK thousands`), or null. Plain `kr` counts too. */
export function unitFromText(text: string): Unit | null {
  const s = text.toLocaleLowerCase('sv-SE');
  if (/\b(mnkr|mkr|msek|miljoner kronor|miljoner kr|million sek|millions of sek|sek millions?)\b/.test(s)) return 'mnkr';
  if (/\b(tkr|ksek|tusental kronor|tusen kronor|thousand sek|thousands of sek|sek thousands?)\b/.test(s)) return 'tkr';
  if (/(^|[\s(])(kr|kronor|sek)([\s).]|$)/.test(s)) return 'kr';
  return null;
}
