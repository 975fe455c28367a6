/**
 * What the README's Security section claims, checked offline: the pages' Content Security Policy, the
 * manifest's permission, no code evaluation, HTML injection or network access in our own source, and no
 * formula in an output sheet written from text the user typed.
 */
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generatedMark } from '../../src/core/marks';
import { OutputSheet, fitToWidth } from '../../src/core/render/output';
import { reconcileSheets } from '../../src/core/reconcile';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { nodeCodec } from '../../src/xlsx/files';
import { blankWorkbook, excelJsOf } from '../helpers/xlsx';

/** The generated sheets written into a blank workbook, read back by ExcelJS. */
async function writtenBack(sheets: readonly OutputSheet[]): Promise<{ names: string[]; back: ExcelJS.Workbook }> {
  const wb = await XlsxWorkbook.fromBuffer(await blankWorkbook(), nodeCodec);
  const names = await wb.writeSheets(sheets);
  return { names, back: await excelJsOf(await wb.toBuffer()) };
}

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The policy of an HTML page's CSP meta tag, as directive → sources. */
function csp(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  expect(metas).toHaveLength(1);
  return new Map(
    metas[0][1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0] !== '')
      .map(([name, ...sources]) => [name, sources]),
  );
}

const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

describe('Content Security Policy of the pages', () => {
  test.each(['src/taskpane/taskpane.html', 'src/commands/commands.html', 'src/commands/notice.html'])(
    '%s: scripts only from itself and the office.js CDN, no eval, no connections elsewhere',
    (path) => {
      const html = read(path);
      const policy = csp(html);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('script-src')).toEqual(["'self'", OFFICE_CDN]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('frame-src')).toEqual(["'none'"]);
      expect(policy.get('form-action')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      // Fluent UI (Griffel) inserts <style> elements at run time, so styles need 'unsafe-inline'; scripts never do.
      for (const [directive, sources] of policy) {
        expect(sources).not.toContain("'unsafe-eval'");
        if (directive !== 'style-src') expect(sources).not.toContain("'unsafe-inline'");
        for (const s of sources) expect(s === '*' || s === 'http:' || s === 'https:').toBe(false);
      }
      // No inline script: each <script> has a src and no body.
      for (const m of html.matchAll(/<script\b((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/script>/gi)) {
        expect(m[1]).toMatch(/\bsrc=/);
        expect(m[2].trim()).toBe('');
      }
      // No inline event handlers either.
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    },
  );

  test('the help page runs no script and loads nothing', () => {
    const html = read('src/taskpane/help.html');
    const policy = csp(html);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(html).not.toMatch(/<script/i);
  });

  test('the production build uses no eval-based source maps (they would need unsafe-eval)', () => {
    const config = read('webpack.config.js');
    expect(config).toMatch(/devtool:\s*production\s*\?\s*false\s*:\s*'source-map'/);
  });
});

describe('the manifest', () => {
  const manifest = read('manifest.xml');

  test('asks for ReadWriteDocument: it reads the cells and adds sheets, and no lower level allows both', () => {
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual(['ReadWriteDocument']);
  });

  test('lists only its own origin as an app domain, and every URL in it is https', () => {
    const domains = [...manifest.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);
    expect(domains).toEqual(['https://localhost:3000']);
    for (const m of manifest.matchAll(/(?:DefaultValue|Url)="(https?:[^"]*)"/g)) expect(m[1]).toMatch(/^https:\/\/localhost:3000\//);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|html)$/.test(name) ? [path] : [];
  });
}

describe('our own source', () => {
  const files = sourceFiles(join(ROOT, 'src')).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
  /** Comments hold words like "never eval"; only code counts. */
  const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:"'`])\/\/.*$/gm, '$1');

  const FORBIDDEN: [string, RegExp][] = [
    ['eval', /\beval\s*\(/],
    ['new Function / Function()', /\bFunction\s*\(/],
    ['string timers', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
    ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write/],
    ['XMLHttpRequest', /XMLHttpRequest/],
    ['WebSocket', /WebSocket/],
    ['EventSource', /EventSource/],
    ['sendBeacon', /sendBeacon/],
    ['browser storage', /\b(localStorage|sessionStorage|indexedDB)\b|document\.cookie/],
    ['document settings / custom XML', /customXmlParts|document\.settings|roamingSettings/],
  ];

  test.each(FORBIDDEN)('no %s', (_name, pattern) => {
    const hits = files.filter((f) => pattern.test(code(f.text))).map((f) => f.path);
    expect(hits).toEqual([]);
  });

  test('the only fetch is the preview loading its bundled sample from its own origin', () => {
    const calls = files.flatMap((f) => [...code(f.text).matchAll(/\bfetch\s*\(([^)]*)\)/g)].map((m) => `${f.path}: ${m[1].trim()}`));
    expect(calls).toEqual(["src/taskpane/preview-session.ts: 'samples/sormland-2017.xlsx'"]);
  });

  test('the scan would see a forbidden call (it is not vacuous)', () => {
    expect(FORBIDDEN.find(([n]) => n === 'eval')![1].test(code('const x = eval("1");'))).toBe(true);
    expect(FORBIDDEN.find(([n]) => n === 'eval')![1].test(code('// never eval(x)'))).toBe(false);
  });
});

describe('formula injection through the .xlsx adapter', () => {
  const DANGEROUS = ['=HYPERLINK("http://example.com","klicka")', '+1+1', '-2+3', '@SUM(1)', "=cmd|' /C calc'!A0"];

  test('text that starts with = + - @ is written as text, never as a formula', async () => {
    const out: OutputSheet = {
      key: 'checks',
      name: 'Kontroller',
      title: DANGEROUS[0],
      notes: [generatedMark('sv', 'Kontroller'), DANGEROUS[1]],
      table: {
        name: 'T',
        columns: [
          { header: DANGEROUS[3], kind: 'text', width: 10 },
          { header: 'Belopp', kind: 'amount', width: 10 },
        ],
        rows: DANGEROUS.map((t) => [t, 1]),
        rowStyles: DANGEROUS.map(() => 'normal'),
        conditional: [],
      },
      print: fitToWidth([], 0),
    };
    const {
      names: [name],
      back,
    } = await writtenBack([out]);
    const ws = back.getWorksheet(name)!;
    const texts: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    for (const t of DANGEROUS) expect(texts).toContain(t);
  });

  test("a user's label that reads as a formula comes out as text on the generated sheets", async () => {
    const label = '=HYPERLINK("http://example.com","Mål 1")';
    const { sheets } = reconcileSheets(
      [
        {
          name: 'Projekt',
          values: [
            ['Projekt', 'Budget', 'Utfall', 'Avvikelse'],
            [label, 100, 90, 99],
            ['-1+1', 5, 5, 0],
          ],
        },
      ],
      { lang: 'sv' },
    );
    const { names, back } = await writtenBack(sheets);
    let seen = 0;
    for (const n of names)
      back.getWorksheet(n)!.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (cell.value === label) seen++;
        }),
      );
    expect(seen).toBeGreaterThan(0);
  });
});
