import { buildSync } from 'esbuild';
import { Server } from 'node:http';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { openXlsxFile } from '../../src/xlsx/files';
import { FakeHostSetup } from './fake-office-host';
import { OfficeTraffic, ROOT, SHOTS, buildWeb, describeWithBrowser, launch, routeOffice, serveWeb } from './harness';

/** The fake workbook inside the page, as the test reads it back. */
type PageWorkbook = {
  names: string[];
  sheet(name: string): { cells: unknown[][]; tables: { name: string }[] };
  value(sheet: string, a: string): unknown;
  activeSheet: string | null;
  selection: string | null;
};
declare const __fakeWorkbook: PageWorkbook;

/** The task pane in a real browser with a fake Excel host served in place of office.js. */
describeWithBrowser('the add-in in Excel (fake host, real Chromium)', (chromiumPath) => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  let traffic: OfficeTraffic;
  let userSheets: string[] = [];
  const userCells = () => page.evaluate((names) => JSON.stringify(names.map((n) => __fakeWorkbook.sheet(n).cells)), userSheets);

  beforeAll(async () => {
    buildWeb();
    let url: string;
    ({ server, url } = await serveWeb());
    const fakeHost = buildSync({
      entryPoints: [join(__dirname, 'fake-office-host.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
    }).outputFiles[0].text;
    const sample = await openXlsxFile(join(ROOT, 'samples/sormland-2017.xlsx'));
    const setup: FakeHostSetup = { lang: 'sv-SE', sheets: (await sample.readSheets()).map(({ name, values }) => ({ name, values })) };
    userSheets = setup.sheets.map((s) => s.name);
    browser = await launch(chromiumPath);
    page = await browser.newPage({ viewport: { width: 420, height: 1400 } });
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript((s) => Object.assign(globalThis, { __fakeHostSetup: s }), setup);
    // The page asks Microsoft's CDN for office.js: the fake host answers instead.
    traffic = await routeOffice(page, fakeHost);
    await page.goto(`${url}/taskpane.html`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** The pane's own scripts the page has asked for so far, by name without the content hash (`results`). */
  const localScripts = () =>
    requests.filter((r) => /^http:\/\/127\.0\.0\.1:\d+\/.*\.js$/.test(r)).map((r) => new URL(r).pathname.slice(1).replace(/\.[0-9a-f]{8}\.js$/, ''));

  test('at start the pane loads its own bundle alone: the engine, the Office.js adapter and the results view come with the first run', async () => {
    await page.getByRole('button', { name: 'Sammanställ' }).waitFor();
    expect(localScripts()).toEqual(['taskpane']);
  });

  test('Sammanställ writes the Avvikelser and Kontroller sheets with the expected values into the workbook', async () => {
    const before = await userCells();
    await page.getByRole('button', { name: 'Sammanställ' }).click();
    await page.getByText('Skrev bladen Sammanfattning, Avvikelser, Kontroller, Medlemsavgifter (2), Fakturor, Finansiella mål.').waitFor({ timeout: 30_000 });
    const names = await page.evaluate(() => __fakeWorkbook.names);
    expect(names).toEqual([...userSheets, 'Sammanfattning', 'Avvikelser', 'Kontroller', 'Medlemsavgifter (2)', 'Fakturor', 'Finansiella mål']);
    const written = await page.evaluate(() => {
      // The table's header follows the title and notes (how each sheet was read comes after the table).
      const header = [...Array(40).keys()].map((i) => i + 1).find((r) => __fakeWorkbook.value('Kontroller', `A${r}`) === 'Kontroll')!;
      const first = header + 1;
      return {
        title: __fakeWorkbook.value('Kontroller', 'A1'),
        mark: __fakeWorkbook.value('Avvikelser', 'A2'),
        firstCheck: [__fakeWorkbook.value('Kontroller', `C${first}`), __fakeWorkbook.value('Kontroller', `F${first}`)],
        tables: __fakeWorkbook.sheet('Avvikelser').tables.map((t) => t.name),
      };
    });
    expect(written.mark).toMatch(/^Skapat av Avstämning/);
    expect(written.firstCheck).toEqual(['Målområden!B6', 32000]);
    expect(written.tables).toEqual(['Avstamning_Avvikelser']);
    expect(await userCells()).toBe(before);
    expect(localScripts()).toEqual(expect.arrayContaining(['taskpane', 'engine', 'excel', 'results']));
    await page.screenshot({ path: join(SHOTS, 'excel-host-first-run.png'), fullPage: true });
  }, 60_000);

  test('a second run replaces the generated sheets and leaves the user sheets untouched', async () => {
    const before = await userCells();
    await page.getByRole('button', { name: 'Sammanställ' }).click();
    await page.getByText('Skrev bladen Sammanfattning, Avvikelser, Kontroller, Medlemsavgifter (2), Fakturor, Finansiella mål.').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => __fakeWorkbook.names)).toEqual([
      ...userSheets,
      'Sammanfattning',
      'Avvikelser',
      'Kontroller',
      'Medlemsavgifter (2)',
      'Fakturor',
      'Finansiella mål',
    ]);
    expect(await userCells()).toBe(before);
  }, 60_000);

  test('a click on a finding selects its cell in Excel', async () => {
    await page.getByRole('button', { name: /^Gå till Målområden!D7/ }).click();
    await page.waitForFunction(() => __fakeWorkbook.selection !== null, undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => [__fakeWorkbook.activeSheet, __fakeWorkbook.selection])).toEqual(['Målområden', 'D7']);
  });

  test('sends no request off this machine: office.js comes from the CDN (answered here by the fake host), nothing else leaves', () => {
    expect(traffic.served).toEqual(['office.js']);
    expect([traffic.missing, traffic.blocked]).toEqual([[], []]);
    for (const r of requests)
      expect(r).toMatch(/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:|https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$)/);
  });
});
