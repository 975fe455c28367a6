import { UNNAMED_FILE } from './package';
import { MessageError } from '../core/message-error';
import { Flavour, STRICT, TRANSITIONAL, flavourOf } from './namespaces';
import { XmlElement, XmlTree, newElementTag } from './xml-tree';
import { escapeXml } from './xml';

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

/** Elements that follow `definedNames` in a workbook part, in schema order (where a new one must go before). */
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

/** A sheet name inside a formula: always quoted, quotes doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The workbook part (xl/workbook.xml) as text, edited in place: the sheet list, the sheet-local defined names
 * that point into it by position, and the active tab. Everything else in it is kept as written. Elements are
 * found by namespace, whatever prefixes the file uses (none, `x:`, a prefix declared on each element as lxml
 * writes it), comments are no sheets, and every element added uses a prefix declared where it goes.
 */
export class WorkbookPart {
  private tree: XmlTree;
  readonly flavour: Flavour;
  /** Sheets and sheet-local names added since the part was last parsed: spliced in at once (a part with
   * thousands of defined names is parsed a few times per run, not once per addition). */
  private addedSheets: (SheetEntry & { xml: string })[] = [];
  private addedNames: { name: string; inner: { name: string; position: number; formula: string } }[] = [];

  constructor(
    xml: string,
    private readonly file = UNNAMED_FILE,
    private readonly part = 'xl/workbook.xml',
  ) {
    this.tree = new XmlTree(xml, file, part);
    const root = this.tree.root();
    const flavour = root && root.local === 'workbook' ? flavourOf(root.uri) : null;
    if (!flavour) throw new MessageError('file.notWorkbook', { file });
    this.flavour = flavour;
  }

  toString(): string {
    this.flush();
    return this.tree.text;
  }

  /** Splice what was added into the text and parse it again. */
  private flush(): void {
    if (!this.addedSheets.length && !this.addedNames.length) return;
    const tree = this.tree;
    const root = tree.root()!;
    const edits: { from: number; to: number; text: string }[] = [];
    if (this.addedSheets.length) {
      const sheets = this.top('sheets')!;
      const xml = this.addedSheets.map((s) => s.xml).join('');
      if (sheets.selfClosing)
        edits.push({
          from: sheets.start,
          to: sheets.end,
          text: tree.text.slice(sheets.start, sheets.openEnd).replace(/\s*\/>$/, '>') + xml + `</${sheets.qname}>`,
        });
      else edits.push({ from: sheets.contentEnd, to: sheets.contentEnd, text: xml });
    }
    if (this.addedNames.length) {
      const block = this.top('definedNames');
      const parent = block ?? root;
      const q = this.qualified(parent, 'definedName');
      const open = newElementTag(tree, parent, this.main, 'definedName');
      const names = this.addedNames
        .map(({ inner: n }) => `${block ? open : `<${q}`} name="${escapeXml(n.name)}" localSheetId="${n.position}">${escapeXml(n.formula)}</${q}>`)
        .join('');
      if (block?.selfClosing)
        edits.push({
          from: block.start,
          to: block.end,
          text: tree.text.slice(block.start, block.openEnd).replace(/\s*\/>$/, '>') + names + `</${block.qname}>`,
        });
      else if (block) edits.push({ from: block.contentEnd, to: block.contentEnd, text: names });
      else {
        const next = tree.children(root).find((e) => e.uri === this.main && AFTER_DEFINED_NAMES.includes(e.local));
        const at = next ? next.start : root.contentEnd;
        edits.push({ from: at, to: at, text: `${newElementTag(tree, root, this.main, 'definedNames')}>${names}</${this.qualified(root, 'definedNames')}>` });
      }
    }
    this.addedSheets = [];
    this.addedNames = [];
    this.set(applyEdits(tree.text, edits));
  }

  private set(text: string): void {
    this.tree = new XmlTree(text, this.file, this.part);
  }

  private get main(): string {
    return this.flavour.main;
  }

  /** A child of the root in the main namespace. */
  private top(local: string): XmlElement | undefined {
    const root = this.tree.root()!;
    return this.tree.first(this.main, local, root);
  }

  private sheetElements(): XmlElement[] {
    const sheets = this.top('sheets');
    return sheets ? this.tree.find(this.main, 'sheet', sheets) : [];
  }

  private relId(e: XmlElement): string {
    // The id's namespace is the flavour's; a file mixing the two is read either way.
    return (
      this.tree.attrNS(e, this.flavour.relationships, 'id') ?? this.tree.attrNS(e, (this.flavour.strict ? TRANSITIONAL : STRICT).relationships, 'id') ?? ''
    );
  }

  sheets(): SheetEntry[] {
    const read = this.sheetElements().map((e): SheetEntry => {
      const state = this.tree.attr(e, 'state');
      return {
        name: this.tree.attr(e, 'name') ?? '',
        sheetId: Number(this.tree.attr(e, 'sheetId')),
        relId: this.relId(e),
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      };
    });
    return [...read, ...this.addedSheets.map(({ name, sheetId, relId, state }) => ({ name, sheetId, relId, state }))];
  }

  /** Whether dates in the workbook count from 1904 (Excel for Mac's old default) rather than 1900. */
  date1904(): boolean {
    const pr = this.top('workbookPr');
    return ['1', 'true'].includes((pr ? this.tree.attr(pr, 'date1904') : '')?.trim() ?? '');
  }

  /** The names of every defined name (global and sheet-local), which a table name may not repeat. */
  definedNames(): string[] {
    const block = this.top('definedNames');
    const read = block ? this.tree.find(this.main, 'definedName', block).map((e) => this.tree.attr(e, 'name') ?? '') : [];
    return [...read, ...this.addedNames.map((n) => n.name)];
  }

  /** Take sheets out of the list; names scoped to them go, positions after them move up. */
  removeSheets(relIds: ReadonlySet<string>): void {
    if (relIds.size === 0) return;
    this.flush();
    const elements = this.sheetElements();
    const before = elements.length;
    const removed = elements.flatMap((e, i) => (relIds.has(this.relId(e)) ? [i] : []));
    if (removed.length === 0) return;
    const newIndex = (old: number) => old - removed.filter((i) => i < old).length;
    const count = before - removed.length;
    const tree = this.tree;
    // Edits from the end of the text backwards, so earlier spans stay valid.
    const edits: { from: number; to: number; text: string }[] = removed.map((i) => ({ from: elements[i].start, to: elements[i].end, text: '' }));
    const block = this.top('definedNames');
    if (block) {
      const inner: typeof edits = [];
      let kept = 0;
      for (const e of tree.find(this.main, 'definedName', block)) {
        const local = e.attributes.find((a) => a.uri === '' && a.local === 'localSheetId');
        const old = local ? Number(local.value) : NaN;
        if (local && removed.includes(old)) inner.push({ from: e.start, to: e.end, text: '' });
        else {
          kept++;
          if (local) inner.push({ from: local.valueStart, to: local.valueEnd, text: String(newIndex(old)) });
        }
      }
      // No names left: the element goes too (with nothing inside, it only invites a second block later).
      if (kept === 0) edits.push({ from: block.start, to: block.end, text: '' });
      else edits.push(...inner);
    }
    const views = this.top('bookViews');
    for (const view of views ? tree.find(this.main, 'workbookView', views) : []) {
      for (const name of ['activeTab', 'firstSheet']) {
        const a = view.attributes.find((x) => x.uri === '' && x.local === name);
        if (a) edits.push({ from: a.valueStart, to: a.valueEnd, text: String(Math.max(0, Math.min(count - 1, newIndex(Number(a.value))))) });
      }
    }
    this.set(applyEdits(tree.text, edits));
  }

  /** Add a sheet at the end of the list; returns its position. */
  addSheet(name: string, sheetId: number, relId: string): number {
    const sheets = this.top('sheets');
    if (!sheets) throw new MessageError('file.notWorkbook', { file: this.file });
    const tag = newElementTag(this.tree, sheets, this.main, 'sheet');
    // The relationship namespace is declared on the element itself: valid whatever the file declares elsewhere.
    const xml = `${tag} xmlns:r="${this.flavour.relationships}" name="${escapeXml(name)}" sheetId="${sheetId}" r:id="${escapeXml(relId)}"/>`;
    this.addedSheets.push({ name, sheetId, relId, state: 'visible', xml });
    return this.sheets().length - 1;
  }

  nextSheetId(): number {
    return (
      Math.max(
        0,
        ...this.sheets()
          .map((s) => s.sheetId)
          .filter(Number.isFinite),
      ) + 1
    );
  }

  /** A defined name scoped to one sheet (such as `_xlnm.Print_Titles`). */
  addLocalName(name: string, position: number, formula: string): void {
    this.addedNames.push({ name, inner: { name, position, formula } });
  }

  /** The qualified name for a new main-namespace element inside `parent` (prefix as in scope there). */
  private qualified(parent: XmlElement, local: string): string {
    const prefix = this.tree.prefixFor(parent, this.main);
    return prefix ? `${prefix}:${local}` : local;
  }
}

/** Apply non-overlapping edits (spans of the original text), from the end backwards. */
export function applyEdits(text: string, edits: readonly { from: number; to: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
