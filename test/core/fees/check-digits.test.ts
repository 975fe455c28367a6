import fc from 'fast-check';
import { normaliseBankgiro, normaliseMunicipalityCode, normaliseOrgNumber } from '../../../src/core/fees/identifiers';
import { isLuhnValid, luhnCheckDigit } from '../../../src/core/fees/luhn';
import { ocrReference } from '../../../src/core/fees/ocr';

/**
 * Organisation numbers of real kommuner, as each kommun prints it (Wikipedia's infobox and the kommun's
 * own letterheads): the Luhn check digit must accept every one of them.
 */
const KOMMUNER = {
  'Botkyrka kommun': '212000-2882',
  'Huddinge kommun': '212000-0068',
  'Haninge kommun': '212000-0084',
  'Nynäshamns kommun': '212000-0233',
  'Södertälje kommun': '212000-0159',
  'Nyköpings kommun': '212000-2940',
};

describe('the Luhn check digit', () => {
  test('gives the textbook example: 7992739871 has check digit 3', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('79927398710')).toBe(false);
  });

  test('catches every single mistyped digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{2,20}$/), fc.nat(), fc.integer({ min: 1, max: 9 }), (payload, at, delta) => {
        const valid = `${payload}${luhnCheckDigit(payload)}`;
        const i = at % valid.length;
        const wrong = `${valid.slice(0, i)}${(Number(valid[i]) + delta) % 10}${valid.slice(i + 1)}`;
        expect(isLuhnValid(valid)).toBe(true);
        expect(isLuhnValid(wrong)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('organisation numbers', () => {
  test.each(Object.entries(KOMMUNER))('%s, %s, is valid', (_kommun, number) => {
    expect(normaliseOrgNumber(number)).toBe(number);
  });

  test('are accepted as typed: without the hyphen, with spaces, or with the century prefix 16', () => {
    expect(normaliseOrgNumber('2120002882')).toBe('212000-2882');
    expect(normaliseOrgNumber(' 212000 2882 ')).toBe('212000-2882');
    expect(normaliseOrgNumber('16212000-2882')).toBe('212000-2882');
  });

  test('with a wrong check digit, swapped digits or the wrong length are rejected', () => {
    expect(normaliseOrgNumber('212000-2883')).toBeNull();
    expect(normaliseOrgNumber('212000-8282')).toBeNull();
    expect(normaliseOrgNumber('212000-0086')).toBeNull();
    expect(normaliseOrgNumber('21200-2882')).toBeNull();
    expect(normaliseOrgNumber('Botkyrka')).toBeNull();
  });
});

describe('OCR references', () => {
  test('end with the Luhn check digit of the invoice number: 12345 → 123455', () => {
    // From the right: 5×2 = 10 → 1, 4, 3×2 = 6, 2, 1×2 = 2; 1+4+6+2+2 = 15, so the check digit is 5.
    expect(ocrReference('12345', false)).toBe('123455');
  });

  test('with a length digit count every digit, check digit included: 12345 → 1234574', () => {
    // 5 digits + length digit + check digit = 7; then the Luhn digit of 123457 is 4.
    expect(ocrReference('12345', true)).toBe('1234574');
  });

  test('always pass the Luhn check, and the length digit always states the length', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 20n }), fc.boolean(), (n, withLength) => {
        const ocr = ocrReference(n.toString(), withLength);
        expect(isLuhnValid(ocr)).toBe(true);
        expect(ocr.startsWith(n.toString())).toBe(true);
        if (withLength) expect(Number(ocr[ocr.length - 2])).toBe(ocr.length % 10);
        else expect(ocr).toHaveLength(n.toString().length + 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('bankgiro numbers and municipality codes', () => {
  test('Bankgirot’s test number 5050-1055 is valid; one digit off is not', () => {
    expect(normaliseBankgiro('5050-1055')).toBe('5050-1055');
    expect(normaliseBankgiro('50501055')).toBe('5050-1055');
    expect(normaliseBankgiro('5050-1056')).toBeNull();
    expect(normaliseBankgiro('123')).toBeNull();
  });

  test('a municipality code typed as a number gets its leading zero back', () => {
    expect(normaliseMunicipalityCode('127')).toBe('0127');
    expect(normaliseMunicipalityCode('0480')).toBe('0480');
    expect(normaliseMunicipalityCode('Botkyrka')).toBeNull();
  });
});
