/** The README of test/fixtures/layouts5: what the corpus is, how it is kept independent, and one row per fixture. */
import { Expected } from '../layouts/expected';
import { corpusReadme } from '../corpus-readme';

export const BEYOND_SPEC: Record<string, string> = {
  'unit4-business-world-ansvar-t-konto-t-belopp-budget-summarad-utan-text':
    'a row with amounts and no label at all, equal to the sum of every row above, is a total; SPEC 1.4 finds totals by their label',
  'raindance-arsbudget-utfall-hittills-i-ar-prognos-helar-period-i-titeln':
    '"Utfall hittills i år" is a year-to-date outcome whose months come from the title ("Perioder: 202501 - 202510"); SPEC 2.6 names month columns and period rows',
  'fortnox-resultatrapport-datumintervall-i-rubrikerna-jan-jun-och-helar':
    'a budget headed by a date range shorter than the year is the period budget; SPEC 1.1 names Budget t.o.m. *månad* and Budget jan–*månad*',
  'visma-net-export-engelsk-talformat-som-text-1-234-567-89':
    'text "1,234,567.89" (comma groups, dot decimals) is read as kronor and öre; SPEC 1.3 names dot decimals "where unambiguous" without this form',
  'tertialrapport-budget-t1-t3-utfall-t1-t2-tkr': 'tertial columns T1–T3 are periods of four months each; SPEC 2.6 names month columns',
  'kvartal-i-en-rubrikrad-budget-kv1-kv4-utfall-kv1-kv2': 'quarters named in one header row are periods of three months each; SPEC 2.6 names month columns',
  'utfall-jan-sep-prognos-okt-dec-prognos-helar-och-foregaende-prognos-tkr':
    '"Prognos helår" is the forecast beside "Prognos okt–dec" (the remaining months) and "Föregående prognos"; SPEC 1.1 lists Prognos and Prognos helår alike',
  'manadspar-budget-utfall-under-varje-manadsnamn-totalt-utfall-tom-juni':
    "month names over Budget | Utfall pairs (the merge the other way round from SPEC 1.1's `Budget 2024` over `jan … dec`)",
  'tva-rubrikrader-roll-over-period-utan-sammanslagning-jan-aug-tkr':
    '"Avvikelse" over "prognos–budget" is the forecast deviation, read from the two header rows together',
  'tre-prognoser-sida-vid-sida-april-augusti-oktober-och-helarsutfall-tkr':
    'of several forecasts the latest is the forecast; SPEC 1.1 says so for outcome years only',
  'kommun-namnder-kommunbidrag-som-budget-nettokostnad-resultat-mnkr':
    '"Kommunbidrag" (a nämnd\'s ram) is the budget and "Resultat" the deviation; SPEC 1.1 lists neither',
  's-a-summarader-och-blanka-rader-mellan-grupperna-summa-totalt-signerat': '"S:a" (the abbreviation of Summa) starts a total row; SPEC 1.4 lists Summa',
  'ursprunglig-budget-ombudgetering-tillaggsanslag-justerad-budget-utfall-tkr':
    '"Justerad budget" is the budget and "Ursprunglig budget" beside it is not; SPEC 1.1 names neither',
  'insatser-bokfort-forbrukningsgrad-som-procentformat-0-853-kvar':
    '"Förbrukningsgrad" is a percentage though its header has no %; SPEC 1.1 lists no percentage words',
  'english-budget-actual-delta-och-delta-procent-forecast-fy-sek':
    '"Δ" is the reported deviation and "Δ %" a percentage; SPEC 1.1 lists Variance and Deviation',
  'avvikelse-som-andel-av-budget-procentformat-utan-procenttecken-i-rubriken':
    'an "Avvikelse" column whose every figure is the deviation as a share of the budget is a percentage, not a reported deviation; SPEC 2.4 checks a reported deviation column',
  'kronor-i-cellerna-visade-som-tkr-med-talformat-0-komma-rubrik-tkr':
    'a thousands-scaling number format ("#,##0,") means the cells hold kronor though the header says tkr; SPEC 1.2 takes the unit from the header first',
  'budget-i-tkr-och-utfall-i-kronor-i-samma-tabell-enhet-per-kolumn': "each column's header gives its own unit; SPEC 1.2 gives a table one unit",
  'projektbudget-mot-transaktioner-med-konto-nyckeln-ar-projekt':
    'the key is the column both sides share; an account column on the transaction side only is no part of it',
  'lang-lista-typ-budget-eller-utfall-per-rad-konto-belopp':
    "a Typ column of Budget / Utfall splits one amount column into budget and outcome rows, joined on the account; SPEC 1.1's type role is Intäkt/Kostnad",
};

export function readme(all: Expected[]): string {
  return corpusReadme(
    {
      title: 'Layout corpus 5: shapes none of the four earlier corpora has',
      generatedBy: `\`npm run layouts5\` (scripts/make-layouts5.ts and scripts/layouts5/, on the helpers of
scripts/layouts2/ and scripts/layouts3/)`,
      intro: `A fifth, independent look for what the product still misreads: a Unit4 Business World export whose sum row has
no label, Raindance "Utfall hittills i år" with the period only in the title, a Fortnox report headed by date
ranges, a Visma.net export with English-locale text amounts, tertials T1–T3 and quarters Kv1–Kv4 in one header
row, Budget | Utfall pairs under each month's name, role and period in two unmerged header rows, three forecasts
of one year side by side, a forecast of the remaining months beside the full-year forecast, a nämnd's
kommunbidrag as its budget, "S:a" sum rows between blank rows, a budget adjusted during the year, a
Förbrukningsgrad kept as a fraction, an English report with Δ, "Avvikelse" over a share of the budget, kronor shown as tkr by a number format, a tkr
budget beside a kronor outcome, a join on the project with an account on one side only, and a long list where
a Typ column says Budget or Utfall.`,
      dir: 'test/fixtures/layouts5',
      beyondSpec: BEYOND_SPEC,
    },
    all,
  );
}
