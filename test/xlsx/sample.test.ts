import { join, resolve } from 'node:path';
import { Reconciliation } from '../../src/core/reconcile';
import { reconcile } from '../../src/reconcile';
import { openXlsxFile, saveXlsxFile } from '../../src/xlsx/files';
import { readFileSync } from 'node:fs';
import { nodeCodec } from '../../src/xlsx/files';
import { OoxmlPackage, resolveTarget } from '../../src/xlsx/package';
import { cellDump, openWorkbook, tempDir } from '../helpers/xlsx';
import { kr } from '../helpers/money';

const SAMPLE = resolve(__dirname, '../../samples/sormland-2017.xlsx');

/** The Sörmland 2017 sample, reconciled as a user would: the figures the annual report prints. */
describe('the Sörmland 2017 sample', () => {
  let result: Reconciliation;
  const out = join(tempDir(), 'out.xlsx');
  const table = (sheet: string) => result.analysis.tables.find((t) => t.sheet === sheet)!;

  beforeAll(async () => {
    const wb = await openXlsxFile(SAMPLE);
    result = await reconcile(wb, { lang: 'sv' });
    await saveXlsxFile(wb, out);
  });

  test('finds the three budget tables with their units and conventions', () => {
    // The statements, the goals table and the member fees are not budget tables.
    expect(result.analysis.tables.map((t) => [t.sheet, t.unit, t.convention])).toEqual([
      ['Budgetavstämning', 'mnkr', 'signed'],
      ['Målområden', 'kr', 'unsigned'],
      ['Projekt', 'kr', 'unsigned'],
    ]);
    expect(table('Projekt').lines).toHaveLength(50);
  });

  test('the goal-area deviations are the report’s: mål 2 −599 600 kr, total +1 648 900 kr', () => {
    const t = table('Målområden');
    const m2 = t.groups.find((g) => g.name.startsWith('Mål 2'))!;
    expect(kr(m2.deviation)).toBe('-599600');
    expect(m2.favourable).toBe(false);
    const m1 = t.groups.find((g) => g.name.startsWith('Mål 1'))!;
    expect(kr(m1.deviation)).toBe('492200');
    expect(m1.favourable).toBe(true);
    expect(kr(t.total.deviation)).toBe('1648900');
    expect(kr(t.total.budget)).toBe('35570000');
    expect(kr(t.total.outcome)).toBe('33921100');
    expect(kr(t.total.forecast)).toBe('34760000');
  });

  test('the budget reconciliation: Summa kostnader −1,91 mnkr, RESULTAT +0,52 mnkr', () => {
    const t = table('Budgetavstämning');
    const costs = t.groups.find((g) => g.name === 'Kostnader')!;
    expect(kr(costs.deviation)).toBe('-1910000');
    expect(costs.favourable).toBe(false);
    const income = t.groups.find((g) => g.name === 'Intäkter')!;
    expect(kr(income.deviation)).toBe('2430000');
    expect(income.favourable).toBe(true);
    expect(kr(t.total.deviation)).toBe('520000');
    expect(kr(t.total.outcome)).toBe('560000');
  });

  test('the checks find exactly the known differences: mål 3 budget +32 000 and outcome −32 000, mål 4 outcome −1 800', () => {
    const mismatches = result.analysis.checks.filter((c) => c.class === 'mismatch');
    expect(mismatches.map((c) => [c.kind, c.sheet, c.cell, kr(c.difference)])).toEqual([
      ['cross-sheet', 'Målområden', 'B6', '32000'],
      ['cross-sheet', 'Målområden', 'D6', '-32000'],
      ['cross-sheet', 'Målområden', 'D7', '-1800'],
      // The 2016 balance sheet as the report prints it: assets 26 064 tkr, equity and liabilities 26 066 tkr.
      ['control-total', 'Balansräkning', 'D16', '-2000'],
    ]);
    expect(kr(mismatches[3].found)).toBe('26064000');
    expect(kr(mismatches[3].expected)).toBe('26066000');
  });

  test('every printed total and deviation of the budget tables agrees (the report foots), so nothing else is a difference', () => {
    const budgetSheets = result.analysis.tables.map((t) => t.sheet);
    const others = result.analysis.checks.filter((c) => budgetSheets.includes(c.sheet) && (c.kind === 'control-total' || c.kind === 'reported-deviation'));
    expect(others.length).toBe(0);
    expect(others.filter((c) => c.class !== 'rounding')).toEqual([]);
  });

  test('the unbudgeted projects are listed, not dropped; the report’s quirks are read without errors', () => {
    const unmapped = result.analysis.checks.filter((c) => c.kind === 'unmapped');
    expect(unmapped.map((c) => c.params.line).sort()).toEqual([
      'Arbetsplatsintegrerat lärande',
      'Jämställd regional tillväxt',
      'Strong (Sörmland, tillväxtregion på gång)',
    ]);
    expect(result.analysis.errors).toEqual([]);
  });

  test('a run never changes an input sheet: every cell of every input sheet is the same before and after', async () => {
    const inputNames = (await openWorkbook(SAMPLE)).worksheets.map((w) => w.name);
    expect(await cellDump(out, inputNames)).toEqual(await cellDump(SAMPLE));
    const written = (await openWorkbook(out)).worksheets.map((w) => w.name);
    expect(written).toEqual([...inputNames, 'Sammanfattning', 'Avvikelser', 'Kontroller', 'Medlemsavgifter (2)', 'Fakturor', 'Finansiella mål']);
  });

  test('every generated sheet prints on A4 landscape: the summary on one page, the detail at 8 pt, each with the header and footer', async () => {
    const wb = await openWorkbook(out);
    const header = { oddHeader: '&LRegionförbundet Sörmland&C&A&Rhelåret 2017', oddFooter: '&LAvstämning&RSida &P av &N' };
    expect(wb.getWorksheet('Sammanfattning')!.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      printTitlesRow: '6:6',
      printArea: 'A1:P29',
    });
    expect(wb.getWorksheet('Avvikelser')!.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: false,
      scale: 73,
      printTitlesRow: '5:5',
      printTitlesColumn: 'A:B',
    });
    expect(wb.getWorksheet('Kontroller')!.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    for (const name of ['Sammanfattning', 'Avvikelser', 'Kontroller', 'Medlemsavgifter (2)', 'Fakturor', 'Finansiella mål']) {
      expect([name, wb.getWorksheet(name)!.headerFooter]).toEqual([name, expect.objectContaining(header)]);
    }
  });

  test('every hyperlink of every generated sheet points at a cell that exists in the written workbook', async () => {
    const pkg = OoxmlPackage.load(new Uint8Array(readFileSync(out)), nodeCodec);
    const workbookXml = await pkg.text('xl/workbook.xml');
    const rels = await pkg.relationships('xl/workbook.xml');
    const parts = new Map(
      [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => [
        m[1].replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
        resolveTarget('xl/workbook.xml', rels.find((r) => r.id === m[2])!.target),
      ]),
    );
    const wb = await openWorkbook(out);
    const links: [string, string, string][] = [];
    for (const name of ['Sammanfattning', 'Avvikelser', 'Kontroller', 'Medlemsavgifter (2)', 'Fakturor', 'Finansiella mål']) {
      const xml = await pkg.text(parts.get(name)!);
      for (const m of xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)"/g))
        links.push([name, m[1], m[2].replace(/&apos;/g, "'").replace(/&amp;/g, '&')]);
    }
    const bad = links.flatMap(([from, ref, location]) => {
      const [, quoted, plain, cell] = /^(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+\d+)$/.exec(location) ?? [];
      const target = (quoted?.replace(/''/g, "'") ?? plain) as string | undefined;
      const ws = target ? wb.getWorksheet(target) : undefined;
      // The cell is there: within the sheet's used rows, and the linking cell shows text.
      const ok = ws !== undefined && Number(ws.getCell(cell).row) <= ws.rowCount && String(wb.getWorksheet(from)!.getCell(ref).value ?? '') !== '';
      return ok ? [] : [`${from}!${ref} → ${location}`];
    });
    expect(bad).toEqual([]);
    // Kontroller's cell column, the summary's findings and table headings, the goals' source cells all link.
    const count = (sheet: string) => links.filter(([from]) => from === sheet).length;
    expect([count('Sammanfattning'), count('Kontroller') > 7, count('Finansiella mål') > 0]).toEqual([3 + 3, true, true]);
    expect(links).toContainEqual(['Kontroller', 'C7', "'Målområden'!B6"]);
  });

  test('the Kontroller sheet lists the mismatches first, with sheet, cell and amounts', async () => {
    const ws = (await openWorkbook(out)).getWorksheet('Kontroller')!;
    const header = [...Array(40).keys()].map((i) => i + 1).find((r) => ws.getCell(r, 1).value === 'Kontroll')!;
    const first = (ws.getRow(header + 1).values as unknown[]).slice(1);
    expect(first).toEqual(['Mellan blad', '✖ Stämmer inte', 'Målområden!B6', 19485000, 19517000, 32000, expect.stringContaining('Mål 3')]);
    // Below the table, one blank row down: how each sheet was read, each line after a reference to its table.
    const below = header + 1 + 7 + 1;
    expect([ws.getCell(below, 1).value, ws.getCell(below + 1, 1).value]).toEqual(['Så lästes arbetsboken', 'Budgetavstämning!A3']);
    expect(String(ws.getCell(below + 1, 2).value)).toMatch(/^A3:E25: Läst som budgettabell \(rader: 9, grupper: 2\)/);
  });
});
