import { join, resolve } from 'node:path';
import { Reconciliation } from '../../src/core/reconcile';
import { reconcile } from '../../src/reconcile';
import { openXlsxFile, saveXlsxFile } from '../../src/xlsx/files';
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
    expect(unmapped.map((c) => c.params.line).sort()).toEqual(['Arbetsplatsintegrerat lärande', 'Jämställd regional tillväxt', 'Strong (Sörmland, tillväxtregion på gång)']);
    expect(result.analysis.errors).toEqual([]);
  });

  test('a run never changes an input sheet: every cell of every input sheet is the same before and after', async () => {
    const inputNames = (await openWorkbook(SAMPLE)).worksheets.map((w) => w.name);
    expect(await cellDump(out, inputNames)).toEqual(await cellDump(SAMPLE));
    const written = (await openWorkbook(out)).worksheets.map((w) => w.name);
    expect(written).toEqual([...inputNames, 'Avvikelser', 'Kontroller', 'Medlemsavgifter (2)', 'Fakturor', 'Finansiella mål']);
  });

  test('the Kontroller sheet lists the mismatches first, with sheet, cell and amounts', async () => {
    const ws = (await openWorkbook(out)).getWorksheet('Kontroller')!;
    // The notes above the table say what was read from each sheet; the table's header follows them.
    const header = [...Array(40).keys()].map((i) => i + 1).find((r) => ws.getCell(r, 1).value === 'Kontroll')!;
    expect(String(ws.getCell(3, 1).value)).toContain('Budgetavstämning');
    const first = (ws.getRow(header + 1).values as unknown[]).slice(1);
    expect(first).toEqual(['Mellan blad', '✖ Stämmer inte', 'Målområden', 'B6', 19485000, 19517000, 32000, expect.stringContaining('Mål 3')]);
  });
});
