/**
 * The fast paths of reading a table and rolling it up, against the plain way they replace: rows that keep their
 * rarely filled fields as defaults on a shared prototype (read the same as own fields, copied whole by plainRow),
 * items picked into a list sized once, and groups found without a lookup along a run of one key.
 */
import fc from 'fast-check';
import { CellValue } from '../../../src/core/cells';
import { DEFAULT_THRESHOLDS, LineDeviation, flagRule, groupLines, lineDeviation, rollUp } from '../../../src/core/deviations/figures';
import { Convention } from '../../../src/core/read/convention';
import { AMOUNT_KEYS, TableRow, isTotalLabel, itemsOf, plainRow, readRows } from '../../../src/core/read/rows';
import { findTables } from '../../../src/core/read/tables';
import { sheet } from '../../helpers/sheets';

const RULE = flagRule(DEFAULT_THRESHOLDS);

/** Every field of a TableRow but the optional sheet. */
const FIELDS = [
  'row',
  'kind',
  'label',
  'code',
  'goalArea',
  'section',
  'dimensions',
  'statedType',
  'month',
  'result',
  'known',
  'budget',
  'periodBudget',
  'outcome',
  'forecast',
  'deviation',
  'forecastDeviation',
  'priorYear',
  'unreadable',
] as const;

const amount = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5_000_000_00, max: 5_000_000_00 }).map((ore) => ore / 100) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>('fyrtio', '1 234,50', '(12)', { error: '#N/A' }) },
);
const name = fc.constantFrom('Lokalhyra', 'Löner', 'Intäkter', 'Kostnader', 'Summa', 'Summa kostnader', 'Totalt', 'Resultat', 'Medlemsavgifter', 'Not 3', '');
const row = fc.record({ name, budget: amount, outcome: amount, deviation: amount, forecast: amount });

/** A sheet in one of two shapes: with a printed deviation column or without, so some rows fill it and some do not. */
function tableRows(
  rows: { name: string; budget: CellValue; outcome: CellValue; deviation: CellValue; forecast: CellValue }[],
  withDeviation: boolean,
): TableRow[] {
  const header = withDeviation ? ['Konto', 'Budget', 'Utfall', 'Avvikelse', 'Prognos'] : ['Konto', 'Budget', 'Utfall', 'Prognos'];
  const values: CellValue[][] = [
    header,
    ...rows.map((r) => (withDeviation ? [r.name, r.budget, r.outcome, r.deviation, r.forecast] : [r.name, r.budget, r.outcome, r.forecast])),
  ];
  const s = sheet('Drift', values);
  const [t] = findTables(s, []);
  return t ? readRows(s, t, []) : [];
}

describe('rows with their rare fields left to defaults', () => {
  test('read the same as plain rows with every field their own, and a copy of one loses nothing', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.boolean(), (rows, withDeviation) => {
        const read = tableRows(rows, withDeviation);
        // Sized once and cut: no hole where a blank row was skipped.
        expect(Object.keys(read)).toHaveLength(read.length);
        for (const r of read) {
          const plain = plainRow(r);
          expect(Object.keys(plain).sort()).toEqual([...FIELDS].sort());
          for (const field of FIELDS) {
            // A default is a value (null, false, no dimensions), never undefined; `known` alone is undefined until asked.
            if (field !== 'known') expect(r[field]).not.toBeUndefined();
            expect(plain[field]).toBe(r[field]);
          }
          // The copy a change is made on keeps every field: amounts, flags, everything.
          const copy: TableRow = { ...plainRow(r), section: 'Ny' };
          for (const key of AMOUNT_KEYS) expect(copy[key]).toBe(r[key]);
          expect([copy.unreadable, copy.result, copy.statedType, copy.month, copy.dimensions]).toEqual([
            r.unreadable,
            r.result,
            r.statedType,
            r.month,
            r.dimensions,
          ]);
        }
        expect(itemsOf(read)).toEqual(read.filter((r) => r.kind === 'item'));
      }),
      { numRuns: 150 },
    );
  });

  test('an unreadable amount makes the row unreadable, as its own field, and a readable row says it is not', () => {
    const [readable, unreadable] = tableRows(
      [
        { name: 'Lokalhyra', budget: 100, outcome: 90, deviation: null, forecast: null },
        { name: 'Löner', budget: 'fyrtio', outcome: 90, deviation: null, forecast: null },
      ],
      false,
    );
    expect([readable.unreadable, readable.deviation, readable.periodBudget, readable.priorYear]).toEqual([false, null, null, null]);
    expect([unreadable.unreadable, unreadable.budget]).toEqual([true, null]);
    expect(Object.prototype.hasOwnProperty.call(unreadable, 'unreadable')).toBe(true);
  });
});

describe('a label column read down a run of one text', () => {
  test('tells totals from items as classifying every cell afresh does', () => {
    const goal = fc.constantFrom('Mål 1', 'Mål 2', 'Summa', 'Totalt', 'Summa Mål 1', '');
    const line = fc.constantFrom('Lokalhyra', 'Summa', 'Totalt', 'Löner', 'Politisk verksamhet Summa', '');
    // Runs: the same texts on several rows in a row, as a ledger has them.
    const run = fc.record({ goal, line, repeat: fc.integer({ min: 1, max: 4 }), budget: fc.integer({ min: 1, max: 1_000_000 }).map((n) => n * 10 + 0.25) });
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 20 }), (runs) => {
        const cells: CellValue[][] = [['Målområde', 'Projekt', 'Budget', 'Utfall']];
        for (const r of runs) for (let i = 0; i < r.repeat; i++) cells.push([r.goal, r.line, r.budget, r.budget + i]);
        const s = sheet('Projekt', cells);
        const [t] = findTables(s, []);
        const read = readRows(s, t, []);
        expect(read).toHaveLength(cells.length - 1);
        read.forEach((r, i) => {
          const [g, l] = cells[i + 1] as string[];
          expect(r.kind).toBe(isTotalLabel(g) || isTotalLabel(l) ? 'total' : 'item');
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('groups found along runs of one key', () => {
  const line = fc.record({
    group: fc.constantFrom('Mål 1', 'Mål 2', 'Mål 3', null),
    // Runs: the same group for several lines in a row, as a sorted ledger has them.
    repeat: fc.integer({ min: 1, max: 5 }),
    label: fc.constantFrom('Lokalhyra', 'Medlemsavgifter', 'Bidrag', 'Löner'),
    budget: fc.option(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), { nil: null }),
    outcome: fc.option(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), { nil: null }),
  });

  test('give each group and the total the same figures as rolling each group up on its own', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 25 }), fc.constantFrom<Convention>('signed', 'unsigned', 'ledger'), (spec, convention) => {
        const lines: LineDeviation[] = [];
        for (const s of spec) {
          for (let i = 0; i < s.repeat; i++) {
            const r: TableRow = {
              row: lines.length + 3,
              kind: 'item',
              label: s.label,
              code: null,
              goalArea: s.group,
              section: null,
              dimensions: [],
              statedType: null,
              month: null,
              result: false,
              budget: s.budget,
              periodBudget: null,
              outcome: s.outcome,
              forecast: null,
              deviation: null,
              forecastDeviation: null,
              priorYear: null,
              unreadable: false,
            };
            lines.push(lineDeviation(r, convention, RULE));
          }
        }
        const { groups, total } = groupLines(lines, (l) => l.goalArea, 'Övrigt', RULE, convention);
        const names = [...new Set(lines.map((l) => l.goalArea ?? 'Övrigt'))];
        expect(groups.map((g) => g.name)).toEqual(names);
        for (const g of groups) {
          const alone = rollUp(
            lines.filter((l) => (l.goalArea ?? 'Övrigt') === g.name),
            RULE,
            convention,
          );
          expect(g).toEqual({ name: g.name, ...alone });
        }
        expect(total.lineCount).toBe(lines.length);
        expect(total.kind).toBe(new Set(groups.map((g) => g.kind)).size === 1 ? groups[0].kind : 'net');
      }),
      { numRuns: 150 },
    );
  });
});
