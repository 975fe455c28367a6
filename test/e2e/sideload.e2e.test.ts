/**
 * Sideloading that loads (issue 12): inside Excel, office.js loads more than itself from its own folder — its
 * host file (`excel-win32-16.01.js`, `excel-web-16.00.js`, `excel-mac-16.00.js`, …), its locale strings
 * (`sv-se/office_strings.js`) and telemetry. A page that loads a local copy of office.js alone gets none of
 * them: a blank pane and a dead ribbon button. `npm run build:dev` is checked here:
 * - every page loads office.js from Microsoft's CDN, whose folder has every file office.js can ask for;
 * - in Chromium, with office.js told it runs in Excel on Windows, on the web and on the Mac (the
 *   `_host_Info` it reads) and the CDN answered from the npm package's copy, every file each page asks for
 *   is there, office.js's own from the CDN and the add-in's from the build;
 * - the bundles' names carry a content hash, so a redeploy is never served stale.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Server } from 'node:http';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { OFFICE_CDN, OFFICE_PACKAGE, WEB, buildWeb, describeWithBrowser, launch, routeOffice, serveWeb } from './harness';

const PAGES = ['taskpane.html', 'commands.html', 'notice.html'];

/** Every `<script src>` of a built page (attribute values quoted or not). */
function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The files of its own folder office.js can load for Excel: host files, locale strings, telemetry, the app table. */
function filesOfficeJsMayLoadForExcel(): string[] {
  const top = readdirSync(OFFICE_PACKAGE);
  const hostFiles = top.filter((f) => /^excel(-[a-z0-9]+)?-1[56]\.\d\d(-core)?\.js$/.test(f) || /^excel(ios|webapp)-15(\.\d\d)?\.js$/.test(f));
  const locales = top.filter((f) => existsSync(join(OFFICE_PACKAGE, f, 'office_strings.js'))).map((f) => `${f}/office_strings.js`);
  return [...hostFiles, ...locales, 'o15apptofilemappingtable.js', 'telemetry/oteljs_agave.js', 'ariatelemetry/aria-web-telemetry.js'];
}

describe('the development build loads inside Excel', () => {
  beforeAll(() => buildWeb(), 300_000);

  test.each(PAGES)('%s loads office.js from the CDN, whose folder has every file office.js may load for Excel', (page) => {
    const html = readFileSync(join(WEB, page), 'utf8');
    const office = scripts(html).filter((src) => /(^|\/)office\.js$/.test(src));
    expect(office).toEqual([`${OFFICE_CDN}office.js`]);
    // The CDN serves what the npm package holds; were office.js local, each of these would have to be too.
    const base = office[0].slice(0, office[0].lastIndexOf('/') + 1);
    const files = filesOfficeJsMayLoadForExcel();
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) expect([f, base === OFFICE_CDN || existsSync(join(WEB, base, f))]).toEqual([f, true]);
    expect(files).toEqual(
      expect.arrayContaining(['excel-win32-16.01.js', 'excel-web-16.00.js', 'excel-mac-16.00.js', 'sv-se/office_strings.js', 'en-us/office_strings.js']),
    );
  });

  test.each(PAGES)('%s: every other script is the build’s own, present, its name carrying a content hash', (page) => {
    const own = scripts(readFileSync(join(WEB, page), 'utf8')).filter((src) => !src.startsWith('https://'));
    expect(own.length).toBeGreaterThan(0);
    for (const src of own) {
      expect(src).toMatch(/^[a-z-]+\.[0-9a-f]{8}\.js$/);
      expect(existsSync(join(WEB, src))).toBe(true);
    }
  });

  test('no bundle or chunk is named without its content hash, and no local office.js is left in the build', () => {
    const js = readdirSync(WEB).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(2);
    for (const f of js) expect(f).toMatch(/\.[0-9a-f]{8}\.js$/);
    expect(existsSync(join(WEB, 'office'))).toBe(false);
  });
});

/** Wait until `done()` holds, or fail after `ms`. */
async function until(done: () => boolean, ms: number): Promise<void> {
  for (const start = Date.now(); !done(); await new Promise((resolve) => setTimeout(resolve, 50)))
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
}

const HOSTS = [
  { info: 'Excel$Win32$16.01$sv-SE$$$$0', hostFile: 'excel-win32-16.01.js', strings: 'sv-se/office_strings.js' },
  { info: 'Excel$Web$16.00$sv-SE$$$$0', hostFile: 'excel-web-16.00.js', strings: 'sv-se/office_strings.js' },
  { info: 'Excel$Mac$16.00$en-US$$$$0', hostFile: 'excel-mac-16.00.js', strings: 'en-us/office_strings.js' },
];

describeWithBrowser('the development build in Chromium, with office.js told it runs in Excel', (chromiumPath) => {
  let server: Server;
  let url: string;
  let browser: Browser;
  const localMissing: string[] = [];

  beforeAll(async () => {
    buildWeb();
    ({ server, url } = await serveWeb(localMissing));
    browser = await launch(chromiumPath);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test('the check would catch the old layout: a local office.js with only o15apptofilemappingtable.js beside it', async () => {
    const page = await browser.newPage();
    const missing: string[] = [];
    const OLD = ['office.js', 'o15apptofilemappingtable.js'];
    await page.route(`${url}/old/**`, (route) => {
      const path = new URL(route.request().url()).pathname.slice('/old/'.length);
      if (path === 'taskpane.html') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><script src="office/office.js"></script>' });
      const file = path.replace(/^office\//, '');
      if (path.startsWith('office/') && OLD.includes(file))
        return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(OFFICE_PACKAGE, file)) });
      missing.push(path);
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${url}/old/taskpane.html?_host_Info=${HOSTS[0].info}`);
    await until(() => missing.includes('office/excel-win32-16.01.js'), 15_000);
    await page.close();
  }, 30_000);

  for (const host of HOSTS)
    test.each(PAGES)(
      `${host.info.split('$').slice(0, 2).join(' ')}: %s gets every file it asks for`,
      async (pageName) => {
        const page = await browser.newPage();
        const blockedByPolicy: string[] = [];
        page.on('console', (m) => {
          if (/Refused to load the script/.test(m.text())) blockedByPolicy.push(m.text());
        });
        const traffic = await routeOffice(page);
        localMissing.length = 0;
        await page.goto(`${url}/${pageName}?_host_Info=${host.info}`);
        await until(() => traffic.served.includes(host.hostFile) && traffic.served.includes(host.strings), 15_000);
        await page.waitForLoadState('load');
        expect(traffic.served.slice(0, 1)).toEqual(['office.js']);
        expect(traffic.missing).toEqual([]);
        expect(localMissing.filter((p) => !p.endsWith('favicon.ico'))).toEqual([]);
        expect(blockedByPolicy).toEqual([]);
        await page.close();
      },
      30_000,
    );
});
