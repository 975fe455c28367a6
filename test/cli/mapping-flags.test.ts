import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { parseArgs } from '../../src/cli/args';
import { formatMessage } from '../../src/core/messages';
import { cellDump, openWorkbook, tempDir, writeXlsx } from '../helpers/xlsx';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

/** Headers no reader can know (`Kolumn X`, `Siffra`); Personal is a cost of 1 000 against 1 100 (tkr with --unit). */
const UPPFOLJNING = [['Rapport 2024'], [], ['Post', 'Kolumn X', 'Siffra'], ['Personal', 1000, 1100], ['Lokaler', 500, null], ['Summa', 1500, 1100]];

describe('the mapping flags (--map, --header-row, --unit, --convention)', () => {
  const dir = tempDir();
  const input = join(dir, 'uppfoljning.xlsx');
  beforeAll(() => writeXlsx(input, { Uppföljning: UPPFOLJNING }));

  test('unmapped, the sheet gives no table: exit 1, and the reading says why', async () => {
    const c = capture();
    expect(await runCli([input, '--json', '-'], c.io)).toBe(1);
    const json = JSON.parse(c.out.join('\n'));
    expect(json.reading[0]).toMatchObject({ sheet: 'Uppföljning', used: false });
  });

  test('--map gives the right lines; a line with no outcome gets no deviation; --unit and --header-row are used', async () => {
    const c = capture();
    const args = [
      input,
      '--json',
      '-',
      '--map',
      'Uppföljning!B=Budget',
      '--map',
      "'Uppföljning'!c=actual",
      '--unit',
      'uppföljning=tkr',
      '--header-row',
      'Uppföljning=3',
    ];
    expect(await runCli(args, c.io)).toBe(0);
    const json = JSON.parse(c.out.join('\n'));
    expect(json.deviations[0].lines.map((l: { name: string; deviation: string | null }) => [l.name, l.deviation])).toEqual([
      ['Personal', '-100000'],
      ['Lokaler', null],
    ]);
    expect(json.deviations[0].unit).toBe('tkr');
    const reading = json.reading.find((r: { sheet: string }) => r.sheet === 'Uppföljning');
    expect(reading.headerRow).toBe(3);
    expect(
      reading.columns.filter((col: { from: string }) => col.from === 'mapping').map((col: { column: string; role: string }) => [col.column, col.role]),
    ).toEqual([
      ['B', 'budget'],
      ['C', 'outcome'],
    ]);
  });

  test('--out keeps the flags on the settings sheet, so a second run without flags (in English) reads them; the user sheet is unchanged', async () => {
    const out = join(dir, 'out.xlsx');
    const c = capture();
    expect(
      await runCli([input, '--out', out, '--map', 'Uppföljning!B=Budget', '--map', 'Uppföljning!C=Utfall', '--convention', 'Uppföljning=unsigned'], c.io),
    ).toBe(0);
    const wb = await openWorkbook(out);
    const settings = wb.getWorksheet('Avstämning inställningar')!;
    const rows = (settings.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows.slice(rows.findIndex((r) => r[0] === 'Blad'))).toEqual([
      ['Blad', 'Kolumn', 'Roll'],
      ['Uppföljning', 'Teckenkonvention', 'Utan tecken'],
      ['Uppföljning', 'B', 'Budget'],
      ['Uppföljning', 'C', 'Utfall'],
    ]);
    // The flag limits were this run's only: the settings sheet has the workbook's (here the defaults).
    expect(rows.find((r) => r[0] === 'Flaggningsgräns belopp (kr)')).toEqual(['Flaggningsgräns belopp (kr)', 100000]);
    expect(await cellDump(out, ['Uppföljning'])).toEqual(await cellDump(input, ['Uppföljning']));

    const again = capture();
    expect(await runCli([out, '--json', '-', '--lang', 'en'], again.io)).toBe(0);
    const json = JSON.parse(again.out.join('\n'));
    expect(json.deviations[0].lines[0]).toMatchObject({ name: 'Personal', deviation: '-100' });
    expect(json.deviations[0].convention).toBe('unsigned');
  });

  test('a flag naming a sheet, column or row the workbook lacks is a usage error that names it', async () => {
    const cases: [string[], string][] = [
      [
        ['--map', 'Uppföljningen!B=Budget'],
        'The option --map names the sheet “Uppföljningen”, which the workbook does not have. Its sheets are: ”Uppföljning”.',
      ],
      [
        ['--map', 'Uppföljning!Q=Budget'],
        'The option --map names column Q of the sheet Uppföljning, which is not there; the sheet’s last column with content is C.',
      ],
      [['--header-row', 'Uppföljning=40'], 'The option --header-row names row 40 of the sheet Uppföljning, which has only 6 rows.'],
      [['--unit', 'Drift=tkr'], 'The option --unit names the sheet “Drift”, which the workbook does not have. Its sheets are: ”Uppföljning”.'],
      [['--convention', 'Foo=signed'], 'The option --convention names the sheet “Foo”, which the workbook does not have. Its sheets are: ”Uppföljning”.'],
      [
        ['--map', 'Uppföljning!B=Budget', '--map', 'Uppföljning!C=budget'],
        'The option --map gives the role budget to both column B and column C of the sheet Uppföljning; a sheet has one column with that role.',
      ],
      [
        ['--map', 'Uppföljning!B=Budget', '--map', 'Uppföljning!b=Utfall'],
        'The option --map gives column B of the sheet Uppföljning twice; give each column once.',
      ],
      [['--unit', 'Uppföljning=tkr', '--unit', 'UPPFÖLJNING=kr'], 'The option --unit is given twice for the sheet Uppföljning; give it once per sheet.'],
    ];
    for (const [flags, message] of cases) {
      const c = capture();
      expect(await runCli([input, '--lang', 'en', ...flags], c.io)).toBe(2);
      expect(c.err).toEqual([message, 'Every option: avstamning --help']);
    }
  });

  test('a value that cannot be read is a usage error saying what is expected, in the chosen language', () => {
    const bad = (args: string[]) => parseArgs(['in.xlsx', ...args], 'sv');
    expect(bad(['--map', 'Uppföljning!B'])).toMatchObject({ kind: 'usage-error', key: 'cli.badValue', params: { option: '--map' } });
    expect(bad(['--map', 'B=Budget'])).toMatchObject({ kind: 'usage-error', key: 'cli.badValue' });
    expect(bad(['--map', 'Drift!1=Budget'])).toMatchObject({ kind: 'usage-error', key: 'cli.badValue' });
    expect(bad(['--map', 'Drift!B=Trams'])).toMatchObject({
      kind: 'usage-error',
      key: 'cli.badValue',
      params: { expected: expect.stringContaining('Budget, Utfall, Prognos') },
    });
    expect(bad(['--header-row', 'Drift=0'])).toMatchObject({ kind: 'usage-error', key: 'cli.badValue' });
    expect(bad(['--header-row', 'Drift=3,5'])).toMatchObject({ kind: 'usage-error', key: 'cli.badValue' });
    expect(bad(['--unit', 'Drift=miljarder'])).toMatchObject({
      kind: 'usage-error',
      key: 'cli.badValue',
      params: { expected: 'Ange <blad>=kr, tkr eller mnkr.' },
    });
    expect(bad(['--convention', 'Drift=upside-down'])).toMatchObject({ kind: 'usage-error', key: 'cli.badValue' });
    // A sheet name may hold `=` or `!`: the last of each splits.
    expect(bad(['--map', 'A!B=C!D=Prognos'])).toMatchObject({
      kind: 'run',
      options: { maps: [{ sheet: 'A!B=C', value: { column: 'D', col: 3, role: 'forecast' } }] },
    });
    expect(bad(['--convention', 'Drift=huvudbok'])).toMatchObject({ kind: 'run', options: { conventions: [{ sheet: 'Drift', value: 'ledger' }] } });
  });

  test('--help lists every option on a line of its own, the exit codes and two examples, in both languages', async () => {
    for (const lang of ['sv', 'en'] as const) {
      const c = capture();
      expect(await runCli(['--help', '--lang', lang], c.io)).toBe(0);
      const help = c.out.join('\n');
      for (const option of [
        '--out',
        '--json',
        '--invoices-csv',
        '--lang',
        '--amount-threshold',
        '--percent-threshold',
        '--map',
        '--header-row',
        '--unit',
        '--convention',
        '--help',
        '--version',
      ]) {
        expect(help.split('\n').filter((l) => l.trimStart().startsWith(option))).toHaveLength(1);
      }
      expect(help).toMatch(lang === 'sv' ? /Slutkod: 0 .*, 1 .*, 2 / : /Exit code: 0 .*, 1 .*, 2 /);
      expect(help.split('\n').filter((l) => l.startsWith('  avstamning '))).toHaveLength(2);
    }
  });

  test('the help’s second example runs as written', async () => {
    const line = formatMessage('cli.usage', 'sv')
      .split('\n')
      .find((l) => l.startsWith('  avstamning uppfoljning.xlsx'))!;
    // Words as a shell splits them: spaces outside single quotes, the quotes removed.
    const words = [...line.trim().matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]);
    expect(words.slice(2)).toEqual(['--map', 'Uppföljning!B=Budget', '--map', 'Uppföljning!C=Utfall', '--unit', 'Uppföljning=tkr', '--json', '-']);
    const c = capture();
    expect(await runCli([input, ...words.slice(2)], c.io)).toBe(0);
    expect(JSON.parse(c.out.join('\n')).deviations[0].lines[0].deviation).toBe('-100000');
  });
});
