import { useMemo } from 'react';
import { Lang } from '../../core/messages';
import { mergeMappings } from '../../core/read/mapping';
import { RunResult } from '../run-state';
import { Choices, sheetViews } from '../sheet-views';
import { Strings } from '../strings';
import { ChecksList } from './ChecksList';
import { Fees, Goals } from './GoalsAndFees';
import { Deviations } from './ResultsTable';
import { TableChoices, TablesStep } from './TablesStep';

export interface ResultsProps {
  result: RunResult;
  /** The user's choices in Tabeller, shown at once, before the run they start has ended. */
  choices: Choices;
  /** The workbook's name: another workbook's Tabeller starts afresh. */
  workbook: string | undefined;
  s: Strings;
  lang: Lang;
  onSelect?: (sheet: string, cell: string) => void;
  choose: TableChoices;
}

/**
 * What a run found: the deviations, the findings, the financial goals, the member fees and the Tabeller step.
 * A chunk of its own (src/taskpane/results.ts), fetched as the first run starts: the pane's first render
 * shows none of it.
 */
export function Results({ result, choices, workbook, s, lang, onSelect, choose }: ResultsProps) {
  const views = useMemo(
    () =>
      // Only what the views read: a spread of the result would build its JSON (a lazy getter) for nothing.
      sheetViews({
        reading: result.reading,
        heads: result.heads,
        settings: {
          ...result.settings,
          mappings: mergeMappings(result.settings.mappings, choices.mappings),
          conventions: { ...result.settings.conventions, ...choices.conventions },
        },
      }),
    [result, choices],
  );
  const { analysis } = result;
  return (
    <>
      {analysis.tables.length > 0 && <Deviations tables={analysis.tables} thresholds={result.settings.thresholds} s={s} lang={lang} />}
      {(analysis.tables.length > 0 || analysis.checks.length > 0 || analysis.errors.length > 0) && (
        <ChecksList checks={analysis.checks} errors={analysis.errors} s={s} lang={lang} onSelect={onSelect} />
      )}
      <Goals result={result} s={s} lang={lang} />
      <Fees result={result} s={s} lang={lang} />
      {views.length > 0 && <TablesStep key={workbook} views={views} s={s} lang={lang} choose={choose} />}
    </>
  );
}
