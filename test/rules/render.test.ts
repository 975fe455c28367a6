/**
 * What the user reads (SPEC 2.3, 6): the percentage's sign on a signed table's cost lines in the sheet's
 * Avvikelse %, the command line's summary and the pane (which shows deviationPercent); flags as a word with an
 * icon, never colour alone; Gynnsam at a zero deviation; both languages.
 */
import { Analysis, TableResult } from '../../src/core/deviations/analyze';
import { DEFAULT_THRESHOLDS, deviationPercent, flagRule, groupByGoalArea, lineDeviation } from '../../src/core/deviations/figures';
import { formatPercent } from '../../src/core/render/format';
import { TableRow } from '../../src/core/read/rows';
import { TableLayout } from '../../src/core/read/tables';
import { Check } from '../../src/core/deviations/checks';
import { summaryText } from '../../src/cli/summary';
import { Decimal } from '../../src/core/decimal';
import { Money } from '../../src/core/money';
import { Reconciliation } from '../../src/core/reconcile';
import { checksSheet } from '../../src/core/render/checks-sheet';
import { deviationsSheet } from '../../src/core/render/deviations-sheet';
import { Lang } from '../../src/core/messages';
import { OutputSheet } from '../../src/core/render/output';

const RULE = flagRule(DEFAULT_THRESHOLDS);

function item(label: string, budget: Money, outcome: Money, goalArea: string, row: number): TableRow {
  return {
    row,
    kind: 'item',
    label,
    goalArea,
    code: null,
    section: null,
    statedType: null,
    dimensions: [],
    month: null,
    result: false,
    budget,
    periodBudget: null,
    outcome,
    forecast: null,
    deviation: null,
    forecastDeviation: null,
    priorYear: null,
    unreadable: false,
  };
}

/**
 * A signed table: Intäkter +2 000 000 kr budget, +2 000 000 kr outcome (zero deviation); Löner −2 000 000 kr
 * budget, −2 100 000 kr outcome: deviation −100 000 kr = −5 % of |−2 000 000|, flagged (exactly both limits).
 */
function signedTable(): TableResult {
  const rows = [item('Intäkter', 200_000_000, 200_000_000, 'Mål 1', 3), item('Löner', -200_000_000, -210_000_000, 'Mål 2', 4)];
  const lines = rows.map((r) => lineDeviation(r, 'signed', RULE));
  const layout = { sheet: 'Drift', labelRole: 'line', headerRows: [2], headerRow: 2, firstCol: 0, labelCol: 0 } as unknown as TableLayout;
  return {
    sheet: 'Drift',
    range: 'A3:C5',
    unit: 'kr',
    convention: 'signed',
    conventionReason: 'negative-budget',
    layout,
    grouping: { by: 'goalArea' },
    period: null,
    lines,
    ...groupByGoalArea(lines, 'Drift', RULE),
  };
}

const analysis = (checks: Check[] = []): Analysis => ({ tables: [signedTable()], groupMaps: [], oneSided: [], checks, errors: [] });

/** The data rows of a generated sheet as records keyed by its own column headers. */
function records(out: OutputSheet): Record<string, unknown>[] {
  return out.table.rows.map((r) => Object.fromEntries(out.table.columns.map((c, i) => [c.header, r[i]])));
}

describe('the percentage on a signed table’s cost line is negative when the deviation is unfavourable', () => {
  it('the pane and the summary show deviationPercent: −100 000 kr of a −2 000 000 kr budget is −5,0 %', () => {
    const löner = signedTable().lines[1];
    expect(deviationPercent(löner)?.toFixed()).toBe('-5');
    expect(formatPercent(deviationPercent(löner), 'sv')).toBe('\u22125,0\u00a0%');
  });

  it('the Avvikelse % cell of the sheet is −0,05 (shown as −5,0 %)', () => {
    const löner = records(deviationsSheet(analysis(), 'sv', DEFAULT_THRESHOLDS)).find((r) => r.Rad === 'Löner')!;
    expect([löner.Avvikelse, löner['Avvikelse %']]).toEqual([-100000, -0.05]);
  });

  it('the command line’s summary shows −5,0 % on the goal area of the cost line, and says it is material in words', () => {
    const text = summaryText({ analysis: analysis(), goals: null, fees: null } as unknown as Reconciliation, 'sv');
    const mål2 = text.split('\n').find((l) => l.trim().startsWith('Mål 2'))!;
    expect(mål2).toContain('\u22125,0\u00a0%');
    expect(mål2).toContain('▼ Ogynnsam, väsentlig');
    const en = summaryText({ analysis: analysis(), goals: null, fees: null } as unknown as Reconciliation, 'en');
    expect(en.split('\n').find((l) => l.trim().startsWith('Mål 2'))).toContain('-5.0%  ▼ Unfavourable, material');
  });
});

describe('SPEC 2.3 and 6 assessment and flag words on the Avvikelser sheet', () => {
  it.each<[Lang, string, string]>([
    ['sv', 'Gynnsam', '▼ Ogynnsam, väsentlig'],
    ['en', 'Favourable', '▼ Unfavourable, material'],
  ])('%s: a zero deviation is %p; −100 000 kr at −5 % (both limits, exactly) is %p', (lang, favourable, unfavourable) => {
    const out = deviationsSheet(analysis(), lang, DEFAULT_THRESHOLDS);
    const col = out.table.columns.findIndex((c) => c.header === (lang === 'sv' ? 'Bedömning' : 'Assessment'));
    const line = (name: string) => out.table.rows.find((r) => r[1] === name)!;
    expect([line('Intäkter')[col], line('Löner')[col]]).toEqual([favourable, unfavourable]);
  });

  it('colour follows the words: an unfavourable material deviation marks its whole row, a favourable one its word only', () => {
    const out = deviationsSheet(analysis(), 'sv', DEFAULT_THRESHOLDS);
    const col = out.table.columns.findIndex((c) => c.header === 'Bedömning');
    expect(out.table.conditional).toEqual([
      { column: col, when: { equals: '▼ Ogynnsam, väsentlig' }, style: 'bad', wholeRow: true },
      { column: col, when: { equals: '▲ Gynnsam, väsentlig' }, style: 'good', wholeRow: false },
    ]);
  });

  it('the note states the limits in plain words, in the sheet’s language', () => {
    expect(deviationsSheet(analysis(), 'sv', DEFAULT_THRESHOLDS).notes[1]).toContain(
      'Väsentlig avvikelse: minst 100\u00a0000\u00a0kr och minst 5,0\u00a0% från budget',
    );
    expect(deviationsSheet(analysis(), 'en', { amountKr: new Decimal(50000), percent: new Decimal('2.5') }).notes[1]).toContain(
      'Material deviation: at least 50,000 kr and at least 2.5% from budget',
    );
  });

  it('goal areas, their lines and the total, each line with its source cell', () => {
    const out = records(deviationsSheet(analysis(), 'sv', DEFAULT_THRESHOLDS));
    expect(out.map((r) => [r.Målområde, r.Rad, r.Källa, r.Budget, r.Utfall, r.Avvikelse])).toEqual([
      ['Drift', null, null, null, null, null],
      ['Mål 1', null, null, 2000000, 2000000, 0],
      [null, 'Intäkter', 'Drift!A4', 2000000, 2000000, 0],
      ['Mål 2', null, null, -2000000, -2100000, -100000],
      [null, 'Löner', 'Drift!A5', -2000000, -2100000, -100000],
      ['Totalt', null, 'Drift!A3', 0, -100000, -100000],
    ]);
  });
});

describe('SPEC 2.4 the Kontroller sheet: mismatches first, each class in words', () => {
  const check = (cls: Check['class'], cell: string): Check => ({
    kind: 'control-total',
    class: cls,
    sheet: 'Drift',
    cell,
    expected: 100,
    found: 200,
    difference: 100,
    messageKey: 'check.controlTotal',
    params: { line: 'Summa', column: 'Utfall', count: 2 },
  });

  it('info, rounding and mismatch come out mismatch, rounding, info; words in each language', () => {
    const checks = [check('info', 'A1'), check('rounding', 'B2'), check('mismatch', 'C3'), check('mismatch', 'D4')];
    expect(checksSheet(analysis(checks), 'sv').table.rows.map((r) => [r[1], r[2]])).toEqual([
      ['✖ Stämmer inte', 'Drift!C3'],
      ['✖ Stämmer inte', 'Drift!D4'],
      ['≈ Avrundning', 'Drift!B2'],
      ['ℹ Att känna till', 'Drift!A1'],
    ]);
    expect(checksSheet(analysis(checks), 'en').table.rows.map((r) => r[1])).toEqual([
      '✖ Does not agree',
      '✖ Does not agree',
      '≈ Rounding',
      'ℹ For your information',
    ]);
  });

  it('the summary line counts each class, and lists the mismatches and roundings, not the information', () => {
    const checks = [check('info', 'A1'), check('rounding', 'B2'), check('mismatch', 'C3')];
    const text = summaryText({ analysis: analysis(checks), goals: null, fees: null } as unknown as Reconciliation, 'sv');
    expect(text).toContain('Kontroller: 1 stämmer inte, 1 avrundning, 1 att känna till');
    expect(text).toContain('✖ Drift!C3  Summa (Utfall): summaraden visar 2\u00a0kr, raderna den summerar ger 1\u00a0kr (2 rader).');
    expect(text).toContain('≈ Drift!B2');
    expect(text).not.toContain('Drift!A1');
  });
});

describe('the command line’s summary of the year so far', () => {
  it('shows the budget the deviation is measured against: the period’s (Budget ack), not the year’s (Årsbudget)', async () => {
    const { reconcileSheets } = await import('../../src/core/reconcile');
    const sheet = {
      name: 'Jan',
      values: [
        ['Uppföljning t.o.m. januari 2025 (tkr)'],
        ['Post', 'Årsbudget', 'Budget ack', 'Utfall ack'],
        ['Medlemsbidrag', 9600, 800, 800],
        ['Personal', 1200, 100, 73],
      ],
    };
    const text = summaryText(reconcileSheets([sheet], { lang: 'sv', today: '2026-12-07' }), 'sv').split('\n');
    expect(text[1]).toMatch(/^ {2}Område +Budget för perioden kr +Utfall kr/);
    // Intäkter 800 tkr against 800; Kostnader 73 tkr against 100: 27 tkr under, favourable.
    expect(text.find((l) => l.trim().startsWith('Kostnader'))).toMatch(/Kostnader\s+100\s000\s+73\s000\s+27\s000\s/);
  });
});
