import { Decimal } from '../../../src/core/decimal';
import { Expr, LabelExpr, evaluate, isAmount, labelsOf, parseExpression, showExpression } from '../../../src/core/goals/expression';

function parse(text: string): Expr {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.problem} at ${result.error.position}`);
  return result.expr;
}

/** Evaluate with labels looked up in a plain table; a missing label has no value. */
function value(text: string, values: Record<string, number> = {}): string | null {
  const result = evaluate(parse(text), (l: LabelExpr) => ({ value: l.name in values ? new Decimal(values[l.name]) : null, sources: [] }));
  return result.value === null ? null : result.value.toFixed();
}

const names = (text: string) => labelsOf(parse(text)).map((l) => (l.section ? `${l.section} › ${l.name}` : l.name));

describe('arithmetic', () => {
  test('× and / bind tighter than + and −, left to right', () => {
    expect(value('2 + 3 * 4')).toBe('14');
    expect(value('2 * 3 + 4')).toBe('10');
    expect(value('10 - 4 - 3')).toBe('3');
    expect(value('24 / 4 / 3')).toBe('2');
    expect(value('10 − 2 × 3')).toBe('4');
  });

  test('parentheses group, and unary minus applies to the factor after it', () => {
    expect(value('(2 + 3) * 4')).toBe('20');
    expect(value('((1 + 1) * (2 + 2))')).toBe('8');
    expect(value('-(2 + 3) * 2')).toBe('-10');
    expect(value('-2 * -3')).toBe('6');
  });

  test('exact decimals, Swedish number forms and percent', () => {
    expect(value('0,1 + 0,2')).toBe('0.3');
    expect(value('12 000 000 / 1 000')).toBe('12000');
    expect(value('100 % + 1')).toBe('2');
    expect(value('7 / 8')).toBe('0.875');
  });

  test('a ratio of two amounts is a ratio; a sum of amounts is an amount', () => {
    expect(isAmount(parse('Eget kapital'))).toBe(true);
    expect(isAmount(parse('Eget kapital - 1 000'))).toBe(true);
    expect(isAmount(parse('Eget kapital / Summa tillgångar'))).toBe(false);
    expect(isAmount(parse('(Omsättningstillgångar - Förråd) / Kortfristiga skulder'))).toBe(false);
  });
});

describe('labels', () => {
  test('a label is the text between operators, with spaces, commas, digits and å ä ö', () => {
    expect(names('(Kortfristiga fordringar + Kassa och bank) / Kortfristiga skulder')).toEqual([
      'Kortfristiga fordringar',
      'Kassa och bank',
      'Kortfristiga skulder',
    ]);
    expect(names('Inventarier, datorer och installationer + Not 11 Likvida medel')).toEqual([
      'Inventarier, datorer och installationer',
      'Not 11 Likvida medel',
    ]);
  });

  test('a spaced minus subtracts; a hyphen joined to a word belongs to the label', () => {
    expect(names('Omsättningstillgångar - Förråd')).toEqual(['Omsättningstillgångar', 'Förråd']);
    expect(names('Avvikelse budget-utfall + Kassa- och bank')).toEqual(['Avvikelse budget-utfall', 'Kassa- och bank']);
    expect(names('Summa intäkter −Summa kostnader')).toEqual(['Summa intäkter', 'Summa kostnader']);
  });

  test('a parenthesis right after label text is part of the label', () => {
    expect(names('Övriga (externa kostnader) + Personalkostnader')).toEqual(['Övriga (externa kostnader)', 'Personalkostnader']);
    expect(names('(Övriga (externa kostnader) + Avskrivningar) / Nettointäkter')).toEqual(['Övriga (externa kostnader)', 'Avskrivningar', 'Nettointäkter']);
  });

  test('brackets and quotes take a label as written, operators and all', () => {
    expect(names('[Intäkt/Kostnad + övrigt] / "Summa (A+B)"')).toEqual(['Intäkt/Kostnad + övrigt', 'Summa (A+B)']);
  });

  test('Section › Label names the row in that section', () => {
    const [l] = labelsOf(parse('Eget kapital › Summa'));
    expect([l.section, l.name]).toEqual(['Eget kapital', 'Summa']);
    expect(names('Eget kapital > Summa / Summa tillgångar')).toEqual(['Eget kapital › Summa', 'Summa tillgångar']);
  });

  test('labels take their values; the computation can be shown with them', () => {
    const expr = parse('(Kundfordringar + Likvida medel) / Summa kortfristiga skulder');
    const values: Record<string, number> = { Kundfordringar: 2895, 'Likvida medel': 14747, 'Summa kortfristiga skulder': 11867 };
    const result = evaluate(expr, (l) => ({ value: new Decimal(values[l.name]), sources: [{ sheet: 'BR', cell: l.name }] }));
    expect(result.value!.toDecimalPlaces(4).toFixed()).toBe('1.4866');
    expect(result.sources.map((s) => s.cell)).toEqual(['Kundfordringar', 'Likvida medel', 'Summa kortfristiga skulder']);
    expect(showExpression(expr, (l) => String(values[l.name]))).toBe('(2895 + 14747) / 11867');
  });
});

describe('no value is not zero', () => {
  test('a label without a value gives no value, never zero', () => {
    expect(value('A + B', { A: 5 })).toBeNull();
  });

  test('division by zero gives no value and a note naming the divisor', () => {
    const result = evaluate(parse('Eget kapital / (Summa tillgångar - Eget kapital)'), () => ({ value: new Decimal(100), sources: [] }));
    expect(result.value).toBeNull();
    expect(result.notes).toEqual([{ key: 'goals.divisionByZero', params: { divisor: 'Summa tillgångar − Eget kapital' } }]);
  });
});

describe('syntax errors say what and where', () => {
  const error = (text: string) => {
    const result = parseExpression(text);
    return result.ok ? null : result.error;
  };

  test.each([
    ['', 'empty', 1],
    ['Eget kapital +', 'unexpectedEnd', 15],
    ['(Eget kapital + Avsättningar', 'unclosedParenthesis', 1],
    ['Eget kapital) / 2', 'unmatchedParenthesis', 13],
    ['Eget kapital / * 2', 'unexpected', 16],
    ['12 Eget kapital', 'unexpected', 4],
    ['1.234 + Eget kapital', 'badNumber', 1],
    ['[Eget kapital / 2', 'unclosedQuote', 1],
  ])('%j → %s at %d', (text, problem, position) => {
    expect(error(text)).toMatchObject({ problem, position });
  });

  test('never evaluates text as code', () => {
    const result = parseExpression('process.exit(1)');
    expect(result.ok).toBe(true);
    expect(labelsOf((result as { ok: true; expr: Expr }).expr).map((l) => l.name)).toEqual(['process.exit(1)']);
  });
});
