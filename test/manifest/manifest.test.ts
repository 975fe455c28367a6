/** @jest-environment jsdom */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The manifest, checked offline by the project's own rules (`npm run validate` is the online check,
 * which needs Microsoft's service).
 */
const ROOT = resolve(__dirname, '../..');
const xml = readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
const one = (tag: string) => all(tag)[0];

/** The order the OfficeApp schema requires for the elements used here. */
const ORDER = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];

describe('manifest.xml', () => {
  test('is well-formed XML for a task pane add-in in Excel', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(all('Host').some((h) => h.getAttribute('Name') === 'Workbook')).toBe(true);
  });

  test('has a GUID id, a four-part version, and ReadWriteDocument permission', () => {
    expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one('Version').textContent).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
    expect(one('Permissions').textContent).toBe('ReadWriteDocument');
  });

  test('asks for ExcelApi 1.4, so Excel 2019 and 2021 can run it (test/excel/host.test.ts runs it on such a host)', () => {
    const sets = all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.4']]);
  });

  test('puts the top-level elements in schema order', () => {
    const names = Array.from(doc.documentElement.children).map((e) => e.localName);
    expect(names).toEqual(ORDER.filter((n) => names.includes(n)));
    expect(names).toEqual(ORDER);
  });

  test('uses https for every URL', () => {
    const urls = [...all('*').map((e) => e.getAttribute('DefaultValue') ?? ''), ...all('AppDomain').map((e) => e.textContent ?? '')].filter((v) =>
      /^[a-z]+:\/\//i.test(v),
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  test('defines every resid it uses, each at most 32 characters', () => {
    const defined = new Set(
      all('bt:Image')
        .concat(all('bt:Url'), all('bt:String'))
        .map((e) => e.getAttribute('id')),
    );
    const used = all('*')
      .map((e) => e.getAttribute('resid'))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) {
      expect(defined.has(id)).toBe(true);
      expect(id.length).toBeLessThanOrEqual(32);
    }
  });

  test('keeps short strings within 125 and long strings within 250 characters, each in Swedish too', () => {
    const check = (parent: string, max: number) => {
      for (const s of Array.from(one(parent).getElementsByTagName('bt:String'))) {
        expect(s.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(max);
        const sv = Array.from(s.getElementsByTagName('bt:Override')).find((o) => o.getAttribute('Locale') === 'sv-SE');
        expect(sv?.getAttribute('Value')?.length).toBeLessThanOrEqual(max);
      }
    };
    check('bt:ShortStrings', 125);
    check('bt:LongStrings', 250);
    expect(one('DisplayName').getElementsByTagName('Override')[0].getAttribute('Locale')).toBe('sv-SE');
  });

  test('points to icons that exist in assets/ in the sizes Office asks for', () => {
    const images = [
      ...all('bt:Image')
        .filter((e) => e.hasAttribute('id'))
        .map((e) => e.getAttribute('DefaultValue')!),
      one('IconUrl').getAttribute('DefaultValue')!,
      one('HighResolutionIconUrl').getAttribute('DefaultValue')!,
    ];
    for (const url of images) expect(existsSync(resolve(ROOT, new URL(url).pathname.slice(1)))).toBe(true);
    for (const size of [16, 32, 64, 80, 128]) expect(existsSync(resolve(ROOT, `assets/icon-${size}.png`))).toBe(true);
  });

  test('has the ribbon group on the Home tab with the one-click function and the task pane button', () => {
    expect(one('OfficeTab').getAttribute('id')).toBe('TabHome');
    const actions = all('Action').map((a) => a.getAttribute('xsi:type'));
    expect(actions).toEqual(['ExecuteFunction', 'ShowTaskpane']);
    const fn = one('FunctionName').textContent!;
    expect(readFileSync(resolve(ROOT, 'src/commands/commands.ts'), 'utf8')).toContain(`Office.actions.associate('${fn}'`);
  });
});
