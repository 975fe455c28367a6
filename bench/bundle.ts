/**
 * Step 4: the task pane bundle. A production build (the same webpack config as `npm run build`, written to
 * bench/out/web so a development build in dist/web is left alone), then:
 * - the gzip size (level 9) of what taskpane.html loads at start: its local <script> files, plus any other
 *   local script the page fetched before its first render in Chromium (office.js comes from Microsoft's CDN and
 *   is not counted); the lazily loaded chunks (ExcelJS for the browser preview) are reported apart;
 * - time to first render in headless Chromium, with the e2e tests' fake Excel host served in place of office.js:
 *   from navigation start to the first element in #root, and to the Sammanställ button (median of 3, each in a
 *   fresh browser context, so nothing is cached).
 */
import { buildSync } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { OUT, Outcome, ROOT, failure, median, runCommand } from './spawn';

export const WEB_OUT = join(OUT, 'web');

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleSample {
  start: FileSize[];
  startBytes: number;
  startGzipKiB: number;
  lazy: FileSize[];
  lazyGzipKiB: number;
  buildSeconds: number;
  render: RenderSample | { missing: true; install: string } | { failed: string };
}

export interface RenderSample {
  /** Median ms from navigation start to the first element React put in #root. */
  firstRenderMs: number;
  /** Median ms to the Sammanställ button, i.e. the pane ready to use. */
  readyMs: number;
  /** Median first contentful paint. */
  firstContentfulPaintMs: number | null;
  runs: { firstRenderMs: number; readyMs: number; firstContentfulPaintMs: number | null; scripts: string[] }[];
}

const sizeOf = (dir: string, file: string): FileSize => {
  const data = readFileSync(join(dir, file));
  return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
};
const KiB = (files: FileSize[]) => files.reduce((a, f) => a + f.gzipBytes, 0) / 1024;

/** The local scripts an HTML page loads by itself (attribute values quoted or not, as the minifier leaves them). */
export function localScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (!/^(https?:)?\/\//i.test(src)) found.push(src.replace(/^\.?\//, ''));
  }
  return found;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xlsx': 'application/octet-stream',
  '.xml': 'application/xml',
};

async function serve(dir: string) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function findChromium(): string | null {
  for (const c of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (c && existsSync(c)) return c;
  return null;
}

/**
 * Runs in the page before its own scripts: the fake host's setup (Swedish, an empty workbook), and an observer
 * that notes when React first puts an element in #root and when the Sammanställ button is there.
 */
const OBSERVE_FIRST_RENDER = `
  globalThis.__fakeHostSetup = { lang: 'sv-SE', sheets: [] };
  window.__bench = {};
  new MutationObserver(() => {
    const root = document.getElementById('root');
    const bench = window.__bench;
    if (root && root.firstElementChild && bench.firstRender === undefined) bench.firstRender = performance.now();
    if (bench.ready === undefined && root && [...root.querySelectorAll('button')].some((b) => (b.textContent || '').includes('Sammanställ'))) bench.ready = performance.now();
  }).observe(document, { childList: true, subtree: true });
`;

async function measureRender(executablePath: string, runs: number): Promise<RenderSample> {
  const fakeHost = buildSync({
    entryPoints: [join(ROOT, 'test/e2e/fake-office-host.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
  }).outputFiles[0].text;
  const { server, url } = await serve(WEB_OUT);
  const browser = await chromium.launch({
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
  try {
    const samples: RenderSample['runs'] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 420, height: 900 } });
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      // A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
      await page.addInitScript({ content: OBSERVE_FIRST_RENDER });
      await page.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: fakeHost }));
      await page.goto(`${url}/taskpane.html`);
      await page.waitForFunction('window.__bench && window.__bench.ready !== undefined', undefined, { timeout: 60_000 });
      const t = (await page.evaluate(
        "({ firstRenderMs: window.__bench.firstRender, readyMs: window.__bench.ready, firstContentfulPaintMs: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime ?? null })",
      )) as { firstRenderMs: number; readyMs: number; firstContentfulPaintMs: number | null };
      samples.push({ ...t, scripts });
      await context.close();
    }
    const fcps = samples.map((s) => s.firstContentfulPaintMs).filter((x): x is number => x !== null);
    return {
      firstRenderMs: median(samples.map((s) => s.firstRenderMs)),
      readyMs: median(samples.map((s) => s.readyMs)),
      firstContentfulPaintMs: fcps.length ? median(fcps) : null,
      runs: samples,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** `build` false reuses bench/out/web from an earlier run (for working on the bench itself). */
export async function measureBundle(build = true): Promise<Outcome<BundleSample>> {
  const timeout = 600_000;
  let buildSeconds = 0;
  if (build || !existsSync(join(WEB_OUT, 'taskpane.html'))) {
    const run = await runCommand(
      process.execPath,
      [join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--output-path', WEB_OUT],
      timeout,
    );
    if (run.code !== 0) return { ok: false, error: `production build: ${failure(run, timeout)}` };
    buildSeconds = run.seconds;
  }
  const html = readFileSync(join(WEB_OUT, 'taskpane.html'), 'utf8');
  const declared = localScripts(html);
  const chromiumPath = findChromium();
  let render: BundleSample['render'];
  if (!chromiumPath) render = { missing: true, install: 'apt-get install -y chromium' };
  else {
    try {
      render = await measureRender(chromiumPath, 3);
    } catch (e) {
      render = { failed: e instanceof Error ? e.message.split('\n')[0] : String(e) };
    }
  }
  // Anything local the page fetched before it was ready counts as loaded at start, whatever the HTML says.
  const fetched =
    'runs' in render
      ? render.runs
          .flatMap((r) => r.scripts)
          .filter((u) => u.startsWith('http://127.0.0.1'))
          .map((u) => new URL(u).pathname.replace(/^\//, ''))
      : [];
  const startFiles = [...new Set([...declared, ...fetched])];
  const start = startFiles.map((f) => sizeOf(WEB_OUT, f));
  const lazy = readdirSync(WEB_OUT)
    // The ribbon's function file and its message dialog are other pages, not the pane's lazy chunks.
    .filter((f) => f.endsWith('.js') && !startFiles.includes(f) && !/^(commands|notice)\.[0-9a-f]{8}\.js$/.test(f))
    .map((f) => sizeOf(WEB_OUT, f));
  return {
    ok: true,
    value: { start, startBytes: start.reduce((a, f) => a + f.bytes, 0), startGzipKiB: KiB(start), lazy, lazyGzipKiB: KiB(lazy), buildSeconds, render },
  };
}
