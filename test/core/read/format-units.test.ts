/**
 * The unit stated is the one shown; a number format that shows a cell divided by 1 000 (`#,##0,`) shows kronor
 * as tkr (format-units.ts). Sheets built here, with formats given as an adapter gives them; figures by hand.
 */
import { CellValue, SheetData } from '../../../src/core/cells';
import { formatMessage } from '../../../src/core/messages';
import { reconcileSheets } from '../../../src/core/reconcile';
import { columnFormat, storedUnit } from '../../../src/core/read/format-units';
import { sheet } from '../../helpers/sheets';
import { formatted } from '../../helpers/formats';
import { kr } from '../../helpers/money';

const run = (sheets: SheetData[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

const FOLLOW_UP: CellValue[][] = [
  ['Budgetuppföljning helår 2025'],
  [],
  ['Verksamhet', 'Budget (tkr)', 'Utfall (tkr)', 'Avvikelse (tkr)'],
  ['Tillsynsavgifter', 8_450_000, 8_912_367, 462_367],
  ['Miljö- och hälsoskydd', 12_840_000, 12_611_784, 228_216],
  ['Livsmedelskontroll', 4_620_000, 4_877_419, -257_419],
];

const figures = (s: SheetData) => run([s]).analysis.tables[0].lines.map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation)]);

describe('kronor shown as tkr by the number format', () => {
  test('`#,##0,` under `(tkr)`: the cells hold kronor and are not multiplied by 1 000', () => {
    const r = run([formatted(sheet('Uppföljning', FOLLOW_UP), { 'B4:D6': '#,##0,' })]);
    const t = r.analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['Tillsynsavgifter', '8450000', '8912367', '462367'],
      ['Miljö- och hälsoskydd', '12840000', '12611784', '228216'],
      ['Livsmedelskontroll', '4620000', '4877419', '-257419'],
    ]);
    expect(t.unit).toBe('kr');
    expect(r.analysis.errors).toEqual([]);
    const table = r.reading.find((x) => x.sheet === 'Uppföljning')!.table!;
    expect(table.unitFrom).toBe('format');
    expect(table.unitShown).toEqual({ unit: 'tkr', format: '#,##0,' });
    expect(table.columns.filter((c) => c.note).map((c) => [c.column, c.note])).toEqual([
      ['B', 'column.heldKronor'],
      ['C', 'column.heldKronor'],
      ['D', 'column.heldKronor'],
    ]);
    expect((r.json as { reading: { unitFrom: string }[] }).reading[0].unitFrom).toBe(
      'cellernas talformat ”#,##0,”, som visar talen i den angivna enheten tkr genom att dela dem med 1 000 per komma i slutet',
    );
  });

  test('without formats (an adapter that gives none) the same cells are tkr, as the header says', () => {
    expect(figures(sheet('Uppföljning', FOLLOW_UP))[0]).toEqual(['Tillsynsavgifter', '8450000000', '8912367000', '462367000']);
  });

  test('`#,##0` (no scaling) under `(tkr)`: tkr, multiplied by 1 000', () => {
    expect(figures(formatted(sheet('Uppföljning', FOLLOW_UP), { 'B4:D6': '#,##0' }))[0]).toEqual(['Tillsynsavgifter', '8450000000', '8912367000', '462367000']);
  });

  test('the negative section scales too: `#,##0,;[Red]-#,##0,`', () => {
    expect(figures(formatted(sheet('Uppföljning', FOLLOW_UP), { 'B4:D6': '#,##0,;[Red]-#,##0,' }))[2]).toEqual([
      'Livsmedelskontroll',
      '4620000',
      '4877419',
      '-257419',
    ]);
  });

  test('a unit stated in the title holds the same: `Belopp i tkr` over `#,##0,` cells', () => {
    const rows = FOLLOW_UP.map((r, i) =>
      i === 0 ? ['Budgetuppföljning helår 2025, belopp i tkr'] : i === 2 ? ['Verksamhet', 'Budget', 'Utfall', 'Avvikelse'] : r,
    );
    expect(figures(formatted(sheet('Uppföljning', rows), { 'B4:D6': '#,##0,' }))[0]).toEqual(['Tillsynsavgifter', '8450000', '8912367', '462367']);
  });

  test('with no unit stated the cells are kronor whatever they show', () => {
    const rows = FOLLOW_UP.map((r, i) => (i === 2 ? ['Verksamhet', 'Budget', 'Utfall', 'Avvikelse'] : r));
    const r = run([formatted(sheet('Uppföljning', rows), { 'B4:D6': '#,##0,' })]);
    expect(r.analysis.tables[0].lines.map((l) => kr(l.outcome))).toEqual(['8912367', '12611784', '4877419']);
    expect(r.reading[0].table!.unitFrom).toBe('default');
  });

  test('under `(mnkr)`, `#,##0,` shows tkr and `#,##0,,` kronor', () => {
    const rows: CellValue[][] = [
      ['Nämnd', 'Budget (mnkr)', 'Utfall (mnkr)'],
      ['Socialnämnden', 1_250_000, 1_262_500],
    ];
    expect(figures(formatted(sheet('Nämnder', rows), { 'B2:C2': '#,##0,' }))[0]).toEqual(['Socialnämnden', '1250000000', '1262500000', '-12500000']);
    expect(run([formatted(sheet('Nämnder', rows), { 'B2:C2': '#,##0,' })]).analysis.tables[0].unit).toBe('tkr');
    expect(figures(formatted(sheet('Nämnder', rows), { 'B2:C2': '#,##0,,' }))[0]).toEqual(['Socialnämnden', '1250000', '1262500', '-12500']);
  });

  test('each column by its own format: a budget of kronor shown as tkr beside an outcome in tkr', () => {
    const rows: CellValue[][] = [
      ['Verksamhet', 'Budget (tkr)', 'Utfall (tkr)'],
      ['Tillsyn', 8_450_000, 8_912],
    ];
    const r = run([formatted(sheet('Uppföljning', rows), { B2: '#,##0,', C2: '#,##0' })]);
    expect(r.analysis.tables[0].lines.map((l) => [kr(l.budget), kr(l.outcome)])).toEqual([['8450000', '8912000']]);
    // Not every column holds kronor: the table stays in tkr, the unit stated.
    expect(r.analysis.tables[0].unit).toBe('tkr');
    expect(r.reading[0].table!.columns.filter((c) => c.note).map((c) => c.column)).toEqual(['B']);
  });

  test('month columns and their sum are read by their format too', () => {
    const rows: CellValue[][] = [
      ['', 'Budget 2025 (tkr)', null, 'Utfall 2025 (tkr)', null],
      ['Konto', 'jan', 'feb', 'jan', 'feb'],
      ['Löner', 400_000, 400_000, 410_000, 395_500],
    ];
    const t = run([formatted(sheet('Månader', rows), { 'B3:E3': '#,##0,' })]).analysis.tables[0];
    expect(t.lines.map((l) => [kr(l.budget), kr(l.outcome)])).toEqual([['800000', '805500']]);
  });

  test('text in a scaled column is read as written, in the unit stated (no format scales text)', () => {
    const rows = FOLLOW_UP.map((r, i) => (i === 3 ? ['Tillsynsavgifter', 8_450_000, '8 912', 462_367] : r));
    expect(figures(formatted(sheet('Uppföljning', rows), { 'B4:D6': '#,##0,' }))[0]).toEqual(['Tillsynsavgifter', '8450000', '8912000', '462000']);
  });

  test('a unit the user gave is the cells’ own: the format is not looked at', () => {
    const rows = FOLLOW_UP.map((r, i) => (i === 2 ? ['Verksamhet', 'Kolumn X', 'Siffra', 'Diff'] : r));
    const settings = sheet('Avstämning inställningar', [
      ['Blad', 'Kolumn', 'Roll'],
      ['Uppföljning', 'B', 'Budget'],
      ['Uppföljning', 'C', 'Utfall'],
      ['Uppföljning', 'Enhet', 'tkr'],
    ]);
    const t = run([formatted(sheet('Uppföljning', rows), { 'B4:D6': '#,##0,' }), settings]).analysis.tables[0];
    expect(kr(t.lines[0].budget)).toBe('8450000000');
  });
});

describe('formats within a column that disagree are said, not guessed', () => {
  test('the format most number cells carry decides; a cell in another scale is named and not read', () => {
    const rows = [...FOLLOW_UP, ['Administration', 2_190, 2_043_566, 146_434]];
    const r = run([formatted(sheet('Uppföljning', rows), { 'B4:D7': '#,##0,', B7: '#,##0' })]);
    const t = r.analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['Tillsynsavgifter', '8450000', '8912367', '462367'],
      ['Miljö- och hälsoskydd', '12840000', '12611784', '228216'],
      ['Livsmedelskontroll', '4620000', '4877419', '-257419'],
      // 2 190 shown as it is under (tkr) beside kronor shown as tkr: which it is cannot be told, so the line has no deviation.
      ['Administration', null, '2043566', null],
    ]);
    expect(r.analysis.errors).toEqual([
      {
        key: 'amount.formatScale',
        sheet: 'Uppföljning',
        cell: 'B7',
        params: { text: '2190', column: 'Budget (tkr)', format: '#,##0', columnFormat: '#,##0,', unit: 'tkr' },
      },
    ]);
    const message = (lang: 'sv' | 'en') => formatMessage(r.analysis.errors[0].key, lang, r.analysis.errors[0].params);
    expect(message('sv')).toBe(
      'Talet 2190 (Budget (tkr)) har talformatet ”#,##0”, som visar det i en annan skala än kolumnens övriga tal (”#,##0,”) under enheten tkr, så vilken enhet cellen håller går inte att säga. Det läses inte (inte heller som noll): ge kolumnens celler samma talformat.',
    );
    expect(message('en')).toMatch(
      /^The number 2190 \(Budget \(tkr\)\) has the number format “#,##0”, which shows it at another scale than the column’s other numbers \(“#,##0,”\)/,
    );
  });

  test('a General cell among scaled ones is named as General, in the reader’s language', () => {
    const rows = [...FOLLOW_UP, ['Administration', 2_190, 2_043_566, 146_434]];
    const r = run([formatted(sheet('Uppföljning', rows), { 'B4:B6': '#,##0,', 'C4:D7': '#,##0,' })]);
    const issue = r.analysis.errors[0];
    expect(issue.cell).toBe('B7');
    expect(formatMessage(issue.key, 'sv', issue.params)).toMatch(
      /^Talet 2190 \(Budget \(tkr\)\) har talformatet ”Allmänt”, som visar det i en annan skala än kolumnens övriga tal \(”#,##0,”\)/,
    );
    expect(formatMessage(issue.key, 'en', issue.params)).toMatch(/^The number 2190 \(Budget \(tkr\)\) has the number format “General”/);
  });

  test('a zero shows the same at any scale: its format is not held against it', () => {
    const rows = [...FOLLOW_UP, ['Administration', 0, 2_043_566, 0]];
    const r = run([formatted(sheet('Uppföljning', rows), { 'B4:D6': '#,##0,', 'C7:D7': '#,##0,' })]);
    expect(r.analysis.errors).toEqual([]);
    expect(r.analysis.tables[0].lines.map((l) => kr(l.budget))[3]).toBe('0');
  });

  test('when as many cells show one scale as another, neither is taken: each is named', () => {
    const rows: CellValue[][] = [
      ['Verksamhet', 'Budget (tkr)', 'Utfall (tkr)'],
      ['Tillsyn', 8_450_000, 8_912],
      ['Kontroll', 4_620, 4_877_419],
    ];
    const r = run([formatted(sheet('Uppföljning', rows), { B2: '#,##0,', C2: '#,##0', B3: '#,##0', C3: '#,##0,' })]);
    expect(r.analysis.errors.map((e) => [e.key, e.cell, e.params?.columnFormat])).toEqual([
      ['amount.formatScale', 'B2', '#,##0'],
      ['amount.formatScale', 'C2', '#,##0,'],
      ['amount.formatScale', 'B3', '#,##0,'],
      ['amount.formatScale', 'C3', '#,##0'],
    ]);
    expect(r.analysis.tables[0].lines.every((l) => l.budget === null && l.outcome === null)).toBe(true);
  });

  test('a format that would put the cells below kronor (`#,##0,` under `(kr)`) is said, and nothing is read', () => {
    const rows: CellValue[][] = [
      ['Verksamhet', 'Budget (kr)', 'Utfall (kr)'],
      ['Tillsyn', 8_450_000, 8_912_367],
    ];
    const r = run([formatted(sheet('Uppföljning', rows), { 'B2:C2': '#,##0,' })]);
    expect(r.analysis.errors.map((e) => [e.key, e.cell])).toEqual([
      ['amount.formatUnit', 'B2'],
      ['amount.formatUnit', 'C2'],
    ]);
    expect(formatMessage('amount.formatUnit', 'sv', r.analysis.errors[0].params)).toMatch(
      /^Talet 8450000 \(Budget \(kr\)\) har talformatet ”#,##0,”, som visar talet delat med 1 000 för varje komma i slutet, men enheten som anges är kr/,
    );
    expect(r.analysis.tables[0].lines.map((l) => [l.budget, l.outcome])).toEqual([[null, null]]);
  });

  test('only the areas an adapter read count: rows whose formats it did not read are left out of the count', () => {
    const rows: CellValue[][] = [
      ['Verksamhet', 'Budget (tkr)', 'Utfall (tkr)'],
      ...Array.from({ length: 9 }, (_, i) => [`Rad ${i + 1}`, 1_000_000 + i, 1_100_000 + i]),
    ];
    // Formats read for rows 1–4 only (an Excel sample): `#,##0,` there; rows 5–10 unread, not General.
    const s = formatted(sheet('Uppföljning', rows), { 'B2:C4': '#,##0,' }, ['A1:C4']);
    expect(columnFormat(s, 1, 1, 9)).toEqual({ scale: 1, mixed: false, formats: new Map([[1, '#,##0,']]) });
    const t = run([s]).analysis.tables[0];
    expect(t.lines.map((l) => kr(l.budget))).toEqual(rows.slice(1).map((r) => String(r[1])));
  });
});

test('the unit a cell holds is the stated one, 1 000 down per comma; below kronor, none', () => {
  expect([storedUnit('tkr', 0), storedUnit('tkr', 1), storedUnit('mnkr', 1), storedUnit('mnkr', 2), storedUnit('tkr', 2), storedUnit('kr', 1)]).toEqual([
    'tkr',
    'kr',
    'tkr',
    'kr',
    null,
    null,
  ]);
});
