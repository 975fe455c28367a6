import { sheetNameKey } from '../core/marks';
import { MessageError } from '../core/message-error';

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
