import { Decimal } from '../decimal';

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

// Letters for \b: JavaScript's \b knows only ASCII, so `å` would end a word too early.
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const MILLIONS = new RegExp(
  `${B}(mnkr|mkr|msek|mn ?sek|miljoner kronor|miljoner kr|miljoner|milj\\.? ?kr|million sek|millions of sek|sek millions?|sek ?m|m ?sek)${E}`,
  'u',
);
const THOUSANDS = new RegExp(
  `${B}(tkr|kkr|ksek|tsek|t ?sek|tusental kronor|tusentals kronor|tusen kronor|tusental kr|tusentals kr|thousand sek|thousands of sek|sek thousands?|sek ?000|sek ?'000|sek ?k|000 ?kr|kr ?000|'000|in thousands|i tusental)${E}`,
  'u',
);
const KRONOR = new RegExp(`(^|[\\s(\\[/])(kr|kronor|sek|svenska kronor|swedish kronor)([\\s).\\]/:]|$)`, 'u');

/**
 * The unit a text names (`(tkr)`, `(i miljoner kronor)`, `Mkr`, `TKR`, `Belopp i tkr`, `Amounts in SEK thousands`,
 * `(SEK '000)`), or null. Plain `kr` counts too.
 */
export function unitFromText(text: string): Unit | null {
  const s = text.toLocaleLowerCase('sv-SE').replace(/[\u00a0\u2009\u202f]/g, ' ');
  if (MILLIONS.test(s)) return 'mnkr';
  if (THOUSANDS.test(s)) return 'tkr';
  if (KRONOR.test(s)) return 'kr';
  return null;
}
