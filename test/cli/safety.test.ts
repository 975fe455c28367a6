/**
 * The input is sacred and the outputs are whole (issue 13), on real files in a temporary folder: no output
 * may be the input however it is reached (the same name, a symbolic link, a hard link, --json or
 * --invoices-csv naming it), outputs may not be one file, `-` is standard output, empty values and unknown
 * sheets are usage errors, inputs that are no regular file are refused at once, and a write that fails
 * (a full disk, no permission) leaves every earlier file as it was. The input's bytes are compared after
 * every case.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliIo, runCli } from '../../src/cli/main';
import { formatMessage } from '../../src/core/messages';
import { FileData, stageFile } from '../../src/xlsx/files';
import { OoxmlPackage, MAIN_CONTENT_TYPE } from '../../src/xlsx/package';
import { nodeCodec } from '../../src/xlsx/files';
import { readZip } from '../../src/xlsx/zip';
import { tempDir, writeXlsx } from '../helpers/xlsx';
import { CORPUS_DIR } from '../robustness/corpus-files';

function capture(extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), ...extra }, out, err };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const BUDGET = {
  Projekt: [
    ['Projekt', 'Budget', 'Utfall'],
    ['Löner', 100, 120],
    ['Hyra', 50, 40],
  ],
};

describe('no output is the input', () => {
  const dir = tempDir();
  const input = join(dir, 'budget.xlsx');
  let before: string;

  beforeAll(async () => {
    await writeXlsx(input, BUDGET);
    before = sha(input);
  });
  afterEach(() => expect(sha(input)).toBe(before));

  test.each([
    ['--out', 'budget.xlsx'],
    ['--json', 'budget.xlsx'],
    ['--invoices-csv', 'budget.xlsx'],
    ['--json', './sub/../budget.xlsx'],
  ])('%s %s: a usage error, the input untouched', async (option, target) => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const c = capture();
    expect(await runCli([input, option, join(dir, target), '--lang', 'en'], c.io)).toBe(2);
    expect(c.err[0]).toBe(formatMessage('cli.sameAsInput', 'en', { option, file: join(dir, target) }));
  });

  test('--out through a symbolic link to the input, and through a hard link: refused', async () => {
    const soft = join(dir, 'länk.xlsx');
    const hard = join(dir, 'hård.xlsx');
    symlinkSync(input, soft);
    linkSync(input, hard);
    for (const target of [soft, hard]) {
      const c = capture();
      expect(await runCli([input, '--out', target], c.io)).toBe(2);
      expect(c.err[0]).toContain('är samma fil som arbetsboken');
    }
    // The input named through its link is still the input.
    const c = capture();
    expect(await runCli([soft, '--json', input], c.io)).toBe(2);
  });

  test('a name that differs only in letter case is refused where the file system ignores case, a new file where it does not', async () => {
    const upper = join(dir, 'BUDGET.XLSX');
    const caseBlind = existsSync(upper);
    const c = capture();
    const code = await runCli([input, '--out', upper], c.io);
    expect(code).toBe(caseBlind ? 2 : 0);
  });
});

describe('outputs are not one another', () => {
  const dir = tempDir();
  const input = join(dir, 'in.xlsx');
  beforeAll(() => writeXlsx(input, BUDGET));

  test.each([
    [['--out', 'a.xlsx', '--json', 'a.xlsx']],
    [['--json', 'r.json', '--invoices-csv', './r.json']],
    [['--json', 'R.json', '--invoices-csv', 'r.json']],
  ])('%j: a usage error naming both', async (args) => {
    const c = capture();
    expect(await runCli([input, ...args.map((a, i) => (i % 2 ? join(dir, a) : a))], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/pekar på samma fil/);
    expect(readdirSync(dir)).toEqual(['in.xlsx']);
  });

  test('an existing output through a symbolic link is written where the link points; the link stays a link', async () => {
    const real = join(dir, 'verklig.json');
    const link = join(dir, 'genväg.json');
    writeFileSync(real, 'gammalt');
    symlinkSync(real, link);
    const c = capture();
    expect(await runCli([input, '--json', link], c.io)).toBe(0);
    expect(JSON.parse(readFileSync(real, 'utf8')).version).toBe(1);
    expect(execFileSync('readlink', [link], { encoding: 'utf8' }).trim()).toBe(real);
  });
});

describe('options', () => {
  const dir = tempDir();
  const input = join(dir, 'in.xlsx');
  beforeAll(() => writeXlsx(input, BUDGET));

  test.each([[['--out', '']], [['--json=']], [['--invoices-csv', ' ']], [['--convention', '']]])('an empty value is a usage error: %j', async (args) => {
    const c = capture();
    expect(await runCli([input, ...args, '--lang', 'en'], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/^The option --[a-z-]+ has an empty value/);
  });

  test('an option given twice is a usage error; --convention may be given once per sheet', async () => {
    const c = capture();
    expect(await runCli([input, '--json', 'a.json', '--json', 'b.json'], c.io)).toBe(2);
    expect(c.err[0]).toBe('Valet --json är angivet två gånger; ange det en gång.');
  });

  test('--json - and --invoices-csv - are standard output, never files named -; not both at once; never --out -', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const members = join(dir, 'avgifter.xlsx');
      copyFileSync(join(CORPUS_DIR, 'fees-baseline-dates.xlsx'), members);
      const c = capture();
      expect(await runCli([members, '--invoices-csv', '-', '--json', join(dir, 'r.json')], c.io)).toBe(0);
      // Standard output holds the CSV alone; what the run says goes to standard error.
      expect(c.out).toHaveLength(1);
      expect(c.out[0]).toMatch(/^\uFEFFFakturanummer;Fakturadatum;[^]*Gnesta kommun/);
      expect(c.err).toContain(`Skrev ${join(dir, 'r.json')}`);
      expect(existsSync(join(dir, '-'))).toBe(false);
      const both = capture();
      expect(await runCli([members, '--invoices-csv', '-', '--json', '-'], both.io)).toBe(2);
      expect(both.err[0]).toMatch(/Bara en av --json och --invoices-csv/);
      const out = capture();
      expect(await runCli([members, '--out', '-'], out.io)).toBe(2);
      expect(existsSync(join(dir, '-'))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  test('--convention matches the sheet as Excel does (letter case ignored); a sheet that is not there is a usage error naming it', async () => {
    const c = capture();
    expect(await runCli([input, '--json', '-', '--convention', 'PROJEKT=signed'], c.io)).toBe(0);
    const json = JSON.parse(c.out.join('\n'));
    expect(json.deviations[0].convention).toBe('signed');
    const missing = capture();
    expect(await runCli([input, '--convention', 'Projekten=signed', '--lang', 'en'], missing.io)).toBe(2);
    expect(missing.err[0]).toBe('The option --convention names the sheet “Projekten”, which the workbook does not have. Its sheets are: ”Projekt”.');
  });
});

describe('inputs that are no regular file are refused at once', () => {
  const dir = tempDir();

  test('a named pipe, a device, a folder, a file too large: refused in words, nothing read', async () => {
    const fifo = join(dir, 'rör.xlsx');
    execFileSync('mkfifo', [fifo]);
    const big = join(dir, 'stor.xlsx');
    writeFileSync(big, '');
    truncateSync(big, 600 * 1024 * 1024);
    const cases: [string, string][] = [
      [fifo, formatMessage('file.notRegular', 'sv', { file: fifo })],
      ['/dev/zero', formatMessage('file.notRegular', 'sv', { file: '/dev/zero' })],
      [dir, formatMessage('file.isDirectory', 'sv', { file: dir })],
      [big, formatMessage('file.tooLarge', 'sv', { file: big, size: '600 MB', limit: '512 MB' })],
    ];
    for (const [file, message] of cases) {
      const c = capture();
      expect(await runCli([file, '--json', join(dir, 'r.json')], c.io)).toBe(1);
      expect(c.err).toEqual([message]);
    }
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
  });
});

describe('a failed write leaves every earlier file as it was', () => {
  const dir = tempDir();
  const input = join(dir, 'in.xlsx');
  const out = join(dir, 'ut.xlsx');
  const json = join(dir, 'resultat.json');

  beforeAll(async () => {
    await writeXlsx(input, BUDGET);
  });

  /** A stage that fails for one file, as the system would: while writing, or while renaming into place. */
  const failing = (target: string, code: string, when: 'write' | 'rename') => ({
    stageFile: async (path: string, data: FileData, name: string) => {
      if (path.endsWith(target) && when === 'write') throw Object.assign(new Error(`${code}: system text`), { code });
      const staged = await stageFile(path, data, name);
      if (!path.endsWith(target)) return staged;
      return { ...staged, commit: async () => Promise.reject(Object.assign(new Error(`${code}: system text`), { code })) };
    },
  });

  test.each([
    ['ENOSPC', 'write', 'Det finns inte plats på disken för'],
    ['EDQUOT', 'write', 'Det finns inte plats på disken för'],
    ['EACCES', 'write', 'Behörighet saknas för att skriva'],
    ['EROFS', 'rename', 'Behörighet saknas för att skriva'],
    ['EIO', 'write', 'kunde inte skrivas (systemfelet EIO)'],
  ] as const)('%s while %s: exit 1, said in words, the old files untouched, no temporary file left', async (code, when, words) => {
    writeFileSync(out, 'förra månadens arbetsbok');
    writeFileSync(json, 'förra månadens resultat');
    const c = capture(failing('resultat.json', code, when));
    expect(await runCli([input, '--out', out, '--json', json], c.io)).toBe(1);
    expect(c.err.at(-1)).toContain(words);
    expect(c.err.join('\n')).not.toContain('system text');
    expect(readFileSync(json, 'utf8')).toBe('förra månadens resultat');
    // A write that failed before any rename leaves the workbook too; one that failed renaming the last file
    // has already put the whole new workbook in place, never a part of it.
    if (when === 'write') expect(readFileSync(out, 'utf8')).toBe('förra månadens arbetsbok');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a file made as it is written (the JSON): its chunks in order; a producer that fails mid-way leaves no temporary file', async () => {
    const folder = tempDir();
    const staged = await stageFile(join(folder, 'ut.json'), (write) => {
      const chunk = Buffer.from('ett ');
      write(chunk);
      // A lent chunk may be written again once handed on: what was written stays as it was.
      chunk.write('fel!');
      write(Buffer.from('två'));
    });
    await staged.commit();
    expect(readFileSync(join(folder, 'ut.json'), 'utf8')).toBe('ett två');
    const full = (write: (chunk: Uint8Array) => void) => {
      write(Buffer.from('{'));
      throw Object.assign(new Error('ENOSPC: system text'), { code: 'ENOSPC' });
    };
    await expect(stageFile(join(folder, 'fel.json'), full)).rejects.toMatchObject({ key: 'cli.outputNoSpace' });
    expect(readdirSync(folder)).toEqual(['ut.json']);
  });

  test('an output that is a folder, or under a file, is a usage error in words', async () => {
    mkdirSync(join(dir, 'mapp.json'), { recursive: true });
    writeFileSync(join(dir, 'fil'), '');
    const c = capture();
    expect(await runCli([input, '--json', join(dir, 'mapp.json')], c.io)).toBe(2);
    expect(await runCli([input, '--json', join(dir, 'fil', 'r.json')], c.io)).toBe(2);
    expect(await runCli([input, '--json', '/dev/null'], c.io)).toBe(2);
    expect(c.err).toEqual([
      formatMessage('cli.outputIsDirectory', 'sv', { file: join(dir, 'mapp.json') }),
      formatMessage('cli.outputNoFolder', 'sv', { file: join(dir, 'fil', 'r.json') }),
      formatMessage('cli.outputNotFile', 'sv', { file: '/dev/null' }),
    ]);
  });

  test('a folder without write permission (when not running as root, which may write anywhere)', async () => {
    if (process.getuid?.() === 0) return;
    const locked = join(dir, 'låst');
    mkdirSync(locked, { mode: 0o500 });
    const c = capture();
    expect(await runCli([input, '--json', join(locked, 'r.json')], c.io)).toBe(1);
    expect(c.err.at(-1)).toBe(formatMessage('cli.outputNoPermission', 'sv', { file: join(locked, 'r.json') }));
  });

  test('a successful run leaves no temporary file, and the outputs replace the old ones whole', async () => {
    writeFileSync(out, 'gammal');
    const c = capture();
    expect(await runCli([input, '--out', out, '--json', json], c.io)).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('macros and templates: the content type fits the output', () => {
  const dir = tempDir();

  test('an .xlsm with macros: to .xlsx is a usage error (the macros would be lost); to .xlsm the VBA part comes along byte for byte', async () => {
    const input = join(dir, 'makro.xlsm');
    copyFileSync(join(CORPUS_DIR, 'package-macro-enabled.xlsm'), input);
    const before = sha(input);
    const c = capture();
    expect(await runCli([input, '--out', join(dir, 'ut.xlsx')], c.io)).toBe(2);
    expect(c.err[0]).toContain('har makron (VBA)');
    expect(existsSync(join(dir, 'ut.xlsx'))).toBe(false);
    expect(await runCli([input, '--out', join(dir, 'ut.xlsm')], c.io)).toBe(0);
    const vba = (bytes: Uint8Array) => readZip(bytes).find((e) => e.name === 'xl/vbaProject.bin')!;
    expect(Buffer.compare(vba(readFileSync(join(dir, 'ut.xlsm'))).data, vba(readFileSync(input)).data)).toBe(0);
    const pkg = OoxmlPackage.load(readFileSync(join(dir, 'ut.xlsm')), nodeCodec);
    expect(await pkg.contentType('xl/workbook.xml')).toBe(MAIN_CONTENT_TYPE.xlsm);
    expect(sha(input)).toBe(before);
  });

  test('an .xltx written to .xlsx gets the workbook content type; an .xlsx written to .xlsm the macro-enabled one', async () => {
    const template = join(dir, 'mall.xltx');
    copyFileSync(join(CORPUS_DIR, 'package-template.xltx'), template);
    const c = capture();
    expect(await runCli([template, '--out', join(dir, 'från-mall.xlsx')], c.io)).toBe(0);
    expect(await OoxmlPackage.load(readFileSync(join(dir, 'från-mall.xlsx')), nodeCodec).contentType('xl/workbook.xml')).toBe(MAIN_CONTENT_TYPE.xlsx);
    expect(await runCli([template, '--out', join(dir, 'som-makro.xlsm')], c.io)).toBe(0);
    expect(await OoxmlPackage.load(readFileSync(join(dir, 'som-makro.xlsm')), nodeCodec).contentType('xl/workbook.xml')).toBe(MAIN_CONTENT_TYPE.xlsm);
  });
});
