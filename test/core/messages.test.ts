/**
 * The message catalogue (issue 6, item 3): every message exists in Swedish and English with the same
 * parameters, and every key the code uses is in the catalogue. The words of the sheets (render/labels.ts)
 * and of the task pane (taskpane/strings.ts) are held to the same parity.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MESSAGES, MessageKey, formatMessage, isMessageKey } from '../../src/core/messages';
import { LABELS } from '../../src/core/render/labels';
import { STRINGS } from '../../src/taskpane/strings';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(MESSAGES) as MessageKey[];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = sourceFiles(SRC)
  .filter((p) => !p.endsWith(join('core', 'messages.ts')))
  .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

/** The first segment of every key (`fees`, `goals`, `cli` …): a string literal starting with one of them and a dot is a key. */
const PREFIXES = [...new Set(keys.map((k) => k.split('.')[0]))];
const KEY_LITERAL = new RegExp(`['"](${PREFIXES.join('|')})\\.([A-Za-z][\\w.]*)['"]`, 'g');
const KEY_TEMPLATE = new RegExp(`\`(${PREFIXES.join('|')})\\.([^\`]*)\``, 'g');

/** Keys built at run time: the code that builds them, and the keys it can build. */
const DYNAMIC_KEYS: Record<string, () => string[]> = {
  // goals/evaluate.ts, with problem: SyntaxProblem (goals/expression.ts)
  'goals.syntax.${problem}': () => {
    const text = readFileSync(join(SRC, 'core', 'goals', 'expression.ts'), 'utf8');
    const union = /export type SyntaxProblem =([^;]+);/.exec(text);
    if (!union) throw new Error('SyntaxProblem not found in goals/expression.ts');
    return [...union[1].matchAll(/'(\w+)'/g)].map((m) => `goals.syntax.${m[1]}`);
  },
  // goals/evaluate.ts: a suggestion turns goals.unknownMetric / goals.unknownLabel into their …Suggest variant
  '${key}Suggest': () => ['goals.unknownMetricSuggest', 'goals.unknownLabelSuggest'],
};

describe('the message catalogue', () => {
  test.each(keys)('%s has a Swedish and an English text with the same {placeholders}', (key) => {
    const { sv, en } = MESSAGES[key];
    expect(sv.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(sv).toBe(sv.trim());
    expect(en).toBe(en.trim());
    expect(placeholders(sv)).toEqual(placeholders(en));
    // Not one language copied into the other by mistake (the two short CLI words excepted).
    if (sv.length > 20) expect(sv).not.toBe(en);
    // Balanced quotes and braces: a lost ” or } is a typo a reader sees.
    expect((sv.match(/”/g) ?? []).length % 2).toBe(0);
    expect((en.match(/“/g) ?? []).length).toBe((en.match(/”/g) ?? []).length);
    for (const text of [sv, en]) expect((text.match(/\{/g) ?? []).length).toBe((text.match(/\}/g) ?? []).length);
  });

  test('formatting fills every placeholder and leaves none behind', () => {
    for (const key of keys) {
      for (const lang of ['sv', 'en'] as const) {
        const params = Object.fromEntries(placeholders(MESSAGES[key][lang]).map((p) => [p, `<${p}>`]));
        const text = formatMessage(key, lang, params);
        expect(text).not.toMatch(/\{\w+\}/);
        for (const p of Object.keys(params)) expect(text).toContain(`<${p}>`);
      }
    }
  });

  test('every key written in the code is in the catalogue', () => {
    const used = new Map<string, string[]>();
    const unknown: string[] = [];
    for (const { path, text } of sources) {
      for (const m of text.matchAll(KEY_LITERAL)) {
        const key = `${m[1]}.${m[2]}`;
        used.set(key, [...(used.get(key) ?? []), path]);
        if (!isMessageKey(key)) unknown.push(`${path}: ${key}`);
      }
      const templates = [...text.matchAll(KEY_TEMPLATE)].map((m) => `${m[1]}.${m[2]}`);
      if (text.includes('`${key}Suggest`')) templates.push('${key}Suggest');
      for (const template of templates) {
        const expand = DYNAMIC_KEYS[template];
        if (!expand) {
          unknown.push(`${path}: \`${template}\` is built at run time; list its values in DYNAMIC_KEYS`);
          continue;
        }
        for (const key of expand()) {
          used.set(key, [...(used.get(key) ?? []), path]);
          if (!isMessageKey(key)) unknown.push(`${path}: ${key} (from \`${template}\`)`);
        }
      }
    }
    expect(unknown).toEqual([]);
    // The scan finds the keys of every part of the program, so the check above is not vacuous.
    for (const sample of [
      'goals.unknownLabelSuggest',
      'amount.notANumber',
      'check.controlTotal',
      'fees.memberTwice',
      'goals.syntax.unexpectedEnd',
      'cli.usage',
      'settings.badNumber',
    ])
      expect(used.has(sample)).toBe(true);
  });

  test('every message in the catalogue is used somewhere in the code', () => {
    const all = sources.map((s) => s.text).join('\n');
    const dynamic = new Set(Object.entries(DYNAMIC_KEYS).flatMap(([template, f]) => (all.includes(template) ? f() : [])));
    const unused = keys.filter((k) => !dynamic.has(k) && !all.includes(`'${k}'`) && !all.includes(`"${k}"`));
    expect(unused).toEqual([]);
  });

  test('a message inside a message is written in the same language', () => {
    const params = { member: 'Botkyrka kommun', charge: { key: 'fees.chargeName', params: { year: 2018 } } };
    expect(formatMessage('fees.populationMissing', 'sv', params)).toContain('Medlemsavgift 2018 kräver det');
    expect(formatMessage('fees.populationMissing', 'en', params)).toContain('Member fee 2018 needs it');
  });

  test('an unknown key is shown as itself, not as an empty text', () => {
    expect(formatMessage('no.such.key', 'sv')).toBe('no.such.key');
  });
});

describe('the other word lists have the same parity', () => {
  test.each([
    ['render/labels.ts', LABELS],
    ['taskpane/strings.ts', STRINGS],
  ] as const)('%s: the same keys and {placeholders} in Swedish and English, none empty', (_name, words) => {
    const sv = words.sv as Record<string, string>;
    const en = words.en as Record<string, string>;
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    const differing = Object.keys(sv).filter((k) => placeholders(sv[k]).join() !== placeholders(en[k]).join());
    expect(differing).toEqual([]);
    const empty = Object.keys(sv).filter((k) => sv[k].trim() === '' || en[k].trim() === '');
    expect(empty).toEqual([]);
  });
});
