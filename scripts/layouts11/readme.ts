/** The README of test/fixtures/layouts11: what the corpus is, how it is kept independent, and one row per fixture. */
import { Expected } from '../layouts/expected';
import { corpusReadme } from '../corpus-readme';

export const BEYOND_SPEC: Record<string, string> = {
  'driftredovisning-verksamhet-i-sammanslagen-cell-till-vanster-intakter-kostnader-netto-signerat-tkr':
    'a block\'s name in a cell merged down over its rows, with no header above it, is the group of the rows beside it; "Netto" closing each block and a block "Totalt förbundet" of Intäkter/Kostnader/Netto are totals (SPEC 1.4 names total words, not a block of them)',
  'verksamhetsblock-mnkr-en-decimal-kostnader-positiva-nettokostnad-per-block-osignerat':
    'as above, unsigned, with Nettokostnad = kostnader − intäkter closing each block',
  'budget-2025-och-budget-2026-bredvid-utfall-2025-samma-ars-budget-jamfors':
    "of two budget years the one of the outcome's year is compared; SPEC 1.1 says two outcome years make the later the outcome, and says nothing of two budget years beside one outcome",
  'english-budget-2025-outturn-2025-variance-and-budget-2026-surplus-deficit-sek':
    '"Outturn" is the outcome (SPEC 1.1 lists Actual); "Surplus/(deficit)" is a total; the budget of the outturn\'s year is compared',
  'tertialrapport-3-utfall-t1-t2-t3-och-helar-under-sammanslagen-rubrik-mot-arsbudget-tkr':
    'T1–T3 under a merged Utfall are periods of four months and Helår their sum, the outcome; SPEC 2.6 names months, not tertials beside the year',
  'tertialrapport-2-utfall-t1-t2-och-ack-prognos-helar-mot-arsbudget-inget-periodiserat-tkr':
    '"Utfall ack T2" is the outcome for eight months (T1 + T2), "Prognosavvikelse" the forecast deviation',
  'manadsutfall-jan-aug-och-summa-ack-bredvid-arsbudget-och-kvar-inga-kolumner-for-resten-av-aret':
    '"Summa ack" beside month columns is their sum, the outcome; "Kvar" beside the year so far is what is left of the year (README), not a deviation',
  'english-board-pack-sek-thousands-budget-fy25-actual-ytd-forecast-fy25-var-to-budget-brackets-by-format':
    '"Var to budget" beside Forecast FY25 is the forecast deviation (Forecast − Budget), not the deviation of the year so far; the period from "for the period ended 31 August 2025"',
  'resultatrakning-mnkr-en-decimal-not-kolumn-kostnader-negativa-avrundningsrad-utan-budget':
    'an "Avrundning" row with an outcome and no budget is a line left out of the comparison (SPEC 2.1), never flagged',
  'tkr-bara-i-talformatet-hash-0-tkr-ingen-enhet-i-rubriker-eller-titel':
    'a unit written in the number format of the amount cells (#,##0" tkr") is the table\'s unit; SPEC 1.2 names headers, titles and sheet names',
  'avvikelse-som-belopp-utan-tecken-och-overskott-underskott-i-ord-i-kolumnen-bredvid-tkr':
    'a deviation column without signs whose direction is given in words beside it is not compared by sign (SPEC 2.4 compares a reported deviation without saying how its sign is read)',
  'utfall-med-varav-jamforelsestorande-i-egen-kolumn-bredvid-budget-och-avvikelse-tkr':
    'a "varav" column is part of the outcome, no role of its own; SPEC 1.1 does not name it',
  'tom-marginal-a-b-logga-tabellen-i-c8-summarad-i-fetstil-utan-etikett-med-inaktuellt-sparat-varde':
    'a row with no label whose cells are SUM formulas over the lines is a total (SPEC 1.4 names total words); its stale saved result is a control-total finding',
};

export function readme(all: Expected[]): string {
  return corpusReadme(
    {
      title: 'Layout corpus 11: budget against outcome as the economists of förbund lay it out',
      generatedBy: '`npm run layouts11` (scripts/make-layouts11.ts and scripts/layouts11/, on the helpers of scripts/layouts2/)',
      intro: `Budget-against-outcome tables of kommunalförbund, regionförbund and samordningsförbund in shapes the first ten
corpora do not hold: a driftredovisning in blocks whose verksamhet stands only in a merged cell left of its
Intäkter / Kostnader / Netto rows (signed in tkr, and unsigned in mnkr with one decimal), a closing block of totals;
Budget 2025 and Budget 2026 beside Utfall 2025, in Swedish and in English ("Outturn"); a year-end tertial report with
T1, T2, T3 and Helår under a merged Utfall; a second tertial report with Utfall T1, T2 and ack T2 beside a full-year
forecast; months January–August with "Summa ack", the year's budget and "Kvar"; an English board pack in SEK
thousands whose negatives are brackets by number format and whose "Var to budget" is the forecast deviation; a
resultaträkning in mnkr with a Not column and an "Avrundning" row; a unit written only in the number format; a
driftredovisning pasted from a PDF with no-break spaces and U+2212 minus; a table from C8 under a logo with a bold
SUM row without label and a stale saved result; a deviation written without sign beside "Överskott"/"Underskott";
and a "varav jämförelsestörande" column inside the outcome.

First sight: the product at 1bb86b4 (main, before any change for this corpus) read 4 of the 14 right. It took the
Intäkter / Kostnader rows of a block for lines of another name and the Netto rows for lines; found no outcome in
"Outturn 2025"; read Utfall T1 as the outcome beside Utfall ack T2, and T1 beside T2, T3 and Helår; read the months
and Summa ack together; read amounts shown "4 850 tkr" as kronor; took a bold row with no label for a line; read
"Avfallstaxor" as a cost against the table's own deviation column; and reported a deviation written without sign
beside "Underskott" as a mismatch. After the rules this corpus taught (Outturn; a unit in the number format; an
unlabelled SUM row with a stale result; tertials beside Helår and beside the year so far; months beside Summa ack)
it read 10 of 14; the one expectation changed on reflection is the year-end tertial table's convention (ledger,
not unsigned: the same figures). Then a deviation's sign from Överskott / Underskott beside it, blocks named in a
cell to their left, and a line whose side is only guessed from its name taking the side its own deviation shows
(where lines of firm side, income and costs both, vouch for the column): 14 of 14. \`score.json\` holds the last
measured state.`,
      dir: 'test/fixtures/layouts11',
      beyondSpec: BEYOND_SPEC,
    },
    all,
  );
}
