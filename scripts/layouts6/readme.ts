/** The README of test/fixtures/layouts6: what the corpus is, how it is kept independent, and one row per fixture. */
import { Expected } from '../layouts/expected';
import { corpusReadme } from '../corpus-readme';

export const BEYOND_SPEC: Record<string, string> = {
  'andel-procent-avrundad-summerar-till-100-01-fordelning-efter-invanare':
    'an "Andel %" column beside an explicit key "Invånare" is the officer\'s display, not the key; SPEC 3.2 does not say which wins',
  'samordningsforbund-andel-en-decimal-summerar-till-99-9-ingen-gissning':
    "the message for shares that do not sum to 100 % (SPEC 8) is expected at the Andel column's header cell, the cell that names the shares",
  'tre-avgiftsdelar-grundavgift-verksamhetsavgift-per-invanare-sarskild-insats':
    '"Grundavgift" is the fixed part, "Verksamhetsavgift per invånare" the rate, and a "Särskild insats" column an amount added to those members\' fees; SPEC 3.1 names fixed + variable parts but none of these words',
  'ny-medlem-ansluter-1-april-avgift-for-nio-manader':
    'an "Antal månader" column makes the fee pro rata by month (fee × months / 12, rounded half away from zero to the öre); SPEC does not speak of members joining during the year',
  'intrade-och-uttrade-under-aret-som-datum-i-egna-kolumner':
    'an "Inträdesdatum" or "Utträdesdatum" column bounds the months of the fee year a member pays for, as "Antal månader" does (leaving after 30 June: January–June); SPEC does not speak of members joining or leaving during the year',
  'forra-arets-och-arets-invanare-och-avgift-sida-vid-sida':
    "of two population columns with years, the later is this year's (as SPEC 1.1 says of two outcome years), the earlier goes with last year's fee",
  'mal-tabell-mal-malvarde-utfall-uppfyllt-ja-nej-forrad-glomt':
    'the table\'s own "Ja" that the figures contradict is a finding at its cell, as a stale fee is (added with the tenth corpus, whose expectations can say so)',
  'balanskravsutredning-realisationsvinst-avgar-positivt-resultat-negativt-balanskrav':
    'the realisation gains are taken from the workbook\'s own balanskravsutredning ("Avgår: samtliga realisationsvinster")',
  'soliditet-exklusive-och-inklusive-pensionsataganden-med-loneskatt':
    'the pension commitment includes its löneskatt (the "Summa … inklusive löneskatt" row), as RKR writes the ansvarsförbindelse',
  'kvartalsfakturering-avgift-per-invanare-med-oren-ocr-bankgiro':
    'a "Per kvartal" column is no fee column; the fee judged is the year\'s (the invoices\' quarters are not in the expectation format)',
};

export function readme(all: Expected[]): string {
  return corpusReadme(
    {
      title: 'Layout corpus 6: member fees and financial goals as finance officers keep them',
      generatedBy: `\`npm run layouts6\` (scripts/make-layouts6.ts and scripts/layouts6/, on the helpers of
scripts/layouts2/)`,
      intro: `A sixth, independent look at the two parts of the product the earlier corpora test least. Fees: a members list
with kommun codes as text ("0114") and SCB's 1 november populations pasted with no-break spaces, a fixed base per
member with the rest of a total shared by population, an "Andel %" column rounded so that it sums to 100,01, shares
that sum to 99,9 % under a Summa cell that shows 100 %, three fee parts on one row (grundavgift, verksamhetsavgift
per invånare, särskild insats for some members), quarterly invoicing of a fee with öre, a member joining on 1 April,
members joining and leaving on dates in columns of their own, last year's population and fee beside this year's,
and a members table in English. Goals: sentences inside a paragraph under "Finansiella mål" of a
förvaltningsberättelse, a small Mål | Målvärde | Utfall | Uppfyllt table whose own Ja is wrong, a
balanskravsutredning with a realisation gain to deduct, soliditet with and without the pension commitment, sheets
named in English, statements in mnkr with one decimal, and fees and goals in one workbook.`,
      dir: 'test/fixtures/layouts6',
      beyondSpec: BEYOND_SPEC,
    },
    all,
  );
}
