/**
 * Avstämning's .xlsx reader against ExcelJS (and openpyxl's read-only read, when Debian's python3-openpyxl is
 * installed) on the bench's ledger workbook: each reader in its own process, the whole process timed by the
 * wall clock and its peak resident memory taken from the kernel (getrusage), median of three runs.
 *
 *   node --import tsx scripts/measure-reader.ts [rows]      (default 100 000 rows; the workbook goes to bench/out/)
 *
 * The Avstämning and ExcelJS children are plain node processes (the reader as the command line runs it,
 * compiled by `npm run build:cli` first) that read the file into the core's SheetData, every cell; openpyxl
 * iterates every row's values.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateLedger, writeLedgerXlsx } from '../bench/generate';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'bench', 'out');

const CHILD = {
  avstamning: `
    const { readFileSync } = require('node:fs');
    const { XlsxWorkbook } = require('./dist/xlsx/workbook');
    const { nodeCodec } = require('./dist/xlsx/files');
    XlsxWorkbook.fromBuffer(readFileSync(process.argv[1]), nodeCodec).then((wb) => wb.readSheets()).then((sheets) => {
      const cells = sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.filter((v) => v !== null).length, 0), 0);
      const u = process.resourceUsage(); console.log(JSON.stringify({ cells, maxRssKb: u.maxRSS, cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6 }));
    });`,
  // As the .xlsx adapter read with ExcelJS before (test/helpers/exceljs-read.ts), in plain JavaScript.
  exceljs: `
    const ExcelJS = require('exceljs');
    const value = (v) => v === null || v === undefined ? null : v instanceof Date ? v.getTime() / 86400000 + 25569
      : typeof v !== 'object' ? v : 'error' in v ? { error: String(v.error) } : 'richText' in v ? v.richText.map((p) => p.text).join('')
      : 'formula' in v || 'sharedFormula' in v ? (v.result === undefined ? { error: '#NOCACHE' } : value(v.result)) : 'text' in v ? value(v.text) : String(v);
    const wb = new ExcelJS.Workbook();
    wb.xlsx.readFile(process.argv[1]).then(() => {
      const sheets = wb.worksheets.map((ws) => {
        const values = [];
        ws.eachRow({ includeEmpty: false }, (row, r) => {
          const cells = [];
          row.eachCell({ includeEmpty: false }, (cell, c) => { if (!cell.isMerged || cell.master === cell) cells[c - 1] = value(cell.value); });
          for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
          values[r - 1] = cells;
        });
        return { name: ws.name, values: Array.from(values, (r) => r ?? []) };
      });
      const cells = sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.filter((v) => v !== null).length, 0), 0);
      const u = process.resourceUsage(); console.log(JSON.stringify({ cells, maxRssKb: u.maxRSS, cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6 }));
    });`,
};

interface Run {
  seconds: number;
  /** User and system CPU time of the process: steadier than the wall clock on a busy machine. */
  cpuSeconds: number;
  maxRssMB: number;
  cells: number;
}

function timed(command: string, args: string[]): Run {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${run.stderr}`);
  const out = JSON.parse(run.stdout.trim().split('\n').pop()!) as { cells?: number; maxRssKb?: number; cpuSeconds?: number };
  return { seconds, cpuSeconds: out.cpuSeconds ?? NaN, maxRssMB: (out.maxRssKb ?? 0) / 1024, cells: out.cells ?? 0 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const rows = Number(process.argv[2] ?? 100_000);
  mkdirSync(OUT, { recursive: true });
  const xlsx = join(OUT, `reader-${rows}.xlsx`);
  if (!existsSync(xlsx)) await writeLedgerXlsx(generateLedger(rows), xlsx);
  spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const node = (code: string) => ['-e', code, xlsx];
  const peers: [string, () => Run][] = [
    ['Avstämning reader', () => timed(process.execPath, node(CHILD.avstamning))],
    ['ExcelJS', () => timed(process.execPath, node(CHILD.exceljs))],
  ];
  // openpyxl's own script reports cells; its peak memory comes from /usr/bin/time when present.
  if (existsSync('/usr/bin/python3') && spawnSync('/usr/bin/python3', ['-c', 'import openpyxl']).status === 0) {
    const script = `import resource,sys,openpyxl
wb=openpyxl.load_workbook(sys.argv[1],read_only=True,data_only=True)
cells=sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None)
u=resource.getrusage(resource.RUSAGE_SELF)
print('{"cells":%d,"maxRssKb":%d,"cpuSeconds":%f}'%(cells,u.ru_maxrss,u.ru_utime+u.ru_stime))`;
    peers.push(['openpyxl read-only', () => timed('/usr/bin/python3', ['-c', script, xlsx])]);
  }
  console.log(`${rows} rows, ${xlsx}`);
  for (const [name, measure] of peers) {
    const runs = [measure(), measure(), measure()];
    console.log(
      `${name.padEnd(20)} ${median(runs.map((r) => r.seconds)).toFixed(2)} s wall (runs ${runs.map((r) => r.seconds.toFixed(2)).join(', ')}), ${median(runs.map((r) => r.cpuSeconds)).toFixed(2)} s CPU, peak RSS ${median(runs.map((r) => r.maxRssMB)).toFixed(0)} MB, ${runs[0].cells} cells`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
