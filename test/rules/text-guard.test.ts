/**
 * SPEC 6, text is written as text, never as a formula: the Office.js writer gives every cell that may hold the
 * user's text (title, notes — which carry the user's charge name —, headers, text columns, a stray string in a
 * number column, the chart's categories, the settings sheet) the Text format `@` before its value lands. The
 * fake Excel turns a string starting with `=`, `+`, `-` or `@` in a General cell into a formula, as Excel does.
 */
import { generatedMark } from '../../src/core/marks';
import { NO_PAGE_TEXT, NUMBER_FORMATS, OutputSheet, chartPlacement } from '../../src/core/render/output';
import { OfficeWorkbook } from '../../src/excel/workbook';
import { FakeWorkbook, fakeRun } from '../fakes/excel';

const INJECTED = ['=HYPERLINK("http://x","klicka")', '+46 8 123 45', '-Flen', '@SUM(A1)'];

/** A generated sheet whose every text place holds something Excel would otherwise run. */
function hostileSheet(): OutputSheet {
  return {
    key: 'invoices',
    name: 'Fakturor',
    title: INJECTED[0],
    notes: [generatedMark('sv', 'Fakturor'), `${INJECTED[0]}`, INJECTED[1]],
    table: {
      name: 'Avstamning_Fakturor',
      columns: [
        { header: INJECTED[2], kind: 'text', width: 20 },
        { header: INJECTED[3], kind: 'amount', width: 12 },
      ],
      rows: [
        [INJECTED[0], 100],
        [INJECTED[2], INJECTED[1]],
      ],
      rowStyles: ['normal', 'normal'],
      conditional: [],
    },
    chart: {
      title: 'Avgift',
      bars: [
        { name: INJECTED[0], value: 100 },
        { name: INJECTED[2], value: -5 },
      ],
      series: ['Gynnsam', 'Ogynnsam'],
      numberFormat: NUMBER_FORMATS.amount,
      axis: { min: -50, max: 150, step: 50 },
    },
    print: { fit: 'page', repeatColumns: 0, header: NO_PAGE_TEXT, footer: NO_PAGE_TEXT },
  };
}

describe('SPEC 6 the Office.js writer writes the user’s text as text', () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Drift', [['Konto', 'Budget', 'Utfall']]);

  beforeAll(async () => {
    await new OfficeWorkbook(fakeRun(wb)).writeSheets([hostileSheet()]);
  });

  it('no cell of the written sheet is a formula', () => {
    expect([...wb.sheet('Fakturor').formulas]).toEqual([]);
  });

  it('the title and every note line are stored exactly as given, with the Text format', () => {
    const s = wb.sheet('Fakturor');
    expect([0, 1, 2, 3].map((r) => s.cells[r][0])).toEqual([INJECTED[0], generatedMark('sv', 'Fakturor'), INJECTED[0], INJECTED[1]]);
    expect([0, 1, 2, 3].map((r) => s.numberFormats[r]?.[0])).toEqual(['@', '@', '@', '@']);
  });

  it('the header row is text', () => {
    const s = wb.sheet('Fakturor');
    // Title, three notes, a blank row: the header is on row 6 (index 5).
    expect(s.cells[5].slice(0, 2)).toEqual([INJECTED[2], INJECTED[3]]);
    expect(s.numberFormats[5].slice(0, 2)).toEqual(['@', '@']);
  });

  it('a text column is text; a string in an amount column is text too; a number keeps its amount format', () => {
    const s = wb.sheet('Fakturor');
    expect([s.cells[6][0], s.cells[7][0], s.cells[7][1]]).toEqual([INJECTED[0], INJECTED[2], INJECTED[1]]);
    expect([s.numberFormats[6][0], s.numberFormats[7][0], s.numberFormats[7][1]]).toEqual(['@', '@', '@']);
    expect([s.cells[6][1], s.numberFormats[6][1]]).toEqual([100, NUMBER_FORMATS.amount]);
  });

  it('the chart’s copied categories are text', () => {
    const s = wb.sheet('Fakturor');
    // The copy stands right of the chart, header row first, then the bars bottom to top as the chart draws them.
    const col = chartPlacement(hostileSheet())!.dataLeft;
    expect([s.cells[5][col], s.cells[6][col], s.cells[7][col]]).toEqual([INJECTED[2], INJECTED[2], INJECTED[0]]);
    expect([s.numberFormats[5][col], s.numberFormats[6][col], s.numberFormats[7][col]]).toEqual(['@', '@', '@']);
  });

  it('the settings sheet stores what the user typed as text, numbers as numbers', async () => {
    const port = new OfficeWorkbook(fakeRun(wb));
    await port.writeSettings(
      [
        ['Parameter', 'Värde'],
        ['Benämning', INJECTED[0]],
        ['Gräns', 5],
      ],
      'sv',
    );
    const s = wb.sheet('Avstämning inställningar');
    expect(s.cells).toEqual([
      ['Parameter', 'Värde'],
      ['Benämning', INJECTED[0]],
      ['Gräns', 5],
    ]);
    expect([...s.formulas]).toEqual([]);
    expect(s.numberFormats[2]).toEqual(['@', 'General']);
  });
});
