/**
 * Financial goals written as the reports write them (issue 14, point 6; SPEC 5): sentences in a list, a cell
 * or a table of the user's own making; a ratio stays a ratio and a percent a percent. One test per rule.
 */
import { CellValue, SheetData } from '../../../src/core/cells';
import { GoalsOutcome, evaluateGoals, goalsJson, goalsSheet, readGoalSentence } from '../../../src/core/goals';
import { formatMessage } from '../../../src/core/messages';
import { sheet } from '../../helpers/sheets';

/** A kommunalförbund's statements in tkr, 2024 and 2023; Förråd 500 in 2024. */
const balance = sheet('Balansräkning', [
  ['Balansräkning (tkr)'],
  ['', '2024-12-31', '2023-12-31'],
  ['Anläggningstillgångar', 6000, 6200],
  ['Förråd', 500, 400],
  ['Kortfristiga fordringar', 1500, 1400],
  ['Kassa och bank', 4000, 3600],
  ['Summa omsättningstillgångar', 6000, 5400],
  ['Summa tillgångar', 12000, 11600],
  ['Eget kapital', 4200, 3900],
  ['Avsättningar', 800, 700],
  ['Kortfristiga skulder', 4000, 4500],
  ['Långfristiga skulder', 3000, 2500],
  ['Summa eget kapital, avsättningar och skulder', 12000, 11600],
]);
const income = sheet('Resultaträkning', [
  ['Resultaträkning (tkr)'],
  ['', '2024', '2023'],
  ['Verksamhetens intäkter', 20000, 19000],
  ['Verksamhetens kostnader', -19700, -19100],
  ['Årets resultat', 300, -100],
]);

function goalsOn(rows: CellValue[][], name = 'Mål'): GoalsOutcome {
  const outcome = evaluateGoals([balance, income, sheet(name, rows)], null);
  if (!outcome) throw new Error('no goals outcome');
  return outcome;
}

/** The 2024 result of each goal as `name: value unit met`, values as the JSON writes them. */
function in2024(o: GoalsOutcome): string[] {
  return goalsJson(o)
    .filter((g) => g.year === '2024')
    .map((g) => `${g.name}: ${g.value} ${g.unit} ${g.met}`);
}

const read = (text: string) => {
  const g = readGoalSentence(text);
  return g && `${g.metric} ${g.operator} ${g.threshold.value.toFixed()}${g.threshold.percent ? ' %' : g.threshold.unit ? ` ${g.threshold.unit}` : ''}`;
};

describe('a sentence read as a goal', () => {
  it('reads a percent: Soliditeten ska vara minst 30 % is Soliditet ≥ 0,3, written as a percent', () => {
    expect(read('Soliditeten ska vara minst 30 %')).toBe('Soliditet >= 0.3 %');
  });

  it('reads a ratio: Likviditeten ska överstiga 1,0 is Kassalikviditet > 1', () => {
    expect(read('Likviditeten ska överstiga 1,0')).toBe('Kassalikviditet > 1');
  });

  it('reads a condition in words: Resultatet ska vara positivt is Årets resultat > 0; får inte vara negativt is ≥ 0', () => {
    expect(read('Resultatet ska vara positivt')).toBe('Årets resultat > 0');
    expect(read('Årets resultat får inte vara negativt')).toBe('Årets resultat >= 0');
  });

  it('reads an amount with its unit: Eget kapital ska uppgå till minst 12 mnkr', () => {
    expect(read('Eget kapital ska uppgå till minst 12 mnkr')).toBe('Eget kapital >= 12 mnkr');
  });

  it('reads a negated condition as what it allows: Soliditeten får inte understiga 25 procent is ≥ 25 %', () => {
    expect(read('Förbundets soliditet får inte understiga 25 procent')).toBe('Soliditet >= 0.25 %');
  });

  it('reads English: The equity ratio shall be at least 30%; Equity shall amount to at least SEK 12 million', () => {
    expect(read('The equity ratio shall be at least 30%')).toBe('Equity ratio >= 0.3 %');
    expect(read('Equity shall amount to at least SEK 12 million')).toBe('Equity >= 12 mnkr');
    expect(read('The result shall be positive')).toBe('Result for the year > 0');
  });

  it('takes the condition nearest its figure: Resultatet ska under året uppgå till 2 mnkr is ≥, not <', () => {
    expect(read('Resultatet ska under året uppgå till 2 mnkr')).toBe('Årets resultat >= 2 mnkr');
  });

  it('reads a bulleted goal and a goal after a label: • Det ekonomiska resultatet ska vara positivt; Mål 1: Soliditet minst 20 %', () => {
    expect(read('• Det ekonomiska resultatet ska vara positivt')).toBe('Årets resultat > 0');
    expect(read('Mål 1: Soliditet minst 20 %')).toBe('Soliditet >= 0.2 %');
  });

  it('reads a share of another row: minst 2 % av verksamhetens intäkter', () => {
    expect(readGoalSentence('Resultatet ska uppgå till minst 2 % av verksamhetens intäkter.')?.metric).toBe('Årets resultat / [verksamhetens intäkter]');
  });

  it('does not read a verksamhetsmål, a heading, an outcome or a comment as a goal', () => {
    for (const text of [
      'Insatstiden ska i 90 % av larmen vara högst 20 minuter',
      'Förbundets finansiella mål enligt budget 2024:',
      'Soliditeten uppgick till 37,7 %',
      'Resultatet blev positivt',
      'Resultatet överstiger budget med 2,3 mnkr',
      'Eget kapital 3 936',
    ]) {
      expect([text, readGoalSentence(text)]).toEqual([text, null]);
    }
  });
});

describe('goals written as sentences, computed', () => {
  it('keeps a percent goal a percent: soliditet 4 200 / 12 000 = 35 % ≥ 30 %', () => {
    expect(in2024(goalsOn([['Soliditeten ska vara minst 30 %']]))).toEqual(['Soliditeten ska vara minst 30 %: 35 % true']);
  });

  it('keeps a ratio goal a ratio: (6 000 − 500) / 4 000 = 1,375 shown as 1.38, > 1,0', () => {
    const o = goalsOn([['Likviditeten ska överstiga 1,0']]);
    expect(in2024(o)).toEqual(['Likviditeten ska överstiga 1,0: 1.38 ratio true']);
    expect(goalsJson(o)[0]).toMatchObject({ threshold: '1', margin: '0.38' });
  });

  it('takes Förråd out of kassalikviditet: (6 000 − 500) / 4 000 = 137,5 %', () => {
    expect(in2024(goalsOn([['Kassalikviditeten ska vara minst 100 %']]))).toEqual(['Kassalikviditeten ska vara minst 100 %: 137.5 % true']);
  });

  it('computes an amount goal in kronor: eget kapital 4 200 tkr ≥ 5 mnkr is not met', () => {
    expect(in2024(goalsOn([['Eget kapital ska uppgå till minst 5 mnkr']]))).toEqual(['Eget kapital ska uppgå till minst 5 mnkr: 4200000 kr false']);
  });

  it('computes a share of another row: 300 / 20 000 = 1,5 % ≥ 1 %', () => {
    expect(in2024(goalsOn([['Årets resultat ska uppgå till minst 1 % av verksamhetens intäkter']]))).toEqual([
      'Årets resultat ska uppgå till minst 1 % av verksamhetens intäkter: 1.5 % true',
    ]);
  });

  it('reads what an amount is measured against written before the bound: i förhållande till, i procent av', () => {
    expect(readGoalSentence('Resultat i förhållande till verksamhetens intäkter ≥ 1 %', true)?.metric).toBe('Årets resultat / [verksamhetens intäkter]');
    expect(readGoalSentence('Årets resultat i procent av verksamhetens intäkter ska vara minst 1 %')?.metric).toBe('Årets resultat / [verksamhetens intäkter]');
    // In a Nyckeltal | Mål table, the bound in the cell beside the metric: 300 / 20 000 = 1,5 %.
    expect(
      in2024(
        goalsOn([
          ['Nyckeltal', 'Mål'],
          ['Resultat i förhållande till verksamhetens intäkter', '≥ 1 %'],
        ]),
      ),
    ).toEqual(['Resultat i förhållande till verksamhetens intäkter: 1.5 % true']);
  });

  it('reads a metric and its level in neighbouring cells of a table without the goals header', () => {
    const o = goalsOn([
      ['Finansiellt mål', 'Målnivå', 'Bedömning'],
      ['Soliditet', 'minst 40 %', 'Uppfyllt'],
      ['Årets resultat', 'positivt', 'Uppfyllt'],
      ['Kassalikviditet', '≥', '1,5'],
    ]);
    expect(in2024(o)).toEqual(['Soliditet: 35 % false', 'Årets resultat: 300000 kr true', 'Kassalikviditet: 1.38 ratio false']);
  });

  it('reads a goal once, however often it is written', () => {
    const o = goalsOn([['Soliditeten ska vara minst 30 %'], ['Soliditeten ska vara minst 30 %.']]);
    expect(in2024(o)).toHaveLength(1);
  });

  it('does not read a row of a goals table again as a sentence', () => {
    const o = goalsOn([
      ['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'],
      ['Soliditeten ska vara minst 30 %', 'Soliditet', '≥', '30 %'],
    ]);
    expect(o.goals.map((g) => g.goal.from)).toEqual(['table', 'table']);
  });

  it('shows a ratio goal’s value as a ratio on the goals sheet, beside the computation', () => {
    const s = goalsSheet(goalsOn([['Likviditeten ska överstiga 1,0']]), 'sv');
    const header = s.table.columns.map((c) => c.header);
    expect(s.table.rows[0][header.indexOf('Villkor')]).toBe('> 1,00');
    expect(s.table.rows[0][header.indexOf('Beräkning')]).toBe('(6\u00a0000\u00a0000 − 500\u00a0000) / 4\u00a0000\u00a0000 = 1,38');
  });
});

describe('when no goal can be read', () => {
  it('says so about goals, at the heading that promised them', () => {
    const o = evaluateGoals([sheet('Mål', [['Finansiella mål'], ['Förbundet ska ha en god ekonomisk hushållning.']])], null)!;
    expect(o.goals).toEqual([]);
    expect(o.errors.map((e) => `${e.sheet}!${e.cell} ${formatMessage(e.key, 'sv', e.params)}`)).toEqual([
      'Mål!A1 Här står ”Finansiella mål”, men inget finansiellt mål kunde läsas. Skriv målen som meningar, t.ex. ”Soliditeten ska vara minst 30 %”, eller i en tabell med rubrikerna Finansiellt mål | Nyckeltal | Villkor | Gränsvärde.',
    ]);
  });

  it('is silent in a workbook with neither goals, a heading for them nor statements', () => {
    const budget: SheetData = sheet('Drift', [['Post', 'Budget', 'Utfall'], ['Löner', 100, 90], ['Kommentar: resultatet blev positivt']]);
    expect(evaluateGoals([budget], null)).toBeNull();
  });
});

describe('no language in the computation', () => {
  it('names a missing statement row in the language of the message, not of the run', () => {
    const noLiabilities = sheet('Balansräkning', [['Balansräkning (tkr)'], ['', '2024'], ['Summa omsättningstillgångar', 6000], ['Summa tillgångar', 12000]]);
    const o = evaluateGoals([noLiabilities, sheet('Mål', [['Kassalikviditeten ska vara minst 100 %']])], null)!;
    const [issue] = o.errors;
    expect(formatMessage(issue.key, 'sv', issue.params)).toContain('Summa kortfristiga skulder');
    expect(formatMessage(issue.key, 'en', issue.params)).toContain('Total current liabilities');
  });
});

describe('a label in a sentence in its definite form', () => {
  it('finds `medlemsbidragen` as the row `Medlemsbidrag`', () => {
    const withIncome = sheet('Resultaträkning', [
      ['Resultaträkning (tkr)'],
      ['', '2024', '2023'],
      ['Medlemsbidrag', 20000, 19000],
      ['Verksamhetens kostnader', -19700, -19100],
      ['Årets resultat', 300, -100],
    ]);
    const o = evaluateGoals([balance, withIncome, sheet('Mål', [['Årets resultat ska uppgå till minst 2 procent av medlemsbidragen.']])], null)!;
    // 300 / 20 000 = 1,5 %: under 2 %, not met.
    expect(
      goalsJson(o)
        .filter((g) => g.year === '2024')
        .map((g) => [g.value, g.unit, g.met]),
    ).toEqual([['1.5', '%', false]]);
    expect(o.errors).toEqual([]);
  });
});
