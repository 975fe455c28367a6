/**
 * Rows that stand among a table's lines and are none (not-lines.ts): key figures under a `Nyckeltal` heading,
 * `varav` rows, notes. None is a line, none adds into a sum, a bad cell in one is no amount error, and the reading
 * report says once per table which were left out and why, so that nothing vanishes without a word.
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { readingText } from '../../../src/core/render/reading-text';
import { summaryText } from '../../../src/cli/summary';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (sheets: ReturnType<typeof sheet>[], lang: 'sv' | 'en' = 'sv') => reconcileSheets(sheets, { lang, today: '2026-12-07' });

describe('key figures under the lines', () => {
  const uppfoljning = () =>
    sheet('Uppföljning', [
      ['Post', 'Budget', 'Utfall'],
      ['Personal', 300, 310],
      ['Insatser', 200, 190],
      ['Summa kostnader', 500, 500],
      [null, null, null],
      ['Nyckeltal', null, null],
      ['Antal årsarbetare', 12.5, 12],
      [null, null, null],
      ['Soliditet', '45 %', '44 %'],
    ]);

  test('are left out of the lines and the sums, and the reading report says so once, with sheet and rows', () => {
    const r = run([uppfoljning()]);
    const t = r.analysis.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['Personal', 'Insatser']);
    expect([kr(t.total.budget), kr(t.total.outcome)]).toEqual(['500', '500']);
    expect(r.analysis.errors).toEqual([]);
    expect(r.reading[0].table!.leftOut).toEqual([{ why: 'keyFigures', count: 2, cell: 'A7', lastCell: 'A9', label: 'Nyckeltal' }]);
    // On Kontroller (after the link to the sheet), in the JSON, on the command line: in the reader's language.
    expect(readingText(r.reading[0], 'sv')).toContain('2 rader under rubriken ”Nyckeltal” (A7–A9) är nyckeltal');
    const en = run([uppfoljning()], 'en');
    expect(readingText(en.reading[0], 'en')).toContain('2 rows under the heading “Nyckeltal” (A7–A9) are key figures');
    const json = en.json as unknown as { reading: { leftOut?: { message: string }[] }[] };
    expect(json.reading[0].leftOut?.[0].message).toContain('are key figures');
    expect(summaryText(r, 'sv')).toContain('ℹ Uppföljning: 2 rader under rubriken ”Nyckeltal” (A7–A9)');
  });

  test('a table without them says nothing of them', () => {
    const r = run([
      sheet('Drift', [
        ['Post', 'Budget', 'Utfall'],
        ['Personal', 300, 310],
      ]),
    ]);
    expect(r.reading[0].table!.leftOut).toBeUndefined();
    expect(r.analysis.tables[0].leftOut).toBeUndefined();
  });
});

describe('varav and note rows with a cell that is no amount', () => {
  const drift = () =>
    sheet('Drift', [
      ['Verksamhet', 'Budget', 'Utfall'],
      ['Personalkostnader', 100, 110],
      ['  varav löner', 'se not 4', 80],
      ['Lokaler', 50, 45],
      ['– varav lokaler', 40, 'n/a'],
      ['Kommentar: hyran är preliminär', 'n/a', 'se not 4'],
      ['Summa', 150, 155],
    ]);

  test('give no amount error, no line, nothing in the sums; the report names them as left out', () => {
    const r = run([drift()]);
    const t = r.analysis.tables[0];
    expect(r.analysis.errors).toEqual([]);
    expect(t.lines.map((l) => l.name)).toEqual(['Personalkostnader', 'Lokaler']);
    // Unsigned costs: 150 − 155 = −5, and the Summa row foots without the varav rows.
    expect([kr(t.total.budget), kr(t.total.outcome), kr(t.total.deviation)]).toEqual(['150', '155', '-5']);
    expect(r.analysis.checks.filter((c) => c.class === 'mismatch')).toEqual([]);
    expect(r.reading[0].table!.leftOut).toEqual([
      { why: 'partOfAbove', count: 2, cell: 'A3', lastCell: 'A5', label: 'varav löner' },
      { why: 'note', count: 1, cell: 'A6', lastCell: 'A6', label: 'Kommentar: hyran är preliminär' },
    ]);
    expect(readingText(r.reading[0], 'sv')).toContain('2 varav-rader (den första A3 ”varav löner”)');
  });

  test('a varav row under a total still never adds into the sums', () => {
    const r = run([
      sheet('Drift', [
        ['Verksamhet', 'Budget', 'Utfall'],
        ['Löner', 70, 80],
        ['Övrigt', 30, 30],
        ['Summa kostnader', 100, 110],
        ['varav personalkostnader', 70, 80],
      ]),
    ]);
    const t = r.analysis.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['Löner', 'Övrigt']);
    expect([kr(t.total.budget), kr(t.total.outcome)]).toEqual(['100', '110']);
    expect(r.analysis.checks.filter((c) => c.class === 'mismatch')).toEqual([]);
  });

  test('a note-like label with an amount that reads is a line, and its bad cell is still reported', () => {
    const r = run([
      sheet('Drift', [
        ['Verksamhet', 'Budget', 'Utfall'],
        ['Personal', 100, 110],
        ['Obs! Konsulter', 50, 'n/a'],
      ]),
    ]);
    expect(r.analysis.tables[0].lines.map((l) => l.name)).toEqual(['Personal', 'Obs! Konsulter']);
    expect(r.analysis.errors.map((e) => [e.key, e.cell])).toEqual([['amount.notANumber', 'C3']]);
    expect(r.reading[0].table!.leftOut).toBeUndefined();
  });

  test('a sentence-like line whose cells hold error values stays a line with its errors: a formula broke there', () => {
    const r = run([
      sheet('Drift', [
        ['Verksamhet', 'Budget', 'Utfall'],
        ['Personal', 100, 110],
        ['Kostnader för tjänster, konsulter och licenser inom it m.m.', { error: '#REF!' }, { error: '#REF!' }],
      ]),
    ]);
    expect(r.analysis.tables[0].lines.map((l) => l.name)).toEqual(['Personal', 'Kostnader för tjänster, konsulter och licenser inom it m.m.']);
    expect(r.analysis.errors.map((e) => [e.key, e.cell])).toEqual([
      ['amount.errorValue', 'B3'],
      ['amount.errorValue', 'C3'],
    ]);
  });
});
