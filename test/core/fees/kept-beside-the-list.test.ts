/**
 * What a finance officer keeps beside the members list rather than in a column of it (SPEC 3.2): one member's
 * set amount as a loose row, and a group's subtotal row (`Kommunerna`) among the members.
 */
import { sheet } from '../../helpers/sheets';
import { fees, feesOf } from './workbook';

describe('a set amount for one member, as a loose row', () => {
  it('charges the region its set amount and the kommuner the rate: 28 × 1 000 = 28 000, 28 × 500 = 14 000', () => {
    const o = fees([
      sheet('Avgift 2025', [
        ['Avgift per invånare', '28 kr'],
        ['Fast belopp Region Norr', '1 500 000 kr'],
        [],
        ['Medlem', 'Folkmängd'],
        ['Region Norr', null],
        ['Aby kommun', 1000],
        ['Bby kommun', 500],
      ]),
    ]);
    expect(feesOf(o)).toEqual({ 'Region Norr': '1500000', 'Aby kommun': '28000', 'Bby kommun': '14000' });
    expect(o.errors.filter((e) => e.key.startsWith('fees.'))).toEqual([]);
  });

  it('reports a set amount it cannot read by its cell, and does not read it as zero', () => {
    const o = fees([
      sheet('Avgift 2025', [
        ['Avgift per invånare', '28 kr'],
        ['Fast belopp Region Norr', 'enligt avtal'],
        [],
        ['Medlem', 'Folkmängd'],
        ['Region Norr', null],
        ['Aby kommun', 1000],
      ]),
    ]);
    expect(o.errors.map((e) => [e.cell, e.key])).toEqual(expect.arrayContaining([['B2', 'fees.setAmountUnreadable']]));
    expect(feesOf(o)['Region Norr'] ?? null).toBeNull();
  });
});

describe('a group’s subtotal among the members', () => {
  it('is not charged: FINSAM 50 / 25 / 25 with `Kommunerna` summing the kommuner’s population', () => {
    const o = fees([
      sheet('Medlemsbidrag 2025', [
        ['Totalt medlemsbidrag 2025', null, 1000000],
        [],
        ['Medlem', 'Andel', 'Folkmängd'],
        ['Försäkringskassan', 0.5, null],
        ['Region Mitt', 0.25, null],
        ['Kommunerna', 0.25, 400],
        ['Aby', null, 300],
        ['Bby', null, 100],
      ]),
    ]);
    // 500 000 and 250 000; the kommuner's 250 000 by population: 250 000 × 300 / 400 = 187 500, × 100 / 400 = 62 500.
    expect(feesOf(o)).toEqual({ Försäkringskassan: '500000', 'Region Mitt': '250000', Aby: '187500', Bby: '62500' });
  });

  it('keeps a member whose population happens to equal the next two members’ when it is no group', () => {
    const o = fees([
      sheet('Avgift', [
        ['Belopp att fördela', 90000],
        ['Fördelningsnyckel', 'Lika delar'],
        ['Medlem', 'Invånare'],
        ['A', 300],
        ['B', 200],
        ['C', 100],
      ]),
    ]);
    expect(feesOf(o)).toEqual({ A: '30000', B: '30000', C: '30000' });
  });
});
