/**
 * Sentences under a `Finansiella mål` heading that state a goal Avstämning cannot evaluate
 * (`Självfinansieringsgraden ska vara minst 100 %`, `Nettokostnadsandelen ska vara högst 98 %`): the metric is
 * none of the built-in ones and no formula names rows for it. They were left out without a word, so a board
 * paper showed two goals of four as if that were all; now each is named at its cell and not judged.
 */
import { SheetData, cellAddress } from '../cells';
import { InputIssue } from '../issues';
import { GoalRow } from './goals-table';
import { isGoalsHeading, readGoalSentence, sentencesOf } from './sentences';

/** `ska`, `bör`, `shall`: a goal states what is to be. */
const MODAL = /(?<!\p{L})(?:ska|skall|bör|måste|shall|should|must)(?!\p{L})/iu;
/** A condition a goal sets: a bound (`minst`, `högst`, `≥`) or a state (`positivt`, `i balans`). */
const CONDITION =
  /(?<!\p{L})(?:minst|lägst|högst|maximalt|överstiga|understiga|uppgå till|lägre än|högre än|positiv\p{L}*|negativ\p{L}*|i balans|at least|at most|no more than|no less than|exceed|below|above|positive|balanced|in balance)(?!\p{L})|[≥≤<>]/iu;

/**
 * What a financial goal is about: money, the economy, the statements. A verksamhetsmål under the same heading
 * (`Insatstiden ska vara högst 20 minuter`, `Minst 95 % av deltagarna ska …`) is none of the product's business.
 */
const FINANCIAL =
  /kostnad|intäkt|skatt|bidrag|investering|lån|skuld|självfinansiering|kapital|likviditet|soliditet|resultat|budget|ekonomi|pension|kronor|tkr|mnkr|(?<!\p{L})(?:kr|sek|msek|ksek)(?!\p{L})|cost|income|revenue|tax|grant|investment|debt|loan|equity|liquidity|solvency|result|surplus|deficit|pension/iu;

function looksLikeGoal(sentence: string): boolean {
  return MODAL.test(sentence) && CONDITION.test(sentence) && FINANCIAL.test(sentence);
}

/**
 * The goal-like sentences below each goals heading (to the end of its sheet, tables of goals aside) that no goal
 * was read from: each is said at its cell, once.
 */
export function unreadGoalSentences(
  sheets: readonly SheetData[],
  read: readonly GoalRow[],
  inTable: (sheet: string, row: number) => boolean,
  issues: InputIssue[],
): void {
  const readCells = new Set(read.map((g) => `${g.sheet}|${g.cells.metric}`));
  for (const sheet of sheets) {
    let below = isGoalsHeading(sheet.name);
    sheet.values.forEach((cells, r) => {
      (cells ?? []).forEach((v, c) => {
        if (typeof v !== 'string') return;
        if (isGoalsHeading(v)) {
          below = true;
          return;
        }
        if (!below || inTable(sheet.name, r)) return;
        const cell = cellAddress(r, c);
        const whole = readCells.has(`${sheet.name}|${cell}`);
        const sentences = sentencesOf(v.trim());
        for (const sentence of sentences) {
          // A cell read as one goal is one sentence; in a paragraph each sentence is read by itself.
          if (!looksLikeGoal(sentence) || (whole && sentences.length === 1) || readGoalSentence(sentence) !== null) continue;
          issues.push({ key: 'goals.sentenceNotRead', sheet: sheet.name, cell, params: { text: sentence.trim() } });
        }
      });
    });
  }
}
