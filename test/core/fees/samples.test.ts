import { resolve } from 'node:path';
import { FeeOutcome, chargeName, computeFees, feeSheets } from '../../../src/core/fees';
import { sum } from '../../../src/core/decimal';
import { openXlsxFile } from '../../../src/xlsx/files';
import { feesOf, messages } from './workbook';

/** A sample workbook as the command line reads it, then the fee run on it. */
async function sample(file: string): Promise<FeeOutcome> {
  const wb = await openXlsxFile(resolve(__dirname, '../../../samples', file));
  const outcome = computeFees(await wb.readSheets());
  if (!outcome) throw new Error(`${file}: no fee outcome`);
  return outcome;
}

describe('samples/sormland-2017.xlsx', () => {
  let outcome: FeeOutcome;
  beforeAll(async () => {
    outcome = await sample('sormland-2017.xlsx');
  });

  test('the ten fixed fees sum to 40 786 191 kr, and the sheet’s own Summa row agrees', () => {
    expect(outcome.errors).toEqual([]);
    expect(outcome.charges.map((c) => [chargeName(c, 'sv'), c.model?.kind, c.total.toFixed()])).toEqual([['Medlemsavgift 2017', 'fixed', '40786191']]);
  });

  test('invoiced quarterly from number 170001, dated 15 January, 15 April, …; the invoices sum to the fees', () => {
    expect(outcome.invoices).toHaveLength(40);
    // OCR: Luhn of 170001 from the right: 1×2 = 2, 0, 0, 0, 7×2 = 14 → 5, 1; sum 8, check digit 2.
    expect(outcome.invoices[0]).toMatchObject({ number: '170001', date: '2017-01-15', dueDate: '2017-02-14', ocr: '1700012' });
    expect([...new Set(outcome.invoices.map((i) => i.date))]).toEqual(['2017-01-15', '2017-04-15', '2017-07-15', '2017-10-15']);
    expect(sum(outcome.invoices.map((i) => i.amount)).toFixed()).toBe('40786191');
    expect(outcome.invoices[0].settings).toMatchObject({ bankgiro: '5050-1055', sender: 'Regionförbundet Sörmland', senderOrgNumber: '222000-1230' });
  });
});

describe('samples/sodertorn-2018.xlsx', () => {
  let outcome: FeeOutcome;
  beforeAll(async () => {
    outcome = await sample('sodertorn-2018.xlsx');
  });

  test('8 kommuner, 488 735 invånare at 4 kr: 1 954 940 kr, as the report’s Intäkt kommunerna', () => {
    expect(messages(outcome)).toEqual([]);
    expect(outcome.members!.members).toHaveLength(8);
    expect(sum(outcome.members!.members.map((m) => m.population!)).toFixed()).toBe('488735');
    expect(outcome.charges[0].total.toFixed()).toBe('1954940');
  });

  test('the Rådslag’s 106 791 kr, half equally and half by population, gives the report’s split to the krona', () => {
    expect(outcome.charges[1].name).toBe('Södertörns Rådslag 2018');
    expect(outcome.charges[1].total.toFixed()).toBe('106791');
    expect(Object.values(feesOf(outcome, 1))).toEqual(['16718', '16291', '7838', '9745', '8495', '17167', '11843', '18694']);
  });

  test('sixteen invoices numbered 18001–18016; the Rådslag ones dated 30 March, the rest from the first table', () => {
    expect(outcome.invoices.map((i) => i.number)).toEqual(Array.from({ length: 16 }, (_, i) => String(18001 + i)));
    const radslag = outcome.invoices.slice(8);
    expect(radslag.every((i) => i.date === '2018-03-30' && i.dueDate === '2018-04-29' && i.settings.bankgiro === '5050-1055')).toBe(true);
  });

  test('the sheets: Medlemsavgifter foots to 2 061 731 kr and so does Fakturor', () => {
    const [fees, invoices] = feeSheets(outcome, 'sv');
    expect(fees.table.rows.at(-1)).toEqual(['Totalt', null, null, null, null, null, null, null, 2061731]);
    expect(invoices.table.rows.at(-1)![11]).toBe(2061731);
  });
});
