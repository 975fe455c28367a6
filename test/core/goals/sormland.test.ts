import { join } from 'node:path';
import { SheetData } from '../../../src/core/cells';
import { checkMessage } from '../../../src/core/render/check-text';
import { GoalResult, GoalsOutcome, evaluateGoals, goalsJson, goalsSheet } from '../../../src/core/goals';
import { formatMessage } from '../../../src/core/messages';
import { openXlsxFile } from '../../../src/xlsx/files';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

/**
 * Regionförbundet Sörmland, årsredovisning 2017: the sample workbook's income statement, balance sheet and
 * balanskravsutredning (tkr), and its goals table with the report's three goals plus the kassalikviditet
 * goal written as its stated formula.
 */
const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'sormland-2017.xlsx');

let sheets: SheetData[];
let outcome: GoalsOutcome;

beforeAll(async () => {
  sheets = await (await openXlsxFile(SAMPLE)).readSheets();
  outcome = evaluateGoals(sheets, null)!;
});

const results = (name: string): GoalResult[] => outcome.goals.filter((g) => g.goal.name === name);
const in2017 = (name: string): GoalResult => results(name).find((g) => g.year === 2017)!;
const percent = (g: GoalResult) => g.value!.times(100).toFixed(1);
const tkr = (g: GoalResult) => g.value!.dividedBy(1000).toFixed();

test('the statements are found: income statement, balance sheet, balanskravsutredning, in tkr, 2017 and 2016', () => {
  const found = outcome.statements.filter((s) => s.kind !== 'other').map((s) => [s.sheet, s.kind, s.unit, s.years.map((y) => y.year)]);
  expect(found).toEqual([
    ['Resultaträkning', 'income-statement', 'tkr', [2017, 2016]],
    ['Balansräkning', 'balance-sheet', 'tkr', [2017, 2016]],
    ['Balanskravsutredning', 'balance-requirement', 'tkr', [2017, 2016]],
  ]);
});

test('eget kapital 16 029 tkr ≥ 12 000 tkr: met', () => {
  const g = in2017('Eget kapital minst 12 miljoner kronor');
  expect([tkr(g), g.threshold!.dividedBy(1000).toFixed(), g.met]).toEqual(['16029', '12000', true]);
  expect(g.sources).toEqual([{ sheet: 'Balansräkning', cell: 'C19' }]);
  expect(results('Eget kapital minst 12 miljoner kronor').map((r) => [r.year, tkr(r), r.met])).toEqual([
    [2017, '16029', true],
    [2016, '15465', true],
  ]);
});

test('kassalikviditet 235,7 % > 100 %: met, as the report says, = summa omsättningstillgångar 27 971 / summa kortfristiga skulder 11 867', () => {
  const g = in2017('Kassalikviditet över 100 procent');
  expect([percent(g), g.met]).toEqual(['235.7', true]);
  expect(g.sources).toEqual([
    { sheet: 'Balansräkning', cell: 'C15' },
    { sheet: 'Balansräkning', cell: 'C27' },
  ]);
  // 2016 from the rebuilt column: 25 114 / 10 601.
  expect(percent(results('Kassalikviditet över 100 procent').find((r) => r.year === 2016)!)).toBe('236.9');
});

test('the stated formula gives 184,2 %: the report’s 235,7 % includes kortfristiga placeringar', () => {
  const g = in2017('Kassalikviditet enligt målets formel');
  expect([percent(g), g.met]).toEqual(['184.2', true]);
  expect(g.sources.map((s) => s.cell)).toEqual(['C10', 'C11', 'C12', 'C13', 'C27']);
  const difference = in2017('Kassalikviditet över 100 procent').value!.minus(g.value!).times(11867000);
  expect(difference.toDecimalPlaces(0).toFixed()).toBe('6112000'); // the penningmarknadsfond, Not 12
});

test('budget in balance: +0,04 mnkr (Budgetavstämning, RESULTAT, Budget 2017) ≥ 0: met', () => {
  const [g] = results('Budget i balans');
  expect([g.year, g.value!.dividedBy(1000000).toFixed(), g.met]).toEqual([2017, '0.04', true]);
  expect(g.sources).toEqual([{ sheet: 'Budgetavstämning', cell: 'C25' }]);
});

test('the balance requirement rows as the report prints them; 2016 ends at −1 365 tkr', () => {
  const r = outcome.requirement!;
  expect(r.sheet).toBe('Balanskravsutredning');
  const printed = (year: number) =>
    r.years
      .find((y) => y.year === year)!
      .lines.filter((l) => l.label !== null)
      .map((l) => [l.label, l.value === null ? null : l.value.dividedBy(1000).toFixed()]);
  expect(printed(2017)).toEqual([
    ['Redovisat resultat enligt resultaträkning', '565'],
    ['Avgår realisationsvinster, mm', null],
    ['Justerat resultat enligt balanskrav (KRL)', '565'],
  ]);
  expect(printed(2016)).toEqual([
    ['Redovisat resultat enligt resultaträkning', '-1365'],
    ['Avgår realisationsvinster, mm', null],
    ['Justerat resultat enligt balanskrav (KRL)', '-1365'],
  ]);
  expect(r.checks).toEqual([]);
});

test('what the report does not show: the 2016 deficit, 565 tkr of it restored in 2017, 800 tkr left to restore by 2019', () => {
  const added = (year: number) =>
    outcome
      .requirement!.years.find((y) => y.year === year)!
      .lines.filter((l) => l.label === null)
      .map((l) => [l.key, l.value!.dividedBy(1000).toFixed(), l.deadline ?? null]);
  expect(added(2016)).toEqual([['toRestore', '1365', 2019]]);
  expect(added(2017)).toEqual([
    ['deficitBroughtForward', '1365', null],
    ['restored', '565', null],
    ['toRestore', '800', 2019],
  ]);
});

test('the 2016 balance sheet does not balance by 2 tkr: assets 26 064 against equity and liabilities 26 066', () => {
  expect(outcome.checks.map((c) => [c.kind, c.class, c.sheet, c.cell, kr(c.difference)])).toEqual([
    ['control-total', 'mismatch', 'Balansräkning', 'D16', '-2000'],
  ]);
  expect(checkMessage(outcome.checks[0], 'sv')).toBe(
    'Balansräkningen 2016 balanserar inte: summa tillgångar 26\u00a0064\u00a0000\u00a0kr (Balansräkning!D16), eget kapital och skulder 26\u00a0066\u00a0000\u00a0kr (Balansräkning!D28); skillnad −2\u00a0000\u00a0kr.',
  );
});

test('no errors on the sample', () => {
  expect(outcome.errors).toEqual([]);
});

test('more goals on the same statements: soliditet with and without the pension commitment, and an ambiguous label', () => {
  const more = sheet('Fler mål', [
    ['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'],
    ['Soliditet', 'Soliditet', '>', '50 %'],
    ['Soliditet inkl. pensioner', 'Soliditet inkl. pensionsförpliktelser', '>', '0 %'],
    ['Finansnetto', 'Summa resultat från finansiella poster', '>', '0 kr'],
  ]);
  const o = evaluateGoals([...sheets, more], null)!;
  const value = (name: string) => o.goals.filter((g) => g.goal.name === name && g.year === 2017).map((g) => [percent(g), g.met]);
  expect(value('Soliditet')).toEqual([['55.5', true]]); // 16 029 / 28 897
  expect(value('Soliditet inkl. pensioner')).toEqual([['-9.1', false]]); // (16 029 − 18 656) / 28 897
  expect(o.errors.map((e) => `${e.sheet}!${e.cell}: ${formatMessage(e.key, 'sv', e.params)}`)).toEqual([
    'Fler mål!B4: Nyckeltalet ”Summa resultat från finansiella poster”: etiketten ”Summa resultat från finansiella poster” finns på flera rader (Resultaträkning!A19, Resultaträkning!A20); skriv avsnittet framför, t.ex. ”Eget kapital › Summa”, eller ge raderna olika namn.',
  ]);
});

test('JSON and the Finansiella mål sheet', () => {
  expect(goalsJson(outcome).filter((g) => g.year === '2017')).toEqual([
    {
      name: 'Budget i balans',
      metric: 'Budget i balans',
      year: '2017',
      value: '40000',
      operator: '>=',
      threshold: '0',
      met: true,
      unit: 'kr',
      margin: '40000',
      sources: ['Budgetavstämning!C25'],
    },
    {
      name: 'Eget kapital minst 12 miljoner kronor',
      metric: 'Eget kapital',
      year: '2017',
      value: '16029000',
      operator: '>=',
      threshold: '12000000',
      met: true,
      unit: 'kr',
      margin: '4029000',
      sources: ['Balansräkning!C19'],
    },
    {
      name: 'Kassalikviditet över 100 procent',
      metric: 'Kassalikviditet',
      year: '2017',
      value: '235.7',
      operator: '>',
      threshold: '100',
      met: true,
      unit: '%',
      margin: '135.7',
      sources: ['Balansräkning!C15', 'Balansräkning!C27'],
    },
    expect.objectContaining({ name: 'Kassalikviditet enligt målets formel', year: '2017', value: '184.2', met: true, unit: '%' }),
  ]);
  const s = goalsSheet(outcome, 'sv');
  expect(s.name).toBe('Finansiella mål');
  expect(s.table.rows).toHaveLength(7 + 10);
  expect(s.notes.some((n) => n.includes('Balansräkningen 2016 balanserar inte'))).toBe(true);
  const english = goalsSheet(evaluateGoals(sheets, null)!, 'en');
  expect(english.table.rows.map((r) => r[1])).toContain('Still to restore');
});
