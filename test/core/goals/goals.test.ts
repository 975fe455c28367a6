import { CellValue, SheetData } from '../../../src/core/cells';
import { checkMessage } from '../../../src/core/render/check-text';
import { Decimal } from '../../../src/core/decimal';
import { GoalResult, GoalsOutcome, evaluateGoals, goalsJson, goalsSheet } from '../../../src/core/goals';
import { formatMessage } from '../../../src/core/messages';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

/** A kommunalförbund's statements in mnkr, two years, closed sections as municipal reports print them. */
const balance = sheet('Balansräkning', [
  ['Balansräkning (mnkr)'],
  [],
  ['', 'Not', '2023-12-31', '2022-12-31'],
  ['TILLGÅNGAR'],
  ['Anläggningstillgångar', null, 400, 400],
  ['Omsättningstillgångar'],
  ['Förråd', 5, 2, 1],
  ['Kortfristiga fordringar', 6, 40, 35],
  ['Kassa och bank', 7, 60, 50],
  ['Summa', null, 102, 86],
  ['Summa tillgångar', null, 502, 486],
  ['EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER'],
  ['Eget kapital'],
  ['Årets resultat', null, 12, -3],
  ['Övrigt eget kapital', null, 188, 191],
  ['Summa', null, 200, 188],
  ['Avsättningar', null, 50, 48],
  ['Kortfristiga skulder'],
  ['Leverantörsskulder', null, 30, 25],
  ['Övriga kortfristiga skulder', null, 222, 225],
  ['Summa', null, 252, 250],
  ['Summa eget kapital, avsättningar och skulder', null, 502, 486],
  [],
  ['Ansvarsförbindelser'],
  ['Pensionsförpliktelser som inte upptagits bland skulderna', null, 100, 110],
]);

const income = sheet('Resultaträkning', [
  ['Resultaträkning (mnkr)'],
  ['', '2023', '2022'],
  ['Verksamhetens intäkter', 80, 75],
  ['Verksamhetens kostnader', -68, -78],
  ['Årets resultat', 12, -3],
]);

const budget = sheet('Budget', [
  ['Driftbudget (tkr)'],
  ['Post', 'Budget 2023', 'Utfall 2023'],
  ['Medlemsavgifter', 70000, 70000],
  ['Övriga intäkter', 9000, 10000],
  ['Summa intäkter', 79000, 80000],
  ['Personal', -50000, -49000],
  ['Lokaler', -28500, -19000],
  ['Summa kostnader', -78500, -68000],
]);

function goals(rows: CellValue[][], header: CellValue[] = ['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde']): SheetData {
  return sheet('Mål', [['Finansiella mål'], [], header, ...rows]);
}

function run(goalRows: CellValue[][], others: SheetData[] = [balance, income, budget]): GoalsOutcome {
  const outcome = evaluateGoals([...others, goals(goalRows)], null);
  if (!outcome) throw new Error('no outcome');
  return outcome;
}

/** Year → value as an economist reads it: kronor, or percent with one decimal. */
function byYear(results: GoalResult[]): Record<string, string | null> {
  return Object.fromEntries(results.map((r) => [String(r.year), r.value === null ? null : r.isAmount ? r.value.toFixed() : r.value.times(100).toFixed(1)]));
}

/** Every error as the user reads it; a `{placeholder}` left unfilled would be a bug in the message's parameters. */
function messages(o: GoalsOutcome): string[] {
  return o.errors.map((e) => {
    for (const lang of ['sv', 'en'] as const) expect(formatMessage(e.key, lang, e.params)).not.toMatch(/\{\w+\}/);
    return `${e.sheet}!${e.cell}: ${formatMessage(e.key, 'sv', e.params)}`;
  });
}

describe('built-in metrics over two year columns', () => {
  const o = run([
    ['Soliditet', 'Soliditet', '≥', '35 %'],
    ['Soliditet inkl. pensioner', 'Soliditet inklusive pensionsförpliktelser', '≥', '0 %'],
    ['Kassalikviditet', 'Kassalikviditet', '≥', '1,0'],
    ['Balanslikviditet', 'Balanslikviditet', '>', '100 %'],
    ['Eget kapital', 'Eget kapital', '≥', '190 mnkr'],
    ['Positivt resultat', 'Årets resultat', '>', 0],
  ]);
  const goal = (name: string) => o.goals.filter((g) => g.goal.name === name);

  test('soliditet = eget kapital / summa tillgångar, per year', () => {
    expect(byYear(goal('Soliditet'))).toEqual({ 2023: '39.8', 2022: '38.7' });
    expect(goal('Soliditet').map((g) => g.met)).toEqual([true, true]);
  });

  test('soliditet including the pension commitment outside the balance sheet', () => {
    // (200 − 100) / 502 and (188 − 110) / 486
    expect(byYear(goal('Soliditet inkl. pensioner'))).toEqual({ 2023: '19.9', 2022: '16.0' });
  });

  test('kassalikviditet leaves förråd out; balanslikviditet keeps it', () => {
    // (102 − 2) / 252 and (86 − 1) / 250: both under 1,0
    expect(byYear(goal('Kassalikviditet'))).toEqual({ 2023: '39.7', 2022: '34.0' });
    expect(goal('Kassalikviditet').map((g) => g.met)).toEqual([false, false]);
    expect(byYear(goal('Balanslikviditet'))).toEqual({ 2023: '40.5', 2022: '34.4' });
  });

  test('eget kapital ≥ 190 mnkr: met in 2023, missed by 2 mnkr in 2022', () => {
    const [y2023, y2022] = goal('Eget kapital');
    expect([y2023.year, y2023.met, y2023.margin!.toFixed()]).toEqual([2023, true, '10000000']);
    expect([y2022.year, y2022.met, y2022.margin!.toFixed()]).toEqual([2022, false, '-2000000']);
    expect(y2023.sources).toEqual([{ sheet: 'Balansräkning', cell: 'C16' }]);
  });

  test('årets resultat from the income statement', () => {
    expect(byYear(goal('Positivt resultat'))).toEqual({ 2023: '12000000', 2022: '-3000000' });
    expect(goal('Positivt resultat').map((g) => g.met)).toEqual([true, false]);
  });

  test('no errors, no checks: the balance sheet balances', () => {
    expect(o.errors).toEqual([]);
    expect(o.checks).toEqual([]);
  });
});

describe('expressions over row labels', () => {
  test('the cells it came from are named, in the order of the expression', () => {
    const o = run([['Likviditet', '(Kortfristiga fordringar + Kassa och bank) / Kortfristiga skulder', '>', '100 %']]);
    expect(byYear(o.goals)).toEqual({ 2023: '39.7', 2022: '34.0' });
    expect(o.goals[0].sources.map((s) => s.cell)).toEqual(['C8', 'C9', 'C21']);
  });

  test('a section-qualified label: Eget kapital › Summa', () => {
    const o = run([['Kapital', 'Eget kapital › Summa - Eget kapital › Årets resultat', '>', '0 mnkr']]);
    expect(byYear(o.goals)).toEqual({ 2023: '188000000', 2022: '191000000' });
  });

  test('division by zero: no value, and a message naming the goal and the divisor', () => {
    const o = run([['Noll', 'Eget kapital / (Avsättningar - Avsättningar)', '>', '1,0']]);
    expect(o.goals.map((g) => [g.value, g.met])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(messages(o)).toEqual([
      'Mål!B4: Noll 2023: division med noll (Avsättningar − Avsättningar är 0); målet får inget värde det året.',
      'Mål!B4: Noll 2022: division med noll (Avsättningar − Avsättningar är 0); målet får inget värde det året.',
    ]);
  });

  test('an empty cell has no value for that year, and says where', () => {
    const gap = sheet('BR2', [['Balansräkning (tkr)'], ['', '2023', '2022'], ['Eget kapital', 100, null], ['Summa tillgångar', 200, 180]]);
    const o = run([['Soliditet', 'Eget kapital / Summa tillgångar', '>', '40 %']], [gap]);
    expect(byYear(o.goals)).toEqual({ 2023: '50.0', 2022: null });
    expect(formatMessage(o.goals[1].notes[0].key, 'sv', o.goals[1].notes[0].params)).toBe(
      'Eget kapital har inget värde för 2022 (BR2!C3); skriv beloppet där.',
    );
  });
});

describe('thresholds', () => {
  test('1,0, 100 % and a cell formatted as percent (holding 1) are the same ratio threshold', () => {
    const o = run([
      ['A', 'Balanslikviditet', '>', '1,0'],
      ['B', 'Balanslikviditet', '>', '100 %'],
      ['C', 'Balanslikviditet', '>', 1],
    ]);
    expect(new Set(o.goals.map((g) => g.threshold!.toFixed()))).toEqual(new Set(['1']));
  });

  test('amounts: a unit in the cell, else the unit of the Gränsvärde header, else kronor', () => {
    const o = evaluateGoals(
      [
        balance,
        goals(
          [
            ['A', 'Eget kapital', '≥', '12 mnkr'],
            ['B', 'Eget kapital', '≥', '12 000 tkr'],
            ['C', 'Eget kapital', '≥', 12],
          ],
          ['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde (mnkr)'],
        ),
      ],
      null,
    )!;
    expect(new Set(o.goals.map((g) => g.threshold!.toFixed()))).toEqual(new Set(['12000000']));
  });

  test('conditions at exactly the threshold (eget kapital 200 mnkr in 2023): minst and ≤ and högst are met, > and < are not', () => {
    const o = run([
      ['A', 'Eget kapital', 'minst', '200 mnkr'],
      ['B', 'Eget kapital', '>', '200 mnkr'],
      ['C', 'Eget kapital', '<=', '200 mnkr'],
      ['D', 'Eget kapital', '<', '200 mnkr'],
      ['E', 'Eget kapital', 'högst', '200 mnkr'],
    ]);
    const in2023 = o.goals.filter((g) => g.year === 2023).map((g) => [g.goal.name, g.goal.operator, g.met]);
    expect(in2023).toEqual([
      ['A', '>=', true],
      ['B', '>', false],
      ['C', '<=', true],
      ['D', '<', false],
      ['E', '<=', true],
    ]);
  });
});

describe('budget i balans', () => {
  test('from the budget table: Summa intäkter − |Summa kostnader| in the Budget column', () => {
    const o = run([['Budget i balans', 'Budget i balans', '≥', 0]]);
    expect(o.goals.map((g) => [g.year, g.value!.toFixed(), g.met])).toEqual([[2023, '500000', true]]);
    expect(o.goals[0].sources).toEqual([
      { sheet: 'Budget', cell: 'B5' },
      { sheet: 'Budget', cell: 'B8' },
    ]);
  });

  test('a result row in the budget table wins; its Budget cell is the source', () => {
    const withResult = sheet('Budget', [...budget.values, ['Resultat', 500, 12000]]);
    const o = run([['Budget i balans', 'Budget i balans', '≥', 0]], [withResult]);
    expect(o.goals.map((g) => [g.value!.toFixed(), g.sources])).toEqual([['500000', [{ sheet: 'Budget', cell: 'B9' }]]]);
  });

  test('otherwise the budgeted income and costs the caller summed', () => {
    const o = evaluateGoals([goals([['Budget i balans', 'Budget i balans', '≥', 0]])], { income: new Decimal(100), costs: new Decimal(-120) })!;
    expect(o.goals.map((g) => [g.value!.toFixed(), g.met])).toEqual([['-20', false]]);
  });
});

describe('bad input: clear messages with sheet and cell', () => {
  test('a metric that is neither built in nor a row label, with a suggestion when it is a likely typo', () => {
    const o = run([
      ['A', 'Kassaliktivitet', '>', '100 %'],
      ['B', 'Nettoskuldsättning', '<', '10 mnkr'],
    ]);
    expect(messages(o)).toEqual([
      'Mål!B4: Nyckeltalet ”Kassaliktivitet” är inget inbyggt nyckeltal, och ingen rad i balans- eller resultaträkningen heter så. Menade du ”Kassalikviditet”?',
      expect.stringMatching(/^Mål!B5: Nyckeltalet ”Nettoskuldsättning” är inget inbyggt nyckeltal \(Budget i balans, .*\), och ingen rad/),
    ]);
    expect(o.goals.map((g) => [g.goal.name, g.year, g.value, g.met])).toEqual([
      ['A', null, null, null],
      ['B', null, null, null],
    ]);
  });

  test('an unknown label inside an expression is named', () => {
    const o = run([['Likviditet', '(Kortfristiga fordringar + Kassa) / Kortfristiga skulder', '>', '1,0']]);
    expect(messages(o)).toEqual([
      'Mål!B4: Etiketten ”Kassa” i nyckeltalet ”(Kortfristiga fordringar + Kassa) / Kortfristiga skulder” finns inte på någon rad i balansräkningen, resultaträkningen eller någon annan tabell med årskolumner.',
    ]);
  });

  test('a label on several rows asks for its section', () => {
    const o = run([['Summa', 'Summa / Summa tillgångar', '>', '1,0']]);
    expect(messages(o)).toEqual([
      'Mål!B4: Nyckeltalet ”Summa / Summa tillgångar”: etiketten ”Summa” finns på flera rader (Balansräkning!A10, Balansräkning!A16, Balansräkning!A21); skriv avsnittet framför, t.ex. ”Eget kapital › Summa”, eller ge raderna olika namn.',
    ]);
  });

  test('a syntax error says where', () => {
    const o = run([['Trasig', '(Eget kapital + Avsättningar', '>', '1,0']]);
    expect(messages(o)).toEqual(['Mål!B4: Nyckeltalet ”(Eget kapital + Avsättningar”: parentesen på tecken 1 stängs aldrig.']);
  });

  test('a threshold or condition that cannot be read, and a threshold of the wrong kind', () => {
    const o = run([
      ['A', 'Eget kapital', 'ungefär', '12 mnkr'],
      ['B', 'Eget kapital', '≥', 'tolv miljoner'],
      ['C', 'Eget kapital', '≥', '50 %'],
      ['D', 'Soliditet', '≥', '12 mnkr'],
      ['E', 'Soliditet', '', ''],
    ]);
    expect(messages(o)).toEqual([
      'Mål!C4: Villkoret ”ungefär” för målet ”A” går inte att läsa; skriv >, ≥ (>=), < eller ≤ (<=).',
      'Mål!D5: Gränsvärdet ”tolv miljoner” för målet ”B” går inte att läsa; skriv ett tal som 1,0, 100 % eller 12 mnkr.',
      'Mål!C8: Målet ”E” saknar villkor; skriv >, ≥ (>=), < eller ≤ (<=).',
      'Mål!D8: Målet ”E” saknar gränsvärde; skriv t.ex. 1,0, 100 % eller 12 mnkr.',
      'Mål!D6: Gränsvärdet ”50 %” för målet ”C” är en procentsats, men nyckeltalet ”Eget kapital” är ett belopp; skriv t.ex. 12 mnkr.',
      'Mål!D7: Gränsvärdet ”12 mnkr” för målet ”D” är ett belopp, men nyckeltalet ”Soliditet” är en kvot; skriv t.ex. 100 % eller 1,0.',
    ]);
    // The value is still computed and shown; only met or not is left open.
    expect(o.goals.filter((g) => g.goal.name === 'A').map((g) => [g.value!.toFixed(), g.met])).toEqual([
      ['200000000', null],
      ['188000000', null],
    ]);
  });

  test('an unreadable statement cell is reported where a goal needs it', () => {
    const broken = sheet('BR3', [['Balansräkning (tkr)'], ['', '2023'], ['Eget kapital', '#REF!'], ['Summa tillgångar', 200]]);
    const o = run([['Soliditet', 'Soliditet', '>', '40 %']], [broken]);
    expect(messages(o)).toEqual([
      'BR3!B3: Cellen innehåller felvärdet #REF! där ett belopp (2023) väntades. Det läses inte som noll: det som beror på cellen (t.ex. radens avvikelse) lämnas tomt tills cellen rättats.',
    ]);
    expect(o.goals[0].value).toBeNull();
  });

  test('a balance sheet that does not balance is a control-total check with both figures', () => {
    const off = sheet('BR4', [
      ['Balansräkning (tkr)'],
      ['', '2023', '2022'],
      ['Summa tillgångar', 1000, 900],
      ['Eget kapital', 400, 400],
      ['Kortfristiga skulder', 590, 500],
    ]);
    const o = run([], [off]);
    expect(o.checks).toHaveLength(1);
    const [check] = o.checks;
    expect([check.kind, check.class, check.sheet, check.cell, kr(check.found), kr(check.expected), kr(check.difference)]).toEqual([
      'control-total',
      'mismatch',
      'BR4',
      'B3',
      '1000000',
      '990000',
      '10000',
    ]);
    expect(checkMessage(check, 'sv')).toBe(
      'Balansräkningen 2023 balanserar inte: summa tillgångar 1\u00a0000\u00a0000\u00a0kr (BR4!B3), eget kapital och skulder 990\u00a0000\u00a0kr (BR4!B4 + BR4!B5); skillnad 10\u00a0000\u00a0kr.',
    );
  });

  test('a goal with no statements in the workbook says what is missing', () => {
    const o = run(
      [
        ['Soliditet', 'Soliditet', '>', '40 %'],
        ['Egen formel', 'Eget kapital / Summa tillgångar', '>', '40 %'],
      ],
      [],
    );
    const expected = (metric: string) =>
      `Nyckeltalet ”${metric}” räknas från balans- och resultaträkningen, men ingen tabell med årskolumner (t.ex. 2017, 2017-12-31 eller Utfall 2017) hittades.`;
    expect(messages(o)).toEqual([`Mål!B4: ${expected('Soliditet')}`, `Mål!B5: ${expected('Eget kapital / Summa tillgångar')}`]);
  });
});

describe('the outcome', () => {
  test('null when the workbook has no goals table and no statements', () => {
    expect(evaluateGoals([budget], null)).toBeNull();
  });

  test('English headers and metric names', () => {
    const bs = sheet('Balance sheet', [
      ['Balance sheet (tkr)'],
      ['', '2023', '2022'],
      ['Total current assets', 300, 280],
      ['Total assets', 1000, 950],
      ['Total equity', 450, 420],
      ['Total current liabilities', 200, 250],
      ['Total equity and liabilities', 1000, 950],
    ]);
    const g = sheet('Targets', [
      ['Financial goal', 'Metric', 'Condition', 'Threshold'],
      ['Liquidity', 'Current ratio', '>=', '1.5'],
      ['Solvency', 'Equity ratio', '>', '40%'],
    ]);
    const o = evaluateGoals([bs, g], null)!;
    expect(o.errors).toEqual([]);
    expect(o.goals.map((r) => [r.goal.name, r.year, r.value!.toFixed(), r.met])).toEqual([
      ['Liquidity', 2023, '1.5', true],
      ['Liquidity', 2022, '1.12', false],
      ['Solvency', 2023, '0.45', true],
      ['Solvency', 2022, expect.stringMatching(/^0\.442/), true],
    ]);
    expect(goalsSheet(o, 'en').name).toBe('Financial goals');
  });

  test('JSON: SPEC 7 shape; amounts in kronor, ratios in percent, as decimal strings', () => {
    const o = run([
      ['Eget kapital', 'Eget kapital', '≥', '190 mnkr'],
      ['Soliditet', 'Soliditet', '≥', '35 %'],
    ]);
    const json = goalsJson(o);
    expect(json[0]).toEqual({
      name: 'Eget kapital',
      metric: 'Eget kapital',
      year: '2023',
      value: '200000000',
      operator: '>=',
      threshold: '190000000',
      met: true,
      unit: 'kr',
      margin: '10000000',
      sources: ['Balansräkning!C16'],
    });
    expect(json[2]).toMatchObject({ name: 'Soliditet', year: '2023', value: '39.84', operator: '>=', threshold: '35', met: true, unit: '%' });
  });

  test('the sheet: one row per goal and year, numbers in the column of their kind, met or not in words', () => {
    const o = run([
      ['Eget kapital', 'Eget kapital', '≥', '190 mnkr'],
      ['Kassalikviditet', 'Kassalikviditet', '≥', '1,0'],
    ]);
    const s = goalsSheet(o, 'sv');
    expect([s.key, s.name, s.notes[0]]).toEqual(['goals', 'Finansiella mål', expect.stringMatching(/^Skapat av Avstämning/)]);
    const header = s.table.columns.map((c) => c.header);
    const at = (row: number, column: string) => s.table.rows[row][header.indexOf(column)];
    expect(at(0, 'Värde (kr)')).toBe(200000000);
    expect(at(0, 'Villkor')).toBe('≥ 190\u00a0000\u00a0000\u00a0kr');
    expect(at(1, 'Uppfyllt')).toBe('✖ Ej uppfyllt');
    expect(at(2, 'Värde (%)')).toBeCloseTo(0.3968, 4);
    // The goal is written as a ratio (`1,0`), so its condition and computed value are shown as ratios.
    expect(at(2, 'Villkor')).toBe('≥ 1,00');
    expect(at(2, 'Formel')).toBe('(Summa − Förråd) / Summa');
    expect(at(2, 'Beräkning')).toBe('(102\u00a0000\u00a0000 − 2\u00a0000\u00a0000) / 252\u00a0000\u00a0000 = 0,40');
    // Each cell the goal was computed from in a column of its own, a link to it.
    expect(['Källcell 1', 'Källcell 2', 'Källcell 3'].map((h) => at(2, h))).toEqual(['Balansräkning!C10', 'Balansräkning!C7', 'Balansräkning!C21']);
    expect(s.table.links!.filter((l) => l.row === 2).map((l) => [header[l.column], l.to])).toEqual([
      ['Källcell 1', { sheet: 'Balansräkning', cell: 'C10' }],
      ['Källcell 2', { sheet: 'Balansräkning', cell: 'C7' }],
      ['Källcell 3', { sheet: 'Balansräkning', cell: 'C21' }],
    ]);
    expect(s.table.conditional.map((c) => c.style)).toEqual(['bad', 'good']);
  });
});
