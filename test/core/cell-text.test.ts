/** Generated text fits an Excel cell (issue 13): cut at 32 767 characters with a mark that says so. */
import { EXCEL_MAX_CELL_CHARS, capCellText, capSheetText } from '../../src/core/render/cell-text';
import { OutputSheet, fitToWidth } from '../../src/core/render/output';

describe('text longer than a cell holds', () => {
  test('up to 32 767 characters a text is kept whole', () => {
    const full = 'x'.repeat(EXCEL_MAX_CELL_CHARS);
    expect(capCellText(full, 'sv')).toBe(full);
  });

  test('longer: cut to exactly 32 767 characters, ending in a mark with how many were left out, in the run’s language', () => {
    const text = 'å'.repeat(40_000);
    const sv = capCellText(text, 'sv');
    const en = capCellText(text, 'en');
    expect(sv).toHaveLength(EXCEL_MAX_CELL_CHARS);
    expect(en).toHaveLength(EXCEL_MAX_CELL_CHARS);
    const left = 40_000 - sv.indexOf(' … [');
    expect(sv.endsWith(` … [avkortad: ${left} tecken till]`)).toBe(true);
    expect(en).toMatch(/ … \[truncated: \d+ more characters\]$/);
  });

  test('never half of a surrogate pair', () => {
    const emoji = '😀'.repeat(20_000);
    const capped = capCellText(emoji, 'sv');
    const kept = capped.slice(0, capped.indexOf(' … ['));
    expect(kept.length % 2).toBe(0);
    expect([...kept].every((c) => c === '😀')).toBe(true);
  });

  test('a sheet: every long cell, title, note and header capped; a sheet without one is returned as it is', () => {
    const long = 'a'.repeat(33_000);
    const sheet: OutputSheet = {
      key: 'deviations',
      name: 'Avvikelser',
      title: long,
      notes: ['kort', long],
      table: {
        name: 'T',
        columns: [{ header: long, kind: 'text', width: 10 }],
        rows: [[long], ['kort'], [1]],
        rowStyles: ['normal', 'normal', 'normal'],
        conditional: [],
      },
      print: fitToWidth([], 0),
    };
    const capped = capSheetText(sheet, 'en');
    const lengths = [capped.title, ...capped.notes, capped.table.columns[0].header, ...capped.table.rows.map((r) => String(r[0]))].map((t) => t.length);
    expect(lengths).toEqual([EXCEL_MAX_CELL_CHARS, 4, EXCEL_MAX_CELL_CHARS, EXCEL_MAX_CELL_CHARS, EXCEL_MAX_CELL_CHARS, 4, 1]);
    const short = { ...sheet, title: 't', notes: [], table: { ...sheet.table, columns: [{ header: 'h', kind: 'text' as const, width: 1 }], rows: [['x']] } };
    expect(capSheetText(short, 'sv')).toBe(short);
  });
});
