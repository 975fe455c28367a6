/**
 * A workbook written by openpyxl itself (Debian's python3-openpyxl, with lxml when installed) with a comment,
 * a table, a bar chart, a defined name and a date, through the command line: read as openpyxl wrote it, and
 * the output opens again in openpyxl and in LibreOffice with the user's cells as they were. The corpus
 * imitates other writers' package shapes; this is the real one.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { nodeCodec } from '../../src/xlsx/files';
import { writtenPackageProblems } from '../helpers/package-checks';
import { describeWithTool, findOpenpyxl, findSoffice, libreOfficeConvert, openpyxlOpens } from '../helpers/office-tools';
import { tempDir } from '../helpers/xlsx';

const SCRIPT = `
import sys, datetime, openpyxl
from openpyxl.comments import Comment
from openpyxl.worksheet.table import Table
from openpyxl.chart import BarChart, Reference
from openpyxl.workbook.defined_name import DefinedName
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Projekt"
rows = [["Målområde", "Projekt", "Budget", "Utfall"], ["Mål 1", "Regional kompetensplattform", 425000, 408600], ["Mål 1", "ESF-projekt", 500000, 630300], ["Mål 2", "Utredningar", 300000, 242900]]
for r in rows:
    ws.append(r)
ws["B2"].comment = Comment("Från ekonomisystemet", "Ekonom")
ws.add_table(Table(displayName="Projekten", ref="A1:D4"))
chart = BarChart()
chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=4), titles_from_data=True)
chart.set_categories(Reference(ws, min_col=2, min_row=2, max_row=4))
ws.add_chart(chart, "F2")
ws["F20"] = datetime.date(2018, 1, 31)
try:
    wb.defined_names["Budgetposter"] = DefinedName("Budgetposter", attr_text="Projekt!$C$2:$C$4")
except (TypeError, AttributeError):
    wb.defined_names.append(DefinedName("Budgetposter", attr_text="Projekt!$C$2:$C$4"))
wb.save(sys.argv[1])
`;

describeWithTool('a workbook written by openpyxl', findOpenpyxl(), 'python3-openpyxl', (python) => {
  const dir = tempDir();
  const input = join(dir, 'openpyxl.xlsx');
  const out = join(dir, 'ut.xlsx');
  let code = -1;

  beforeAll(async () => {
    execFileSync(python, ['-c', SCRIPT, input]);
    code = await runCli([input, '--out', out, '--json', join(dir, 'r.json')], { stdout: () => {}, stderr: () => {} });
  }, 60_000);

  test('is read as written, and the output is a sound package', async () => {
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.deviations[0].total).toMatchObject({ budget: '1225000', outcome: '1281800' });
    expect(await writtenPackageProblems(readFileSync(input), readFileSync(out))).toEqual([]);
  });

  test('the output opens in openpyxl with the user’s cells, comment, table and date as they were', () => {
    const [result] = openpyxlOpens(python, [out], ['Projekt!B2', 'Projekt!C3', 'Projekt!F20']);
    expect(result.error).toBeNull();
    expect(result.cells).toEqual({ 'Projekt!B2': 'Regional kompetensplattform', 'Projekt!C3': '500000', 'Projekt!F20': '2018-01-31T00:00:00' });
    expect(result.sheets).toEqual(['Projekt', 'Avvikelser', 'Kontroller']);
  });

  describeWithTool('and in LibreOffice', findSoffice(), 'libreoffice-calc-nogui', (soffice) => {
    test('the output loads and converts, with the same sheets and the user’s values', async () => {
      const converted = libreOfficeConvert(soffice, [out], 'xlsx').get(out);
      expect(converted).not.toBeNull();
      const back = await (await XlsxWorkbook.fromBuffer(readFileSync(converted!), nodeCodec)).readSheets();
      expect(back.map((s) => s.name)).toEqual(['Projekt', 'Avvikelser', 'Kontroller']);
      expect(back[0].values[1].slice(0, 4)).toEqual(['Mål 1', 'Regional kompetensplattform', 425000, 408600]);
    }, 120_000);
  });
});
