import { generatedMark } from '../../src/core/marks';
import { NUMBER_FORMATS } from '../../src/core/render/output';
import { OfficeWorkbook, selectCell } from '../../src/excel/workbook';
import { reconcile } from '../../src/reconcile';
import { FakeWorkbook, fakeRun } from '../fakes/excel';
import { DRIFT, INJECTION_LABELS, NETTOKOSTNAD, PROJEKT, bigDeviations } from './budgets';

const USER_SHEETS = ['Drift', 'Nettokostnad', 'Projekt', 'Avvikelser', 'Avvikelser (3)'];
/** Avvikelser's columns here: Område, Rad, Budget, Utfall, Avvikelse, %, Prognos, its two figures, Bedömning, then Kommentar. */
const COMMENT = 10;

/** A workbook as a user has it: budget sheets with a formula and formats, and sheets named like the output. */
function userWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const drift = wb.addSheet('Drift', DRIFT);
  drift.formulas.set('B7', '=SUM(B4:B6)');
  drift.numberFormats[3] = [undefined, '#,##0', '#,##0'];
  drift.fonts.push({ address: 'A1', property: 'bold', value: true });
  wb.addSheet('Nettokostnad', NETTOKOSTNAD);
  wb.addSheet('Projekt', PROJEKT);
  // The user's own sheet called Avvikelser, and one called like a suffixed output: neither carries the mark.
  wb.addSheet('Avvikelser', [['Mina egna anteckningar'], ['Skapat av mig, inte av något program']]);
  wb.addSheet('Avvikelser (3)', [['Utkast']]);
  // A Kontroller sheet left by an earlier run: it carries the mark, so it is replaced.
  wb.addSheet('Kontroller', [['Kontroller'], [generatedMark('sv', 'Kontroller')], [], ['gammalt']]);
  return wb;
}

describe('a full reconciliation through Office.js', () => {
  const wb = userWorkbook();
  const port = new OfficeWorkbook(fakeRun(wb));
  const before = USER_SHEETS.map((name) => wb.snapshot(name));
  let first: string[];
  let second: string[];
  let firstSyncs: number;

  beforeAll(async () => {
    first = (await reconcile(port, { lang: 'sv' })).written;
    firstSyncs = wb.syncs;
    // Between runs the user types a comment (one that looks like a formula) and scribbles beside the table.
    const dev = wb.sheet('Avvikelser (2)');
    const löner = dev.cells.findIndex((r) => r?.[1] === 'Löner');
    dev.cells[löner][COMMENT] = '=ring Eva';
    dev.cells[0][30] = 'klotter';
    second = (await reconcile(port, { lang: 'sv' })).written;
  });

  test('every cell, formula and format of every user sheet is the same after two runs', () => {
    expect(USER_SHEETS.map((name) => wb.snapshot(name))).toEqual(before);
  });

  test("a user's sheet named Avvikelser keeps its name; the output takes a suffix, the same on the second run", () => {
    expect(first).toEqual(['Sammanfattning', 'Avvikelser (2)', 'Kontroller']);
    expect(second).toEqual(first);
    // Kontroller is rewritten where it was; Sammanfattning and Avvikelser (2) are new, so they come last, in order.
    expect(wb.names).toEqual([...USER_SHEETS, 'Kontroller', 'Sammanfattning', 'Avvikelser (2)']);
  });

  test('only marked sheets are replaced: the old Kontroller went, the second run replaced Avvikelser (2)', () => {
    expect(wb.sheet('Kontroller').cells[3]?.[0]).not.toBe('gammalt');
    expect(wb.sheet('Avvikelser (2)').cells[0][30]).toBeUndefined();
    expect(wb.value('Avvikelser (2)', 'A2')).toBe(generatedMark('sv', 'Avvikelser (2)'));
  });

  test("the user's comment survives the second run, as text", () => {
    const dev = wb.sheet('Avvikelser (2)');
    const löner = dev.cells.find((r) => r?.[1] === 'Löner')!;
    expect(löner[COMMENT]).toBe('=ring Eva');
  });

  test('a third run in English replaces the Swedish output, keeps the comment, and leaves every user sheet as it was', async () => {
    const english = new FakeWorkbook();
    for (const name of wb.names)
      english.addSheet(
        name,
        wb.sheet(name).cells.map((r) => (r ?? []).map((v) => v ?? null)),
      );
    const userBefore = USER_SHEETS.map((name) => english.snapshot(name));
    const written = (await reconcile(new OfficeWorkbook(fakeRun(english)), { lang: 'en' })).written;
    expect(written).toEqual(['Summary', 'Deviations', 'Checks']);
    expect(USER_SHEETS.map((name) => english.snapshot(name))).toEqual(userBefore);
    // The Swedish sheets are renamed and rewritten in place, so they keep their places.
    expect(english.names).toEqual([...USER_SHEETS, 'Checks', 'Summary', 'Deviations']);
    expect(english.sheet('Deviations').cells.find((r) => r?.[1] === 'Löner')![COMMENT]).toBe('=ring Eva');
  });

  test('a run reads in three syncs and writes in three (names, the marks of candidate sheets, the sheets)', () => {
    expect(firstSyncs).toBe(6);
    // A few hundred operations (formats, fonts, links, the chart), each its action and path in the request.
    expect(wb.maxPayload).toBeLessThan(250_000);
  });

  test('events are back on and calculation was suspended for the writes', () => {
    expect(wb.enableEvents).toBe(true);
    expect(wb.calculationSuspensions).toBeGreaterThan(0);
  });

  test('formula injection is impossible: labels that read as formulas are text in the output, and no output cell is a formula', () => {
    const dev = wb.sheet('Avvikelser (2)');
    // Under the heading row `Projekt`, its lines down to its total.
    const heading = dev.cells.findIndex((r) => r?.[0] === 'Projekt');
    const total = dev.cells.findIndex((r, i) => i > heading && r?.[0] === 'Totalt');
    expect(dev.cells.slice(heading + 1, total).map((r) => r![1])).toEqual(INJECTION_LABELS);
    for (const name of ['Sammanfattning', 'Avvikelser (2)', 'Kontroller']) expect([...wb.sheet(name).formulas]).toEqual([]);
    expect(dev.numberFormats[dev.cells.findIndex((r) => r?.[1] === '+1')][1]).toBe('@');
  });

  test('the fake would have caught it: the same strings typed into a General cell become formulas or numbers', async () => {
    const probe = new FakeWorkbook();
    probe.addSheet('Prov');
    await fakeRun(probe)({}, async (context) => {
      context.workbook.worksheets.getItem('Prov').getRange('A1:D1').values = [INJECTION_LABELS];
      await context.sync();
    });
    expect(probe.sheet('Prov').cells[0]).toEqual([{ error: '#NAME?' }, 1, -2, { error: '#NAME?' }]);
    expect([...probe.sheet('Prov').formulas.keys()]).toEqual(['A1', 'D1']);
  });
});

describe('what the generated sheets hold', () => {
  const wb = userWorkbook();
  let out: ReturnType<typeof wb.sheet>;
  let summary: ReturnType<typeof wb.sheet>;
  let result: Awaited<ReturnType<typeof reconcile>>;

  beforeAll(async () => {
    result = await reconcile(new OfficeWorkbook(fakeRun(wb)), { lang: 'sv' });
    out = wb.sheet('Avvikelser (2)');
    summary = wb.sheet('Sammanfattning');
  });

  test('a table over the header and every body row, with its name and style', () => {
    expect(result.sheets.map((s) => s.key)).toEqual(['summary', 'deviations', 'checks']);
    const rows = result.sheets[1].table.rows.length;
    const columns = result.sheets[1].table.columns.length;
    expect(out.tables).toEqual([
      { name: 'Avstamning_Avvikelser', address: `A5:${String.fromCharCode(64 + columns)}${5 + rows}`, hasHeaders: true, style: 'TableStyleMedium2' },
    ]);
    expect(summary.tables).toEqual([{ name: 'Avstamning_Sammanfattning', address: 'A6:I15', hasHeaders: true, style: 'TableStyleMedium2' }]);
    expect(wb.sheet('Kontroller').tables.map((t) => t.name)).toEqual(['Avstamning_Kontroller']);
  });

  test('title, mark and header in place; number formats per column kind, text columns as Text', () => {
    expect(wb.value('Avvikelser (2)', 'A1')).toBe('Avvikelser – budget mot utfall, rad för rad');
    expect(wb.value('Avvikelser (2)', 'A2')).toBe(generatedMark('sv', 'Avvikelser (2)'));
    // Only the columns with data: no Tabell, Nivå or Flagga; Prognos because Nettokostnad has one.
    expect(out.cells[4]).toEqual([
      'Område',
      'Rad',
      'Budget',
      'Utfall',
      'Avvikelse',
      'Avvikelse %',
      'Prognos',
      'Prognosavvikelse',
      'Prognossäkerhet',
      'Bedömning',
      'Kommentar',
      'Åtgärd',
      'Källa',
    ]);
    const columns = result.sheets[1].table.columns;
    const body = out.numberFormats[5];
    columns.forEach((c, i) => expect([c.header, body[i]]).toEqual([c.header, NUMBER_FORMATS[c.kind]]));
    expect(body[columns.findIndex((c) => c.kind === 'amount')]).toBe('#,##0 "kr"_);-#,##0 "kr"_);0 "kr"_)');
    expect(body[columns.findIndex((c) => c.kind === 'percent')]).toBe('0.0 %_)');
  });

  test('conditional formats: an unfavourable material deviation red across the row, a favourable one green in its word only', () => {
    expect(out.conditionalFormats).toEqual([
      { type: 'Custom', address: 'A6:M21', formula: '=$J6="▼ Ogynnsam, väsentlig"', fill: '#FFC7CE', fontColor: '#9C0006', fontBold: null },
      { type: 'Custom', address: 'J6:J21', formula: '=$J6="▲ Gynnsam, väsentlig"', fill: '#C6EFCE', fontColor: '#006100', fontBold: null },
    ]);
    // The colour goes with a word (and an arrow) in the data, so it reads without colour too.
    expect(out.cells[6]).toEqual([
      undefined,
      'Löner',
      1200000,
      1350000,
      -150000,
      -0.125,
      undefined,
      undefined,
      undefined,
      '▼ Ogynnsam, väsentlig',
      undefined,
      undefined,
      'Drift!A4',
    ]);
    expect(out.cells[11]?.[9]).toBe('▲ Gynnsam, väsentlig');
  });

  test('the summary: a native bar chart beside the table, its goal areas top to bottom, a colour per sign, the axis fitted', () => {
    expect(out.charts).toEqual([]);
    expect(summary.charts).toEqual([
      {
        type: 'BarClustered',
        source: 'R6:T9',
        seriesBy: 'Columns',
        name: 'Chart 1',
        title: 'Avvikelse per område, Nettokostnad',
        legendVisible: true,
        legendPosition: 'Bottom',
        position: ['K6', 'Q22'],
        series: [
          { colour: '#107C10', overlap: 100, gapWidth: 60 },
          { colour: '#C50F1F', overlap: 100, gapWidth: 60 },
        ],
        dataLabels: { showValue: true, numberFormat: '#,##0," tkr"' },
        valueAxis: { minimum: -1000000, maximum: 1000000, majorUnit: 500000, numberFormat: '#,##0," tkr"' },
      },
    ]);
    // A bar chart draws its first category at the bottom: the data runs from the last goal area up.
    expect(summary.cells.slice(5, 9).map((r) => r.slice(17, 20))).toEqual([
      ['Område', 'Gynnsam', 'Ogynnsam'],
      ['Medlemsavgifter', 20000],
      ['Mål 2', undefined, -599600],
      ['Mål 1', 492200],
    ]);
    expect(wb.sheet('Kontroller').charts).toEqual([]);
  });

  test('the summary: per table its goal areas and its total, each with a word for the deviation', () => {
    expect(summary.cells.slice(5, 15).map((r) => r.slice(0, 7))).toEqual([
      ['Område', 'Budget', 'Utfall', 'Avvikelse', 'Avvikelse %', 'Prognos', 'Bedömning'],
      ['Drift', undefined, undefined, undefined, undefined, undefined, undefined],
      // A line without outcome (budget 50 000) is left out: the % is over the 1 500 000 of the lines compared.
      ['Totalt', 1550000, 1630500, -130500, -130500 / 1500000, undefined, '▼ Ogynnsam, väsentlig'],
      ['Nettokostnad', undefined, undefined, undefined, undefined, undefined, undefined],
      ['Mål 1: Utbildning', 2300000, 1807800, 492200, 0.214, 2100000, '▲ Gynnsam, väsentlig'],
      ['Mål 2: Omvärld', 3840000, 4439600, -599600, -599600 / 3840000, 3790000, '▼ Ogynnsam, väsentlig'],
      ['Medlemsavgifter', 500000, 520000, 20000, 0.04, 500000, 'Gynnsam'],
      ['Totalt', 6640000, 6767400, -87400, undefined, 6390000, 'Ogynnsam'],
      ['Projekt', undefined, undefined, undefined, undefined, undefined, undefined],
      ['Totalt', 1000, 900, 100, 0.1, undefined, 'Gynnsam'],
    ]);
    // The table headings link to the tables; the line on Drift's line left out links to Drift on the detail; the
    // finding below links to its row on Kontroller.
    expect([...summary.hyperlinks]).toEqual([
      ['A7', { documentReference: "'Drift'!A3", textToDisplay: 'Drift' }],
      ['A9', { documentReference: "'Nettokostnad'!A1", textToDisplay: 'Nettokostnad' }],
      ['A14', { documentReference: "'Projekt'!A1", textToDisplay: 'Projekt' }],
      ['A17', { documentReference: "'Avvikelser (2)'!A6", textToDisplay: 'ℹ Drift:' }],
      [
        'A19',
        {
          documentReference: "'Kontroller'!A7",
          textToDisplay: '✖ Summor i arbetsboken som inte stämmer med raderna de summerar: 1. Rätta summan eller raderna ovanför den.',
        },
      ],
    ]);
    expect(summary.frozenRows).toBe(0);
  });

  test('print settings: A4 landscape, the summary on one page, the detail at 8 pt with its label columns repeated', () => {
    const page = { orientation: 'Landscape', paperSize: 'A4', leftMargin: 28.8, rightMargin: 28.8 };
    const headersFooters = {
      leftHeader: '',
      centerHeader: '&A',
      rightHeader: 'helåret',
      leftFooter: 'Avstämning',
      centerFooter: '',
      rightFooter: 'Sida &P av &N',
    };
    expect(summary.pageLayout).toEqual({
      ...page,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      headersFooters,
      printTitleRows: '$6:$6',
      printTitleColumns: null,
      printArea: 'A1:P21',
    });
    expect(out.pageLayout).toEqual({ ...page, zoom: { scale: 73 }, headersFooters, printTitleRows: '$5:$5', printTitleColumns: '$A:$B', printArea: null });
  });

  test('group and total rows bold, header frozen, widths set, tab coloured', () => {
    const styles = result.sheets[1].table.rowStyles;
    const boldRows = out.fonts.filter((f) => f.property === 'bold' && f.address !== 'A1').map((f) => f.address);
    const expected = styles.flatMap((s, i) => (s === 'normal' ? [] : [6 + i]));
    const covered = boldRows.flatMap((a) => {
      const [, from, to] = /^A(\d+):[A-Z]+(\d+)$/.exec(a)!.map(Number);
      return Array.from({ length: to - from + 1 }, (_, k) => from + k);
    });
    expect(covered).toEqual(expected);
    expect(covered).toEqual([6, 10, 11, 12, 13, 14, 15, 16, 21]);
    expect(out.frozenRows).toBe(5);
    expect(out.columnWidths.get(1)).toBeCloseTo((40 * 7 + 5) * 0.75);
    expect(out.tabColor).toBe('#0F6CBD');
  });
});

describe('the adapter on its own', () => {
  test('a table name already used in the workbook gets a suffix rather than failing the run', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Drift', DRIFT).tables.push({ name: 'Avstamning_Avvikelser', address: 'A3:D7', hasHeaders: true, style: '' });
    await new OfficeWorkbook(fakeRun(wb)).writeSheets([bigDeviations(10)]);
    expect(wb.sheet('Avvikelser').tables[0].name).toBe('Avstamning_Avvikelser_2');
  });

  test('a failed write turns events back on', async () => {
    const wb = new FakeWorkbook(2_000);
    wb.addSheet('Drift', DRIFT);
    await expect(new OfficeWorkbook(fakeRun(wb)).writeSheets([bigDeviations(100)])).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.enableEvents).toBe(true);
  });

  test('API sets the host lacks are left out', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Drift', DRIFT);
    wb.enableEvents = true;
    await new OfficeWorkbook(fakeRun(wb), { supports: (_set, version) => version <= '1.5' }).writeSheets([bigDeviations(10)]);
    const out = wb.sheet('Avvikelser');
    expect([wb.calculationSuspensions, out.conditionalFormats.length, out.frozenRows, out.tabColor]).toEqual([0, 0, 0, '']);
    expect(out.tables).toHaveLength(1);
  });

  test('selectCell activates the sheet and selects the cell in one sync', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Drift', DRIFT);
    wb.addSheet('Nettokostnad', NETTOKOSTNAD);
    await selectCell(fakeRun(wb), 'Nettokostnad', 'E5');
    expect([wb.activeSheet, wb.selection, wb.syncs]).toEqual(['Nettokostnad', 'E5', 1]);
  });

  test('settings go to their own sheet, replaced on the next save, text kept as text', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Drift', DRIFT);
    const port = new OfficeWorkbook(fakeRun(wb));
    const rows = [
      ['Parameter', 'Värde'],
      ['Flaggningsgräns belopp (kr)', 100000],
      ['Fakturatext', '=HYPERLINK("x")'],
    ];
    expect(await port.writeSettings(rows, 'sv')).toBe('Avstämning inställningar');
    expect(await port.writeSettings(rows.slice(0, 2), 'en')).toBe('Avstämning inställningar');
    expect(wb.names).toEqual(['Drift', 'Avstämning inställningar']);
    const s = wb.sheet('Avstämning inställningar');
    expect(s.cells).toEqual([
      ['Parameter', 'Värde'],
      ['Flaggningsgräns belopp (kr)', 100000],
    ]);
    await port.writeSettings(rows, 'sv');
    expect(wb.value('Avstämning inställningar', 'B3')).toBe('=HYPERLINK("x")');
    expect([...wb.sheet('Avstämning inställningar').formulas]).toEqual([]);
  });
});
