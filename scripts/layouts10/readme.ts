/** The README of test/fixtures/layouts10: what the corpus is, how it is kept independent, and one row per fixture. */
import { Expected } from '../layouts/expected';
import { corpusReadme } from '../corpus-readme';

export const BEYOND_SPEC: Record<string, string> = {
  'kommun-folkmangd-andel-procent-bidrag-2026-totalen-i-cell-ovanfor-tabellen':
    'with no Fördelningsnyckel, an "Andel %" column whose shares sum to exactly 100 is the key and a population column beside it is shown for information (the note says so); SPEC 3.2 does not say which wins',
  'regionen-betalar-halften-kommunerna-delar-resten-efter-folkmangd':
    'a member with a "Fast andel" and no population pays that share of the total; the rest is allocated by the key among the members with a population (SPEC 3.1 names fixed amounts and mixes, not this one)',
  'samordningsforbund-halften-fjardedel-fjardedel-och-eget-kapital-hogst-20-procent':
    'as above with two fixed shares; "högst 20 procent av årets medlemsbidrag" is eget kapital / the Medlemsbidrag row ≤ 20 %',
  'arsavgift-med-oren-i-kvartalsfakturor-kvartalen-summerar-till-aret':
    "a member's invoices add up to its fee rounded once to whole kronor, half away from zero (SPEC 3.3: invoice totals are whole kronor, the öresavrundning shown; SPEC 4: the parts sum to the annual fee); the invoice parameters stand in a Parameter | Värde table on a sheet named Fakturering, which SPEC 3.2 does not name (it names Avgift… sheets)",
  'avgift-per-invanare-fakturerad-per-manad-tolv-fakturor-per-medlem': 'as the quarterly one, twelve invoices',
  'kommun-i-namnet-pa-folkmangdsbladet-utan-pa-avgiftsbladet':
    'a member named "Nacka" on the fee sheet is "Nacka kommun" on a population sheet of its own; SPEC does not speak of members on two sheets',
  'folkmangd-saknas-for-en-medlem-scb-prickar-ingen-fordelning-gissas':
    'SCB\'s ".." is unparseable text (SPEC 1.3), reported at its cell; an allocation by population with one population unknown gives no fee at all',
  'resultatet-minst-2-procent-av-skatter-och-bidrag-regionforbund-2025':
    '"skatter och bidrag" of a body that levies no tax are its Medlemsbidrag and Generella statsbidrag (the rows under the nettokostnad), not Verksamhetens intäkter',
  'soliditeten-ska-vara-positiv-likviditeten-minst-100-procent-utan-delsummor':
    '"Likviditeten" with no förråd in the balance sheet is kassa- and balanslikviditet alike: the current-asset items over Kortfristiga skulder, in percent as the goal states',
  'maltabell-utfall-2025-maluppfyllelse-uppfyllt-delvis-ej-uppfyllt-i-ord':
    'a goal table\'s own "Uppfyllt" that the figures contradict is a finding at its cell, as a stale fee is; "Delvis" beside a goal not met is not contradicted',
  'balanskravsutredning-som-tabell-reavinst-aterforing-och-medel-fran-rur':
    "the adjustments are read from the workbook's balanskravsutredning, each with its printed sign (LKBR 11 kap 10 §)",
};

export function readme(all: Expected[]): string {
  return corpusReadme(
    {
      title: 'Layout corpus 10: fee lists and financial goals the product was not tuned on',
      generatedBy: `\`npm run layouts10\` (scripts/make-layouts10.ts and scripts/layouts10/, on the helpers of
scripts/layouts2/ and scripts/layouts6/)`,
      intro: `A tenth look at fees, invoices and goals, in shapes the earlier corpora do not hold. Fees: Kommun | Folkmängd
31 dec 2024 | Andel % | Bidrag 2026 with fixed shares and the total in a cell above the table; a region paying a
fixed half and the kommuner the rest by population; a FINSAM split (half, a quarter, a quarter by population);
populations typed with ordinary spaces and a Summa row after a blank row; fixed fees with öre invoiced by quarter
and a rate invoiced by month, where each member's invoices must add up to its rounded fee; names with "kommun" on
the population sheet and without on the fee sheet; SCB's ".." in a population key, where no fee may be guessed.
Goals of 2025 beside 2024: a result as a share of "skatter och bidrag" and of "medlemsavgifterna", an income
statement with every amount positive under Summa kostnader, "Soliditeten ska vara positiv" with a negative equity,
"Likviditeten ska vara minst 100 %" from items with no subtotal, a Måluppfyllelse column in words whose one wrong
"Uppfyllt" must be found, a balance sheet in two blocks with a bare "Summa" under Eget kapital, a
balanskravsutredning with a draw on the resultatutjämningsreserv, and an equity cap "högst 20 %". Beyond the
earlier corpora the expectation may give a member's invoices (count, whole kronor, their sum), the year a goal is
judged for, and a goal table's wrong verdict as a finding.

First sight: the product at de03b9e (main, before any change for this corpus) read 4 of the 14 right (fees 2/8,
goals 2/6). It wrote one invoice a year where a Fakturering sheet asks for quarters; read a note under the
parameters as a parameter ("Fördelas enligt förbundsordningen …", "Region Kalmar län betalar …"), and so shared
nothing by the fixed shares; took the population sheet for a second members table; read "1,2 mnkr" in a goal
table as a bad amount and never weighed its "Uppfyllt"; read a page footer "Sida 14" as an amount; found no row
for "skatter och bidrag" nor "årets medlemsbidrag"; wanted a Summa omsättningstillgångar row for liquidity; and
added a second error at the parameters where one population was "..". \`score.json\` holds the last measured state.`,
      dir: 'test/fixtures/layouts10',
      beyondSpec: BEYOND_SPEC,
    },
    all,
  );
}
