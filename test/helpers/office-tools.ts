/**
 * Other programs that must open what Avstämning writes: openpyxl (Debian's python3-openpyxl, run with
 * Debian's own python3) and LibreOffice Calc (libreoffice-calc-nogui). `.ci/run` installs both; a test that
 * needs one fails in CI when it is missing, and elsewhere is skipped with a loud notice, as the browser
 * tests do without Chromium.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const PYTHON = '/usr/bin/python3';

export function findOpenpyxl(): string | null {
  if (!existsSync(PYTHON)) return null;
  return spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0 ? PYTHON : null;
}

export function findSoffice(): string | null {
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) if (existsSync(candidate)) return candidate;
  return null;
}

/** `describe` when the tool is there; in CI a failing test when it is not; elsewhere a skip with a notice. */
export function describeWithTool(name: string, tool: string | null, install: string, body: (path: string) => void): void {
  if (tool) return describe(name, () => body(tool));
  if (process.env.CI) {
    describe(name, () => test(`${install} is installed (CI requires it)`, () => expect(tool).not.toBeNull()));
    return;
  }
  console.warn(`\n*** SKIPPED: ${name}: ${install} is not installed (apt-get install ${install}) ***\n`);
  describe.skip(name, () => test(`needs ${install}`, () => undefined));
}

/**
 * Open every file with openpyxl (everything loaded: cells, styles, names, tables) and read every cell; the
 * files it cannot open, with its error. Optionally the values of some cells (`Sheet!A1`) of each file, as
 * ISO text for dates.
 */
export function openpyxlOpens(
  python: string,
  files: readonly string[],
  cells: readonly string[] = [],
): { file: string; error: string | null; sheets: string[]; cells: Record<string, string | null> }[] {
  const script = `
import json, sys, datetime, warnings, openpyxl
warnings.simplefilter("ignore")
out = []
cells = json.loads(sys.argv[1])
for path in sys.argv[2:]:
    try:
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                pass
        found = {}
        for ref in cells:
            sheet, cell = ref.rsplit('!', 1)
            if sheet in wb.sheetnames:
                v = wb[sheet][cell].value
                found[ref] = v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else (None if v is None else str(v))
        out.append({"file": path, "error": None, "sheets": wb.sheetnames, "cells": found})
    except Exception as e:
        out.append({"file": path, "error": type(e).__name__ + ": " + str(e), "sheets": [], "cells": {}})
print(json.dumps(out))
`;
  const stdout = execFileSync(python, ['-c', script, JSON.stringify(cells), ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(stdout);
}

/**
 * Convert files with LibreOffice, headless, in a profile of its own: `filter` is the target (`xlsx`,
 * `csv:…`), `infilter` how to read the input (for CSV). Returns the converted file for each input, or null
 * when LibreOffice could not load it.
 */
export function libreOfficeConvert(
  soffice: string,
  files: readonly string[],
  target: string,
  options: { infilter?: string; extension?: string } = {},
): Map<string, string | null> {
  const out = mkdtempSync(join(tmpdir(), 'avstamning-lo-out-'));
  const profile = mkdtempSync(join(tmpdir(), 'avstamning-lo-profile-'));
  try {
    const args = ['--headless', '--norestore', '--nologo', `-env:UserInstallation=file://${profile}`, '--convert-to', target, '--outdir', out];
    if (options.infilter) args.push(`--infilter=${options.infilter}`);
    spawnSync(soffice, [...args, ...files], { encoding: 'utf8', timeout: 600_000, env: { ...process.env, HOME: profile } });
    const made = new Set(readdirSync(out));
    const extension = options.extension ?? target.split(':')[0];
    return new Map(
      files.map((f) => [
        f,
        made.has(`${basename(f).replace(/\.[^.]+$/, '')}.${extension}`) ? join(out, `${basename(f).replace(/\.[^.]+$/, '')}.${extension}`) : null,
      ]),
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
