import { PieceCodec } from './codec';
import { columnLetter } from '../core/cells';
import { MessageError } from '../core/message-error';
import { Anchor, drawingXml } from './chart-xml';
import { Flavour, isMain, relationshipKind } from './namespaces';
import { CONTENT_TYPE, OoxmlPackage, REL, Relationship, relativeTarget, resolveTarget, scanText } from './package';
import { SharedStrings } from './shared-strings';
import { StylesPart } from './styles-part';
import { WorkbookPart, quotedSheetName } from './workbook-part';
import { Token } from './xml-scan';

/** A table to add with a sheet: its wanted name, and its part given the id and name it gets. */
export interface NewTable {
  name: string;
  xml: (id: number, name: string, flavour: Flavour) => string;
}

/** What comes with a new sheet besides its cells. */
export interface SheetExtras {
  table?: NewTable;
  /** A chart on the sheet: where it sits and its chart part. */
  chart?: { anchor: Anchor; xml: (flavour: Flavour) => string };
  /** The row (zero-based) printed at the top of every page, and how many columns from A at the left of every page. */
  printTitles?: { row: number; columns: number };
  /** What prints, when not the whole sheet (`$A$1:$Q$30`). */
  printArea?: string;
}

/** The relationship ids a new worksheet part refers to its table and its drawing by. */
export interface SheetRels {
  table?: string;
  drawing?: string;
}

/** A table part's id and names (its root element's attributes); null when the part is no table. */
async function tableIdentity(pkg: OoxmlPackage, path: string): Promise<{ id: number; names: string[] } | null> {
  let found: { id: number; names: string[] } | null = null;
  scanText(
    await pkg.text(path),
    (s, t) => {
      if (t !== Token.Open || s.depth !== 1 || !s.is('table') || !isMain(s.uri())) return;
      found = { id: Number(s.attr('id')) || 0, names: [s.attr('name'), s.attr('displayName')].filter((n): n is string => !!n) };
    },
    pkg.fileName,
    path,
  );
  return found;
}

/**
 * A part as WorksheetWriter.finishPart gives it: its bytes; or, compressed piece by piece as it was written, no
 * bytes but their raw deflate under way, with the part's CRC and size.
 */
export interface WrittenPart {
  chunks: readonly Uint8Array[];
  compressed?: Promise<readonly Uint8Array[]>;
  crc?: number;
  size?: number;
}

/**
 * One edit of an .xlsx package: take Avstämning's old sheets out, add new ones, and write back only the
 * parts that change (the workbook part, its relationships, styles, shared strings, content types). New parts
 * are written in the workbook's own flavour (transitional or strict), and dates in its own date system.
 */
export class WorkbookEdit {
  private constructor(
    private readonly pkg: OoxmlPackage,
    private readonly workbookPath: string,
    private readonly workbook: WorkbookPart,
    private rels: Relationship[],
    readonly styles: StylesPart,
    readonly strings: SharedStrings,
    /** Lower-case names a new table may not take: other tables' names and the workbook's defined names. */
    private readonly takenNames: Set<string>,
    private nextTableId: number,
  ) {}

  static async open(pkg: OoxmlPackage): Promise<WorkbookEdit> {
    const workbookPath = await pkg.workbookPart();
    if (!workbookPath) throw new MessageError('file.notWorkbook', { file: pkg.fileName });
    const workbook = new WorkbookPart(await pkg.text(workbookPath), pkg.fileName, workbookPath);
    const rels = await pkg.relationships(workbookPath);
    const partOf = (kind: string) => {
      const rel = rels.find((r) => relationshipKind(r.type) === kind && !r.external);
      return rel ? pkg.find(resolveTarget(workbookPath, rel.target)) : null;
    };
    const stylesPath = partOf(REL.styles);
    const stringsPath = partOf(REL.sharedStrings);
    const styles = stylesPath ? new StylesPart(await pkg.text(stylesPath), pkg.fileName, stylesPath) : StylesPart.empty(workbook.flavour);
    const strings = stringsPath ? new SharedStrings(await pkg.text(stringsPath), pkg.fileName, stringsPath) : SharedStrings.empty(workbook.flavour);
    // Table ids are unique across the workbook; a table's name may repeat no table's and no defined name.
    const taken = new Set(workbook.definedNames().map((n) => n.toLowerCase()));
    let maxId = 0;
    const tableParts = new Set([...(await pkg.partsOfType(CONTENT_TYPE.table)), ...pkg.paths().filter((p) => /(^|\/)tables\/[^/]+\.xml$/i.test(p))]);
    for (const path of tableParts) {
      const table = await tableIdentity(pkg, path);
      if (!table) continue;
      maxId = Math.max(maxId, table.id);
      for (const name of table.names) taken.add(name.toLowerCase());
    }
    return new WorkbookEdit(pkg, workbookPath, workbook, rels, styles, strings, taken, maxId + 1);
  }

  get flavour(): Flavour {
    return this.workbook.flavour;
  }

  /** Whether the workbook counts dates from 1904; a date written into it must count from there too. */
  get date1904(): boolean {
    return this.workbook.date1904();
  }

  sheetNames(): string[] {
    return this.workbook.sheets().map((s) => s.name);
  }

  private relType(kind: string): string {
    return `${this.flavour.relationshipTypes}/${kind}`;
  }

  private partOfSheet(relId: string): string | null {
    const rel = this.rels.find((r) => r.id === relId && !r.external);
    return rel ? this.pkg.find(resolveTarget(this.workbookPath, rel.target)) : null;
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
        const target = this.pkg.find(resolveTarget(part, rel.target));
        if (!target) continue;
        const kind = relationshipKind(rel.type);
        if (kind === REL.table) {
          const table = await tableIdentity(this.pkg, target);
          for (const name of table?.names ?? []) this.takenNames.delete(name.toLowerCase());
          await this.removePart(target);
        } else if (kind === REL.drawing) {
          // The sheet's drawing and the charts on it are the sheet's own.
          for (const inner of await this.pkg.relationships(target)) {
            const chart = inner.external || relationshipKind(inner.type) !== REL.chart ? null : this.pkg.find(resolveTarget(target, inner.target));
            if (chart) await this.removePart(chart);
          }
          await this.removePart(target);
        }
      }
      await this.removePart(part);
    }
    const relIds = new Set(gone.map((s) => s.relId));
    this.workbook.removeSheets(relIds);
    this.rels = this.rels.filter((r) => !relIds.has(r.id));
    // The calculation chain may list cells of the removed sheets; Excel rebuilds it when it is missing.
    const calcChain = this.rels.find((r) => relationshipKind(r.type) === REL.calcChain);
    if (calcChain) {
      const path = this.pkg.find(resolveTarget(this.workbookPath, calcChain.target));
      if (path) await this.removePart(path);
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

  /** A part name no part has yet (compared without regard to case, as part names are). */
  private newPart(folder: string, stem: string): string {
    let n = 1;
    while (this.pkg.has(`${folder}/${stem}${n}.xml`)) n++;
    return `${folder}/${stem}${n}.xml`;
  }

  /** A table name not yet used by a table or a defined name: the wanted one, else with a number. */
  tableName(wanted: string): string {
    let name = wanted;
    for (let i = 2; this.takenNames.has(name.toLowerCase()); i++) name = `${wanted}_${i}`;
    return name;
  }

  /** Raw deflate and CRC of a sheet's pieces as it is written, where the codec can (WorksheetWriter's `pieces`). */
  pieceCodec(): PieceCodec | null {
    return this.pkg.pieceCodec();
  }

  /** Add a worksheet at the end, with its table, chart and print titles. */
  async addSheet(name: string, content: (rels: SheetRels) => Uint8Array | readonly Uint8Array[] | WrittenPart, extras: SheetExtras = {}): Promise<void> {
    const folder = this.workbookPath.split('/').slice(0, -1).join('/');
    const under = (sub: string) => (folder ? `${folder}/${sub}` : sub);
    const part = this.newPart(under('worksheets'), 'sheet');
    const rels: SheetRels = {};
    const sheetRels: Relationship[] = [];
    if (extras.table) {
      const tablePart = this.newPart(under('tables'), 'table');
      const tableName = this.tableName(extras.table.name);
      this.takenNames.add(tableName.toLowerCase());
      this.pkg.put(tablePart, extras.table.xml(this.nextTableId++, tableName, this.flavour));
      await this.pkg.setContentType(tablePart, CONTENT_TYPE.table);
      rels.table = 'rId1';
      sheetRels.push({ id: rels.table, type: this.relType(REL.table), target: relativeTarget(part, tablePart), external: false });
    }
    if (extras.chart) {
      const drawingPart = this.newPart(under('drawings'), 'drawing');
      const chartPart = this.newPart(under('charts'), 'chart');
      this.pkg.put(chartPart, extras.chart.xml(this.flavour));
      await this.pkg.setContentType(chartPart, CONTENT_TYPE.chart);
      this.pkg.put(drawingPart, drawingXml(extras.chart.anchor, this.flavour));
      await this.pkg.setContentType(drawingPart, CONTENT_TYPE.drawing);
      this.pkg.setRelationships(drawingPart, [{ id: 'rId1', type: this.relType(REL.chart), target: relativeTarget(drawingPart, chartPart), external: false }]);
      rels.drawing = 'rId2';
      sheetRels.push({ id: rels.drawing, type: this.relType(REL.drawing), target: relativeTarget(part, drawingPart), external: false });
    }
    this.pkg.setRelationships(part, sheetRels);
    const written = content(rels);
    if (!('chunks' in written)) this.pkg.put(part, written);
    else if (written.compressed && written.crc !== undefined && written.size !== undefined)
      this.pkg.putStreamed(part, written.compressed, written.crc, written.size);
    else this.pkg.put(part, written.chunks);
    await this.pkg.setContentType(part, CONTENT_TYPE.worksheet);
    const relId = this.newRelId();
    this.rels.push({ id: relId, type: this.relType(REL.worksheet), target: relativeTarget(this.workbookPath, part), external: false });
    const position = this.workbook.addSheet(name, this.workbook.nextSheetId(), relId);
    const sheet = quotedSheetName(name);
    const titles = extras.printTitles;
    if (titles) {
      const rows = `${sheet}!$${titles.row + 1}:$${titles.row + 1}`;
      // Excel writes the columns first: `'Avvikelser'!$A:$B,'Avvikelser'!$5:$5`.
      const columns = titles.columns > 0 ? `${sheet}!$A:$${columnLetter(titles.columns - 1)},` : '';
      this.workbook.addLocalName('_xlnm.Print_Titles', position, `${columns}${rows}`);
    }
    if (extras.printArea) this.workbook.addLocalName('_xlnm.Print_Area', position, `${sheet}!${extras.printArea}`);
  }

  /** Write the edited parts back into the package. */
  async commit(): Promise<void> {
    await this.writeShared(REL.styles, 'styles', this.styles.toString(), CONTENT_TYPE.styles);
    await this.writeShared(REL.sharedStrings, 'sharedStrings', this.strings.toBytes(), CONTENT_TYPE.sharedStrings);
    this.pkg.put(this.workbookPath, this.workbook.toString());
    this.pkg.setRelationships(this.workbookPath, this.rels);
  }

  private async writeShared(kind: string, stem: string, xml: string | Uint8Array[], contentType: string): Promise<void> {
    let rel = this.rels.find((r) => relationshipKind(r.type) === kind && !r.external);
    let path = rel ? this.pkg.find(resolveTarget(this.workbookPath, rel.target)) : null;
    if (!rel || !path) {
      const folder = this.workbookPath.split('/').slice(0, -1).join('/');
      path = `${folder ? `${folder}/` : ''}${stem}.xml`;
      for (let n = 2; this.pkg.has(path); n++) path = `${folder ? `${folder}/` : ''}${stem}${n}.xml`;
      if (rel) this.rels = this.rels.filter((r) => r !== rel);
      rel = { id: this.newRelId(), type: this.relType(kind), target: relativeTarget(this.workbookPath, path), external: false };
      this.rels.push(rel);
      await this.pkg.setContentType(path, contentType);
    }
    this.pkg.put(path, xml);
  }
}
