/** The README of test/fixtures/layouts13: what the corpus is, how it is kept independent, and one row per fixture. */
import { Expected } from '../layouts/expected';
import { corpusReadme } from '../corpus-readme';

export const BEYOND_SPEC: Record<string, string> = {
  'medlemmar-som-kolumner-kommun-ale-alingsas-lerum-summa-rader-invanare-andel-avgift':
    'SPEC 3.2 describes a members table with one member a row; here the members are the columns and Invånare, Andel and the fee are rows',
  'avgift-per-medlemstyp-kommunerna-en-sats-per-invanare-regionen-en-annan':
    'two rates named by member type ("…, kommun", "…, region") chosen by a Medlemstyp column; SPEC 3.1 names one rate per invånare',
  'avgift-per-invanare-dock-lagst-50-000-kr-per-medlem-smakommunen-betalar-golvet':
    'a floor under a rate is applied member by member (the larger of rate × population and the floor); SPEC 3.1 does not name floors',
  'avgift-kr-per-invanare-dock-hogst-600-000-kr-den-storsta-kommunen-betalar-taket':
    'a cap over a rate is applied member by member (the smaller of rate × population and the cap)',
  'belopp-att-fordela-efter-invanare-lagst-150-000-kr-utan-regel-for-mellanskillnaden':
    'a floor under a shared total without a rule for who bears the difference is named at its cell and no fee is computed (SPEC 1.3: never invent a figure)',
  'andel-av-gemensamma-kostnader-efter-invanare-plus-egna-bestallningar-fast-summa':
    'a fee in two parts: a share of a joint cost by population and a set sum per member in its own column (SPEC 3.1 names fixed amounts and mixes, not a per-member set sum beside a share)',
  'avgift-2025-och-2026-forandring-i-procent-och-datum-for-medlemmens-beslut':
    "of two fee columns by year, the fee year's is the fee; last year's is no second charge",
  'delarsrapport-finansiella-mal-malvarde-utfall-prognos-utan-rakenskaper':
    'a goal that cannot be computed for want of statements is named at its cell, as SPEC 5 asks for a goal it cannot evaluate',
};

export function readme(all: Expected[]): string {
  return corpusReadme(
    {
      title: 'Layout corpus 13: member fees and financial goals in shapes layouts6 and layouts10 do not hold',
      generatedBy: `\`npm run layouts13\` (scripts/make-layouts13.ts and scripts/layouts13/, on the helpers of
scripts/layouts2/, scripts/layouts6/ and scripts/layouts10/)`,
      intro: `A thirteenth look at fees and goals. Fees: members as columns (Kommun | Ale | Alingsås | … | Summa, with
Invånare, Andel and Medlemsbidrag as rows); one rate per invånare for the kommuner and another for the region; SCB's
table pasted with "1440 Ale" in one cell under "region" and the population under a bare "2024"; a rate with a
floor per member ("dock lägst 50 000 kr") and one with a cap ("Högsta avgift per kommun"); a floor under a shared total with no rule for the difference (named,
no fee computed); a share of a joint cost plus a set sum for own orders; last year's and this year's fee beside the
change in % and each member's approval. Goals: a delårsrapport's Målvärde | Utfall | Prognos table with no
statements (each goal named, none judged); "≥ 2 %" in the cell beside the metric's name; an income statement and a
balance sheet side by side on one sheet.

First sight: the product at 25cd6ac (main, before any change for this corpus) read 3 of the 11 right (fees 2/8,
goals 1/3). It read no members laid out as columns; took "Fördelningsnyckel" without a rate for an error where the
amount to share was named "Gemensamma kostnader att fördela"; ignored a floor and a cap (and called the officer's
right cells stale); read a "Summa" in the second column as a member without a name; found no Invånare column under
SCB's bare "2024"; said nothing of a floor under a shared total; asked for "Summa omsättningstillgångar" for
liquidity and read no "Resultat i förhållande till medlemsavgifter" in a Nyckeltal | Mål table; and found no Eget
kapital in a balance sheet standing beside the income statement. \`score.json\` holds the last measured state.`,
      dir: 'test/fixtures/layouts13',
      beyondSpec: BEYOND_SPEC,
    },
    all,
  );
}
