/**
 * SPEC 3 and 8, the members table: found by its header words, each member's population, share, fee and
 * identifiers read and checked, and bad input (a member twice, a negative or fractional population, a total
 * that does not add up) named by its cell.
 */
import { CellValue } from '../../src/core/cells';
import { MembersTable, findMembersTable, memberCell } from '../../src/core/fees/members';
import { InputIssue } from '../../src/core/issues';
import { sheet } from '../helpers/sheets';

function table(rows: CellValue[][], issues: InputIssue[] = [], name = 'Medlemmar'): MembersTable {
  const t = findMembersTable([sheet(name, rows)], issues);
  if (!t) throw new Error('no members table');
  return t;
}
const brief = (issues: InputIssue[]) => issues.map((i) => `${i.key}@${i.cell}`);

describe('SPEC 3 the members table’s header words', () => {
  it.each([
    ['Medlem', 'member'],
    ['Kommun', 'member'],
    ['Region', 'member'],
    ['Landsting', 'member'],
    ['Member', 'member'],
    ['Municipality', 'member'],
  ])('%p names the members', (header) => {
    expect(
      table([
        [header, 'Invånare'],
        ['Flen', 16000],
      ]).members.map((m) => m.name),
    ).toEqual(['Flen']);
  });

  it.each([
    ['Invånare', 'population'],
    ['Folkmängd', 'population'],
    ['Befolkning', 'population'],
    ['Antal invånare', 'population'],
    ['Population', 'population'],
    ['Inhabitants', 'population'],
    ['Kommunkod', 'municipalityCode'],
    ['Municipality code', 'municipalityCode'],
    ['Organisationsnummer', 'orgNumber'],
    ['Org.nr', 'orgNumber'],
    ['Andel', 'share'],
    ['Fast andel', 'share'],
    ['Share', 'share'],
    ['Avgift', 'fee'],
    ['Fast avgift', 'fee'],
    ['Medlemsavgift', 'fee'],
    ['Årsavgift', 'fee'],
    ['Fee', 'fee'],
    ['Fixed fee', 'fee'],
    ['Member fee', 'fee'],
    ['Avgift föregående år', 'priorFee'],
    ['Föregående års avgift', 'priorFee'],
    ['Fjolårets avgift', 'priorFee'],
    ['Prior year fee', 'priorFee'],
    ["Last year's fee", 'priorFee'],
    ['Fast belopp', 'fixedAmount'],
    ['Fixed amount', 'fixedAmount'],
    ['Referensdatum', 'referenceDate'],
    ['Datum', 'referenceDate'],
    ['Reference date', 'referenceDate'],
    ['Källa', 'source'],
    ['Source', 'source'],
    ['Er referens', 'buyerReference'],
    ['Fakturareferens', 'buyerReference'],
    ['Referens', 'buyerReference'],
    ['Your reference', 'buyerReference'],
    ['Buyer reference', 'buyerReference'],
    ['AVGIFT:', 'fee'],
    ['Invånare 2019', 'population'],
  ])('%p is the %s column', (header, column) => {
    expect(table([['Medlem', header]]).columns).toEqual({ member: 0, [column]: 1 });
  });

  it('a date and a source in the population header are kept: `Invånare (SCB 2017-12-31)`', () => {
    const t = table([['Kommun', 'Invånare (SCB 2017-12-31)']]);
    expect([t.populationDate, t.populationSource]).toEqual(['2017-12-31', 'SCB']);
  });

  it('a unit in parentheses is no source: `Invånare (antal)`, `(st)`', () => {
    expect([table([['Kommun', 'Invånare (antal)']]).populationSource, table([['Kommun', 'Invånare (st)']]).populationSource]).toEqual([null, null]);
  });

  it('`Avgift 2018` beside `Avgift 2017`: the earlier year is last year’s fee', () => {
    expect(table([['Kommun', 'Avgift 2017', 'Avgift 2018']]).columns).toEqual({ member: 0, priorFee: 1, fee: 2 });
  });

  it('a member column alone, or one beside a budget column, is no members table', () => {
    expect(findMembersTable([sheet('S', [['Kommun', 'Anteckning']])], [])).toBeNull();
    expect(findMembersTable([sheet('S', [['Kommun', 'Invånare', 'Budget']])], [])).toBeNull();
  });

  it('a column found twice is reported and the first one read', () => {
    const issues: InputIssue[] = [];
    const t = table(
      [
        ['Kommun', 'Invånare', 'Folkmängd'],
        ['Flen', 16000, 1],
      ],
      issues,
    );
    expect([t.columns.population, brief(issues)]).toEqual([1, ['header.duplicate@C1']]);
  });
});

describe('SPEC 3 and 8 each member’s figures, checked', () => {
  const header = ['Kommun', 'Kommunkod', 'Organisationsnummer', 'Invånare', 'Andel', 'Avgift', 'Referensdatum', 'Källa', 'Er referens'];

  it('a member as written: code padded, org. number in its form, population, share as a fraction, fee, date, source, reference', () => {
    const [m] = table([header, ['Flen', 482, '2120002882', '16 000', '12,5 %', '100 000,50', '2017-12-31', 'SCB', 'Eva Ek']]).members;
    expect([
      m.name,
      m.municipalityCode,
      m.orgNumber,
      m.population?.toFixed(),
      m.share?.toFixed(),
      m.shareWrittenAsPercent,
      m.fee?.toFixed(),
      m.referenceDate,
      m.source,
      m.buyerReference,
      m.row,
    ]).toEqual(['Flen', '0482', '212000-2882', '16000', '0.125', true, '100000.5', '2017-12-31', 'SCB', 'Eva Ek', 1]);
  });

  it('a population of 0 is read; negative and fractional ones are reported by cell', () => {
    const issues: InputIssue[] = [];
    const t = table(
      [
        ['Kommun', 'Invånare'],
        ['A', 0],
        ['B', -5],
        ['C', 10.5],
        ['D', 'många'],
        ['E', { error: '#N/A' }],
      ],
      issues,
    );
    expect(t.members.map((m) => m.population?.toFixed() ?? null)).toEqual(['0', null, null, null, null]);
    expect(brief(issues)).toEqual(['fees.populationNegative@B3', 'fees.populationFractional@B4', 'fees.notANumber@B5', 'fees.errorValue@B6']);
    expect(issues[0].params).toEqual({ column: 'Invånare', member: 'B', text: '-5' });
    expect(t.members.map((m) => [...m.invalid])).toEqual([[], ['population'], ['population'], ['population'], ['population']]);
  });

  it('a negative share, a negative fee and a fee with parts of an öre are reported', () => {
    const issues: InputIssue[] = [];
    table(
      [
        ['Kommun', 'Andel', 'Avgift', 'Fast belopp'],
        ['A', -1, 10, 5],
        ['B', 1, -10, 5],
        ['C', 1, '10,005', 5],
        ['D', 1, 10, -5],
      ],
      issues,
    );
    expect(brief(issues)).toEqual(['fees.shareNegative@B2', 'fees.amountNegative@C3', 'fees.amountNotInOre@C4', 'fees.amountNegative@D5']);
  });

  it('a share written without % is as written, and says so', () => {
    const [m] = table([
      ['Kommun', 'Andel'],
      ['A', 0.25],
    ]).members;
    expect([m.share?.toFixed(), m.shareWrittenAsPercent]).toEqual(['0.25', false]);
  });

  it('a bad municipality code, organisation number or date is reported by cell', () => {
    const issues: InputIssue[] = [];
    const [m] = table(
      [
        ['Kommun', 'Kommunkod', 'Org.nr', 'Datum'],
        ['A', '12345', '212000-2883', 'igår'],
      ],
      issues,
    ).members;
    expect(brief(issues)).toEqual(['fees.badMunicipalityCode@B2', 'fees.badOrgNumber@C2', 'fees.badDate@D2']);
    expect([m.municipalityCode, m.orgNumber, m.referenceDate, [...m.invalid].sort()]).toEqual([null, null, null, ['orgNumber', 'referenceDate']]);
  });

  it('a member listed twice (any case) is reported at the second, naming the first; both are marked', () => {
    const issues: InputIssue[] = [];
    const t = table(
      [
        ['Kommun', 'Invånare'],
        ['Flen', 1],
        ['Trosa', 2],
        ['FLEN', 3],
      ],
      issues,
    );
    expect(issues).toEqual([{ key: 'fees.memberTwice', sheet: 'Medlemmar', cell: 'A4', params: { member: 'FLEN', first: 'A2' } }]);
    expect(t.members.map((m) => m.duplicateOf)).toEqual(['A4', null, 'A2']);
  });

  it('a row with figures but no name is reported and skipped', () => {
    const issues: InputIssue[] = [];
    const t = table(
      [
        ['Kommun', 'Invånare'],
        ['Flen', 1],
        [null, 2],
      ],
      issues,
    );
    expect([t.members.length, brief(issues)]).toEqual([1, ['fees.memberNameMissing@A3']]);
  });

  it('the members end at the first blank row after them; blank rows before the first are skipped', () => {
    const t = table([['Kommun', 'Invånare'], [], ['Flen', 1], ['Trosa', 2], [], ['Not', 3]]);
    expect(t.members.map((m) => m.name)).toEqual(['Flen', 'Trosa']);
  });

  it('a total row ends the table; a stated sum that is not the members’ sum is reported with both', () => {
    const issues: InputIssue[] = [];
    const t = table(
      [
        ['Kommun', 'Invånare', 'Avgift'],
        ['Flen', 16000, 100],
        ['Trosa', 12000, 50],
        ['Summa', 28001, 150],
        ['Efter', 1, 1],
      ],
      issues,
    );
    expect(t.members.map((m) => m.name)).toEqual(['Flen', 'Trosa']);
    expect(issues).toEqual([
      { key: 'fees.totalRowMismatch', sheet: 'Medlemmar', cell: 'B4', params: { column: 'Invånare', found: '28001', expected: '28000', count: 2 } },
    ]);
  });

  it('a total row that adds up is no issue', () => {
    const issues: InputIssue[] = [];
    table(
      [
        ['Kommun', 'Invånare'],
        ['Flen', 16000],
        ['Trosa', 12000],
        ['Totalt', 28000],
      ],
      issues,
    );
    expect(issues).toEqual([]);
  });

  it('a second members table is reported and not read', () => {
    const issues: InputIssue[] = [];
    const t = findMembersTable(
      [
        sheet('A', [
          ['Kommun', 'Invånare'],
          ['Flen', 1],
        ]),
        sheet('B', [[null], ['Medlem', 'Avgift'], ['Trosa', 2]]),
      ],
      issues,
    );
    expect([t?.sheet, brief(issues), issues[0].params]).toEqual(['A', ['fees.membersTableTwice@A2'], { first: 'A!A1' }]);
  });

  it('a member’s cell in a column, or its name cell when the table has no such column', () => {
    const t = table([
      [null, 'Kommun', 'Invånare'],
      [null, 'Flen', 1],
    ]);
    expect([memberCell(t, t.members[0], 'population'), memberCell(t, t.members[0], 'fee')]).toEqual(['C2', 'B2']);
  });
});
