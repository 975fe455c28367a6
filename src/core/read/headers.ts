import { normaliseLabel } from './text';
import { Unit, unitFromText } from './units';

/** What a column holds (SPEC 1.1). */
export type ColumnRole =
  | 'budget'
  | 'outcome'
  | 'forecast'
  | 'deviation'
  | 'priorYear'
  | 'goalArea'
  | 'line'
  | 'type'
  | 'comment'
  | 'member'
  | 'population'
  | 'municipalityCode'
  | 'orgNumber'
  | 'share';

export const AMOUNT_ROLES: readonly ColumnRole[] = ['budget', 'outcome', 'forecast', 'deviation', 'priorYear'];
export const LABEL_ROLES: readonly ColumnRole[] = ['line', 'goalArea'];

export interface HeaderMatch {
  role: ColumnRole;
  /** A year in the header (`Utfall 2017`), used to tell this year from last. */
  year?: number;
  unit?: Unit;
}

/** Synonyms after normalisation; years, units and `(…)` are removed before lookup. */
const SYNONYMS: Record<ColumnRole, readonly string[]> = {
  budget: ['budget', 'budget helår', 'årsbudget', 'lagd budget', 'budget år', 'budgeted', 'budget full year'],
  outcome: ['utfall', 'utfall helår', 'bokfört', 'utfall år', 'actual', 'actuals', 'outcome', 'result to date'],
  forecast: ['prognos', 'prognos helår', 'prognos i delårsbokslut', 'helårsprognos', 'forecast', 'full year forecast'],
  deviation: ['avvikelse', 'budgetavvikelse', 'budget-avvikelse', 'avvikelse budget-utfall', 'avvikelse budget/utfall', 'avvikelse mot budget', 'variance', 'deviation', 'budget variance'],
  priorYear: ['utfall föregående år', 'föregående år', 'utfall fg år', 'prior year', 'previous year', 'last year'],
  goalArea: ['målområde', 'mål', 'fokusområde', 'prioriterad inriktning', 'verksamhetsområde', 'område', 'goal area', 'goal', 'focus area'],
  line: ['projekt', 'aktivitet', 'projekt/aktivitet', 'post', 'rad', 'verksamhet', 'konto', 'kontonamn', 'benämning', 'budgetavstämning', 'line', 'account', 'item', 'activity', 'project'],
  type: ['typ', 'intäkt/kostnad', 'type'],
  comment: ['kommentar', 'förklaring', 'åtgärd', 'comment', 'explanation', 'action'],
  member: ['medlem', 'kommun', 'region', 'landsting', 'member', 'municipality'],
  population: ['invånare', 'folkmängd', 'befolkning', 'antal invånare', 'population', 'inhabitants'],
  municipalityCode: ['kommunkod', 'municipality code'],
  orgNumber: ['organisationsnummer', 'org.nr', 'org nr', 'orgnr', 'org. number', 'organisation number', 'organization number'],
  share: ['andel', 'fast andel', 'fast belopp', 'avgift', 'share', 'fixed amount', 'fee'],
};

const LOOKUP = new Map<string, ColumnRole>();
for (const [role, words] of Object.entries(SYNONYMS) as [ColumnRole, readonly string[]][]) {
  for (const w of words) LOOKUP.set(w, role);
}

const MONTHS = '(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)';

/**
 * Recognise a header cell (SPEC 1.1): case and surrounding space ignored, a trailing year and a unit in
 * parentheses stripped. Returns null for a cell that is no known header.
 */
export function matchHeader(text: string): HeaderMatch | null {
  const unit = unitFromText(text) ?? undefined;
  let s = normaliseLabel(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(i\s+)?(tkr|mnkr|mkr|kr|sek|ksek|msek|tusental kronor|miljoner kronor|tusen kronor|kronor)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let year: number | undefined;
  const y = /(?:^|\s)((?:19|20)\d\d)(?:[-/–]\d{2,4})?$/.exec(s);
  if (y) {
    year = Number(y[1]);
    s = s.slice(0, y.index).trim();
  }
  s = s.replace(/[:.]$/, '').trim();
  const direct = LOOKUP.get(s);
  if (direct) return { role: direct, year, unit };
  // `Utfall t.o.m. augusti`, `Utfall jan–aug`: outcome to date.
  if (new RegExp(`^utfall (t\\.?o\\.?m\\.?|tom|till och med|jan(uari)?[-–])\\s*${MONTHS}?`).test(s)) return { role: 'outcome', year, unit };
  // `Utfall 2016` when 2017 is also there is decided later; `Utfall år-1` is always the prior year.
  if (/^utfall (år|ar)\s*[-−–]\s*1$/.test(s)) return { role: 'priorYear', year, unit };
  if (/^(avvikelse|budgetavvikelse)\b/.test(s)) return { role: 'deviation', year, unit };
  if (/^(prognos|forecast)\b/.test(s)) return { role: 'forecast', year, unit };
  if (/^(budget)\b/.test(s) && !/avvikelse|avstämning/.test(s)) return { role: 'budget', year, unit };
  return null;
}
