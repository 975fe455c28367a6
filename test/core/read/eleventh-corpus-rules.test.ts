/**
 * The reading rules the eleventh layout corpus taught: budget-against-outcome tables as the economists of förbund
 * lay them out. One rule at a time, at its edge, with figures worked out by hand. (The corpus itself runs in
 * test/layouts11.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { matchHeader } from '../../../src/core/read/headers';
import { sheet } from '../../helpers/sheets';
import { formatted } from '../../helpers/formats';
import { kr } from '../../helpers/money';

const run = (sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

describe('Outturn', () => {
  test('Outturn 2025 is the outcome, and Surplus/(deficit) for the year a total', () => {
    expect(matchHeader('Outturn 2025')?.role).toBe('outcome');
    const t = run([
      sheet('Outturn', [
        ['Item', 'Budget 2025', 'Outturn 2025'],
        ['Member contributions', 100, 100],
        ['Staff costs', 60, 70],
        ['Surplus/(deficit) for the year', 40, 30],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.outcome), kr(l.deviation)])).toEqual([
      ['Member contributions', '100', '0'],
      ['Staff costs', '70', '-10'],
    ]);
  });
});

describe('a unit written in the number format', () => {
  const rows = [
    ['Verksamhet', 'Budget', 'Utfall'],
    ['Kansli', 4850, 4712],
    ['IT', 9320, 9876],
  ];
  const read = (code: string) => run([formatted(sheet('Uppf', rows), { 'B2:C3': code })]).analysis.tables[0].lines.map((l) => [kr(l.budget), kr(l.deviation)]);

  test('#,##0" tkr" shows thousands: the cells hold tkr', () => {
    expect(read('#,##0" tkr";-#,##0" tkr"')).toEqual([
      ['4850000', '138000'],
      ['9320000', '-556000'],
    ]);
    expect(read('#,##0\\ \\m\\n\\k\\r')[0][0]).toBe('4850000000');
  });

  test('#,##0," tkr" shows kronor divided by 1 000: the cells hold kronor', () => {
    expect(read('#,##0," tkr"')[0][0]).toBe('4850');
  });
});

describe('a sum row with no label', () => {
  test('two of its three amounts foot: a total, and the stale one is named', () => {
    const r = run([
      sheet('Insatser', [
        ['Insats', 'Budget 2025', 'Utfall 2025', 'Avvikelse'],
        ['ALIR', 100, 90, 10],
        ['Hälsolotsen', 50, 60, -10],
        [null, 150, 140, 0],
      ]),
    ]);
    const t = r.analysis.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['ALIR', 'Hälsolotsen']);
    // The outcome's sum is named; the deviation, which no longer agrees with it, may be too.
    expect(r.analysis.checks.filter((c) => c.class === 'mismatch').map((c) => c.cell)).toContain('C4');
  });

  test('one amount that happens to foot does not make a total', () => {
    const t = run([
      sheet('Insatser', [
        ['Insats', 'Budget 2025', 'Utfall 2025'],
        ['ALIR', 100, 90],
        ['Hälsolotsen', 50, 60],
        [null, 150, 20],
      ]),
    ]).analysis.tables[0];
    expect(t.lines).toHaveLength(3);
  });
});

describe('tertials beside the year so far and the year', () => {
  test('Utfall T1 | Utfall T2 | Utfall ack T2: the accumulated outcome, for eight months', () => {
    const t = run([
      sheet('T2', [
        ['Post', 'Budget 2025', 'Utfall T1', 'Utfall T2', 'Utfall ack T2'],
        ['Löner', 120, 40, 42, 82],
        ['Hyra', 60, 20, 20, 40],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.periodBudget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['Löner', '80', '82', '-2'],
      ['Hyra', '40', '40', '0'],
    ]);
  });

  test('T1 | T2 | T3 | Helår under a merged Utfall 2025: Helår is the outcome, the tertials its parts', () => {
    const r = run([
      sheet('T3', [
        ['Verksamhet', 'Budget 2025', 'Utfall 2025', null, null, null, 'Avvikelse'],
        [null, null, 'T1', 'T2', 'T3', 'Helår'],
        ['Buss', 300, 100, 98, 112, 310, -10],
        ['Skolskjuts', 44, 15, 10, 17, 42, 2],
      ]),
    ]);
    expect(r.analysis.errors).toEqual([]);
    expect(r.analysis.tables[0].lines.map((l) => [l.name, kr(l.outcome), kr(l.deviation)])).toEqual([
      ['Buss', '310', '-10'],
      ['Skolskjuts', '42', '2'],
    ]);
  });
});

describe('months beside the sum of them', () => {
  test('jan … mar | Summa ack | Årsbudget: the months say how far, Summa ack is the outcome', () => {
    const r = run([
      sheet('Månad', [
        ['Konto', 'Benämning', 'jan', 'feb', 'mar', 'Summa ack', 'Årsbudget', 'Kvar'],
        ['3041', 'Medlemsavgifter', 100, 0, 0, 100, 1200, 1100],
        ['4010', 'Löner', 90, 95, 92, 277, 1150, 873],
      ]),
    ]);
    expect(r.analysis.errors).toEqual([]);
    expect(r.analysis.tables[0].lines.map((l) => [l.name, kr(l.periodBudget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['3041 Medlemsavgifter', '300', '100', '-200'],
      ['4010 Löner', '287.5', '277', '10.5'],
    ]);
  });

  test('months that do not add up to it are left alone', () => {
    const r = run([
      sheet('Månad', [
        ['Konto', 'Benämning', 'jan', 'feb', 'mar', 'Summa ack', 'Årsbudget'],
        ['4010', 'Löner', 90, 95, 92, 270, 1150],
        ['4710', 'Avgifter', 30, 31, 30, 91, 360],
      ]),
    ]);
    expect(r.analysis.tables[0].layout.months.outcome).toBeUndefined();
    expect(r.analysis.errors.map((e) => e.key)).toContain('table.partYearUnknown');
  });
});

describe('a deviation written without sign, its direction in words beside it', () => {
  const rows = (words: [string, string]) => [
    ['Verksamhet', 'Budget 2025', 'Utfall 2025', 'Avvikelse', 'Över-/underskott'],
    ['Lönecenter', 100, 90, 10, words[0]],
    ['IT-drift', 200, 230, 30, words[1]],
  ];
  const mismatches = (words: [string, string]) =>
    run([sheet('Nämnder', rows(words))])
      .analysis.checks.filter((c) => c.kind === 'reported-deviation' && c.class === 'mismatch')
      .map((c) => c.cell);

  test('Överskott is favourable and Underskott not: the word gives the sign, and no mismatch is found', () => {
    expect(mismatches(['Överskott', 'Underskott'])).toEqual([]);
  });

  test('a word that disagrees with the figures is still a mismatch', () => {
    expect(mismatches(['Underskott', 'Underskott'])).toEqual(['D2']);
  });
});

describe('blocks named in a cell merged down beside Intäkter / Kostnader / Netto', () => {
  test('the block is the group, its Intäkter and Kostnader the lines, Netto and a Totalt block totals', () => {
    const r = run([
      sheet('Drift', [
        [null, null, 'Budget 2025', 'Utfall 2025'],
        ['Räddning', 'Intäkter', 10, 12],
        [null, 'Kostnader', -50, -55],
        [null, 'Netto', -40, -43],
        ['Kansli', 'Intäkter', 100, 100],
        [null, 'Kostnader', -20, -18],
        [null, 'Netto', 80, 82],
        ['Totalt förbundet', 'Intäkter', 110, 112],
        [null, 'Kostnader', -70, -73],
        [null, 'Netto', 40, 39],
      ]),
    ]);
    const t = r.analysis.tables[0];
    expect(t.lines.map((l) => [l.name, l.source.dimensions[0], kr(l.deviation)])).toEqual([
      ['Intäkter', 'Räddning', '2'],
      ['Kostnader', 'Räddning', '-5'],
      ['Intäkter', 'Kansli', '0'],
      ['Kostnader', 'Kansli', '2'],
    ]);
    expect(r.analysis.checks.filter((c) => c.class === 'mismatch')).toEqual([]);
  });

  test('unsigned, the name written once, Nettokostnad closing each block', () => {
    const t = run([
      sheet('Verksamheter', [
        [null, null, 'Budget', 'Utfall'],
        ['Kultur', 'Intäkter', 3, 4],
        [null, 'Kostnader', 20, 22],
        [null, 'Nettokostnad', 17, 18],
        ['Kansli', 'Intäkter', 1, 1],
        [null, 'Kostnader', 10, 9],
        [null, 'Nettokostnad', 9, 8],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => [l.name, l.source.dimensions[0], l.type, kr(l.deviation)])).toEqual([
      ['Intäkter', 'Kultur', 'income', '1'],
      ['Kostnader', 'Kultur', 'cost', '-2'],
      ['Intäkter', 'Kansli', 'income', '0'],
      ['Kostnader', 'Kansli', 'cost', '1'],
    ]);
  });
});

describe("a line's side from its own reported deviation", () => {
  const table = (extra: (string | number)[][] = []) => [
    ['Post', 'Budget 2025', 'Utfall 2025', 'Avvikelse'],
    ['Övriga intäkter', 100, 90, -10],
    ['Personalkostnader', 200, 220, -20],
    ['Lokalkostnader', 50, 40, 10],
    // A fee by its name, but a cost here: the table's own Avvikelse is budget − utfall.
    ['Behandlingsavgifter', 300, 330, -30],
    ...extra,
  ];
  const read = (rows: (string | number | null)[][]) => {
    const r = run([sheet('Utfall', rows)]);
    const line = r.analysis.tables[0].lines.find((l) => l.name === 'Behandlingsavgifter')!;
    return { type: line.type, checks: r.analysis.checks.map((c) => [c.cell, c.class]) };
  };

  test('a line whose side is only guessed from its name follows its deviation, named at the cell', () => {
    expect(read(table())).toEqual({ type: 'cost', checks: [['D5', 'info']] });
  });

  test('not when a line of firm side disagrees with the column: then the column is not trusted', () => {
    expect(read(table([['Övriga kostnader', 10, 20, 10]]))).toEqual({
      type: 'income',
      checks: [
        ['D5', 'mismatch'],
        ['D6', 'mismatch'],
      ],
    });
  });

  test('not with fewer than three lines of firm side to tell the column', () => {
    expect(read(table().filter((r) => r[0] !== 'Lokalkostnader')).type).toBe('income');
  });

  test('not when the lines of firm side are all of one side: Utfall − Budget on every row agrees with them too', () => {
    const rows = [
      ['Post', 'Budget 2025', 'Utfall 2025', 'Diff'],
      ['Övriga intäkter', 100, 90, -10],
      ['Ränteintäkter', 20, 25, 5],
      ['Hyresintäkter', 50, 60, 10],
      ['Övrigt', 300, 330, 30],
      ['Behandlingsavgifter', 40, 50, 10],
    ];
    const t = run([sheet('Utfall', rows)]).analysis.tables[0];
    expect(t.lines.find((l) => l.name === 'Övrigt')!.type).toBe('cost');
  });
});
