/**
 * What makes a written .xlsx open in Excel, LibreOffice and openpyxl, checked with readers independent of
 * Avstämning's own (JSZip for the zip, saxes for the XML, with namespaces): every part the run wrote or
 * changed is well-formed with every prefix declared; every part has a content type and every Override a
 * part; every relationship of a changed part reaches a part; the workbook has one definedNames, unique sheet
 * names, ids and relationship ids; table names are unique among tables and defined names; no cell text is
 * longer than Excel's 32 767 characters; the workbook part's content type fits the file's extension.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { readZip } from '../../src/xlsx/zip';

const MAIN = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'];
const RELS_NS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];
const MAIN_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  xltm: 'application/vnd.ms-excel.template.macroEnabled.main+xml',
};

export interface XmlElementNode {
  uri: string;
  local: string;
  attributes: Record<string, { uri: string; local: string; value: string }>;
  text: string;
  children: XmlElementNode[];
}

/** Parse with namespaces (saxes, as strict as XML is): the tree, or the first well-formedness error. */
export function parseXml(xml: string): { root: XmlElementNode | null; error: string | null } {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElementNode[] = [];
  let root: XmlElementNode | null = null;
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.on('opentag', (tag) => {
    const attributes: XmlElementNode['attributes'] = {};
    for (const [name, a] of Object.entries(tag.attributes)) {
      const attr = a as { uri: string; local: string; value: string };
      attributes[name] = { uri: attr.uri, local: attr.local, value: attr.value };
    }
    const node: XmlElementNode = { uri: tag.uri ?? '', local: tag.local ?? tag.name, attributes, text: '', children: [] };
    if (stack.length) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on('cdata', (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => stack.pop());
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e instanceof Error ? e.message : String(e);
  }
  return { root, error };
}

function* walk(node: XmlElementNode): Generator<XmlElementNode> {
  yield node;
  for (const c of node.children) yield* walk(c);
}

function attr(node: XmlElementNode, local: string, uris: readonly string[] = ['']): string | undefined {
  return Object.values(node.attributes).find((a) => a.local === local && uris.includes(a.uri))?.value;
}

function resolve(source: string, target: string): string {
  const parts = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(decodeURIComponent(segment));
  }
  return parts.join('/');
}

/**
 * Problems of a written package, as readable lines (empty when it is sound). `input` is the package the run
 * started from: parts whose bytes did not change are the user's and are not judged here.
 */
export async function writtenPackageProblems(input: Uint8Array, output: Uint8Array, extension = 'xlsx'): Promise<string[]> {
  const problems: string[] = [];
  const after = await JSZip.loadAsync(output);
  const names = Object.keys(after.files).filter((n) => !after.files[n].dir);
  const lower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const find = (path: string) => lower.get(path.toLowerCase()) ?? null;
  // Which parts the run wrote or changed: by their compressed bytes, so the user's big parts are never inflated.
  const old = new Map(readZip(input).map((e) => [e.name, e]));
  const changed = readZip(output)
    .filter((e) => {
      const o = old.get(e.name);
      return !o || o.crc !== e.crc || Buffer.compare(o.data, e.data) !== 0;
    })
    .map((e) => e.name);
  const before = await JSZip.loadAsync(input);
  const trees = new Map<string, XmlElementNode>();
  const oldTexts = new Set<string>();
  for (const name of names) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const bytes = await after.file(name)!.async('uint8array');
    // Every XML part read for the checks below; only changed ones are judged for well-formedness.
    const { root, error } = parseXml(new TextDecoder().decode(bytes));
    if (error && changed.includes(name)) problems.push(`${name}: ${error}`);
    if (root) trees.set(name, root);
    const was = before.file(name);
    if (changed.includes(name) && was) {
      const previous = parseXml(await was.async('string')).root;
      if (previous) for (const node of walk(previous)) if (node.local === 't') oldTexts.add(node.text);
    }
  }
  // Content types: one for every part, and no Override without its part.
  const types = trees.get('[Content_Types].xml');
  if (!types) problems.push('no [Content_Types].xml');
  else {
    const defaults = new Set(types.children.filter((e) => e.local === 'Default').map((e) => (attr(e, 'Extension') ?? '').toLowerCase()));
    const overrides = new Map(
      types.children
        .filter((e) => e.local === 'Override')
        .map((e) => [(attr(e, 'PartName') ?? '').replace(/^\//, '').toLowerCase(), attr(e, 'ContentType') ?? '']),
    );
    for (const part of overrides.keys()) if (!find(decodeURIComponent(part))) problems.push(`content type for a missing part /${part}`);
    for (const name of names) {
      if (name === '[Content_Types].xml') continue;
      const key = name.toLowerCase();
      const encoded = key.split('/').map(encodeURIComponent).join('/').toLowerCase();
      if (!overrides.has(key) && !overrides.has(encoded) && !defaults.has(key.slice(key.lastIndexOf('.') + 1))) problems.push(`no content type for ${name}`);
    }
  }
  // Relationships of changed parts reach parts.
  for (const name of changed.filter((n) => n.endsWith('.rels'))) {
    const source = name.replace(/_rels\/([^/]+)\.rels$/, '$1');
    for (const r of trees.get(name)?.children ?? []) {
      if (attr(r, 'TargetMode') === 'External') continue;
      const target = resolve(source === name ? '' : source, attr(r, 'Target') ?? '');
      if (!find(target)) problems.push(`${name}: ${attr(r, 'Id')} → ${target}, which is missing`);
    }
  }
  // The workbook part.
  const officeDoc = trees.get('_rels/.rels')?.children.find((r) => (attr(r, 'Type') ?? '').endsWith('/officeDocument'));
  const workbookPath = officeDoc ? find(resolve('', attr(officeDoc, 'Target') ?? '')) : null;
  const workbook = workbookPath ? trees.get(workbookPath) : undefined;
  if (!workbook || !workbookPath) return [...problems, 'no workbook part'];
  const top = (local: string) => workbook.children.filter((e) => e.local === local && MAIN.includes(e.uri));
  if (top('definedNames').length > 1) problems.push(`${workbookPath}: ${top('definedNames').length} definedNames elements`);
  const sheets = top('sheets').flatMap((s) => s.children.filter((e) => e.local === 'sheet'));
  const unique = (label: string, values: string[]) => {
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v)) problems.push(`${workbookPath}: ${label} ${v} twice`);
      seen.add(v);
    }
  };
  unique(
    'sheet name',
    sheets.map((s) => (attr(s, 'name') ?? '').toLowerCase()),
  );
  unique(
    'sheetId',
    sheets.map((s) => attr(s, 'sheetId') ?? ''),
  );
  unique(
    'r:id',
    sheets.map((s) => attr(s, 'id', RELS_NS) ?? ''),
  );
  for (const s of sheets) if (!attr(s, 'id', RELS_NS)) problems.push(`${workbookPath}: sheet ${attr(s, 'name')} has no r:id in the relationships namespace`);
  const definedNames = top('definedNames')
    .flatMap((d) => d.children)
    .map((d) => (attr(d, 'name') ?? '').toLowerCase());
  // Tables: names unique among tables and defined names, ids unique.
  const tables = [...trees.entries()].filter(([, t]) => t.local === 'table' && MAIN.includes(t.uri));
  const tableNames = tables.map(([, t]) => (attr(t, 'displayName') ?? attr(t, 'name') ?? '').toLowerCase());
  unique('table name', tableNames);
  unique(
    'table id',
    tables.map(([, t]) => attr(t, 'id') ?? ''),
  );
  for (const n of tableNames) if (definedNames.includes(n)) problems.push(`table ${n} has the name of a defined name`);
  // Cell text within Excel's limit: shared strings and inline strings.
  for (const [name, tree] of trees) {
    if (!changed.includes(name)) continue;
    for (const node of walk(tree)) {
      // The user's own texts are theirs; only what the run wrote must fit a cell.
      if (node.local === 't' && MAIN.includes(node.uri) && node.text.length > 32767 && !oldTexts.has(node.text))
        problems.push(`${name}: a text of ${node.text.length} characters`);
    }
  }
  // The workbook's content type fits the file's extension.
  const mainType = types?.children.find(
    (e) => e.local === 'Override' && (attr(e, 'PartName') ?? '').replace(/^\//, '').toLowerCase() === workbookPath.toLowerCase(),
  );
  if (MAIN_TYPES[extension] && attr(mainType ?? types!, 'ContentType') !== MAIN_TYPES[extension])
    problems.push(`workbook content type ${mainType ? attr(mainType, 'ContentType') : 'none'} in an .${extension} file`);
  return problems;
}
