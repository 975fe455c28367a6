import { generatedMark } from '../../src/core/marks';
import { NUMBER_FORMATS } from '../../src/core/render/output';
import { OfficeWorkbook, selectCell } from '../../src/excel/workbook';
import { reconcile } from '../../src/reconcile';
import { FakeWorkbook, fakeRun } from '../fakes/excel';
import { DRIFT, INJECTION_LABELS, NETTOKOSTNAD, PROJEKT, bigDeviations } from './budgets';

const USER_SHEETS = ['Drift', 'Nettokostnad', 'Projekt', 'Avvikelser', 'Avvikelser (3)'];

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
    const löner = dev.cells.findIndex((r) => r?.[2] === 'Löner');
    dev.cells[löner][14] = '=ring Eva';
    dev.cells[0][30] = 'klotter';
    second = (await reconcile(port, { lang: 'sv' })).written;
  });

  test('every cell, formula and format of every user sheet is the same after two runs', () => {
    expect(USER_SHEETS.map((name) => wb.snapshot(name))).toEqual(before);
  });

  test("a user's sheet named Avvikelser keeps its name; the output takes a suffix, the same on the second run", () => {
    expect(first).toEqual(['Avvikelser (2)', 'Kontroller']);
    expect(second).toEqual(first);
    // Kontroller is rewritten where it was; Avvikelser (2) is new, so it comes last.
    expect(wb.names).toEqual([...USER_SHEETS, 'Kontroller', 'Avvikelser (2)']);
  });

  test('only marked sheets are replaced: the old Kontroller went, the second run replaced Avvikelser (2)', () => {
    expect(wb.sheet('Kontroller').cells[3]?.[0]).not.toBe('gammalt');
    expect(wb.sheet('Avvikelser (2)').cells[0][30]).toBeUndefined();
    expect(wb.value('Avvikelser (2)', 'A2')).toBe(generatedMark('sv', 'Avvikelser (2)'));
  });

  test("the user's comment survives the second run, as text", () => {
    const dev = wb.sheet('Avvikelser (2)');
    const löner = dev.cells.find((r) => r?.[2] === 'Löner')!;
    expect(löner[14]).toBe('=ring Eva');
  });

  test('a third run in English replaces the Swedish output, keeps the comment, and leaves every user sheet as it was', async () => {
    const english = new FakeWorkbook();
    for (const name of wb.names) english.addSheet(name, wb.sheet(name).cells.map((r) => (r ?? []).map((v) => v ?? null)));
    const userBefore = USER_SHEETS.map((name) => english.snapshot(name));
    const written = (await reconcile(new OfficeWorkbook(fakeRun(english)), { lang: 'en' })).written;
    expect(written).toEqual(['Deviations', 'Checks']);
    expect(USER_SHEETS.map((name) => english.snapshot(name))).toEqual(userBefore);
    // The Swedish sheets are renamed and rewritten in place, so they keep their places.
    expect(english.names).toEqual([...USER_SHEETS, 'Checks', 'Deviations']);
    expect(english.sheet('Deviations').cells.find((r) => r?.[2] === 'Löner')![14]).toBe('=ring Eva');
  });

  test('a run reads in three syncs and writes in three (names, the marks of candidate sheets, the sheets)', () => {
    expect(firstSyncs).toBe(6);
    expect(wb.maxPayload).toBeLessThan(100_000);
  });

  test('events are back on and calculation was suspended for the writes', () => {
    expect(wb.enableEvents).toBe(true);
    expect(wb.calculationSuspensions).toBeGreaterThan(0);
  });

  test('formula injection is impossible: labels that read as formulas are text in the output, and no output cell is a formula', () => {
    const dev = wb.sheet('Avvikelser (2)');
    const lines = dev.cells.filter((r) => r?.[0] === 'Projekt' && r[3] === 'Rad').map((r) => r![2]);
    expect(lines).toEqual(INJECTION_LABELS);
    for (const name of ['Avvikelser (2)', 'Kontroller']) expect([...wb.sheet(name).formulas]).toEqual([]);
    expect(dev.numberFormats[dev.cells.findIndex((r) => r?.[2] === '+1')][2]).toBe('@');
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
  let result: Awaited<ReturnType<typeof reconcile>>;

  beforeAll(async () => {
    result = await reconcile(new OfficeWorkbook(fakeRun(wb)), { lang: 'sv' });
    out = wb.sheet('Avvikelser (2)');
  });

  test('a table over the header and every body row, with its name and style', () => {
    const rows = result.sheets[0].table.rows.length;
    const columns = result.sheets[0].table.columns.length;
    expect(out.tables).toEqual([{ name: 'Avstamning_Avvikelser', address: `A5:${String.fromCharCode(64 + columns)}${5 + rows}`, hasHeaders: true, style: 'TableStyleMedium2' }]);
    expect(wb.sheet('Kontroller').tables.map((t) => t.name)).toEqual(['Avstamning_Kontroller']);
  });

  test('title, mark and header in place; number formats per column kind, text columns as Text', () => {
    expect(wb.value('Avvikelser (2)', 'A1')).toBe('Avvikelser – budget mot utfall');
    expect(wb.value('Avvikelser (2)', 'A2')).toBe(generatedMark('sv', 'Avvikelser (2)'));
    expect(out.cells[4].slice(0, 5)).toEqual(['Tabell', 'Målområde', 'Rad', 'Nivå', 'Budget']);
    const columns = result.sheets[0].table.columns;
    const body = out.numberFormats[5];
    columns.forEach((c, i) => expect([c.header, body[i]]).toEqual([c.header, NUMBER_FORMATS[c.kind]]));
    expect(body[columns.findIndex((c) => c.kind === 'amount')]).toBe('#,##0 "kr";-#,##0 "kr";0 "kr"');
    expect(body[columns.findIndex((c) => c.kind === 'percent')]).toBe('0.0 %');
  });

  test('conditional formats: flagged rows red across the table, negative deviations red', () => {
    const columns = result.sheets[0].table.columns;
    const last = String.fromCharCode(64 + columns.length);
    const bottom = 5 + result.sheets[0].table.rows.length;
    const flag = String.fromCharCode(65 + columns.findIndex((c) => c.header === 'Flagga'));
    const dev = String.fromCharCode(65 + columns.findIndex((c) => c.header === 'Avvikelse'));
    expect(out.conditionalFormats).toEqual([
      { type: 'Custom', address: `A6:${last}${bottom}`, formula: `=$${flag}6="⚠ Flaggad"`, fill: '#FFC7CE', fontColor: '#9C0006', fontBold: null },
      { type: 'Custom', address: `${dev}6:${dev}${bottom}`, formula: `=AND(ISNUMBER($${dev}6),$${dev}6<0)`, fill: null, fontColor: '#9C0006', fontBold: null },
    ]);
    // The flag is also a word in the data, so it shows without colour too.
    expect(out.cells.some((r) => r?.includes('⚠ Flaggad'))).toBe(true);
  });

  test('a native clustered bar chart of the goal areas, from a helper range beside the table', () => {
    const columns = result.sheets[0].table.columns.length;
    const left = String.fromCharCode(65 + columns + 1);
    const right = String.fromCharCode(65 + columns + 2);
    expect(out.charts).toEqual([
      { type: 'BarClustered', source: `${left}5:${right}8`, seriesBy: 'Columns', name: 'Chart 1', title: 'Avvikelse per målområde (kr)', legendVisible: false, position: [`${String.fromCharCode(65 + columns + 4)}5`, expect.any(String)] },
    ]);
    const helper = out.cells.slice(4, 8).map((r) => r.slice(columns + 1, columns + 3));
    expect(helper).toEqual([
      ['Målområde', 'Avvikelse'],
      ['Mål 1: Utbildning', 492200],
      ['Mål 2: Omvärld', -599600],
      ['Medlemsavgifter', 20000],
    ]);
    expect(wb.sheet('Kontroller').charts).toEqual([]);
  });

  test('group and total rows bold, header frozen, widths set, tab coloured', () => {
    const styles = result.sheets[0].table.rowStyles;
    const boldRows = out.fonts.filter((f) => f.property === 'bold' && f.address !== 'A1').map((f) => f.address);
    const expected = styles.flatMap((s, i) => (s === 'normal' ? [] : [6 + i]));
    const covered = boldRows.flatMap((a) => {
      const [, from, to] = /^A(\d+):[A-Z]+(\d+)$/.exec(a)!.map(Number);
      return Array.from({ length: to - from + 1 }, (_, k) => from + k);
    });
    expect(covered).toEqual(expected);
    expect(out.frozenRows).toBe(5);
    expect(out.columnWidths.get(2)).toBeCloseTo((44 * 7 + 5) * 0.75);
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
