/** The README of test/fixtures/layouts7: what the corpus is, how it is kept independent, one row per fixture, the first-sight score. */
import { Expected } from '../layouts/expected';
import { corpusReadme } from '../corpus-readme';

export const BEYOND_SPEC: Record<string, string> = {
  'data-delsumma-subtotal-9-summa-i-verksamhetskolumnen-och-totalsumma-over-allt':
    'a row labelled "X Summa" in the grouping column, not the label column, is a subtotal, and a Totalsumma over rows that include subtotals covers the item rows (SUBTOTAL leaves nested SUBTOTALs out); SPEC 1.4 reads totals by their label',
  'tom-forsta-kolumn-etiketter-i-b-nivaer-med-inledande-blanksteg-summor-pa-foraldraraden':
    "a row whose label is indented less than the rows under it and whose amounts are their sum is a subtotal above its children, without a Summa word; SPEC 1.4 names total labels and pivots' subtotals",
  'varav-rader-under-posterna-indragna-och-med-versal-raknas-inte-tva-ganger-tkr':
    'a row starting "varav" is part of the line above, not a line; SPEC 1.4 names item, header, subtotal and total rows',
  'kommentarsrader-med-lang-text-inne-i-och-mellan-malomradena-utan-belopp':
    'a row of prose without amounts is a note, not a goal-area header, even when item rows follow it; SPEC 1.4 makes a label with no amounts followed by item rows a goal-area header',
  'nyckeltal-under-resultatet-arsarbetare-deltagare-och-kostnad-per-deltagare-ej-rader':
    'rows under a "Nyckeltal" heading after the result are counts and ratios, not lines, though they stand in the amount columns; SPEC 1.4 is silent on key figures',
  'utfall-i-fjol-utfall-och-budget-i-ar-aren-bara-i-sammanslagen-rad-ovanfor-tkr':
    'years standing alone on a merged row above the role words decide which Utfall is the outcome; SPEC 1.1 has the year in the header or in a second header row below',
  'kontokoder-med-bokstavssuffix-och-underkonto-efter-punkt-3041a-4010-1-osignerat':
    'the account class of "3041A" and "4010.1" is their first digit; SPEC 1.5 names Kommun-Bas classes of plain codes',
  'ansvar-verksamhet-konto-tre-kodkolumner-fore-benamningen-forbrukat-procent-som-tal':
    '"Förbrukat %" holding 98.3 is a percentage, not an amount; SPEC 1.1 lists no such column',
  'pivot-inklistrad-med-tom-som-verksamhet-och-konto-tomma-varden-och-totalsumma':
    '"(tom)", Excel\'s word for an empty field in a pivot, is a line and a group of its own; SPEC 1.1 names pivot wording without it',
  'tabell-fran-kolumn-f-med-egna-anteckningar-och-tal-i-kolumn-a-d-bredvid': 'notes with figures on the same rows to the left of a table are no part of it',
  'drift-och-investering-sida-vid-sida-en-tom-kolumn-emellan-olika-teckenkonventioner-tkr':
    'two tables on one header row separated by a blank column are two tables, each with its own convention',
  'manaderna-som-rader-januari-december-budget-utfall-tom-augusti-kansliets-kostnader':
    'months as rows are lines; the total compares the months with outcome only; SPEC 2.6 names month columns and period rows of a ledger',
  'english-actuals-ytd-fore-budget-ytd-var-och-var-procent-fy-budget-fy-forecast-ksek':
    '"FY Budget" is the budget and "FY Forecast" the forecast beside "Budget YTD"; SPEC 1.1 lists Budget YTD and Forecast',
  'rubriker-med-radbrytning-alt-enter-budget-jan-aug-utfall-jan-aug-2025-prognos-helar-tkr': 'a line break inside a header cell reads as a space',
  'transaktioner-period-som-text-2025-03-belopp-som-text-med-sek-mot-arsbudget-jan-jun':
    'a text period "2025-03" is a month and "12 345,50 SEK" an amount; SPEC 1.3 and 2.6 name neither form',
  'huvudbok-med-ett-signerat-belopp-mot-budget-dar-intakterna-ar-positiva-tva-konventioner':
    "a budget with income positive joined to a ledger with income negative is put in the ledger's convention before it is compared; SPEC 1.8 joins sources without naming their conventions",
  'utfall-som-lankar-till-annan-fil-sparade-utan-varde-ingen-siffra-att-lasa-tre-konton':
    'a formula saved without a result is unreadable, an error at its cell, not an empty cell; SPEC 1.3 names error values and unparseable text',
};

/** What the product read on first sight of this corpus (before any change made for it), and where it stands now. */
export const FIRST_SIGHT = {
  commit: '855a113',
  right: 12,
  of: 21,
  now: 'After the reading fixes made for it (varav rows, notes, key figures, years above the role words, levels by leading spaces, a header right of notes, a join across sign conventions, a total over months not yet booked) it reads 21 of 21; `score.json` beside this file is the last measured state.',
};

export function readme(all: Expected[]): string {
  const body = corpusReadme(
    {
      title: 'Layout corpus 7: budget against outcome as economists really keep it, shapes none of the six earlier corpora has',
      generatedBy: '`npm run layouts7` (scripts/make-layouts7.ts and scripts/layouts7/, on the helpers of scripts/layouts2/)',
      intro: `A seventh, independent look at budget-against-outcome sheets: Excel's Data → Delsumma output with SUBTOTAL(9, …)
rows named in the grouping column, a report with an empty column A and levels shown by leading spaces with the sums
on the parent rows, "varav" rows, comment rows of prose inside and between the goal areas, key figures under the
result, the years only on a merged row above Utfall | Utfall | Budget, negatives shown red without a minus,
account codes 3041A and 4010.1, three code columns before one name column with a Förbrukat %, an AutoFilter
hiding rows, a whole-kronor budget against an outcome in öre, a pasted pivot with "(tom)", a table starting in
column F beside notes, drift and investering side by side, one sheet per goal area with a summary of formulas,
the months as rows, an English Actuals YTD / Budget YTD / FY Forecast report, headers broken with Alt+Enter,
text periods and "SEK" amounts joined to a year budget, a budget with income positive joined to a ledger with
income negative, and links saved without a result (which nobody can read, and the product must say so).`,
      dir: 'test/fixtures/layouts7',
      beyondSpec: BEYOND_SPEC,
    },
    all,
  );
  if (!FIRST_SIGHT.commit) return body;
  return `${body}
## Score

On first sight (product at \`${FIRST_SIGHT.commit}\`, before any change made for this corpus) the product read
${FIRST_SIGHT.right} of ${FIRST_SIGHT.of} right. ${FIRST_SIGHT.now}
`;
}
