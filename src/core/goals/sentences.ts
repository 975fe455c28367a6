/**
 * Financial goals written as the reports write them (SPEC 5): `Soliditeten ska vara minst 30 %`,
 * `Resultatet ska vara positivt`, `Likviditeten ska överstiga 1,0`, `Eget kapital ska uppgå till minst 12 mnkr`,
 * `The equity ratio shall be at least 30%`: in a cell of their own, in a list under a heading, or spread over a
 * row of a table that is not headed `Finansiellt mål | Nyckeltal | Villkor | Gränsvärde` (`Soliditet | minst
 * 30 % | 37,7 %`). A sentence is a goal only when it names a built-in metric near its start and states a
 * condition on it; `Insatstiden ska vara högst 20 minuter` is a verksamhetsmål and is left alone.
 */
import { SheetData, cellAddress, cellText } from '../cells';
import { memoByText } from '../memo';
import { Decimal } from '../decimal';
import { parseNumberText } from '../read/numbers';
import { normaliseLabel } from '../read/text';
import { Unit } from '../read/units';
import { Operator, Threshold } from './condition';
import { GoalRow } from './goals-table';

/** The metrics a sentence may name, as the subject is written (definite forms included), and the built-in each is. */
const SUBJECTS: { pattern: RegExp; metric: string }[] = [
  {
    pattern: /^soliditet(en)?\s*,?\s*(inkl\.?|inklusive|med)\s+(samtliga\s+|hela\s+)?(pension|ansvarsförbindelse)\S*/u,
    metric: 'Soliditet inkl. pensionsförpliktelser',
  },
  {
    pattern: /^equity ratio\s*,?\s*(including|incl\.?|with)\s+(all\s+)?pension\S*( commitments?| obligations?)?/u,
    metric: 'Equity ratio including pension commitments',
  },
  { pattern: /^soliditet(en)?(?!\p{L})/u, metric: 'Soliditet' },
  { pattern: /^(equity ratio|solidity)(?!\p{L})/u, metric: 'Equity ratio' },
  { pattern: /^(kassalikviditet(en)?|likviditet(en)?)(?!\p{L})/u, metric: 'Kassalikviditet' },
  { pattern: /^(quick ratio|acid[- ]test ratio|liquidity ratio|liquidity)(?!\p{L})/u, metric: 'Quick ratio' },
  { pattern: /^balanslikviditet(en)?(?!\p{L})/u, metric: 'Balanslikviditet' },
  { pattern: /^current ratio(?!\p{L})/u, metric: 'Current ratio' },
  { pattern: /^((årets )?balanskravsresultat(et)?|balanskravet)(?!\p{L})/u, metric: 'Balanskravsresultat' },
  { pattern: /^balance requirement( result)?(?!\p{L})/u, metric: 'Balance requirement result' },
  { pattern: /^((årets|periodens|det ekonomiska|ekonomiska) )?resultat(et)?(?!\p{L})/u, metric: 'Årets resultat' },
  { pattern: /^((the )?(net )?result( for the year)?|(the )?surplus)(?!\p{L})/u, metric: 'Result for the year' },
  { pattern: /^eget kapital(et)?(?!\p{L})/u, metric: 'Eget kapital' },
  { pattern: /^equity(?!\p{L})/u, metric: 'Equity' },
  { pattern: /^(budget(en)?|årsbudget(en)?)(?!\p{L})/u, metric: 'Budget i balans' },
  { pattern: /^(the )?(annual )?budget(?!\p{L})/u, metric: 'Balanced budget' },
];

/** The metrics whose value is an amount, which may be a percentage of another row (`2 % av verksamhetens intäkter`). */
const AMOUNTS = new Set(['Årets resultat', 'Result for the year', 'Eget kapital', 'Equity']);

/** Words before the subject that do not change it: `Förbundets soliditet`, `The association's equity ratio`. */
const LEAD =
  /^(?:(?:finansiellt mål|finansiella mål|mål|financial goal|financial target|goal|target)\s*\d*\s*[:.–-]\s*)?(?:(?:\p{L}+(?:ets|ens|s)|the|its|our|\p{L}+'s)\s+)?/u;

/**
 * The condition: words first (negations before the words they negate), then the signs. `goalWord` marks the
 * words only a goal uses (`minst`, `högst`, `≥`); `överstiger`, `under` also report an outcome.
 */
const CONDITIONS: [RegExp, Operator, boolean][] = [
  [/(?<!\p{L})(inte|ej|aldrig) (?:vara )?(?:understiga|understiger|lägre än|mindre än|under)(?!\p{L})/u, '>=', false],
  [/(?<!\p{L})(inte|ej|aldrig) (?:vara )?(?:överstiga|överstiger|högre än|mer än|större än|över)(?!\p{L})/u, '<=', false],
  [/(?<!\p{L})(not (?:be )?(?:below|less than|fall below|under))(?!\p{L})/u, '>=', false],
  [/(?<!\p{L})(not (?:be )?(?:exceed|above|more than|greater than|over))(?!\p{L})/u, '<=', false],
  [/(?<!\p{L})(som lägst|minst|lägst|at least|no less than|a minimum of|minimum)(?!\p{L})/u, '>=', true],
  [/(?<!\p{L})(som högst|högst|maximalt|max|at most|no more than|a maximum of|maximum)(?!\p{L})/u, '<=', true],
  [/(?<!\p{L})(överstiga|överstiger|över|mer än|större än|högre än|exceed|exceeds|above|more than|greater than|higher than|over)(?!\p{L})/u, '>', false],
  [/(?<!\p{L})(understiga|understiger|under|mindre än|lägre än|below|less than|lower than)(?!\p{L})/u, '<', false],
  [/(>=|=>|≥)/u, '>=', true],
  [/(<=|=<|≤)/u, '<=', true],
  [/(>)/u, '>', true],
  [/(<)/u, '<', true],
  // `Eget kapital ska uppgå till 12 mnkr`: an amount to reach.
  [/(?<!\p{L})(uppgå till|amount to|be at)(?!\p{L})/u, '>=', false],
];

/** The same, to find every place a condition stands in a sentence. */
const GLOBAL_CONDITIONS = CONDITIONS.map(([pattern, operator, goalWord]): [RegExp, Operator, boolean] => [
  new RegExp(pattern.source, `${pattern.flags}g`),
  operator,
  goalWord,
]);

/**
 * What makes a sentence a goal and not a report of the outcome: a modal verb before the condition (`ska vara
 * minst`, `shall be at least`), or nothing but a colon or `mål` between the metric and the condition, as in a
 * list or a table row (`Soliditet: minst 30 %`, `Soliditet | ≥ 30 %`). `Resultatet överstiger budget med 2 mnkr`
 * and `Soliditeten uppgick till 37,7 %` are outcomes, not goals.
 */
const MODAL = /(?<!\p{L})(ska|skall|bör|måste|får|behöver|shall|should|must|needs? to|is to|are to|will)(?!\p{L})/u;
const COMPACT = /^[\s:=–-]*(?:(?:mål|målvärde|målnivå|target|goal)\s*[:=]?\s*)?$/u;
const stated = (between: string, compact: boolean) => MODAL.test(between) || (compact && COMPACT.test(between));

/** Conditions stated in words, with no figure: `positivt`, `i balans`, `uppfyllas`, `får inte vara negativt`. */
const QUALITATIVE: [RegExp, Operator][] = [
  [/(?<!\p{L})((inte|ej|aldrig) (vara )?negativ\p{L}*|not (be )?negative)(?!\p{L})/u, '>='],
  [/(?<!\p{L})(positiv\p{L}*|överskott|positive|a surplus)(?!\p{L})/u, '>'],
  [/(?<!\p{L})(i balans|balanserad\p{L}*|in balance|balanced)(?!\p{L})/u, '>='],
  [/(?<!\p{L})(uppfyll\p{L}*|klaras|nås|be met|be fulfilled|be achieved)(?!\p{L})/u, '>='],
];

const UNIT_WORDS: [RegExp, Unit][] = [
  [/^(mnkr|mkr|msek|mn kr|milj\.? ?kr|miljoner kronor|miljoner kr|miljoner|million|millions|mn|m)(?!\p{L})/u, 'mnkr'],
  [/^(tkr|ksek|tusen kronor|tusental kronor|thousand)(?!\p{L})/u, 'tkr'],
  [/^(kr|kronor|sek)(?!\p{L})/u, 'kr'],
];

/** A number as people write it: `30`, `1,0`, `12 000 000`, `1.5`; never two numbers side by side. */
const NUMBER = /(sek\s*)?(\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)/iu;

/** The threshold after the condition: `30 %`, `1,0`, `12 mnkr`, `SEK 12 million`, `100 procent`. */
function thresholdAfter(text: string): { threshold: Threshold; rest: string } | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const number = parseNumberText(m[2]);
  if (number.kind !== 'number') return null;
  let after = text.slice(m.index + m[0].length).trim();
  let percent = false;
  let unit: Unit | null = m[1] ? 'kr' : null;
  const pct = /^(%|procent|percent|per cent)(?!\p{L})/u.exec(after);
  if (pct) {
    percent = true;
    after = after.slice(pct[0].length).trim();
  } else {
    for (const [pattern, u] of UNIT_WORDS) {
      const w = pattern.exec(after);
      if (!w) continue;
      unit = u;
      after = after.slice(w[0].length).trim();
      // `12 miljoner kronor`: the currency after the scale word belongs to it.
      after = after.replace(/^(kronor|kr|sek)(?!\p{L})/u, '').trim();
      break;
    }
  }
  const value = percent ? number.value.dividedBy(100) : number.value;
  const text_ = `${m[2]}${percent ? ' %' : unit ? ` ${unit}` : ''}`;
  return { threshold: { text: text_, value, percent, unit, written: true }, rest: after };
}

/** `av verksamhetens intäkter`: what a percentage of an amount is a percentage of, as a row label. */
function percentOf(rest: string): string | null {
  const m = /^(?:av|of)\s+(.+)$/iu.exec(rest);
  if (!m) return null;
  const label = m[1].split(/\s+(?:över|under|per|i genomsnitt|sett över|during|over|on average)\s+|[,;.]/u)[0].trim();
  return /\p{L}/u.test(label) ? label : null;
}

/**
 * What an amount is measured against, written between the metric and its condition: `Resultat i förhållande till
 * medlemsavgifter ≥ 2 %`, `Årets resultat i procent av skatter och bidrag ska vara minst 1 %`. The label, and the
 * words left after it (a modal verb, a colon, or nothing as in a table row).
 */
const RELATIVE_TO =
  /^\s*(?:i förhållande till|i relation till|i procent av|i % av|som andel av|som procent av|relative to|in relation to|as a (?:share|percentage) of)\s+(\p{L}[\p{L}\s-]*?)(?=\s+(?:ska|skall|bör|måste|shall|should|must)(?!\p{L})|\s*[:=–]|\s*$)/u;

function relativeTo(between: string): { label: string; rest: string } | null {
  const m = RELATIVE_TO.exec(between);
  return m ? { label: m[1].trim(), rest: between.slice(m[0].length) } : null;
}

export interface SentenceGoal {
  name: string;
  metric: string;
  condition: string;
  operator: Operator;
  threshold: Threshold;
}

/**
 * Read one sentence as a goal, or null when it is not one: a built-in metric within its first words, then a
 * condition with a figure (`minst 30 %`), or one in words (`positivt`, `i balans`). `inCells`: the metric and
 * the condition stood in cells of their own (`Årets resultat | positivt`), which says as much as a `ska` would.
 */
export function readGoalSentence(text: string, inCells = false): SentenceGoal | null {
  return (inCells ? readInCells : readAlone)(text);
}

/** Ledgers repeat their labels over thousands of rows: each text is read once. */
const readAlone = memoByText((text) => readSentence(text, false));
const readInCells = memoByText((text) => readSentence(text, true));

/** A sentence as it is read: spaces made plain, a bullet or list number taken off. */
const plainSentence = (text: string): string =>
  text
    .replace(/[\u00a0\u2009\u202f\s]+/g, ' ')
    .trim()
    .replace(/^(?:[•·▪*–-]|\d{1,2}[.)])\s+/, '');

/** The metric a sentence names at its start (after `Förbundets`, `Mål 2:` …), and the rest of it in lower case. */
function subjectOf(name: string): { metric: string; predicate: string } | null {
  const lower = normaliseLabel(name);
  const subjectText = lower.slice(LEAD.exec(lower)?.[0].length ?? 0);
  for (const s of SUBJECTS) {
    const m = s.pattern.exec(subjectText);
    if (m) return { metric: s.metric, predicate: subjectText.slice(m[0].length) };
  }
  return null;
}

/**
 * Whether a cell's text starts with a metric: only then can the cells after it complete a goal. Asked once per
 * distinct text, so a ledger's labels (`Mål 8 Administration`) are not joined with every row's figures and read
 * again as a million different sentences.
 */
const startsWithMetric = memoByText((text: string) => subjectOf(plainSentence(text)) !== null);

function readSentence(text: string, inCells: boolean): SentenceGoal | null {
  const name = plainSentence(text);
  const subject = subjectOf(name);
  if (!subject) return null;
  const predicate = subject.predicate;
  // `Budgeten för 2025 ska vara i balans`: a year is no figure of the condition.
  const figures = /\d/.test(predicate.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, ''));
  for (const [pattern, operator] of QUALITATIVE) {
    const m = pattern.exec(predicate);
    if (m && !figures && stated(predicate.slice(0, m.index), inCells)) {
      return {
        name,
        metric: subject.metric,
        condition: m[0].trim(),
        operator,
        threshold: { text: '0', value: new Decimal(0), percent: false, unit: null, written: false },
      };
    }
  }
  // The condition is the one standing nearest before its figure: in `Resultatet ska under året uppgå till
  // 2 mnkr` that is `uppgå till`, not `under`; on a tie the longer words (`inte understiga` over `understiga`).
  let best: { start: number; end: number; operator: Operator; goalWord: boolean; gap: number; after: NonNullable<ReturnType<typeof thresholdAfter>> } | null =
    null;
  for (const [pattern, operator, goalWord] of GLOBAL_CONDITIONS) {
    for (const m of predicate.matchAll(pattern)) {
      const end = m.index + m[0].length;
      const rest = predicate.slice(end);
      const after = thresholdAfter(rest);
      if (!after) continue;
      const gap = NUMBER.exec(rest)!.index;
      if (best === null || gap < best.gap || (gap === best.gap && m.index < best.start)) best = { start: m.index, end, operator, goalWord, gap, after };
    }
  }
  if (best === null) return null;
  const before = predicate.slice(0, best.start);
  const relative = best.after.threshold.percent && AMOUNTS.has(subject.metric) ? relativeTo(before) : null;
  if (!stated(relative ? relative.rest : before, best.goalWord || inCells)) return null;
  const of = relative?.label ?? (best.after.threshold.percent && AMOUNTS.has(subject.metric) ? percentOf(best.after.rest) : null);
  // `Resultatet ska vara minst 2 % av verksamhetens intäkter`: the amount as a share of another row.
  return {
    name,
    metric: of ? `${subject.metric} / [${of}]` : subject.metric,
    condition: predicate.slice(best.start, best.end).trim(),
    operator: best.operator,
    threshold: best.after.threshold,
  };
}

/** A cell's text as its sentences: one ends at `.`, `!` or `?` before a capital letter, so `1,0` and `1.5` stay whole. */
export const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);

/**
 * The goals of a paragraph written in one cell, as a förvaltningsberättelse writes them (`Direktionen har beslutat
 * om två mål. Årets resultat ska vara positivt. Soliditeten ska uppgå till minst 25 procent.`): each sentence
 * read by itself. A sentence ends at `.`, `!` or `?` before a capital letter, so `1,0` and `1.5` stay whole.
 * Each distinct text is read once: a ledger's labels repeat over thousands of rows.
 */
const goalsInParagraph = memoByText((text: string): readonly SentenceGoal[] => {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return [];
  return sentences.map((x) => readGoalSentence(x)).filter((g): g is SentenceGoal => g !== null);
});

/** Every subject above holds one of these stems: a cheap test that spares the other cells of a big ledger. */
const STEMS = /soliditet|likviditet|resultat|eget kapital|budget|balanskrav|equity|solidity|ratio|liquidity|result|surplus|balance requirement/i;
/** A ledger repeats its texts over thousands of rows: each distinct one is tested once. */
const mayBeGoal = memoByText((text: string) => STEMS.test(text));

/** The goals written as sentences on the given sheets, each once; `skip` says which rows a goals table holds. */
export function readGoalSentences(sheets: readonly SheetData[], skip: (sheet: string, row: number) => boolean): GoalRow[] {
  const goals: GoalRow[] = [];
  const seen = new Set<string>();
  for (const sheet of sheets) {
    sheet.values.forEach((cells, r) => {
      if (skip(sheet.name, r)) return;
      const row = cells ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== 'string' || !mayBeGoal(v)) continue;
        // A sentence in one cell, else a metric and its condition in the next cell (`Soliditet | minst 30 %`),
        // or in the next two when the first holds only the sign (`Soliditet | ≥ | 30 %`). Cells further on are
        // the figures and comments of other columns, never part of the condition.
        // Only the next two cells that hold something are ever used: a ledger row's other figures are not read.
        const alone = readGoalSentence(v);
        const next: string[] = [];
        for (let k = c + 1; !alone && startsWithMetric(v) && k < row.length && next.length < 2; k++) {
          const x = cellText(row[k]).trim();
          if (x !== '') next.push(x);
        }
        const condition = next.length > 1 && !/\d/.test(next[0]) ? next.slice(0, 2) : next.slice(0, 1);
        const spread = alone || condition.length === 0 ? null : readGoalSentence([v, ...condition].join(' '), true);
        const single = alone ?? (spread && { ...spread, name: v.trim() });
        const found = single ? [single] : goalsInParagraph(v);
        if (found.length === 0) continue;
        for (const goal of found) {
          const key = `${goal.metric}|${goal.operator}|${goal.threshold.value.toFixed()}|${goal.threshold.percent}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const cell = cellAddress(r, c);
          goals.push({
            sheet: sheet.name,
            row: r,
            name: goal.name,
            metric: goal.metric,
            cells: { metric: cell, condition: cell, threshold: cell },
            condition: goal.condition,
            operator: goal.operator,
            threshold: goal.threshold,
            thresholdText: goal.threshold.text,
            thresholdUnit: null,
            from: 'sentence',
          });
        }
        break;
      }
    });
  }
  return goals;
}

/** `Finansiella mål`, `Financial goals`: a heading under which goals were meant, on a sheet or as its name. */
const GOALS_HEADING = /^(finansiella mål|finansiellt mål|mål för god ekonomisk hushållning|financial goals|financial targets)(\s+\d{4})?:?$/;
/** Each distinct text of a sheet tested once: a ledger's goal-area column repeats `Mål 1 …` on every row. */
export const isGoalsHeading = memoByText((text: string) => /mål|goals|targets/i.test(text) && GOALS_HEADING.test(normaliseLabel(text)));

export function goalsHeading(sheets: readonly SheetData[]): { sheet: string; cell: string; text: string } | null {
  const heading = GOALS_HEADING;
  for (const sheet of sheets) {
    for (let r = 0; r < sheet.values.length; r++) {
      const row = sheet.values[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === 'string' && isGoalsHeading(v)) return { sheet: sheet.name, cell: cellAddress(r, c), text: v.trim() };
      }
    }
    if (heading.test(normaliseLabel(sheet.name))) return { sheet: sheet.name, cell: 'A1', text: sheet.name };
  }
  return null;
}
