/** test/fixtures/layouts/README.md, written by the generator so that its table never drifts from the fixtures. */
import { Expected } from './expected';

const FAMILY_TEXT: Record<string, string> = {
  ledger: 'Ledger exports (huvudbok, resultatrapport) from Raindance, Unit4/Agresso, Visma and a printed ledger pasted as text',
  pivot: 'Pivot tables of a ledger pasted as values (compact and tabular outlines)',
  statement: 'Statements: driftredovisning, resultaträkning, Visma resultatrapport, signed and unsigned',
  interim: 'Interim reports: delårsrapport, tertialrapport, månadsuppföljning',
  'goal-area': 'Goal-area summaries of samordningsförbund and regionförbund',
  months: 'Two-row and merged headers, months as columns',
  english: 'English workbooks',
  'missing-role': 'A role truly missing: no deviation may be given',
  join: 'Budget on one sheet, ledger on another: join, periods, mappings',
  fees: 'Member fee sheets as a finance officer keeps them',
  goals: 'Financial goals written as sentences beside BR and RR',
  odd: 'Laid out the way a person who never saw any list would lay them out',
};

const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function readme(fixtures: Expected[]): string {
  const families = [...new Set(fixtures.map((f) => f.family))];
  const rows = fixtures.map(
    (f) => `| \`${f.file.replace(/\.xlsx$/, '')}\` | ${f.family}${f.system ? ` (${f.system})` : ''} | ${cell(f.source)} | ${cell(f.tests)} |`,
  );
  return `# Layout corpus: workbooks as they are really kept

${fixtures.length} workbooks laid out the way Swedish kommunalförbund, regionförbund, samordningsförbund,
samarbetskommittéer and kommuner keep them, each with \`<name>.expected.json\`: what a careful economist expects
from it, computed by the generator from its own source data, never from \`src/\`. This corpus is how the reading
side (issues 14, 15, 16) is measured before and after; the product is judged on other people's workbooks of the
same kinds, so the fixtures aim at breadth and realism rather than at what a reader finds easy.

Generated, do not edit by hand:

\`\`\`
npm run layouts                              # node --import tsx scripts/make-layouts.ts [name…]
npm run build:cli && npm run score-layouts   # node --import tsx scripts/score-layouts.ts [name…]
npm run score-layouts -- --self-test         # the scorer against a perfect and a spoiled answer, no build needed
\`\`\`

\`make-layouts\` writes every workbook byte-deterministically (fixed document dates and zip timestamps; each is
built twice and must come out identical) and checks each expectation a second way before writing it: the
workbook is read back with ExcelJS, every line's amounts are parsed from the cells by the generator's own reader
(numbers, \`1 234,50\`, \`12 345-\`, formulas' cached values), and the lines, groups, totals, join sums, fees and
goal values are recomputed from those cells and compared with the expectation (\`scripts/layouts/verify.ts\`).
A disagreement fails the run, so an expectation cannot be silently wrong.

\`score-layouts\` runs \`node dist/cli/main.js <file> --json -\` on every fixture, compares the JSON with the
expectation, prints \`✔ name\` or \`✖ name: first three reasons\`, a line per family and \`N of M read right\`, and
writes \`score.json\` (all reasons, per fixture). \`score.json\` in git is the last measured state; its
\`productCommit\` says of which product.

\`test/layouts/corpus.test.ts\` keeps the corpus honest in the ordinary test run: the committed files are exactly
the generator's fixtures (three of them regenerated and compared byte for byte), and for every expectation the
scorer accepts a perfect answer and rejects one with a single öre changed (or a deviation invented where a role is
missing). The product's score itself is measured, not asserted.

## Families

${families.map((f) => `- **${f}** (${fixtures.filter((x) => x.family === f).length}): ${FAMILY_TEXT[f] ?? ''}`).join('\n')}

## Fixtures

Each expectation's \`description\` says in full what an economist expects and why; here, what each imitates and
what it tests.

| fixture | family | imitates | tests |
|---|---|---|---|
${rows.join('\n')}

## The expectation format

The TypeScript type is \`Expected\` in \`scripts/layouts/expected.ts\`. It is semantic: it says what the workbook
holds, not how the product names its output.

\`\`\`
{ file, family, system?, description, source?, tests,
  tables: [ { sheet, headerRow (1-based, the last header row), unit: 'kr'|'tkr'|'mnkr', convention: 'signed'|'unsigned'|'ledger',
              deviations: true|false, missingRole?: 'budget'|'outcome',
              columns?: { budget: 'C', outcome: 'D', periodBudget, forecast, deviation, priorYear, line, code, goalArea, dimension, comment },
              groupBy?: 'goalArea' | '<dimension header text>' | 'accountClass' | 'outline',
              period?: { months, basis: 'column'|'months'|'pro-rata' },
              lines: [ { key, row?, budget?, periodBudget?, outcome?, forecast?, deviation?, forecastDeviation?, favourable?, side?, group? } ],
              lineCount, groups?: [ { key, budget, outcome, deviation, … } ], total?: { budget, outcome, deviation, … } } ],
  join?: { budgetSheet, outcomeSheet, key: ['account'] | ['account','ansvar'], convention, lines: [ { key: [..], budget, periodBudget?, outcome, deviation } ],
           onlyBudget, onlyOutcome, duplicates, groupBy?, groups?, unmapped?, total: { budget, outcome }, ytd?: { months, basis, budget, outcome, deviation } },
  checks?: [ { kind, sheet, cell, why } ], mustNotFlag?, errors?: [ { sheet, cell, why } ],
  fees?: { total, members: [ { member, fee } ], stale?: [ { sheet, cell, found, expected } ], memberTolerance? },
  goals?: [ { text, metric, value, unit: 'kr'|'%'|'ratio', met } ] }
\`\`\`

Rules the expectations follow (SPEC 1.5, 2.1, 2.6):
- Amounts are kronor as plain decimal strings (\`"-1234.5"\`); \`null\` is no value, never zero; a field left out is not judged.
- Deviation: signed table outcome − budget; unsigned budget − outcome for costs and outcome − budget for income; ledger
  budget − outcome on every row. Positive is favourable. No deviation when budget or outcome is missing.
- Interim tables compare the outcome with the budget for the same months: a given period budget (\`basis: 'column'\`),
  the budget's own months (\`'months'\`), or full-year budget × months / 12 (\`'pro-rata'\`, half away from zero in öre;
  the scorer allows one öre per line there). \`forecastDeviation\` is forecast against the full-year budget.
- Groups and totals add their lines exactly. Signed and ledger tables add amounts as they stand. An unsigned table that
  mixes income and costs gives its budget and outcome as the result (income − costs) with \`net: true\`; the net cost
  (the negation) is accepted too, the deviation is the same. With lines left out (\`leftOut\`), budget and outcome may
  be summed over every value present or over the compared lines only (\`comparedOnly\`).
- A big ledger lists a sample of its lines (at least 10, with the quirky ones) and \`lineCount\`.

How the scorer matches: tables by sheet (several tables on one sheet by the rows their range covers); a line key
matches a JSON line whose normalised name equals or contains it, the row deciding between repeats; a group key a
group name that equals, starts with or contains it; amounts exactly. \`deviations: false\` means no deviation and no
flag on any line of that sheet. Checks, errors and stale fee cells by sheet and cell; a mismatch finding on a row the
expectation does not name, an error on a good cell, deviations on a sheet with no budget table, fees for names that
are not members and goals the workbook does not state all count against the product. Fees by member (a member's
charges added), goals by a word of the metric (the 2024 result when there are several years). The \`reading\`
report and the join output are judged when the JSON has them (\`reading[].columns[].role\`; \`join\`/\`joins\` with
\`lines\`, \`groups\`, \`total\`, \`ytd\`, or joined lines in a deviation table on either sheet); a join fixture fails
while no joined lines are shown. Adjust \`scoreJoin\` in \`scripts/score-layouts.ts\` when the join output's shape is
settled.
`;
}
