import { Server } from 'node:http';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { OFFICE_CDN, OfficeTraffic, SHOTS, buildWeb, describeWithBrowser, launch, routeOffice, serveWeb } from './harness';

/** The built task pane opened in a plain browser, no Office: the browser preview with the bundled sample. */
describeWithBrowser('the browser preview (real Chromium)', (chromiumPath) => {
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  let traffic: OfficeTraffic;

  beforeAll(async () => {
    buildWeb();
    ({ server, url } = await serveWeb());
    browser = await launch(chromiumPath);
    page = await browser.newPage({ locale: 'sv-SE', viewport: { width: 420, height: 1400 } });
    page.on('request', (r) => requests.push(r.url()));
    // Outside Office the page still loads the real office.js (the npm package's copy stands in for the CDN):
    // Office.onReady says there is no host, and the pane is the preview.
    traffic = await routeOffice(page);
    await page.goto(`${url}/taskpane.html`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test('offers the sample and a file; runs the sample and shows the goal-area deviations', async () => {
    await page.getByRole('button', { name: 'Använd exempelarbetsboken' }).click();
    await page.getByText('Skrev bladen Avvikelser, Kontroller, Medlemsavgifter (2), Fakturor, Finansiella mål.').waitFor({ timeout: 30_000 });
    const goals = page.getByRole('table', { name: 'Avvikelser per målområde: Målområden' });
    await expect(goals.innerText()).resolves.toContain('−599\u00a0600\u00a0kr');
    await expect(goals.innerText()).resolves.toContain('1\u00a0648\u00a0900\u00a0kr');
    await page.screenshot({ path: join(SHOTS, 'preview-sample.png'), fullPage: true });
  }, 60_000);

  test('shows the checks: the project list against the goal-area table, and the 2016 balance sheet', async () => {
    const checks = await page.getByRole('region', { name: 'Kontroller' }).innerText();
    expect(checks).toContain('4 stämmer inte');
    for (const cell of ['Målområden!B6', 'Målområden!D6', 'Målområden!D7']) expect(checks).toContain(cell);
  });

  test('shows the financial goals and the member fees as the report has them', async () => {
    const goals = await page.getByRole('table', { name: 'Finansiella mål' }).innerText();
    expect(goals).toContain('235,7\u00a0%');
    expect(goals).toContain('184,2\u00a0%');
    expect(goals).toContain('16\u00a0029\u00a0000\u00a0kr');
    const fees = await page.getByRole('table', { name: 'Medlemsavgift 2017' }).innerText();
    expect(fees).toContain('40\u00a0786\u00a0191\u00a0kr');
  });

  test('lets the user download the output workbook', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned resultatet (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe('sormland-2017-avstamning.xlsx');
  });

  test('sends no request off this machine but for office.js from its CDN (answered here from the npm package)', () => {
    expect(requests.length).toBeGreaterThan(3);
    expect(traffic.served).toContain('office.js');
    expect(traffic.missing).toEqual([]);
    expect(traffic.blocked).toEqual([]);
    for (const r of requests.filter((u) => !traffic.blocked.includes(u))) expect(r).toMatch(new RegExp(`^(http://127\\.0\\.0\\.1:\\d+/|data:|blob:|${OFFICE_CDN.replace(/[./]/g, '\\$&')})`));
  });
});
