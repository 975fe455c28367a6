/**
 * The reading rules the third layout corpus taught, one by one, each at its edge, with figures worked out by
 * hand. (The corpus itself runs in test/layouts3.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';
import { matchHeader } from '../../../src/core/read/headers';

const run = (...sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

describe('a title sentence that states the unit', () => {
  const titled = (title: string) => run(sheet('Drift', [[title], [], ['Verksamhet', 'Budget', 'Utfall'], ['Kansli', 1860, 1187]])).analysis.tables[0];

  test.each([
    ['Belopp i tkr. Nettokostnad (kostnader minus intäkter).', 'tkr'],
    ['Amounts in SEK thousands. Net cost per department, costs less income received.', 'tkr'],
    ['Nettokostnad per nämnd och verksamhet (mnkr), jämfört med budget och föregående år.', 'mnkr'],
    ["Net cost per department compared with the budget and the previous year (SEK '000).", 'tkr'],
  ])('`%s` gives %s', (title, unit) => {
    expect(titled(title).unit).toBe(unit);
  });

  test.each([
    'Utfallet blev 1,2 mnkr bättre än budget, främst tack vare lägre personalkostnader.',
    'Kostnaderna ökade med flera mnkr. Orsaken är högre energipriser under hösten.',
    'The result was SEK 3 million better than budget, mainly thanks to lower staff costs.',
  ])('a comment that mentions an amount (`%s`) gives no unit: kronor', (title) => {
    const t = titled(title);
    expect(t.unit).toBe('kr');
    expect(kr(t.lines[0].budget)).toBe('1860');
  });
});

describe('a deviation against the forecast is neither the budget deviation nor the forecast deviation', () => {
  const statement = (header: string, reported: number) =>
    run(
      sheet('Drift', [
        ['Nämnd', 'Budget', 'Utfall', 'Avvikelse mot budget', 'Prognos', header],
        // Signed: outcome − budget = −138,9 − (−142,6) = 3,7; outcome − forecast = 5,1; forecast − budget = −1,4.
        ['Kommunstyrelsen', -142.6, -138.9, 3.7, -144, reported],
      ]),
    );

  test.each([
    'Avvikelse mot prognos',
    'Avvikelse utfall/prognos',
    'Utfall mot prognos',
    'Variance to forecast',
    'Actual vs forecast',
    'Deviation against forecast',
  ])('`%s` (outcome − forecast) is read, said not checked, and makes no finding', (header) => {
    const r = statement(header, 5.1);
    expect(r.analysis.checks).toEqual([]);
    const column = r.reading.find((x) => x.sheet === 'Drift')!.table!.columns.find((c) => c.column === 'F')!;
    expect(column).toMatchObject({ used: false, note: 'column.againstForecast' });
    expect(r.analysis.tables[0].layout.columns.deviation).toBe(3);
  });

  test.each(['Avvikelse prognos/budget', 'Prognosavvikelse', 'Avvikelse prognos mot budget', 'Forecast vs budget'])(
    '`%s` is still the forecast deviation, and checked',
    (header) => {
      // −1,4 is right: no finding; 5,1 is not forecast − budget: a finding at F2.
      expect(statement(header, -1.4).analysis.checks).toEqual([]);
      expect(statement(header, 5.1).analysis.checks.map((c) => c.cell)).toEqual(['F2']);
    },
  );
});

describe('money received to fund the work is income wherever the word stands', () => {
  const unsigned = (label: string) =>
    run(
      sheet('Projekt', [
        ['Post', 'Budget', 'Utfall'],
        [label, 1000, 900],
        ['Resor', 100, 80],
      ]),
    ).analysis.tables[0].lines[0];

  test.each([
    'EU co-financing received',
    'Grants received from the region',
    'Contributions received',
    'Statliga bidrag',
    'EU-bidrag',
    'Övriga ersättningar',
    'Regional medfinansiering',
  ])('`%s` is income: 900 − 1 000 = −100, unfavourable', (label) => {
    const line = unsigned(label);
    expect(line.type).toBe('income');
    expect(kr(line.deviation)).toBe('-100');
  });

  test.each(['Grants paid to partners', 'Utbetalda bidrag', 'Pension contributions', 'Employer contributions', 'Ersättningar förtroendevalda'])(
    '`%s` is a cost: 1 000 − 900 = 100, favourable',
    (label) => {
      const line = unsigned(label);
      expect(line.type).toBe('cost');
      expect(kr(line.deviation)).toBe('100');
    },
  );
});

test('`Bidrag från staten till verksamheten` is received: income', () => {
  const line = run(
    sheet('P', [
      ['Post', 'Budget', 'Utfall'],
      ['Bidrag från staten till verksamheten', 1000, 900],
    ]),
  ).analysis.tables[0].lines[0];
  expect(line.type).toBe('income');
});

describe('quarters under a group header are periods of three months', () => {
  const quarters = (budget: string, actual: string, names: string[]) =>
    run(
      sheet('Kvartal', [
        ['', budget, '', '', '', actual],
        ['Post', ...names, ...names],
        // Two quarters of outcome: compared with the budget of Q1 and Q2 (300 + 300), not the year's 1 200.
        ['Lokaler', 300, 300, 300, 300, 280, 290],
        ['Resor', 100, 100, 100, 100, 90, 120],
      ]),
    ).analysis.tables[0];

  test.each([
    ['Budget 2025', 'Utfall 2025', ['Kv 1', 'Kv 2', 'Kv 3', 'Kv 4']],
    ['Budget', 'Actual', ['Quarter 1', 'Quarter 2', 'Quarter 3', 'Quarter 4']],
    ['Budget', 'Utfall', ['Kvartal 1', 'Kvartal 2', 'Kvartal 3', 'Kvartal 4']],
  ])('`%s` / `%s` over %j: the outcome runs through June', (budget, actual, names) => {
    const t = quarters(budget, actual, names);
    expect(t.period).toEqual({ through: 6, budget: 'months' });
    // Lokaler, a cost: 600 − 570 = 30; Resor: 200 − 210 = −10.
    expect(t.lines.map((l) => kr(l.deviation))).toEqual(['30', '-10']);
  });

  test('a quarter beside the months of its group (`mar | Kv 1`) is their sum, not a period: left unused', () => {
    const months = ['jan', 'feb', 'mar'];
    const r = run(
      sheet('M', [
        ['', 'Utfall', '', '', '', 'Budget'],
        ['Post', ...months, 'Kv 1', 'Helår'],
        ['Lokaler', 100, 100, 100, 300, 1200],
      ]),
    );
    const t = r.analysis.tables[0];
    // Through March: 1 200 × 3 / 12 = 300 against 300, not 600.
    expect(kr(t.lines[0].outcome)).toBe('300');
    expect(kr(t.lines[0].deviation)).toBe('0');
    const column = r.reading[0].table!.columns.find((c) => c.column === 'E')!;
    expect(column.used).toBe(false);
  });
});

describe('a grant-giver’s words: granted is the budget, worked up the outcome', () => {
  test.each([
    ['Beviljat 2024', 'Upparbetat 2024', 'Kvar att återbetala'],
    ['Beviljade medel', 'Förbrukade medel', 'Ej förbrukat'],
    ['Amount granted', 'Costs incurred', 'Unspent'],
  ])('`%s | %s | %s`: budget, outcome and the deviation, checked', (budget, outcome, left) => {
    const r = run(
      sheet('Insatser', [
        ['Insats', 'Huvudman', budget, outcome, left],
        // Costs, unsigned: 1 650 000 − 1 498 320 = 151 680; 390 000 − 401 250 = −11 250.
        ['Unga till arbete', 'Sundsvalls kommun', 1650000, 1498320, 151680],
        ['Språk och arbete', 'Ånge kommun', 390000, 401250, -11250],
      ]),
    );
    const t = r.analysis.tables[0];
    expect(t.lines.map((l) => kr(l.deviation))).toEqual(['151680', '-11250']);
    expect(r.analysis.checks).toEqual([]);
  });
});

describe('the year so far named alone is the outcome', () => {
  test.each(['Year to date', 'YTD', 'Hittills i år'])('`%s` beside a budget for the same months: the outcome, cumulative', (header) => {
    expect(matchHeader(header)).toMatchObject({ role: 'outcome', cumulative: true });
    const r = run(
      sheet('Income statement', [
        ['Account', 'Account name', 'Period', header, 'Budget YTD', 'Budget full year'],
        ['3010', 'Medlemsbidrag', 1425000, 12825000, 12825000, 17100000],
        ['5010', 'Lokalhyra', -42000, -378000, -370000, -504000],
        ['', 'Calculated result', 1383000, 12447000, 12455000, 16596000],
      ]),
    );
    const t = r.analysis.tables[0];
    // Signed: 12 825 000 − 12 825 000 = 0; −378 000 − (−370 000) = −8 000. The result row is a total, and it agrees.
    expect(t.lines.map((l) => [l.name, kr(l.deviation)])).toEqual([
      ['3010 Medlemsbidrag', '0'],
      ['5010 Lokalhyra', '-8000'],
    ]);
    expect(r.analysis.checks).toEqual([]);
  });
});

describe('income, costs and net under a group header: the net is the group’s amount', () => {
  const grouped = (budget: string, actual: string, parts: string[]) =>
    run(
      sheet('Drift', [
        ['', budget, '', '', actual, '', '', ''],
        ['Nämnd', ...parts, ...parts, 'Avvikelse'],
        // Signed nets: −141,6 − (−137,8) = −3,8.
        ['Kommunstyrelsen', 38.4, -176.2, -137.8, 41.9, -183.5, -141.6, -3.8],
        ['Bildningsnämnden', 61, -598.7, -537.7, 66.3, -611, -544.7, -7],
      ]),
    );

  test.each([
    ['Budget 2024', 'Utfall 2024', ['Intäkter', 'Kostnader', 'Netto']],
    ['Budget', 'Actual', ['Income', 'Costs', 'Net']],
  ])('`%s` / `%s` over %j', (budget, actual, parts) => {
    const r = grouped(budget, actual, parts);
    const t = r.analysis.tables[0];
    expect([t.layout.columns.budget, t.layout.columns.outcome]).toEqual([3, 6]);
    expect(t.lines.map((l) => [kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['-137.8', '-141.6', '-3.8'],
      ['-537.7', '-544.7', '-7'],
    ]);
    expect(r.analysis.checks).toEqual([]);
    const b = r.reading[0].table!.columns.find((c) => c.column === 'B')!;
    expect(b).toMatchObject({ role: null, used: false, note: 'column.grossPart' });
  });
});

describe('the year so far against the year’s budget is said, not passed over', () => {
  const table = (title: string, outcome: string) => run(sheet('Drift', [[title], [], ['Post', 'Budget', outcome], ['Lokaler', 1200, 500]]));

  test.each(['Utfall ack', 'Hittills', 'Year to date'])('`%s` with no month anywhere: an issue at its header, compared with the whole budget', (header) => {
    const r = table('Uppföljning', header);
    expect(r.analysis.errors).toEqual([expect.objectContaining({ key: 'table.partYearUnknown', sheet: 'Drift', cell: 'C3' })]);
    // Said, and against the year's 1 200: 1 200 − 500 = 700.
    expect(kr(r.analysis.tables[0].lines[0].deviation)).toBe('700');
  });

  test('`Perioder: 202401 - 202404` above it: through April, 4/12 of the budget, nothing to say', () => {
    const r = table('Perioder: 202401 - 202404', 'Utfall ack');
    expect(r.analysis.errors).toEqual([]);
    expect(r.analysis.tables[0].period).toEqual({ through: 4, budget: 'prorated' });
    // 1 200 × 4 / 12 = 400; 400 − 500 = −100.
    expect(kr(r.analysis.tables[0].lines[0].deviation)).toBe('-100');
  });

  test('`Perioder: 202401 - 202412`: the whole year, nothing to say', () => {
    const r = table('Perioder: 202401 - 202412', 'Utfall ack');
    expect(r.analysis.errors).toEqual([]);
    expect(r.analysis.tables[0].period).toBeNull();
  });
});

describe('lines that say neither income nor cost in an unsigned table with income', () => {
  test('are read as costs, and the reading report says how many and names the first', () => {
    const r = run(
      sheet('Projekt', [
        ['Post', 'Budget', 'Utfall'],
        ['EU co-financing received', 1000, 900],
        ['Equipment', 300, 200],
        ['Travel', 100, 120],
      ]),
    );
    // Equipment read as a cost: 300 − 200 = 100.
    expect(kr(r.analysis.tables[0].lines[1].deviation)).toBe('100');
    expect(r.reading[0].table!.untypedAsCost).toEqual({ count: 2, cell: 'A3', line: 'Equipment' });
    expect(r.analysis.errors).toEqual([]);
  });

  test('a table of costs alone (nothing to mix them up with) says nothing', () => {
    const r = run(
      sheet('Drift', [
        ['Verksamhet', 'Budget', 'Utfall'],
        ['Vuxenutbildning', 1000, 900],
        ['Gymnasiesärskola', 300, 200],
      ]),
    );
    expect(r.reading[0].table!.untypedAsCost).toBeUndefined();
  });
});

test('income and costs under `Budget 2024` / `Utfall 2024` with no net: neither is read as the budget or the outcome', () => {
  const r = run(
    sheet('Drift', [
      ['', 'Budget 2024', '', 'Utfall 2024', ''],
      ['Nämnd', 'Intäkter', 'Kostnader', 'Intäkter', 'Kostnader'],
      ['Kommunstyrelsen', 38.4, -176.2, 41.9, -183.5],
    ]),
  );
  expect(r.analysis.tables).toEqual([]);
});

test.each([
  ['European Social Fund grant', 'income'],
  ['Grant funding to date', 'income'],
  ['Social security contributions', 'cost'],
])('`%s` is %s', (label, type) => {
  const line = run(
    sheet('P', [
      ['Post', 'Budget', 'Utfall'],
      [label, 1000, 900],
    ]),
  ).analysis.tables[0].lines[0];
  expect(line.type).toBe(type);
});

describe('a month written as a date after t.o.m. ends the year so far', () => {
  const run2 = (title: string) =>
    run(sheet('Kontoanalys', [[title], [], ['Konto', 'Kontobenämning', 'Utfall ack', 'Budget helår'], ['4010', 'Löner', 500, 1200]]));

  test('`Utfall t.o.m. 2025-12 (bokslut)`: the whole year, nothing prorated and nothing to say', () => {
    const r = run2('Utfall t.o.m. 2025-12 (bokslut), belopp i tkr');
    expect(r.analysis.errors).toEqual([]);
    expect(r.analysis.tables[0].period).toBeNull();
  });

  test('`Actual through 2025-04`: through April, 1 200 × 4 / 12 = 400', () => {
    const r = run2('Actual through 2025-04');
    expect(r.analysis.errors).toEqual([]);
    expect(r.analysis.tables[0].period).toEqual({ through: 4, budget: 'prorated' });
    expect(matchHeader('Utfall t.o.m. 2025-04')).toMatchObject({ role: 'outcome', through: 4, cumulative: true });
  });
});
