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
