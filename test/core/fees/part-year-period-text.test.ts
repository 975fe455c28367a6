/**
 * The period an invoice states is the months it covers: an annual invoice of a member from April is for
 * `april–december 2026`, not `Helår 2026`, and a quarter a member belongs only in part says which months. The
 * same text is on the Fakturor sheet, in the CSV and in the JSON, in Swedish and English.
 */
import { feeSheets, invoicesCsv, invoicesJson } from '../../../src/core/fees';
import { specificationText } from '../../../src/core/fees/texts';
import { OutputSheet } from '../../../src/core/render/output';
import { sheet } from '../../helpers/sheets';
import { fees } from './workbook';

const workbook = (period: string) =>
  sheet('Avgifter 2026', [
    ['Avgift per invånare', 10],
    ['Avgiftsår', 2026],
    ['Fakturadatum', '2026-01-15'],
    ['Faktureringsperiod', period],
    [],
    ['Kommun', 'Invånare', 'Antal månader', 'Medlem från'],
    ['Aby', 1000, null, null],
    ['Bby', 1200, 9, null],
    ['Cby', 1200, null, '1 maj 2026'],
    ['Dby', 1200, 1, null],
  ]);

const periodColumn = (s: OutputSheet) => s.table.rows.slice(0, -1).map((r) => r[s.table.columns.findIndex((c) => c.header === 'Period')]);

describe('an annual invoice of a member for part of the year', () => {
  const outcome = fees([workbook('År')]);

  test('says the months it covers, not Helår: april–december 2026, maj–december 2026, december 2026', () => {
    const [, invoices] = feeSheets(outcome, 'sv');
    expect(periodColumn(invoices)).toEqual(['Helår 2026', 'april–december 2026', 'maj–december 2026', 'december 2026']);
    const [, english] = feeSheets(outcome, 'en');
    expect(periodColumn(english)).toEqual(['Full year 2026', 'April–December 2026', 'May–December 2026', 'December 2026']);
  });

  test('the Period column is as wide as its longest period, so `april–december 2026` is not cut off when printed', () => {
    const [, invoices] = feeSheets(outcome, 'sv');
    const column = invoices.table.columns.find((c) => c.header === 'Period')!;
    expect(column.width).toBeGreaterThanOrEqual('april–december 2026'.length + 2);
  });

  test('the specification line and the CSV say the same', () => {
    const bby = outcome.invoices[1];
    expect(specificationText(bby, 'sv')).toBe('Medlemsavgift 2026, april–december 2026: 10\u00a0kr × 1\u00a0200 invånare × 9/12 månader (april–december)');
    const csv = invoicesCsv(outcome, 'sv').split('\r\n');
    expect(csv[2].split(';')[7]).toBe('april–december 2026');
    expect(invoicesCsv(outcome, 'en').split('\r\n')[3].split(';')[7]).toBe('May–December 2026');
  });

  test('the JSON keeps the period code and gives the days the invoice is for', () => {
    const json = invoicesJson(outcome, 'sv') as { period: string; periodLabel: string; periodStart: string; periodEnd: string }[];
    expect(json.map((i) => [i.period, i.periodLabel, i.periodStart, i.periodEnd])).toEqual([
      ['2026', 'Helår 2026', '2026-01-01', '2026-12-31'],
      ['2026', 'april–december 2026', '2026-04-01', '2026-12-31'],
      ['2026', 'maj–december 2026', '2026-05-01', '2026-12-31'],
      ['2026', 'december 2026', '2026-12-01', '2026-12-31'],
    ]);
  });
});

describe('a quarter a member belongs only in part', () => {
  const outcome = fees([workbook('Kvartal')]);

  test('names the quarter and its months; whole quarters stay as they were', () => {
    const label = (name: string, lang: 'sv' | 'en') => {
      const [, invoices] = feeSheets(outcome, lang);
      return periodColumn(invoices).filter((_, i) => outcome.invoices[i].fee.member.name === name);
    };
    expect(label('Cby', 'sv')).toEqual(['Kvartal 2 2026 (maj–juni)', 'Kvartal 3 2026', 'Kvartal 4 2026']);
    expect(label('Cby', 'en')).toEqual(['Quarter 2 2026 (May–June)', 'Quarter 3 2026', 'Quarter 4 2026']);
    expect(label('Dby', 'sv')).toEqual(['Kvartal 4 2026 (december)']);
    expect(label('Bby', 'sv')).toEqual(['Kvartal 2 2026', 'Kvartal 3 2026', 'Kvartal 4 2026']);
  });
});
