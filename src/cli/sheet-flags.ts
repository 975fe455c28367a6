import { SheetData, columnLetter } from '../core/cells';
import { sheetNameKey } from '../core/marks';
import { MessageError } from '../core/message-error';
import { Convention } from '../core/read/convention';
import { MappedRole, SheetMapping } from '../core/read/mapping';
import { Unit } from '../core/read/units';
import { Lang, formatMessage } from '../core/messages';
import { roleWord } from '../core/render/reading-text';
import { SheetSetting } from './args';

/** How a name compares: as Excel compares sheet names (letter case ignored), in one Unicode form. */
const key = (name: string) => sheetNameKey(name.normalize('NFC'));

/**
 * The workbook's sheet that a per-sheet flag (`--convention`, and later `--map`, `--header-row`, `--unit`)
 * names, matched as Excel matches sheet names: without regard to letter case. A name that matches no sheet
 * is a usage error naming the flag, the name and the sheets there are.
 */
export function sheetForFlag(option: string, given: string, sheetNames: readonly string[]): string {
  const wanted = key(given);
  const found = sheetNames.find((name) => key(name) === wanted);
  if (found !== undefined) return found;
  throw new MessageError('cli.unknownSheet', { option, sheet: given, sheets: sheetNames.map((n) => `”${n}”`).join(', ') });
}

/** The per-sheet flags of one run, as parsed. */
export interface SheetFlags {
  conventions: readonly SheetSetting<Convention>[];
  maps: readonly SheetSetting<{ column: string; col: number; role: MappedRole }>[];
  headerRows: readonly SheetSetting<number>[];
  units: readonly SheetSetting<Unit>[];
}

/** Roles a sheet may give several columns (as on the settings sheet): keys, dimensions, comments, ignored ones. */
const MANY_ALLOWED: ReadonlySet<MappedRole> = new Set(['key', 'dimension', 'ignore', 'comment']);

/**
 * The per-sheet flags (`--map`, `--header-row`, `--unit`, `--convention`) as the run's mappings and
 * conventions, checked against the workbook: a sheet, column or row it lacks, a column or role given twice
 * for one sheet, or a setting given twice for one sheet is a usage error naming it, never silently ignored.
 */
export function mappingsForFlags(
  flags: SheetFlags,
  sheets: readonly SheetData[],
  lang: Lang,
): { mappings: SheetMapping[]; conventions: Record<string, Convention> } {
  const names = sheets.map((s) => s.name);
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const mappings = new Map<string, SheetMapping>();
  const mappingOf = (name: string) => mappings.get(name) ?? mappings.set(name, { sheet: name, columns: [] }).get(name)!;
  const once = (option: string, sheet: string, already: boolean) => {
    if (already) throw new MessageError('cli.sheetOptionTwice', { option, sheet });
  };
  const conventions: Record<string, Convention> = {};
  for (const c of flags.conventions) {
    const name = sheetForFlag(c.option, c.sheet, names);
    once(c.option, name, name in conventions);
    conventions[name] = c.value;
  }
  for (const h of flags.headerRows) {
    const name = sheetForFlag(h.option, h.sheet, names);
    const rows = byName.get(name)!.values.length;
    if (h.value > rows) throw new MessageError('cli.unknownRow', { option: h.option, sheet: name, row: h.value, rows });
    const m = mappingOf(name);
    once(h.option, name, m.headerRow !== undefined);
    m.headerRow = h.value;
  }
  for (const u of flags.units) {
    const m = mappingOf(sheetForFlag(u.option, u.sheet, names));
    once(u.option, m.sheet, m.unit !== undefined);
    m.unit = u.value;
  }
  for (const f of flags.maps) {
    const name = sheetForFlag(f.option, f.sheet, names);
    const width = byName.get(name)!.values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
    const { column, col, role } = f.value;
    if (col >= width) throw new MessageError('cli.unknownColumn', { option: f.option, sheet: name, column, last: width ? columnLetter(width - 1) : '–' });
    const m = mappingOf(name);
    const sameColumn = m.columns.find((c) => c.col === col);
    if (sameColumn) throw new MessageError('cli.columnTwice', { option: f.option, sheet: name, column });
    const sameRole = m.columns.find((c) => c.role === role && !MANY_ALLOWED.has(role));
    if (sameRole)
      throw new MessageError('cli.roleTwice', {
        option: f.option,
        sheet: name,
        role: role === 'ignore' ? formatMessage('column.notUsed', lang) : roleWord(role, lang),
        first: columnLetter(sameRole.col),
        column,
      });
    m.columns.push({ col, role });
  }
  return { mappings: [...mappings.values()], conventions };
}
