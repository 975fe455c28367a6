import { attributes, escapeXml, tags, withAttribute } from './xml';

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Elements that follow `definedNames` in a workbook part, in schema order (where a new one must go before). */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/** A sheet name inside a formula: always quoted, quotes doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The workbook part (xl/workbook.xml) as text, edited in place: the sheet list, the sheet-local defined names
 * that point into it by position, and the active tab. Everything else in it is kept as written.
 */
export class WorkbookPart {
  /** The namespace prefix of SpreadsheetML elements in this part ('' or e.g. 'x:'). */
  private readonly p: string;

  constructor(private xml: string) {
    this.p = /<(\w+:)?workbook[\s>]/.exec(xml)?.[1] ?? '';
  }

  toString(): string {
    return this.xml;
  }

  private relPrefix(): string | null {
    const m = new RegExp(`xmlns:(\\w+)="${RELATIONSHIPS_NS}"`).exec(this.xml);
    return m ? m[1] : null;
  }

  sheets(): SheetEntry[] {
    const r = this.relPrefix() ?? 'r';
    return tags(this.xml, `${this.p}sheet`).map(({ tag }) => {
      const a = attributes(tag);
      const state = a.get('state');
      return { name: a.get('name') ?? '', sheetId: Number(a.get('sheetId')), relId: a.get(`${r}:id`) ?? '', state: state === 'hidden' || state === 'veryHidden' ? state : 'visible' };
    });
  }

  /** Take sheets out of the list; names scoped to them go, positions after them move up. */
  removeSheets(relIds: ReadonlySet<string>): void {
    if (relIds.size === 0) return;
    const before = this.sheets();
    const removed = before.flatMap((s, i) => (relIds.has(s.relId) ? [i] : []));
    const newIndex = (old: number) => old - removed.filter((i) => i < old).length;
    // Remove from the end so earlier positions stay valid.
    const r = this.relPrefix() ?? 'r';
    for (const { tag, index } of tags(this.xml, `${this.p}sheet`).reverse()) {
      if (relIds.has(attributes(tag).get(`${r}:id`) ?? '')) this.xml = this.xml.slice(0, index) + this.xml.slice(index + tag.length);
    }
    const definedName = new RegExp(`<${this.p}definedName\\b[^>]*?(?:/>|>[\\s\\S]*?</${this.p}definedName>)`, 'g');
    this.xml = this.xml.replace(definedName, (element) => {
      const start = element.slice(0, element.indexOf('>') + 1);
      const local = attributes(start).get('localSheetId');
      if (local === undefined) return element;
      const old = Number(local);
      if (removed.includes(old)) return '';
      return withAttribute(start, 'localSheetId', String(newIndex(old))) + element.slice(start.length);
    });
    this.xml = this.xml.replace(new RegExp(`<${this.p}definedNames>\\s*</${this.p}definedNames>|<${this.p}definedNames/>`), '');
    const count = before.length - removed.length;
    for (const { tag } of tags(this.xml, `${this.p}workbookView`)) {
      const a = attributes(tag);
      let edited = tag;
      for (const attr of ['activeTab', 'firstSheet']) {
        const value = a.get(attr);
        if (value !== undefined) edited = withAttribute(edited, attr, String(Math.max(0, Math.min(count - 1, newIndex(Number(value))))));
      }
      this.xml = this.xml.replace(tag, edited);
    }
  }

  /** Add a sheet at the end of the list; returns its position. */
  addSheet(name: string, sheetId: number, relId: string): number {
    const prefix = this.relPrefix();
    const ns = prefix ? '' : ` xmlns:r="${RELATIONSHIPS_NS}"`;
    const element = `<${this.p}sheet${ns} name="${escapeXml(name)}" sheetId="${sheetId}" ${prefix ?? 'r'}:id="${escapeXml(relId)}"/>`;
    const close = `</${this.p}sheets>`;
    if (this.xml.includes(close)) this.xml = this.xml.replace(close, `${element}${close}`);
    else this.xml = this.xml.replace(new RegExp(`<${this.p}sheets\\s*/>`), `<${this.p}sheets>${element}${close}`);
    return this.sheets().length - 1;
  }

  nextSheetId(): number {
    return Math.max(0, ...this.sheets().map((s) => s.sheetId).filter(Number.isFinite)) + 1;
  }

  /** A defined name scoped to one sheet (such as `_xlnm.Print_Titles`). */
  addLocalName(name: string, position: number, formula: string): void {
    const element = `<${this.p}definedName name="${escapeXml(name)}" localSheetId="${position}">${escapeXml(formula)}</${this.p}definedName>`;
    const close = `</${this.p}definedNames>`;
    if (this.xml.includes(close)) {
      this.xml = this.xml.replace(close, `${element}${close}`);
      return;
    }
    const block = `<${this.p}definedNames>${element}${close}`;
    for (const next of AFTER_DEFINED_NAMES) {
      const at = tags(this.xml, `${this.p}${next}`)[0];
      if (at) {
        this.xml = this.xml.slice(0, at.index) + block + this.xml.slice(at.index);
        return;
      }
    }
    this.xml = this.xml.replace(new RegExp(`</${this.p}workbook>\\s*$`), `${block}</${this.p}workbook>`);
  }
}

