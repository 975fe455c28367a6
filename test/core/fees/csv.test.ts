/**
 * The invoice CSV's text fields (issue 13): safe to open in a spreadsheet whichever separator it is opened
 * with, one rule per test. (LibreOffice opens the real files in test/robustness/corpus-cli.test.ts.)
 */
import { csvText } from '../../../src/core/fees/csv';

describe('a text field in the invoice CSV', () => {
  test('plain text stays as it is; null is an empty field', () => {
    expect(csvText('Eskilstuna kommun')).toBe('Eskilstuna kommun');
    expect(csvText('Nord-Syd 2 - 3')).toBe('Nord-Syd 2 - 3');
    expect(csvText(null)).toBe('');
  });

  test('a field that starts with = + - @ gets an apostrophe, also after leading white space', () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('+46 8 123')).toBe("'+46 8 123");
    expect(csvText('-2+3')).toBe("'-2+3");
    expect(csvText('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvText('  =1+1')).toBe("'  =1+1");
  });

  test('a field that starts with a tab, a carriage return or a control character gets an apostrophe; controls are left out', () => {
    expect(csvText('\t=1+1')).toBe("' =1+1");
    expect(csvText('\u0000=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvText('\u0007abc')).toBe("'abc");
    expect(csvText('Ring\u0007klocka\u007f')).toBe('Ringklocka');
    expect(csvText('\rabc')).toBe('"\'\nabc"');
  });

  test('quoted when it holds a semicolon, a comma, a quote or a line break', () => {
    expect(csvText('Kommun; förvaltning')).toBe('"Kommun; förvaltning"');
    expect(csvText('Kommun, förvaltning')).toBe('"Kommun, förvaltning"');
    expect(csvText('Kommun "Norra"')).toBe('"Kommun ""Norra"""');
    expect(csvText('rad ett\r\nrad två')).toBe('"rad ett\nrad två"');
  });

  test('a formula character after a comma, semicolon or line break inside the field gets an apostrophe (a comma separator would start a field there)', () => {
    expect(csvText('Flens kommun,=1+1')).toBe('"Flens kommun,\'=1+1"');
    expect(csvText('Gnesta kommun\n=2+2')).toBe('"Gnesta kommun\n\'=2+2"');
    expect(csvText('a; @SUM(1)')).toBe('"a; \'@SUM(1)"');
    expect(csvText('x,"=1+1')).toBe('"x,""\'=1+1"');
  });
});
