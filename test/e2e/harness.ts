import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { Browser, chromium } from 'playwright-core';

export const ROOT = resolve(__dirname, '../..');
export const WEB = join(ROOT, 'dist/web');
export const SHOTS = join(ROOT, 'test-output/e2e');

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

/** The development build: local office.js, so the preview works offline. */
export function buildWeb(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'development'], { cwd: ROOT, stdio: 'pipe' });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xlsx': 'application/octet-stream', '.xml': 'application/xml', '.map': 'application/json' };

/** A static server for dist/web on 127.0.0.1, on a free port. */
export async function serveWeb(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(WEB, path);
    if (!file.startsWith(WEB) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function launch(executablePath: string): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
