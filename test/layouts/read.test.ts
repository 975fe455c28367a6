/**
 * The product reads the layout corpus (test/fixtures/layouts: ledger exports, pivots, statements, interim
 * reports, joins, month columns, fee lists and goals as Swedish bodies keep them) as a careful economist would:
 * each fixture's lines, groups, totals, signs, findings and reading report as its expectation says, computed
 * independently of the code. A fixture the product does not read right yet is listed with the reason and runs
 * as `test.failing`, so it flips to a failure of this list the day it is read right.
 */
import fs from 'fs';
import path from 'path';
import { reconcileSheets } from '../../src/core/reconcile';
import { nodeCodec } from '../../src/xlsx/files';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { Expected } from '../../scripts/layouts/expected';
import { Json, LAYOUTS_DIR, score } from '../../scripts/score-layouts';
import { SheetData } from '../../src/core/cells';

/** Layouts not read right yet, and why. */
const NOT_YET: Record<string, string> = {};

const files = fs.readdirSync(LAYOUTS_DIR).filter((f) => f.endsWith('.expected.json'));

async function read(file: string): Promise<SheetData[]> {
  const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(path.join(LAYOUTS_DIR, file)), nodeCodec);
  return wb.readSheets();
}

const expectation = (file: string) => JSON.parse(fs.readFileSync(path.join(LAYOUTS_DIR, file), 'utf8')) as Expected;

describe('the layout corpus is read as an economist reads it', () => {
  const cases = files.map((f) => [f.replace(/\.expected\.json$/, ''), f] as const);
  it.each(cases.filter(([name]) => !NOT_YET[name]))('%s', async (_name, file) => {
    const e = expectation(file);
    const result = reconcileSheets(await read(e.file), { lang: 'sv', today: '2026-12-07' });
    expect(score(e, result.json as unknown as Json)).toEqual([]);
  });
  for (const [name, file] of cases.filter(([n]) => NOT_YET[n])) {
    test.failing(`${name} (not yet: ${NOT_YET[name]})`, async () => {
      const e = expectation(file);
      const result = reconcileSheets(await read(e.file), { lang: 'sv', today: '2026-12-07' });
      expect(score(e, result.json as unknown as Json)).toEqual([]);
    });
  }
});

describe('never invent a figure', () => {
  /**
   * Drop any amount column of any fixture (its cells emptied, its header renamed to something no reader knows):
   * no deviation may come from it. A budget or outcome column gone leaves its table with no deviations at all
   * (unless a join or another column supplies that side), and no line is flagged for it.
   */
  const tablesOf = (e: Expected) => e.tables.filter((t) => t.deviations && t.columns && (t.columns.budget || t.columns.outcome));
  const dropCases = files.flatMap((f) =>
    tablesOf(expectation(f)).flatMap((t) =>
      (['budget', 'outcome'] as const)
        .filter((r) => t.columns![r])
        .map((role) => [f.replace(/\.expected\.json$/, ''), t.sheet, role, t.columns![role]!] as const),
    ),
  );
  it.each(dropCases)('%s: without the %s sheet’s %s column (%s) no deviation is given for it', async (name, sheetName, role, column) => {
    const e = expectation(`${name}.expected.json`);
    const sheets = await read(e.file);
    const col = column.charCodeAt(0) - 65;
    const dropped = sheets.map((s) =>
      s.name !== sheetName
        ? s
        : { ...s, values: s.values.map((row, r) => row.map((v, c) => (c !== col ? v : r < 40 && typeof v === 'string' ? 'Kolumn X' : null))) },
    );
    const result = reconcileSheets(dropped, { lang: 'sv', today: '2026-12-07' });
    const table = result.analysis.tables.find((t) => t.sheet === sheetName && !t.join);
    if (table) {
      // Another column may still give that side (a period budget, month columns): then every deviation has both sides.
      for (const l of table.lines) if (l.deviation !== null) expect(role === 'budget' ? (l.periodBudget ?? l.budget) : l.outcome).not.toBeNull();
    }
  });
});

describe('the reading report names the header every column was read from', () => {
  it.each(files.map((f) => f.replace(/\.expected\.json$/, '')).filter((n) => !NOT_YET[n]))('%s', async (name) => {
    const e = expectation(`${name}.expected.json`);
    const result = reconcileSheets(await read(e.file), { lang: 'en', today: '2026-12-07' });
    for (const t of e.tables.filter((x) => x.deviations && x.columns)) {
      const entry =
        result.reading.find((r) => r.sheet === t.sheet && r.table?.headerRow === t.headerRow) ?? result.reading.find((r) => r.sheet === t.sheet && r.table);
      expect(entry?.table).toBeTruthy();
      for (const [role, column] of Object.entries(t.columns!)) {
        if (!['budget', 'outcome', 'forecast', 'periodBudget', 'priorYear', 'deviation'].includes(role)) continue;
        const c = entry!.table!.columns.find((x) => x.column === column);
        expect({ column, role: c?.role, hasHeader: c !== undefined && (c.header !== '' || c.from !== 'header') }).toEqual({ column, role, hasHeader: true });
      }
    }
  });
});
