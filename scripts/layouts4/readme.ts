/** The README of test/fixtures/layouts4: what the corpus is, how it is kept independent, and one row per fixture. */
import { Expected } from '../layouts/expected';
import { corpusReadme } from '../corpus-readme';

export const BEYOND_SPEC: Record<string, string> = {
  'power-bi-matris-summa-av-belopp-typ-budget-utfall-som-varden':
    'a "Totalt" column adding budget and outcome is no role; SPEC 1.1 names Totalsumma as a total row word only',
  'agresso-huvudboksrapport-period-saldo-ack-arsbudget-202509':
    '"Saldo ack" is the outcome and "Budget ack" the period budget; "Saldo" is not among SPEC 1.1\'s words',
  'raindance-kontoanalys-aterstar-forbrukat-procent-tkr': '"Återstår" (budget − outcome) is the reported deviation; SPEC 1.1 does not list it',
  'visma-window-huvudbok-debet-kredit-saldo-bredvid-budget': '"Saldo" is the outcome and Debet / Kredit are its parts; SPEC 1.1 names none of them',
  'belopp-skrivna-med-tkr-i-cellen-rubrik-utan-enhet':
    'the unit written in every amount cell ("14 250 tkr") is the table\'s unit; SPEC 1.2 takes it from header, title or sheet name',
  'ett-blad-per-manad-jan-apr-ackumulerat-budget-ack-utfall-ack':
    '"Budget ack" is the period budget (SPEC 1.1 lists it under both budget and period budget) beside "Årsbudget"',
  'ett-blad-per-forvaltning-och-sammanstallning-som-inte-stammer':
    "a summary sheet whose rows are other sheets' Summa rows is read as a table of its own; SPEC 2.4 names cross-sheet checks without saying how a summary is matched to sheets",
  'investeringsbudget-per-projekt-utgift-inkomst-ackumulerat-utfall':
    '"Investeringsbudget 2025" is the budget and the multi-year and accumulated columns are none of the roles',
  'budgetblad-med-enda-kolumnen-belopp-inget-utfall': '"Belopp" (an outcome word in SPEC 1.1) is the budget on a sheet named and titled as a budget',
  'radrubriken-belopp-i-tkr-over-benamningarna-budget-utfall-avvikelse':
    '"Belopp i tkr" over the labels is the unit and the label header; SPEC 1.1 lists Belopp as an outcome word',
  'hypergene-ansvar-sammanslaget-nedat-over-sina-konton': 'a merged dimension cell holds for every row it spans; SPEC speaks of merged headers only',
  'kontointervall-som-grupprubriker-3000-3999-intakter-signerat': 'account-range header rows are the groups; SPEC 1.8 names ranges for mapping tables',
};

export function readme(all: Expected[]): string {
  return corpusReadme(
    {
      title: 'Layout corpus 4: shapes none of the three earlier corpora has',
      generatedBy: `\`npm run layouts4\` (scripts/make-layouts4.ts and scripts/layouts4/, on the helpers of
scripts/layouts2/ and scripts/layouts3/)`,
      intro: `A fourth, independent look for what the product still misreads: exports of Swedish follow-up and ledger systems
(a Power BI matrix pasted as values, an Agresso huvudboksrapport with Period and Saldo, a Raindance Kontoanalys, a
Stratsys interim export, a Visma Window huvudbok with Debet and Kredit), a semicolon CSV opened in Excel with decimal
commas and U+2212 minus, "tkr" typed in every cell, an English EU project report, Avvikelse %, one sheet per month
and one per förvaltning, an investment budget per project, cached formula totals with one stale, comment columns
between the amounts, account ranges as group headers, hidden columns with earlier years, a table at row 15 under a
logo and prose, a budget sheet whose only amount column is "Belopp", "Belopp i tkr" over the row labels, and
ansvar cells merged down over their accounts.`,
      dir: 'test/fixtures/layouts4',
      beyondSpec: BEYOND_SPEC,
    },
    all,
  );
}
