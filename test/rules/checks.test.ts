/**
 * SPEC 2.4, Reconciliation checks: the reported deviation column against the recomputed one, control totals,
 * detail against summary across sheets, and unmapped rows; each classified as rounding or mismatch and naming
 * the sheet and cell; each message in Swedish and English.
 */
import { CellValue } from '../../src/core/cells';
import { Check, ReadTable, controlTotalChecks, crossSheetChecks, reportedDeviationChecks, unmappedChecks } from '../../src/core/deviations/checks';
import { checkMessage } from '../../src/core/render/check-text';
import { Convention, detectConvention } from '../../src/core/read/convention';
import { readRows } from '../../src/core/read/rows';
import { findTables } from '../../src/core/read/tables';
import { coverTotals } from '../../src/core/read/totals';
import { PRINTED_STEP_ORE } from '../../src/core/read/units';
import { sheet } from '../helpers/sheets';

/** The first table of a sheet read as analyseWorkbook reads it: rows, convention (or the one given), totals. */
function readTable(name: string, values: CellValue[][], convention?: Convention): ReadTable {
  const s = sheet(name, values);
  const [layout] = findTables(s);
  const rows = readRows(s, layout, []);
  const step = PRINTED_STEP_ORE[layout.unit];
  return {
    layout,
    rows,
    convention:
      convention ??
      detectConvention(
        rows.filter((r) => r.kind === 'item'),
        step,
      ).convention,
    coverage: coverTotals(rows, step),
  };
}
const brief = (checks: readonly Check[]) => checks.map((c) => [c.kind, c.class, c.sheet, c.cell, c.expected, c.found, c.difference]);

describe('SPEC 2.4 reported deviation against the recomputed one', () => {
  it('signed: a reported −200 kr where outcome − budget is −300 kr is a mismatch at D2', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall', 'Avvikelse'],
      ['Löner', -1000, -1300, -200],
      ['Hyra', -500, -400, 100],
    ]);
    expect(t.convention).toBe('signed');
    // Difference found − expected = −200 − (−300) = +100 kr = 10 000 öre; rounding allows 1,5 kr.
    expect(brief(reportedDeviationChecks(t))).toEqual([['reported-deviation', 'mismatch', 'Drift', 'D2', -30_000, -20_000, 10_000]]);
  });

  it('unsigned cost: budget − outcome; a report 1 kr off is rounding', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall', 'Avvikelse'],
      ['Löner', 1000, 1300, -299],
      ['Hyra', 500, 400, 100],
    ]);
    expect(t.convention).toBe('unsigned');
    expect(brief(reportedDeviationChecks(t))).toEqual([['reported-deviation', 'rounding', 'Drift', 'D2', -30_000, -29_900, 100]]);
  });

  it('unsigned income: outcome − budget; a `Bidrag` row reported with the cost formula is a mismatch', () => {
    const t = readTable(
      'Drift',
      [
        ['Post', 'Budget', 'Utfall', 'Avvikelse'],
        ['Löner', 1000, 1300, -300],
        ['Medlemsavgifter', 800, 1000, 200],
        ['Ersättningar', 300, 360, 60],
        ['Hyra', 500, 400, 100],
        ['Bidrag', 500, 700, -200],
      ],
      'unsigned',
    );
    // The column follows the convention on 4 rows (budget − outcome on every row fits only 3): the convention is
    // its formula. Expected for income: 700 − 500 = +200 kr; found −200 kr; difference −400 kr.
    expect(brief(reportedDeviationChecks(t))).toEqual([['reported-deviation', 'mismatch', 'Drift', 'D6', 20_000, -20_000, -40_000]]);
  });

  it("a column written budget − outcome on every row (income too) is the workbook's own formula, not an error", () => {
    const t = readTable(
      'Drift',
      [
        ['Post', 'Budget', 'Utfall', 'Avvikelse'],
        ['Löner', 1000, 1300, -300],
        ['Bidrag', 500, 700, -200],
      ],
      'unsigned',
    );
    expect(reportedDeviationChecks(t)).toEqual([]);
  });

  it('the message names the line, both amounts and the formula, in Swedish and in English', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall', 'Avvikelse'],
      ['Löner', 1000, 1300, -200],
      ['Hyra', 500, 400, 100],
    ]);
    const [c] = reportedDeviationChecks(t);
    expect(checkMessage(c, 'sv')).toBe('Löner: arbetsboken visar avvikelsen −200\u00a0kr, men budget minus utfall är −300\u00a0kr.');
    expect(checkMessage(c, 'en')).toBe('Löner: the workbook shows a deviation of -200 kr, but budget minus outcome is -300 kr.');
  });

  // STYLE.md smell 2 (once a Swedish formula inside the English message): each language names the formula in its own words.
  it('a column of outcome − budget names that formula in both languages', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall', 'Avvikelse'],
      ['Löner', -1000, -1300, -200],
      ['Hyra', -500, -400, 100],
    ]);
    const [c] = reportedDeviationChecks(t);
    expect([checkMessage(c, 'sv'), checkMessage(c, 'en')]).toEqual([
      'Löner: arbetsboken visar avvikelsen −200\u00a0kr, men utfall minus budget är −300\u00a0kr.',
      'Löner: the workbook shows a deviation of -200 kr, but outcome minus budget is -300 kr.',
    ]);
  });

  it('a total of costs only in an unsigned table is checked with the cost formula', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall', 'Avvikelse'],
      ['Löner', 1000, 1300, -300],
      ['Hyra', 500, 400, 100],
      ['Summa', 1500, 1700, 200],
    ]);
    // Expected for the total: 1 500 − 1 700 = −200 kr; printed +200 kr.
    expect(brief(reportedDeviationChecks(t))).toEqual([['reported-deviation', 'mismatch', 'Drift', 'D4', -20_000, 20_000, 40_000]]);
  });

  it('a total over income and costs in an unsigned table is left to the control total', () => {
    const t = readTable(
      'Drift',
      [
        ['Post', 'Budget', 'Utfall', 'Avvikelse'],
        ['Bidrag', 1000, 1300, 300],
        ['Hyra', 500, 400, 100],
        ['Summa', 1500, 1700, 999],
      ],
      'unsigned',
    );
    expect(reportedDeviationChecks(t)).toEqual([]);
  });

  it('a total in a signed table: outcome − budget', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall', 'Avvikelse'],
      ['Bidrag', 1000, 1300, 300],
      ['Hyra', -500, -400, 100],
      ['Summa', 500, 900, 300],
    ]);
    // Expected 900 − 500 = 400 kr; printed 300 kr.
    expect(brief(reportedDeviationChecks(t))).toEqual([['reported-deviation', 'mismatch', 'Drift', 'D4', 40_000, 30_000, -10_000]]);
  });

  it('rows without a reported deviation, a budget or an outcome are not checked; a table without the column gives none', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall', 'Avvikelse'],
      ['Löner', 1000, 1300, null],
      ['Hyra', null, 400, 5],
      ['Data', 100, null, 5],
      ['Moms', -1, -1, 0],
    ]);
    expect(reportedDeviationChecks(t)).toEqual([]);
    expect(
      reportedDeviationChecks(
        readTable('Drift', [
          ['Post', 'Budget', 'Utfall'],
          ['Löner', 1000, 1300],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('SPEC 2.4 control totals', () => {
  it('a total that does not foot is a mismatch on its own cell, per column; a footing column gives nothing', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall'],
      ['Löner', 1000, 1300],
      ['Hyra', 500, 400],
      ['Summa', 1500, 1800],
    ]);
    // Outcome: 1 300 + 400 = 1 700, printed 1 800: +100 kr.
    expect(brief(controlTotalChecks(t))).toEqual([['control-total', 'mismatch', 'Drift', 'C4', 170_000, 180_000, 10_000]]);
  });

  it('a total 1 kr off over two rows is rounding', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall'],
      ['Löner', 1000, 1300],
      ['Hyra', 500, 400],
      ['Summa', 1501, 1700],
    ]);
    expect(brief(controlTotalChecks(t))).toEqual([['control-total', 'rounding', 'Drift', 'B4', 150_000, 150_100, 100]]);
  });

  it('the message names the total, the column, both amounts and the row count, in Swedish and in English', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall'],
      ['Löner', 1000, 1300],
      ['Hyra', 500, 400],
      ['Summa', 1500, 1800],
    ]);
    const [c] = controlTotalChecks(t);
    expect(checkMessage(c, 'sv')).toBe('Summa (Utfall): summaraden visar 1\u00a0800\u00a0kr, raderna den summerar ger 1\u00a0700\u00a0kr (2 rader).');
    expect(checkMessage(c, 'en')).toBe('Summa (Utfall): the total row shows 1,800 kr, the rows it covers sum to 1,700 kr (2 rows).');
  });

  it('a total with nothing above it is an info naming its label cell', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall'],
      ['Summa', 1, 1],
      ['Löner', 1000, 1300],
    ]);
    const checks = controlTotalChecks(t);
    expect(checks.map((c) => [c.class, c.cell, c.messageKey])).toEqual([['info', 'A2', 'check.totalCoversNothing']]);
    expect(checkMessage(checks[0], 'sv')).toBe('Summa: summaraden har inga rader ovanför att summera; en summarad väntades under raderna den summerar.');
    expect(checkMessage(checks[0], 'en')).toBe('Summa: the total row has no rows above it to add up; a total row was expected below the rows it sums.');
  });

  it('a total printed where the covered rows have no value is checked against 0 over 0 rows', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall'],
      ['Löner', 1000, null],
      ['Summa', 1000, 5],
    ]);
    expect(brief(controlTotalChecks(t))).toEqual([['control-total', 'mismatch', 'Drift', 'C3', 0, 500, 500]]);
  });
});

describe('SPEC 2.4 unmapped rows: nothing dropped without a word', () => {
  it('outcome without budget (ej budgeterat), budget 0 with outcome, budget without outcome (inget utfall)', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall'],
      ['Resor', null, 300],
      ['Kurser', 0, 200],
      ['Data', 400, null],
      ['Hyra', 0, 0],
    ]);
    const checks = unmappedChecks(t);
    expect(checks.map((c) => [c.class, c.cell, c.messageKey, c.expected, c.found])).toEqual([
      ['info', 'B2', 'check.notBudgeted', null, 30_000],
      ['info', 'B3', 'check.zeroBudget', 0, 20_000],
      ['info', 'C4', 'check.noOutcome', 40_000, null],
    ]);
    expect(checks.map((c) => checkMessage(c, 'sv'))).toEqual([
      'Resor: utfall 300\u00a0kr men ingen budget (ej budgeterat).',
      'Kurser: utfall 200\u00a0kr mot budget 0; ingen avvikelse i procent.',
      'Data: budget 400\u00a0kr men inget utfall.',
    ]);
    expect(checks.map((c) => checkMessage(c, 'en'))).toEqual([
      'Resor: outcome 300 kr but no budget (not budgeted).',
      'Kurser: outcome 200 kr against a budget of 0; no deviation percentage.',
      'Data: budget 400 kr but no outcome.',
    ]);
  });

  it('a line without a label is named by its row number', () => {
    const t = readTable('Drift', [
      ['Post', 'Budget', 'Utfall'],
      [null, null, 300],
    ]);
    expect(checkMessage(unmappedChecks(t)[0], 'en')).toBe('#2: outcome 300 kr but no budget (not budgeted).');
  });
});

describe('SPEC 2.4 detail against summary, across sheets', () => {
  const detail = (rows: CellValue[][], name = 'Projekt') => readTable(name, [['Målområde', 'Projekt', 'Budget', 'Utfall'], ...rows]);
  const summary = (rows: CellValue[][], name = 'Mål', header: CellValue[] = ['Målområde', 'Budget', 'Utfall']) => readTable(name, [header, ...rows]);

  it('a goal area whose lines do not sum to the summary row is a mismatch on the summary cell', () => {
    const d = detail([
      ['Mål 1', 'A', 100, 90],
      ['Mål 1', 'B', 200, 250],
      ['Mål 2', 'C', 300, 300],
    ]);
    const s = summary([
      ['Mål 1', 300, 400],
      ['Mål 2', 300, 300],
    ]);
    // Mål 1 outcome: 90 + 250 = 340 against 400 printed: found − expected = 340 − 400 = −60 kr.
    expect(brief(crossSheetChecks([d, s]))).toEqual([['cross-sheet', 'mismatch', 'Mål', 'C2', 40_000, 34_000, -6_000]]);
  });

  it('the message names goal, column, both sheets and both amounts, in Swedish and in English', () => {
    const d = detail([
      ['Mål 1', 'A', 100, 90],
      ['Mål 2', 'C', 300, 300],
    ]);
    const s = summary([
      ['Mål 1', 100, 100],
      ['Mål 2', 300, 300],
    ]);
    const [c] = crossSheetChecks([d, s]);
    expect(checkMessage(c, 'sv')).toBe('Mål 1 (Utfall): Mål visar 100\u00a0kr, raderna i Projekt summerar till 90\u00a0kr (1 rader).');
    expect(checkMessage(c, 'en')).toBe('Mål 1 (Utfall): Mål shows 100 kr, the rows in Projekt sum to 90 kr (1 rows).');
  });

  it('a kr detail against a tkr summary: a difference within the summary’s rounding is rounding, not a mismatch', () => {
    const d = detail([
      ['Mål 1', 'A', 1_234_400, 1_000_000],
      ['Mål 1', 'B', 100_300, 1_000_000],
      ['Mål 2', 'C', 500_000, 500_000],
    ]);
    const s = summary(
      [
        ['Mål 1', 1335, 2000],
        ['Mål 2', 500, 500],
      ],
      'Mål',
      ['Målområde', 'Budget (tkr)', 'Utfall (tkr)'],
    );
    // Mål 1 budget: 1 234 400 + 100 300 = 1 334 700 kr against 1 335 tkr: −300 kr, within (2 + 1) / 2 tkr.
    expect(brief(crossSheetChecks([d, s]))).toEqual([['cross-sheet', 'rounding', 'Mål', 'B2', 133_500_000, 133_470_000, -30_000]]);
  });

  it('a goal area in the detail with no summary row is a mismatch on the detail’s first row of it', () => {
    const d = detail([
      ['Mål 1', 'A', 100, 100],
      ['Mål 2', 'B', 200, 200],
      ['Mål 3', 'C', 50, 0],
    ]);
    const s = summary([
      ['Mål 1', 100, 100],
      ['Mål 2', 200, 200],
    ]);
    const checks = crossSheetChecks([d, s]);
    expect(brief(checks)).toEqual([['cross-sheet', 'mismatch', 'Projekt', 'C4', null, 5_000, 5_000]]);
    expect(checkMessage(checks[0], 'en')).toBe('Mål 3: appears in Projekt (1 rows, Budget 50 kr) but has no row in Mål.');
  });

  it('a summary row with no detail lines is a mismatch on the summary cell', () => {
    const d = detail([
      ['Mål 1', 'A', 100, 100],
      ['Mål 2', 'B', 200, 200],
    ]);
    const s = summary([
      ['Mål 1', 100, 100],
      ['Mål 2', 200, 200],
      ['Mål 3', 70, 0],
    ]);
    const checks = crossSheetChecks([d, s]);
    expect(brief(checks)).toEqual([['cross-sheet', 'mismatch', 'Mål', 'B4', 7_000, null, -7_000]]);
    expect(checkMessage(checks[0], 'sv')).toBe('Mål 3: finns i Mål (Budget 70\u00a0kr) men har inga rader i Projekt.');
  });

  it('a table that shares fewer than two goal areas is no summary of the detail', () => {
    const d = detail([
      ['Mål 1', 'A', 100, 100],
      ['Mål 2', 'B', 200, 200],
    ]);
    const s = summary([
      ['Mål 1', 999, 999],
      ['Annat', 1, 1],
    ]);
    expect(crossSheetChecks([d, s])).toEqual([]);
  });

  it('goal areas match as keys: `Mål 1.` and `mål 1` are the same goal area', () => {
    const d = detail([
      ['Mål 1.', 'A', 100, 100],
      ['Mål 2', 'B', 200, 200],
    ]);
    const s = summary([
      ['mål 1', 100, 100],
      ['Mål 2', 200, 200],
    ]);
    expect(crossSheetChecks([d, s])).toEqual([]);
  });

  it('one table alone has nothing to compare with', () => {
    expect(crossSheetChecks([detail([['Mål 1', 'A', 1, 2]])])).toEqual([]);
  });
});
