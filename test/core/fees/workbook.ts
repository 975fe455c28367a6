import { CellValue, SheetData } from '../../../src/core/cells';
import { FeeOutcome, computeFees } from '../../../src/core/fees';
import { Lang, formatMessage } from '../../../src/core/messages';
import { sheet } from '../../helpers/sheets';

/** A members sheet with a title row and a blank row above the header, as an economist lays one out. */
export function membersSheet(header: string[], rows: CellValue[][], name = 'Medlemmar'): SheetData {
  return sheet(name, [['Medlemmar'], [], header, ...rows]);
}

/** A `Parameter | Värde` table on a sheet of its own. */
export function parameterSheet(rows: [string, CellValue][], name = 'Avgift parametrar'): SheetData {
  return sheet(name, [['Parameter', 'Värde'], ...rows]);
}

/** The fee run on the sheets; it takes no language, only today's date for undated invoices. */
export function fees(sheets: SheetData[], today?: string): FeeOutcome {
  const outcome = computeFees(sheets, today);
  if (!outcome) throw new Error('no fee outcome');
  return outcome;
}

/** Each member's fee of a charge as `{ name: 'kronor' }`, null where none could be computed. */
export function feesOf(outcome: FeeOutcome, charge = 0): Record<string, string | null> {
  return Object.fromEntries(outcome.charges[charge].fees.map((f) => [f.member.name, f.fee === null ? null : f.fee.toFixed()]));
}

/** Every problem as the user reads it: `Sheet!A1 message`. */
export function messages(outcome: FeeOutcome, lang: Lang = 'sv'): string[] {
  return outcome.errors.map((e) => `${e.sheet}!${e.cell} ${formatMessage(e.key, lang, e.params)}`);
}

/** The Södertörn kommuner with illustrative populations summing to 488 735 (see samples/README.md). */
export const SODERTORN: [string, string, number][] = [
  ['Botkyrka kommun', '0127', 91930],
  ['Haninge kommun', '0136', 88021],
  ['Nykvarns kommun', '0140', 10650],
  ['Nynäshamns kommun', '0192', 28105],
  ['Salems kommun', '0128', 16664],
  ['Södertälje kommun', '0181', 96040],
  ['Tyresö kommun', '0138', 47308],
  ['Huddinge kommun', '0126', 110017],
];

/** Regionförbundet Sörmland's member fees 2017 as printed (årsredovisning 2017, lines 2682–2720). */
export const SORMLAND_2017: [string, number][] = [
  ['Landstinget Sörmland', 32378848],
  ['Eskilstuna kommun', 3078614],
  ['Nyköpings kommun', 1589884],
  ['Katrineholms kommun', 1010059],
  ['Strängnäs kommun', 998016],
  ['Flens kommun', 496842],
  ['Trosa kommun', 338094],
  ['Oxelösunds kommun', 322553],
  ['Gnesta kommun', 305923],
  ['Vingåkers kommun', 267358],
];
