/** The README of test/fixtures/layouts9: what the corpus is, how it is kept independent, and one row per fixture. */
import { Expected } from '../layouts/expected';
import { corpusReadme } from '../corpus-readme';

export const BEYOND_SPEC: Record<string, string> = {
  'forkortade-rubriker-bu-utf-avv-och-utf-fg-ar-tkr':
    'the abbreviations Bu, Utf, Avv and Utf fg år are read as the words they shorten; SPEC 1.1 lists the words, the vocabulary is "a floor"',
  'arsbu-ack-utf-utf-bu-procent-prog-och-avv-prog-tom-augusti':
    'Årsbu, Ack utf and Prog are read as the words they shorten, and "Avv prog" as the forecast deviation SPEC 1.1 names "Avvikelse prognos mot budget"',
  'tilldelad-ram-som-budget-utfall-och-kvar-av-ram-per-avdelning': 'a frame (Tilldelad ram) is the budget; SPEC 1.1 does not list the word',
  'namnder-nettokostnad-fore-nettobudget-avvikelse-mnkr': 'Nettokostnad and Nettobudget are outcome and budget; SPEC 1.1 does not list them',
  'budget-rev-budget-och-budget-efter-ombudgetering-sista-revideringen-galler-tkr':
    'of three budget columns the last revision (rightmost, "efter ombudgetering") is compared; SPEC 1.1 lists Budget and Rev. budget as synonyms and does not say which of several wins',
  'unit4-budget-actuals-obligations-och-available-engelska-rubriker': 'Obligations (commitments) are not outcome; SPEC 1.1 does not name commitment columns',
  'interreg-projekt-belopp-i-eur-under-titeln-inga-kronor-att-jamfora':
    'a table in euro is refused with its unit cell named; SPEC 1.2 lists Swedish units only and says "otherwise kronor", which would read euro as kronor',
  'medfinansiering-i-kronor-och-eu-rapport-i-teur-bara-kronorna-jamfora': 'as above, for TEUR in the headers: each header in euro is named',
  'bestallt-och-ej-attesterat-bredvid-utfall-utfall-inkl-bestallt-ar-inte-utfallet':
    'an outcome word qualified by commitments ("Utfall inkl. beställt") is not the outcome; SPEC 1.1 does not name commitment columns',
  'avvikelse-utfall-minus-budget-definierad-i-rubriken-kostnadstabell':
    'a deviation column whose header defines it as outcome − budget is checked with that sign, and is no mismatch; SPEC 2.4 compares a reported deviation without saying how its sign is read',
  'insatser-beviljat-totalt-for-projektperioden-beviljat-2025-upparbetat-aterstar':
    'Beviljat (granted) is a budget and Upparbetat an outcome; of two grants the one for the year is the budget. SPEC 1.1 lists neither word',
  'manadsrubriker-som-text-jan-25-feb-25-utfall-tom-juni-mot-arsbudget':
    'month headers written as text with a two-digit year ("jan-25") are months; SPEC 2.6 lists jan … dec, 1 … 12 and 2024-01',
  'summarader-med-summa-kolon-sigma-och-tot-punkt-signerat': 'rows labelled Σ and Tot. are totals; SPEC 1.4 lists words, not signs or abbreviations',
  'utskrift-inklistrad-med-sidhuvud-titel-utskriftsdatum-och-sida-n-av-3-pa-varje-sida':
    'a page header block repeated down the sheet (title, print date, page number, header row) is skipped, not read as lines or as the end of the table',
  'korstabell-konto-gange-ansvar-kostnadsstallen-som-kolumner-budget-och-utfall-pa-tva-blad':
    'a sheet whose amount columns are cost centres is a budget or an outcome by its sheet name and title; SPEC 1.1 finds roles by header words',
};

export function readme(all: Expected[]): string {
  return corpusReadme(
    {
      title: 'Layout corpus 9: abbreviations, commitments, other currencies, cross-tabs',
      generatedBy: '`npm run layouts9` (scripts/make-layouts9.ts and scripts/layouts9/, on the helpers of scripts/layouts2/)',
      intro: `Workbooks a finance officer really keeps, in shapes none of the earlier corpora has: headers abbreviated
(\`Bu\`, \`Utf\`, \`Avv\`, \`Årsbu\`, \`Ack utf\`, \`Prog\`, \`Utf/Bu %\`), a frame (\`Tilldelad ram\`) as the budget, a
nämnd report with only \`Nettokostnad\` and \`Nettobudget\`, a budget revised twice, commitments beside the outcome
(\`Beställt\`, \`Ej attesterat\`, \`Utfall inkl. beställt\`, Unit4 \`Obligations\`), EU projects in euro (\`EUR\`,
\`TEUR\`) that must not be read as kronor, headers in Swedish and English on two rows or in one cell, totals labelled
\`Summa:\`, \`Σ\` and \`Tot.\`, a deviation defined in its header as outcome − budget, a comment column with figures
in its text, a samordningsförbund's multi-year grant beside the year's, month headers written \`jan-25\`, a printout
pasted back with its page header on every page, and budget and outcome kept as Konto × Ansvar cross-tabs.

First sight: the product at de03b9e (main, before any change for this corpus) read 7 of the 18 right (interim 0/1,
odd 2/5, statement 1/3, goal-area 1/2, missing-role 0/1, join 0/1, months 1/1, english 2/2, ledger 0/2). It found no
table under "Bu / Utf / Avv" nor under "Årsbu / Ack utf / Prog"; took "Utfall inkl. beställt" and "Actuals +
obligations" for a second outcome and refused the table; compared the first of three budgets, not the last
revision; took project periods written "2024–2026" for sum rows of an account range; read amounts in EUR as
kronor; joined nothing across the
Konto × Ansvar cross-tabs; read co-financiers as costs; counted "Summa:", "Σ" and "Tot." as lines; and read a
printout's repeated page titles as lines and "Sida 2 av 3" as an unreadable amount. \`score.json\` holds the last
measured state.`,
      dir: 'test/fixtures/layouts9',
      beyondSpec: BEYOND_SPEC,
    },
    all,
  );
}
