import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';

export const ROOT = resolve(__dirname, '../..');
export const WEB = join(ROOT, 'dist/web');
export const SHOTS = join(ROOT, 'test-output/e2e');

/** Where every page loads office.js from, in every build. */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
/** The npm package's copy of what the CDN serves: the tests answer the CDN from it (never the network). */
export const OFFICE_PACKAGE = join(ROOT, 'node_modules/@microsoft/office-js/dist');

/** Debian's Chromium, never a downloaded one. */
export function findChromium(): string | null {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Browser tests run wherever Chromium is; without it they are skipped with a loud notice, except in CI,
 * where `.ci/run` installs Chromium and a missing one is a failure.
 */
export function describeWithBrowser(name: string, body: (chromiumPath: string) => void): void {
  const path = findChromium();
  if (path) return describe(name, () => body(path));
  if (process.env.CI) {
    describe(name, () => test('Chromium is installed (CI requires the browser tests)', () => expect(path).not.toBeNull()));
    return;
  }
  console.warn(`\n*** SKIPPED: ${name}: no Chromium found. Install it with: apt-get install chromium ***\n`);
  describe.skip(name, () => test('needs Chromium', () => undefined));
}

/** Everything the web build is made from: when none of it changed, the build in dist/web is still good. */
function buildInputsStamp(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  for (const input of ['src', 'assets', 'samples/sormland-2017.xlsx', 'webpack.config.js', 'manifest.xml', 'tsconfig.web.json', 'package-lock.json'])
    visit(join(ROOT, input));
  return hash.digest('hex');
}

/**
 * The development build (`npm run build:dev`), made once for all browser tests of a run: test files in
 * parallel workers take turns (a lock directory), and a build whose inputs have not changed is reused.
 */
export function buildWeb(): void {
  const lock = join(ROOT, 'dist/.web-build-lock');
  const stampFile = join(WEB, '.build-stamp');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than ten minutes was left by a killed run.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 600_000) throw new Error('waited ten minutes for another web build');
      execFileSync('sleep', ['1']);
    }
  }
  try {
    const stamp = buildInputsStamp();
    if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
    execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'development'], { cwd: ROOT, stdio: 'pipe' });
    writeFileSync(stampFile, stamp);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xlsx': 'application/octet-stream',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/** A static server for dist/web on 127.0.0.1, on a free port; `missing` collects paths it had no file for. */
export async function serveWeb(missing: string[] = []): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(WEB, path);
    if (!file.startsWith(WEB) || !existsSync(file) || statSync(file).isDirectory()) {
      missing.push(path);
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** What a page asked of the CDN and of anywhere else off this machine. */
export interface OfficeTraffic {
  /** CDN paths answered from the npm package's copy. */
  served: string[];
  /** CDN paths the package has no file for (the CDN would have answered 404 as well). */
  missing: string[];
  /** Other requests off this machine: refused, never sent. */
  blocked: string[];
}

/**
 * Answer the office.js CDN from the npm package's copy (or office.js itself with `officeJs`, a fake host),
 * and refuse every other request off this machine, noting each.
 */
export async function routeOffice(page: Page, officeJs?: string): Promise<OfficeTraffic> {
  const traffic: OfficeTraffic = { served: [], missing: [], blocked: [] };
  await page.route(
    (url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(url.href),
    async (route) => {
      const url = route.request().url();
      if (!url.startsWith(OFFICE_CDN)) {
        traffic.blocked.push(url);
        return route.abort('blockedbyclient');
      }
      const path = url.slice(OFFICE_CDN.length).split(/[?#]/)[0];
      if (officeJs !== undefined && path === 'office.js') {
        traffic.served.push(path);
        return route.fulfill({ contentType: 'text/javascript', body: officeJs });
      }
      const file = join(OFFICE_PACKAGE, path);
      if (!file.startsWith(OFFICE_PACKAGE) || !existsSync(file)) {
        traffic.missing.push(path);
        return route.fulfill({ status: 404, body: '' });
      }
      traffic.served.push(path);
      return route.fulfill({ contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    },
  );
  return traffic;
}

export async function launch(executablePath: string): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
