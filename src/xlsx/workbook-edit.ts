import { Anchor, drawingXml } from './chart-xml';
import { CONTENT_TYPE, OoxmlPackage, REL_TYPE, Relationship, relativeTarget, resolveTarget } from './package';
import { SharedStrings } from './shared-strings';
import { StylesPart } from './styles-part';
import { WorkbookPart, quotedSheetName } from './workbook-part';
import { attributes } from './xml';

/** The attributes of a table part's root element. */
function tableAttributes(xml: string): Map<string, string> | null {
  const root = /<(?:\w+:)?table\b[^>]*>/.exec(xml);
  return root ? attributes(root[0]) : null;
}

/** A table to add with a sheet: its wanted name, and its part given the id and name it gets. */
export interface NewTable {
  name: string;
  xml: (id: number, name: string) => string;
}

/** What comes with a new sheet besides its cells. */
export interface SheetExtras {
  table?: NewTable;
  /** A chart on the sheet: where it sits and its chart part. */
  chart?: { anchor: Anchor; xml: string };
  /** The row (zero-based) printed at the top of every page. */
  printTitleRow?: number;
}

/** The relationship ids a new worksheet part refers to its table and its drawing by. */
export interface SheetRels {
  table?: string;
  drawing?: string;
}

/**
 * One edit of an .xlsx package: take Avstämning's old sheets out, add new ones, and write back only the
 * parts that change (the workbook part, its relationships, styles, shared strings, content types).
 */
export class WorkbookEdit {
  private constructor(
    private readonly pkg: OoxmlPackage,
    private readonly workbookPath: string,
    private readonly workbook: WorkbookPart,
    private rels: Relationship[],
    readonly styles: StylesPart,
    readonly strings: SharedStrings,
    private readonly tableNames: Set<string>,
    private nextTableId: number,
  ) {}

  static async open(pkg: OoxmlPackage): Promise<WorkbookEdit> {
    const workbookPath = await pkg.workbookPart();
    const rels = await pkg.relationships(workbookPath);
    const partOf = (type: string) => rels.find((r) => r.type === type);
    const stylesRel = partOf(REL_TYPE.styles);
    const stringsRel = partOf(REL_TYPE.sharedStrings);
    const styles = stylesRel ? new StylesPart(await pkg.text(resolveTarget(workbookPath, stylesRel.target))) : StylesPart.empty();
    const strings = stringsRel ? new SharedStrings(await pkg.text(resolveTarget(workbookPath, stringsRel.target))) : SharedStrings.empty();
    // Table ids and names are unique across the workbook.
    const tableNames = new Set<string>();
    let maxId = 0;
    for (const path of pkg.paths().filter((p) => /\/tables\/[^/]+\.xml$/.test(p))) {
      const a = tableAttributes(await pkg.text(path));
      if (!a) continue;
      maxId = Math.max(maxId, Number(a.get('id')) || 0);
      tableNames.add((a.get('displayName') ?? a.get('name') ?? '').toLowerCase());
    }
    return new WorkbookEdit(pkg, workbookPath, new WorkbookPart(await pkg.text(workbookPath)), rels, styles, strings, tableNames, maxId + 1);
  }

  sheetNames(): string[] {
    return this.workbook.sheets().map((s) => s.name);
  }

  private partOfSheet(relId: string): string | null {
    const rel = this.rels.find((r) => r.id === relId);
    return rel ? resolveTarget(this.workbookPath, rel.target) : null;
  }

  /** Take sheets out with their parts and their tables. Formulas elsewhere that pointed at them show #REF! as in Excel. */
  async removeSheets(names: ReadonlySet<string>): Promise<void> {
    const gone = this.workbook.sheets().filter((s) => names.has(s.name));
    if (gone.length === 0) return;
    for (const sheet of gone) {
      const part = this.partOfSheet(sheet.relId);
      if (!part) continue;
      for (const rel of await this.pkg.relationships(part)) {
        if (rel.external) continue;
        const target = resolveTarget(part, rel.target);
        if (rel.type === REL_TYPE.table) {
          const a = this.pkg.has(target) ? tableAttributes(await this.pkg.text(target)) : null;
          if (a) this.tableNames.delete((a.get('displayName') ?? '').toLowerCase());
          await this.removePart(target);
        } else if (rel.type === REL_TYPE.drawing) {
          // The sheet's drawing and the charts on it are the sheet's own.
          for (const inner of await this.pkg.relationships(target)) if (inner.type === REL_TYPE.chart && !inner.external) await this.removePart(resolveTarget(target, inner.target));
          await this.removePart(target);
        }
      }
      this.pkg.remove(part);
      await this.pkg.setContentType(part, null);
    }
    const relIds = new Set(gone.map((s) => s.relId));
    this.workbook.removeSheets(relIds);
    this.rels = this.rels.filter((r) => !relIds.has(r.id));
    // The calculation chain may list cells of the removed sheets; Excel rebuilds it when it is missing.
    const calcChain = this.rels.find((r) => r.type === REL_TYPE.calcChain);
    if (calcChain) {
      const path = resolveTarget(this.workbookPath, calcChain.target);
      this.pkg.remove(path);
      await this.pkg.setContentType(path, null);
      this.rels = this.rels.filter((r) => r !== calcChain);
    }
  }

  private async removePart(path: string): Promise<void> {
    this.pkg.remove(path);
    await this.pkg.setContentType(path, null);
  }

  private newRelId(): string {
    const used = new Set(this.rels.map((r) => r.id));
    let n = this.rels.length + 1;
    while (used.has(`rId${n}`)) n++;
    return `rId${n}`;
  }

  private newPart(folder: string, stem: string): string {
    let n = 1;
    while (this.pkg.has(`${folder}/${stem}${n}.xml`)) n++;
    return `${folder}/${stem}${n}.xml`;
  }

  /** A table name not yet used in the workbook: the wanted one, else with a number. */
  tableName(wanted: string): string {
    let name = wanted;
    for (let i = 2; this.tableNames.has(name.toLowerCase()); i++) name = `${wanted}_${i}`;
    return name;
  }

  /** Add a worksheet at the end, with its table, chart and print titles. */
  async addSheet(name: string, content: (rels: SheetRels) => Uint8Array, extras: SheetExtras = {}): Promise<void> {
    const folder = this.workbookPath.split('/').slice(0, -1).join('/');
    const part = this.newPart(`${folder}/worksheets`, 'sheet');
    const rels: SheetRels = {};
    const sheetRels: Relationship[] = [];
    if (extras.table) {
      const tablePart = this.newPart(`${folder}/tables`, 'table');
      const tableName = this.tableName(extras.table.name);
      this.tableNames.add(tableName.toLowerCase());
      this.pkg.put(tablePart, extras.table.xml(this.nextTableId++, tableName));
      await this.pkg.setContentType(tablePart, CONTENT_TYPE.table);
      rels.table = 'rId1';
      sheetRels.push({ id: rels.table, type: REL_TYPE.table, target: relativeTarget(part, tablePart), external: false });
    }
    if (extras.chart) {
      const drawingPart = this.newPart(`${folder}/drawings`, 'drawing');
      const chartPart = this.newPart(`${folder}/charts`, 'chart');
      this.pkg.put(chartPart, extras.chart.xml);
      await this.pkg.setContentType(chartPart, CONTENT_TYPE.chart);
      this.pkg.put(drawingPart, drawingXml(extras.chart.anchor));
      await this.pkg.setContentType(drawingPart, CONTENT_TYPE.drawing);
      this.pkg.setRelationships(drawingPart, [{ id: 'rId1', type: REL_TYPE.chart, target: relativeTarget(drawingPart, chartPart), external: false }]);
      rels.drawing = 'rId2';
      sheetRels.push({ id: rels.drawing, type: REL_TYPE.drawing, target: relativeTarget(part, drawingPart), external: false });
    }
    this.pkg.setRelationships(part, sheetRels);
    this.pkg.put(part, content(rels));
    await this.pkg.setContentType(part, CONTENT_TYPE.worksheet);
    const relId = this.newRelId();
    this.rels.push({ id: relId, type: REL_TYPE.worksheet, target: relativeTarget(this.workbookPath, part), external: false });
    const position = this.workbook.addSheet(name, this.workbook.nextSheetId(), relId);
    const title = extras.printTitleRow;
    if (title !== undefined) this.workbook.addLocalName('_xlnm.Print_Titles', position, `${quotedSheetName(name)}!$${title + 1}:$${title + 1}`);
  }

  /** Write the edited parts back into the package. */
  async commit(): Promise<void> {
    await this.writeShared(REL_TYPE.styles, 'styles.xml', this.styles.toString(), CONTENT_TYPE.styles);
    await this.writeShared(REL_TYPE.sharedStrings, 'sharedStrings.xml', this.strings.toString(), CONTENT_TYPE.sharedStrings);
    this.pkg.put(this.workbookPath, this.workbook.toString());
    this.pkg.setRelationships(this.workbookPath, this.rels);
  }

  private async writeShared(type: string, file: string, xml: string, contentType: string): Promise<void> {
    let rel = this.rels.find((r) => r.type === type);
    if (!rel) {
      rel = { id: this.newRelId(), type, target: file, external: false };
      this.rels.push(rel);
      await this.pkg.setContentType(resolveTarget(this.workbookPath, file), contentType);
    }
    this.pkg.put(resolveTarget(this.workbookPath, rel.target), xml);
  }
}
