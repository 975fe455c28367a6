/** The README of test/fixtures/layouts3: what the corpus is, how it is kept independent, and one row per fixture. */
import { Expected } from '../layouts/expected';
import { corpusReadme } from '../corpus-readme';

export const BEYOND_SPEC: Record<string, string> = {
  'kvartal-budget-q1-q4-utfall-q1-q2-sammanslagna-rubriker-tkr':
    'quarters (Q1–Q4) as periods under merged "Budget 2025" / "Utfall 2025"; SPEC 2.6 speaks of months',
  'manader-med-kvartalssummor-emellan-utfall-tom-augusti': '"Kv 1" … "Kv 4" sum columns between the months are not periods; SPEC 2.6 does not name them',
  'kommun-namnder-nettokostnad-negativ-avvikelse-mot-budget-prognos-mnkr':
    '"Nettokostnad 2024" is the outcome (not among SPEC 1.1\'s words); "Avvikelse mot prognos" is outcome − forecast, not the forecast deviation against the budget',
  'english-board-report-msek-budget-ytd-actual-ytd-var-pct': '"MSEK" is mnkr; SPEC 1.2 names mnkr, Mkr and "i miljoner kronor"',
  'grupperade-rader-hopfallda-grupper-dolda-rader-summa':
    'rows hidden by a collapsed outline group are read like any other row; SPEC says nothing of hidden rows',
  'frysta-rutor-autofilter-delsumma-ovanfor-rubrikraden':
    'a SUBTOTAL row above the header row is a control total of the table below; SPEC 1.4 reads totals below their rows',
  'letarad-formler-sparade-felvarden-sprids-till-avvikelse-och-summa':
    'error values in the deviation and Summa cells are reported too, each by cell (SPEC 1.3 names error values wherever they are read)',
  'budgetdokument-utfall-2024-budget-2025-prognos-budget-2026-plan':
    'an outcome of an earlier year than every budget is no outcome to reconcile; SPEC 1.1 takes the later of two same-role years, not across roles',
  'samordningsforbund-beviljat-upparbetat-kvar-att-aterbetala':
    '"Beviljat" as the budget, "Upparbetat" as the outcome and "Kvar att återbetala" as the deviation: FINSAM words not in SPEC 1.1',
  'fortnox-english-period-year-to-date-budget-ytd-full-year':
    '"Year to date" alone is the outcome (SPEC 1.1 names Actual YTD) and "Period" beside it is one month, neither outcome nor budget',
  'kommun-budget-och-utfall-intakter-kostnader-netto-under-sammanslagna-rubriker':
    '"Netto" under a merged "Budget 2024" / "Utfall 2024" is the budget / outcome, Intäkter and Kostnader beside it are its parts; SPEC 1.1 shows merged headers over months and years only',
};

export function readme(all: Expected[]): string {
  return corpusReadme(
    {
      title: 'Layout corpus 3: shapes neither earlier corpus has',
      generatedBy: `\`npm run layouts3\` (scripts/make-layouts3.ts and scripts/layouts3/, on the helpers of
scripts/layouts2/)`,
      intro: `The product reads nearly all of test/fixtures/layouts and test/fixtures/layouts2. This third batch looks for what it
still misreads: each workbook imitates a real kind of file kept in Swedish kommunalförbund, samordningsförbund,
regionförbund and kommuner, in a shape neither earlier corpus has (English ledger headers on a Swedish chart, a CSV
opened as all-text, quarters, quarter sums between months, an Excel table with a total row, outlined and hidden
rows, a SUBTOTAL row above a filtered header, saved error values that spread, net costs written negative, thin
spaces, MSEK, FINSAM grant words, a budget document whose only outcome is of another year, percentage shares, Fortnox in English,
Intäkter | Kostnader | Netto under merged Budget and Utfall).`,
      dir: 'test/fixtures/layouts3',
      beyondSpec: BEYOND_SPEC,
    },
    all,
  );
}
