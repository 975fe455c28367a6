/**
 * The day a member joins or leaves, in its own column (`Medlem från`, `Inträdesdatum`, `Utträde`, `Member until`
 * …), as an Excel date, `2026-04-01` or `1 april 2026`: the fee per invånare is for the months it gives. Where the
 * dates and a months cell disagree, where a date cannot be placed in whole months of the fee year, nothing is
 * computed for that member and the cell says why, in Swedish and English.
 */
import { findMembersTable } from '../../../src/core/fees/members';
import { isoToSerial } from '../../../src/core/fees/dates';
import { CellValue } from '../../../src/core/cells';
import { sheet } from '../../helpers/sheets';
import { fees, feesOf, membersSheet, messages, parameterSheet } from './workbook';

/** 10 kr per invånare in 2026; Aby the whole year, Bby with what the test gives (100 invånare: 1 000 kr a year). */
const run = (header: string[], bby: CellValue[], model: [string, CellValue] = ['Avgift per invånare', 10]) =>
  fees([
    sheet('Avgifter 2026', [
      model,
      ['Avgiftsår', 2026],
      ['Fakturadatum', '2026-01-15'],
      [],
      ['Kommun', 'Invånare', ...header],
      ['Aby', 300],
      ['Bby', 100, ...bby],
    ]),
  ]);

describe('the columns', () => {
  test.each([
    ['Medlem från', 'memberFrom'],
    ['Medlem fr.o.m.', 'memberFrom'],
    ['Inträde', 'memberFrom'],
    ['Inträdesdatum', 'memberFrom'],
    ['Member from', 'memberFrom'],
    ['Medlem till', 'memberUntil'],
    ['Utträde', 'memberUntil'],
    ['Utträdesdatum', 'memberUntil'],
    ['Member until', 'memberUntil'],
  ])('%s is the day a member joins or leaves', (header, role) => {
    const table = findMembersTable(
      [
        sheet('Medlemmar', [
          ['Kommun', 'Invånare', header],
          ['Aby', 100, '2026-04-01'],
        ]),
      ],
      [],
    )!;
    expect(table.columns).toEqual({ member: 0, population: 1, [role]: 2 });
    expect(table.members[0]).toMatchObject({ [role]: '2026-04-01' });
  });
});

describe('the months the dates give', () => {
  test.each<[string, CellValue]>([
    ['an Excel date', isoToSerial('2026-04-01')],
    ['ISO text', '2026-04-01'],
    ['words', '1 april 2026'],
    ['English words', '1 April 2026'],
  ])('Medlem från 1 April as %s: nine months, 750 kr', (_, cell) => {
    const o = run(['Medlem från'], [cell]);
    expect(feesOf(o)).toEqual({ Aby: '3000', Bby: '750' });
    expect(messages(o)).toEqual([]);
  });

  test('Utträde on the first of July is the day the member is out: January–June, 500 kr; so is Medlem till 30 June', () => {
    expect(feesOf(run(['Utträde'], ['2026-07-01']))).toEqual({ Aby: '3000', Bby: '500' });
    expect(feesOf(run(['Medlem till'], ['2026-06-30']))).toEqual({ Aby: '3000', Bby: '500' });
  });

  test('joining before the fee year (a founding member) or leaving after it is the whole year, and nothing to say', () => {
    const o = run(['Medlem från', 'Medlem till'], ['2019-01-01', '2027-12-31']);
    expect(feesOf(o)).toEqual({ Aby: '3000', Bby: '1000' });
    expect(messages(o)).toEqual([]);
  });

  test('from 1 March to 31 August with a months cell that says 6: they agree, 500 kr', () => {
    const o = run(['Antal månader', 'Medlem från', 'Medlem till'], [6, '2026-03-01', '2026-08-31']);
    expect(feesOf(o)).toEqual({ Aby: '3000', Bby: '500' });
    expect(messages(o)).toEqual([]);
  });
});

describe('what is not guessed', () => {
  test('a months cell of 9 beside Medlem från 1 May: said at the months cell with the date cell, and no fee for that member', () => {
    const o = run(['Antal månader', 'Medlem från'], [9, '2026-05-01']);
    expect(feesOf(o)).toEqual({ Aby: '3000', Bby: null });
    expect(o.charges[0].fees[1].problemAt).toBe('Avgifter 2026!C7');
    expect(messages(o)).toEqual([
      'Avgifter 2026!C7 Antal månader för Bby är 9 (Antal månader), men datumen i D7 ger 8 månader av avgiftsåret; ingen avgift beräknas för Bby förrän de stämmer med varandra.',
    ]);
    expect(messages(o, 'en')).toEqual([
      'Avgifter 2026!C7 The number of months for Bby is 9 (Antal månader), but the dates in D7 give 8 months of the fee year; no fee is computed for Bby until they agree.',
    ]);
    expect(o.invoices.map((i) => i.fee.member.name)).toEqual(['Aby']);
  });

  test('a date after the fee year (joining) or before it (leaving): the member is none of the year; said at the date', () => {
    const joins = run(['Medlem från'], ['2027-01-01']);
    expect(feesOf(joins)).toEqual({ Aby: '3000', Bby: null });
    expect(messages(joins)).toEqual([
      'Avgifter 2026!C7 Medlem från 2027-01-01 för Bby ligger utanför avgiftsåret 2026, så medlemmen är inte medlem någon månad av 2026; ingen avgift beräknas. Rätta datumet, eller ta bort raden om medlemmen inte ska betala för 2026.',
    ]);
    const left = run(['Member until'], ['2025-12-31']);
    expect(feesOf(left)).toEqual({ Aby: '3000', Bby: null });
    expect(messages(left, 'en')).toEqual([
      'Avgifter 2026!C7 Member until 2025-12-31 of Bby lies outside the fee year 2026, so it is a member no month of 2026; no fee is computed. Correct the date, or remove the row if the member is not to pay for 2026.',
    ]);
    expect(messages(run(['Utträde'], ['2026-01-01']))[0]).toMatch(/^Avgifter 2026!C7 Utträde 2026-01-01 för Bby ligger utanför avgiftsåret 2026/);
  });

  test('a date inside a month: is that month paid? Not guessed, said at the date', () => {
    const o = run(['Inträde'], ['2026-04-15']);
    expect(feesOf(o)).toEqual({ Aby: '3000', Bby: null });
    expect(messages(o)[0]).toMatch(/^Avgifter 2026!C7 Avgiften räknas i hela månader, men Inträde 2026-04-15 för Bby är inte den första dagen i en månad/);
    expect(messages(run(['Utträde'], ['2026-06-15']), 'en')[0]).toMatch(
      /^Avgifter 2026!C7 The fee is reckoned in whole months, but Utträde 2026-06-15 of Bby is neither the last day of a month/,
    );
  });

  test('leaving before joining: said at the leaving date, naming the joining one', () => {
    const o = run(['Medlem från', 'Medlem till'], ['2026-07-01', '2026-03-31']);
    expect(feesOf(o)).toEqual({ Aby: '3000', Bby: null });
    expect(messages(o)).toEqual([
      'Avgifter 2026!D7 Bby slutar vara medlem (Medlem till 2026-03-31) innan medlemskapet börjar (2026-07-01, C7); ingen avgift beräknas för Bby förrän datumen rättats.',
    ]);
  });

  test('a date that cannot be read is said at its cell, and gives no fee', () => {
    const o = run(['Medlem från'], ['våren 2026']);
    expect(feesOf(o)).toEqual({ Aby: '3000', Bby: null });
    expect(messages(o)).toEqual(['Avgifter 2026!C7 ”våren 2026” går inte att läsa som datum (Medlem från) för Bby; skriv ett datum, t.ex. 2017-12-31.']);
  });

  test('with no fee year in the workbook a date cannot be placed: said, no fee', () => {
    const o = fees(
      [
        membersSheet(
          ['Kommun', 'Invånare', 'Medlem från'],
          [
            ['Aby', 300, null],
            ['Bby', 100, '2026-04-01'],
          ],
        ),
        parameterSheet([['Avgift per invånare', 10]]),
      ],
      '2026-01-15',
    );
    expect(feesOf(o)).toEqual({ Aby: '3000', Bby: null });
    expect(messages(o)).toEqual([
      'Medlemmar!C5 Bby har Medlem från 2026-04-01, men arbetsboken anger inget avgiftsår att placera datumet i; ingen avgift beräknas för Bby. Ange Avgiftsår i parametertabellen.',
    ]);
  });

  test('a total shared by a key is not prorated: a member from April by its date is named at the date, and nothing is shared', () => {
    const o = run(['Medlem från'], ['2026-04-01'], ['Belopp att fördela', 4000]);
    expect(feesOf(o)).toEqual({ Aby: null, Bby: null });
    expect(messages(o).join('\n')).toMatch(/Avgifter 2026!C7 Bby är medlem 9 månader av året/);
  });
});
