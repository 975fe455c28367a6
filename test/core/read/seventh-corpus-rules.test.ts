/**
 * The reading rules the seventh layout corpus taught, one by one, each at its edge, with figures worked out by
 * hand. (The corpus itself runs in test/layouts7.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { isNoteRow, isPartOfLineAbove } from '../../../src/core/read/not-lines';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

describe('varav rows', () => {
  test('a `varav` row, indented or not, is part of the line above: no line, not in the total', () => {
    const a = run([
      sheet('Drift', [
        ['Verksamhet', 'Budget', 'Utfall'],
        ['Personalkostnader', 100, 110],
        ['  varav löner', 70, 80],
        ['Lokaler', 50, 45],
        ['Varav hyra', 40, 40],
        ['Summa', 150, 155],
      ]),
    ]).analysis;
    const t = a.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['Personalkostnader', 'Lokaler']);
    // Unsigned costs: 150 − 155 = −5; the Summa row foots without the varav rows.
    expect(kr(t.total.deviation)).toBe('-5');
    expect(a.checks.filter((c) => c.class === 'mismatch')).toEqual([]);
  });

  test('only a row that starts with the word: `Varavdelning` and `Avgifter varav` are lines', () => {
    expect(isPartOfLineAbove('  varav löner')).toBe(true);
    expect(isPartOfLineAbove('- därav moms')).toBe(true);
    expect(isPartOfLineAbove('Of which salaries')).toBe(true);
    expect(isPartOfLineAbove('Varavdelning')).toBe(false);
    expect(isPartOfLineAbove('Avgifter varav')).toBe(false);
    expect(isPartOfLineAbove('Driftbidrag')).toBe(false);
  });
});

describe('notes between the rows', () => {
  test('a note of prose inside a group heads nothing: the rows under it keep their goal area', () => {
    const t = run([
      sheet('Insatser', [
        ['Insats', 'Budget', 'Utfall'],
        ['Mål 1 Arbete', null, null],
        ['Jobbspår', 100, 90],
        ['Obs! Jobbspår fick ett tillägg genom styrelsebeslut i maj; det syns inte i budgeten.', null, null],
        ['Sommarjobb', 40, 38],
        ['Mål 2 Hälsa', null, null],
        ['Hälsoslussen', 60, 66],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => [l.name, l.goalArea])).toEqual([
      ['Jobbspår', 'Mål 1 Arbete'],
      ['Sommarjobb', 'Mål 1 Arbete'],
      ['Hälsoslussen', 'Mål 2 Hälsa'],
    ]);
  });

  test('a note opens with a note word or is a sentence; a long goal-area name is neither', () => {
    expect(isNoteRow('Kommentar: ligger nära budget')).toBe(true);
    expect(isNoteRow('Obs! Fakturan kom sent')).toBe(true);
    expect(isNoteRow('Hälsoslussen har haft fler deltagare än planerat under hösten.')).toBe(true);
    expect(isNoteRow('Prioriterat område 3 – Samverkan för att fler personer ska komma i arbete eller studier')).toBe(false);
    expect(isNoteRow('Mål 2. Hälsa och arbetsförmåga')).toBe(false);
    expect(isNoteRow('Notarie och registrator')).toBe(false);
  });
});

describe('key figures under the statement', () => {
  test('rows under a `Nyckeltal` heading after the lines are counts and ratios, not lines', () => {
    const t = run([
      sheet('Uppföljning', [
        ['Post', 'Budget', 'Utfall'],
        ['Personal', 300, 310],
        ['Insatser', 200, 190],
        ['Summa kostnader', 500, 500],
        [null, null, null],
        ['Nyckeltal', null, null],
        ['Antal årsarbetare', 5.5, 5.2],
        ['Kostnad per deltagare (kr)', 5000, 5887],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['Personal', 'Insatser']);
    expect([kr(t.total.budget), kr(t.total.outcome)]).toEqual(['500', '500']);
  });

  test('a `Nyckeltal` heading above every line heads a section like any other', () => {
    const t = run([
      sheet('Nyckeltal', [
        ['Post', 'Budget', 'Utfall'],
        ['Nyckeltal', null, null],
        ['Personal', 300, 310],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['Personal']);
  });
});

describe('years on the row above the role words', () => {
  test('`2024` over `Utfall` and `2025` merged over `Utfall | Budget`: the later Utfall is the outcome, the earlier the prior year', () => {
    const t = run([
      sheet('Drift', [
        [null, 2024, 2025, null],
        ['Verksamhet', 'Utfall', 'Utfall', 'Budget'],
        ['Tillsyn', 80, 95, 100],
        ['Kontroll', 40, 52, 50],
      ]),
    ]).analysis.tables[0];
    expect(t.layout.columns.outcome).toBe(2);
    expect(t.layout.columns.priorYear).toBe(1);
    // Unsigned costs: 100 − 95 = 5; 50 − 52 = −2.
    expect(t.lines.map((l) => [kr(l.outcome), kr(l.deviation)])).toEqual([
      ['95', '5'],
      ['52', '-2'],
    ]);
    expect(
      run([
        sheet('Drift', [
          [null, 2024, 2025, null],
          ['Verksamhet', 'Utfall', 'Utfall', 'Budget'],
          ['Tillsyn', 80, 95, 100],
        ]),
      ]).analysis.errors,
    ).toEqual([]);
  });
});

describe('a total over lines some of which have no outcome yet', () => {
  test('its printed deviation is the sum of the lines compared, not its budget against its outcome', () => {
    const a = run([
      sheet('Månader', [
        ['Månad', 'Budget', 'Utfall', 'Avvikelse'],
        ['januari', 100, 90, 10],
        ['februari', 100, 105, -5],
        ['mars', 100, null, null],
        ['Summa', 300, 195, 5],
      ]),
    ]).analysis;
    expect(a.checks.filter((c) => c.class === 'mismatch')).toEqual([]);
    // A wrong sum is still named: 5 printed as 15.
    const wrong = run([
      sheet('Månader', [
        ['Månad', 'Budget', 'Utfall', 'Avvikelse'],
        ['januari', 100, 90, 10],
        ['februari', 100, 105, -5],
        ['mars', 100, null, null],
        ['Summa', 300, 195, 15],
      ]),
    ]).analysis;
    expect(wrong.checks.filter((c) => c.class === 'mismatch').map((c) => c.cell)).toEqual(['D5']);
  });
});

describe('levels by leading spaces with the sums on the parent rows', () => {
  test('a parent whose children one level down sum to it is a total of them, nested or not', () => {
    const a = run([
      sheet('Resultat', [
        ['Post', 'Budget', 'Utfall'],
        ['Intäkter', 300, 310],
        ['  Bidrag', 250, 250],
        ['    Staten', 150, 150],
        ['    Kommunerna', 100, 100],
        ['  Ränta', 50, 60],
        ['Kostnader', -280, -300],
        ['  Personal', -200, -230],
        ['  Lokaler', -80, -70],
        ['Resultat', 20, 10],
      ]),
    ]).analysis;
    const t = a.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['Staten', 'Kommunerna', 'Ränta', 'Personal', 'Lokaler']);
    // Signed: the total is the leaves' sum, 20 budget against 10, −10.
    expect([kr(t.total.budget), kr(t.total.outcome), kr(t.total.deviation)]).toEqual(['20', '10', '-10']);
    expect(a.checks.filter((c) => c.class === 'mismatch')).toEqual([]);
  });

  test('rows that do not sum to the row above them stay lines', () => {
    const t = run([
      sheet('Resultat', [
        ['Post', 'Budget', 'Utfall'],
        ['Administration', 300, 310],
        ['  Kansli', 250, 250],
        ['  Revision', 40, 60],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['Administration', 'Kansli', 'Revision']);
  });
});

describe('a table right of notes with figures', () => {
  test('the header after an empty column is the table’s; the notes to its left give no line', () => {
    const a = run([
      sheet('Uppföljning', [
        ['Anteckningar', null, null, null, null, null],
        ['Invånare', 128400, null, 'Verksamhet', 'Budget', 'Utfall'],
        ['Uppräkning', 0.025, null, 'Räddning', 900, 950],
        ['Att göra', null, null, 'Förebyggande', 300, 280],
      ]),
    ]).analysis;
    expect(a.tables.map((t) => t.lines.map((l) => [l.name, kr(l.deviation)]))).toEqual([
      [
        ['Räddning', '-50'],
        ['Förebyggande', '20'],
      ],
    ]);
  });

  test('a data row whose numbers run up to its words is no header', () => {
    const a = run([
      sheet('Data', [
        ['Konto', 'Budget', 'Utfall'],
        ['Personal', 100, 'Budget'],
      ]),
    ]).analysis;
    expect(a.tables[0].layout.headerRow).toBe(0);
  });
});

describe('a budget with income positive joined to a ledger with income negative', () => {
  const budget = sheet('Budget', [
    ['Konto', 'Benämning', 'Budget'],
    [3010, 'Bidrag', 1000],
    [4010, 'Löner', 600],
    [5010, 'Hyra', 400],
  ]);
  const ledger = (income: number) =>
    sheet('Huvudbok', [
      ['Konto', 'Kontonamn', 'Belopp'],
      [3010, 'Bidrag', income],
      [4010, 'Löner', 650],
      [5010, 'Hyra', 400],
    ]);

  test('the budget’s income is turned to the ledger’s sign before it is compared, and that is said', () => {
    const a = run([budget, ledger(-1000)]).analysis;
    const t = a.tables.find((x) => x.join)!;
    // Ledger: budget − outcome; income −1000 against −1000 is 0, not 2000 off.
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.deviation)])).toEqual([
      ['3010 Bidrag', '-1000', '0'],
      ['4010 Löner', '600', '-50'],
      ['5010 Hyra', '400', '0'],
    ]);
    expect(a.checks.map((c) => [c.messageKey, c.sheet, c.cell])).toContainEqual(['check.join.budgetTurned.income', 'Budget', 'C1']);
  });

  test('a ledger whose income accounts disagree in sign tells nothing: nothing is turned', () => {
    const a = run([
      budget,
      sheet('Huvudbok', [
        ['Konto', 'Kontonamn', 'Belopp'],
        [3010, 'Bidrag', -1000],
        [3020, 'Återbetalt bidrag', 50],
        [4010, 'Löner', 650],
      ]),
    ]).analysis;
    const t = a.tables.find((x) => x.join)!;
    expect(kr(t.lines.find((l) => l.name.startsWith('3010'))!.budget)).toBe('1000');
    expect(a.checks.some((c) => c.messageKey.startsWith('check.join.budgetTurned'))).toBe(false);
  });
});
