import { Server } from 'node:http';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { cellDump, openWorkbook, tempDir, writeXlsx } from '../helpers/xlsx';
import { OFFICE_CDN, OfficeTraffic, SHOTS, buildWeb, describeWithBrowser, launch, routeOffice, serveWeb } from './harness';

/** What axe-core finds on the page (WCAG 2.1 A and AA rules and best practices): each rule broken, with where. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  // Colours are measured at rest: a button or field still fading after a change would be measured mid-way.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  return page.evaluate(async () => {
    type Node = { target: string[]; html: string; failureSummary?: string };
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: Node[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} ${n.failureSummary ?? ''}`).join(', ')}`);
  });
}

/** The whole page from its top (a full-page shot of a scrolled page leaves the part above blank). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

/**
 * What does not fit its box: every table cell, heading, label and the page itself whose content is wider than
 * the box shows (scrollWidth > clientWidth), with its text; an empty list when everything fits.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const over: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth) over.push(`page: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('td, th, h1, h2, h3, h4, label, [role=status], [role=combobox], li')) {
      if (el.scrollWidth > el.clientWidth)
        over.push(`${el.tagName.toLowerCase()} “${(el.textContent ?? '').slice(0, 60)}”: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return over;
  });
}

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
    await page.getByText('Skrev bladen Sammanfattning, Avvikelser, Kontroller, Medlemsavgifter (2), Fakturor, Finansiella mål.').waitFor({ timeout: 30_000 });
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
    for (const r of requests.filter((u) => !traffic.blocked.includes(u)))
      expect(r).toMatch(new RegExp(`^(http://127\\.0\\.0\\.1:\\d+/|data:|blob:|${OFFICE_CDN.replace(/[./]/g, '\\$&')})`));
  });
});

/**
 * The pane as Excel shows it, 350 px wide (320 and 500 too): the sample's results in the order of issue 17,
 * every cell fitting its box, no axe-core violation in light or dark; then a workbook whose headers no reader
 * can know, mapped in the Tabeller step, gives the right lines and keeps the mapping in the downloaded file.
 */
describeWithBrowser('the pane at 320–500 px and the Tabeller step in the preview (real Chromium)', (chromiumPath) => {
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;
  const dir = tempDir();
  const upload = join(dir, 'uppfoljning.xlsx');
  /** Headers no reader can know (`Kolumn X`, `Siffra`). Personal is a cost: budget 1 000, outcome 1 100, so −100 kr, −10,0 %. */
  const UPPFOLJNING = [['Rapport 2024'], [], ['Post', 'Kolumn X', 'Siffra'], ['Personal', 1000, 1100], ['Lokaler', 500, null], ['Summa', 1500, 1100]];

  beforeAll(async () => {
    buildWeb();
    ({ server, url } = await serveWeb());
    browser = await launch(chromiumPath);
    await writeXlsx(upload, { Uppföljning: UPPFOLJNING });
    // The page's CSP refuses inline scripts; axe-core is injected as one, so this page alone bypasses it.
    page = await browser.newPage({ locale: 'sv-SE', viewport: { width: 350, height: 900 }, colorScheme: 'light', acceptDownloads: true, bypassCSP: true });
    await routeOffice(page);
    await page.goto(`${url}/taskpane.html`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test('the sample at 350 px: deviations first, then findings, goals and fees; every cell fits; no axe-core violation', async () => {
    await page.getByRole('button', { name: 'Använd exempelarbetsboken' }).click();
    await page.getByText(/^Skrev bladen Sammanfattning, Avvikelser/).waitFor({ timeout: 30_000 });
    const headings = await page.locator('main h2').allTextContents();
    const order = ['Avvikelser', 'Kontroller', 'Finansiella mål', 'Medlemsavgifter', 'Tabeller', 'Inställningar'].map((h) =>
      headings.findIndex((x) => x.startsWith(h)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await overflowing(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'pane-350-light.png');
  }, 60_000);

  test('at 320 and 500 px, light and dark: every cell fits, no axe-core violation', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [320, 350, 500]) {
        await page.setViewportSize({ width, height: 900 });
        expect({ width, scheme, over: await overflowing(page) }).toEqual({ width, scheme, over: [] });
        expect({ width, scheme, violations: await axeViolations(page) }).toEqual({ width, scheme, violations: [] });
        await shot(page, `pane-${width}-${scheme}.png`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 350, height: 900 });
  }, 120_000);

  test('an uploaded workbook with headers no reader knows is mapped in Tabeller: the right lines, the mapping kept in the download, the user sheet unchanged', async () => {
    await page.locator('input[type=file]').setInputFiles(upload);
    await page.getByText('Bladet Uppföljning används inte: ingen budget- eller utfallskolumn hittades', { exact: false }).first().waitFor({ timeout: 30_000 });
    // By keyboard, as a screen-reader user would: focus, Enter opens, arrows move (the active option is announced), Enter chooses.
    const choose = async (combobox: string, option: string) => {
      const box = page.getByRole('combobox', { name: combobox });
      await box.focus();
      await page.keyboard.press('Enter');
      const active = () => box.evaluate((e) => document.getElementById(e.getAttribute('aria-activedescendant') ?? '')?.textContent ?? null);
      for (let i = 0; i < 30 && (await active()) !== option; i++) await page.keyboard.press('ArrowDown');
      expect(await active()).toBe(option);
      await page.keyboard.press('Enter');
    };
    await expect(page.getByRole('combobox', { name: 'Rubrikrad' }).innerText()).resolves.toBe('Rad 3: Post · Kolumn X · Siffra');
    await choose('Kolumn B ”Kolumn X”', 'Budget');
    await page.getByText('Ingen utfallskolumn hittades på bladet Uppföljning: välj vilken kolumn som är utfall.').waitFor({ timeout: 30_000 });
    await choose('Kolumn C ”Siffra”', 'Utfall');
    const table = page.getByRole('table', { name: 'Avvikelser per målområde: Uppföljning' });
    await table.waitFor({ timeout: 30_000 });
    // Lokaler has no outcome: no deviation (never read as 0). The total's −10,0 % is −100 of the budget of the line
    // compared (Personal's 1 000), not of every line's 1 500; the pane says one line is left out.
    expect(await table.locator('tbody').allTextContents()).toEqual([
      'Personal−100\u00a0kr−10,0\u00a0%Ogynnsam',
      'Lokaler––ingen avvikelse',
      'Totalt−100\u00a0kr−10,0\u00a0%Ogynnsam',
    ]);
    await page.getByText('1 av 2 rader saknar budget eller utfall', { exact: false }).waitFor();
    await page.getByText('Valet sparades i arbetsboken och allt räknades om.', { exact: false }).waitFor();
    expect(await overflowing(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'pane-tabeller-350-full.png');
    await page.getByRole('region', { name: 'Tabeller' }).screenshot({ path: join(SHOTS, 'pane-tabeller-350.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned resultatet (.xlsx)' }).click()]);
    const saved = join(dir, 'uppfoljning-avstamning.xlsx');
    await download.saveAs(saved);
    const settings = (await openWorkbook(saved)).getWorksheet('Avstämning inställningar')!;
    const rows = (settings.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows.slice(rows.findIndex((r) => r[0] === 'Blad'))).toEqual([
      ['Blad', 'Kolumn', 'Roll'],
      ['Uppföljning', 'B', 'Budget'],
      ['Uppföljning', 'C', 'Utfall'],
    ]);
    expect(await cellDump(saved, ['Uppföljning'])).toEqual(await cellDump(upload, ['Uppföljning']));
  }, 120_000);
});
