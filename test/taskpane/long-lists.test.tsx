/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { CellValue } from '../../src/core/cells';
import { reconcileSheets } from '../../src/core/reconcile';
import { ChecksList } from '../../src/taskpane/components/ChecksList';
import { STRINGS } from '../../src/taskpane/strings';
import { sheet } from '../helpers/sheets';

test('a workbook with hundreds of findings lists the first 200 in the pane and points to the checks sheet', () => {
  // 250 lines with a budget and no outcome: one "no outcome" finding each.
  const rows: CellValue[][] = [['Konto', 'Budget', 'Utfall'], ...Array.from({ length: 250 }, (_, i) => [`Konto ${4000 + i}`, 1000, null])];
  const { analysis } = reconcileSheets([sheet('Drift', rows)], { lang: 'sv' });
  expect(analysis.checks).toHaveLength(250);
  render(<ChecksList checks={analysis.checks} s={STRINGS.sv} lang="sv" />);
  expect(screen.getAllByRole('listitem')).toHaveLength(200);
  expect(screen.getByText('… och 50 till: alla finns på bladet Kontroller.')).toBeTruthy();
});
