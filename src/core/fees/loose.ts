/**
 * Fee parameters as a finance officer writes them on the fee or members sheet, outside any table (SPEC 3.2):
 * `Avgift per invånare 52 kr` in one cell, `Belopp att fördela` | `6 000 000` in two, `Fördelning: 50 % lika,
 * 50 % efter invånare`, `Totalt medlemsbidrag 2025: 4 800 000 kr`, `Medlemsavgiften är 52 kronor per invånare`;
 * and the fee year as the sheet states it (`Medlemsavgifter 2025`), never from the clock.
 */
import { CellValue, SheetData, cellAddress, cellAt, cellText } from '../cells';
import { InputIssue } from '../issues';
import { ColumnFormat } from '../read/format-units';
import { isNoteRow } from '../read/not-lines';
import { CellBlock, PARAMETER_NAMES, ParameterKey, ParameterTable, keyText, parameterValue, patternedName, valueFormat } from './parameters';

/** Every parameter name a loose row may start with, longest first so that `Fast del per medlem` wins over `Fast del`. */
const LOOSE_NAMES: [string, ParameterKey][] = (Object.entries(PARAMETER_NAMES) as [ParameterKey, { sv: readonly string[]; en: readonly string[] }][])
  // `Benämning`, `Name` head columns of other tables, and `Källa:` notes say where the sheet's figures come
  // from, far too often to be read as a charge's name or the population's source here.
  .filter(([key]) => key !== 'name' && key !== 'populationSource')
  .flatMap(([key, names]) => [...names.sv, ...names.en].map((n): [string, ParameterKey] => [keyText(n), key]))
  .sort((a, b) => b[0].length - a[0].length);

/** Keys whose value is free text: read only after a colon or from the next cell, never from the words after the name. */
const TEXT_KEYS: ReadonlySet<ParameterKey> = new Set([
  'sender',
  'senderOrgNumber',
  'ourReference',
  'vatText',
  'bankgiro',
  'firstNumber',
  'invoiceDate',
  'referenceDate',
]);

/** Keys whose value is a figure: only the figure and its unit are read, not the words after it (`2,5 % enligt beslut`). */
const FIGURE_KEYS: ReadonlySet<ParameterKey> = new Set(['rate', 'total', 'fixedPart', 'floor', 'cap', 'uplift', 'feeYear', 'paymentTerms']);
// The unit after the figure is kept with it (`6 000 tkr`): dropping it would read thousands as kronor.
const LEADING_FIGURE =
  /^(?:sek\s*)?[-−]?\d[\d\s]*(?:[.,]\d+)?(?:\s*(?:%|procent|tkr|kkr|ksek|tsek|mnkr|mkr|msek|kr\.?|kronor|sek|:-|dagar|days)(?![\p{L}]))?/iu;

/** `52 kr per invånare`, `18,50 kronor/folkbokförd`, `SEK 52 per inhabitant`: a rate anywhere in a sentence. */
const RATE_IN_TEXT =
  /(?<![\p{L}\d])(?:sek\s*)?(\d[\d\s]*(?:[.,]\d+)?)\s*(?:kr\.?|kronor|sek|:-)?\s*(?:per|\/)\s*(?:invånare|kommuninvånare|folkbokförd|inhabitant|capita|resident)/iu;

/**
 * `dock lägst 50 000 kr per medlem`, `högst 600 000 kronor per kommun`: a floor or cap on each member's fee, in a
 * sentence. Read as the parameter it states (so that a shared total with one is named, not shared as if it had none).
 */
const LIMIT_IN_TEXT =
  /(?<![\p{L}])(?:som\s+)?(lägst|minst|högst|maximalt|max)\s+(\d[\d\s]*(?:[.,]\d+)?\s*(?:kr\.?|kronor|sek|tkr|:-))\s*(?:per|\/)\s*(?:medlem|medlemskommun|kommun|part|member)(?![\p{L}])/iu;

function limitInSentence(sheet: SheetData, r: number, c: number): LooseRow | null {
  const raw = cellAt(sheet, r, c);
  if (typeof raw !== 'string') return null;
  const text = unbulleted(raw);
  const m = LIMIT_IN_TEXT.exec(text);
  if (!m || PAST_TENSE.test(text)) return null;
  const key: ParameterKey = /^(?:lägst|minst)$/i.test(m[1]) ? 'floor' : 'cap';
  const cell = cellAddress(r, c);
  return { key, label: text, value: spaced(m[2]), cell, keyCell: cell, valueCol: c, inSentence: true, format: null, sheetRow: r };
}

/** A sentence that tells what was (`var`, `uppgick till`, `was`): it states an earlier rate, never this year's. */
const PAST_TENSE = /(?<![\p{L}])(?:var|uppgick|har varit|hade|was|were|used to be)(?![\p{L}])/iu;

/** The next cells to the right that may hold a loose row's value. */
export const VALUE_REACH = 3;

/**
 * A year stated for the fees: `Medlemsavgifter 2025`, `medlemsavgift 2026`, `Medlemsbidrag 2025`, `Avgift för
 * 2026`, `Member fees 2025`. A year elsewhere in the text (`Invånare 31 december 2023`) is not the fee year.
 */
const FEE_YEAR =
  /(?<!\p{L})(?:medlemsavgift\p{L}*|avgift\p{L}*|årsavgift\p{L}*|medlemsbidrag\p{L}*|member fees?|membership fees?|member contributions?|fees?|contributions?)\s+(?:för\s+|for\s+|år\s+|year\s+)?((?:19|20)\d\d)(?![\d-])/u;

export function feeYearInText(text: string): number | null {
  const m = FEE_YEAR.exec(text.toLocaleLowerCase('sv-SE'));
  return m ? Number(m[1]) : null;
}

/** Whether a cell lies in one of the sheet's tables. */
export const inside = (blocks: readonly CellBlock[], r: number, c: number) => blocks.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);

/** The fee year a sheet states in a title or a loose row outside its tables, else in its name. */
export function feeYearOfSheet(sheet: SheetData, tables: readonly CellBlock[]): number | null {
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || inside(tables, r, c)) continue;
      const year = feeYearInText(v);
      if (year !== null) return year;
    }
  }
  return feeYearInText(sheet.name);
}

interface LooseRow {
  key: ParameterKey;
  /** The name went on with words not understood (`Grundavgift enligt beslut | 100 000`): the known part of it. */
  unclear?: string;
  label: string;
  value: CellValue;
  cell: string;
  keyCell: string;
  /** The column the value stood in: the name's own, or the cell after it. */
  valueCol: number;
  /** Found as `52 kr per invånare` inside a sentence: used only when no row names the rate. */
  inSentence: boolean;
  format: ColumnFormat | null;
  sheetRow: number;
}

function spaced(text: string): string {
  return text.replace(/[\u00a0\u2009\u202f\s]+/g, ' ').trim();
}

/** The cell's text without a leading bullet or list number (`• `, `- `, `1. `). */
function unbulleted(text: string): string {
  return spaced(text).replace(/^(?:[•·▪*–-]|\d{1,2}[.)])\s+/, '');
}

/**
 * A total named in a cell of its own, the amount beside it: `Kommunernas bidrag 2026 totalt`, `Medlemsavgifter
 * totalt:`, `Regionens och kommunernas bidrag totalt` (layouts10). Only the whole cell: a sentence is no name.
 */
const TOTAL_NAMED = /^(?:[\p{L}]+s\s+(?:och\s+[\p{L}]+s\s+)?)?(?:medlems)?(?:bidrag|avgift(?:er)?)(?:\s+(?:19|20)\d\d)?\s+totalt\s*:?$/iu;

/** The parameter a cell's text starts with, and what follows the name. */
export function startsWithName(text: string): { key: ParameterKey; label: string; rest: string } | null {
  if (TOTAL_NAMED.test(text)) return { key: 'total', label: text.replace(/\s*:$/, ''), rest: '' };
  const lower = text.toLocaleLowerCase('sv-SE');
  // Lower-casing keeps every Swedish letter's length, so positions in `lower` are positions in `text`.
  if (lower.length !== text.length) return null;
  // A name as finance officers vary it (`Avgift kr/inv`, `… per invånare och år`) wins where it is the longer.
  const patterned = patternedName(text);
  for (const [name, key] of LOOSE_NAMES) {
    if (!lower.startsWith(name)) continue;
    const next = lower.charAt(name.length);
    if (/[\p{L}\d]/u.test(next)) continue;
    if (patterned && patterned.length > name.length) break;
    return { key, label: text.slice(0, name.length), rest: text.slice(name.length) };
  }
  return patterned && { key: patterned.key, label: text.slice(0, patterned.length), rest: text.slice(patterned.length) };
}

/**
 * What follows a parameter name: a unit and a year are passed over, then a colon or a verb; `separated` says one
 * was there, `unit` is the unit in parentheses (`(tkr)`), which belongs to the name.
 */
function valueText(key: ParameterKey, rest: string): { text: string; separated: boolean; unit: string } {
  let s = rest.trim();
  const unit = /^\((?:kr|kronor|sek|tkr|mnkr|mkr|%|procent|st)\)\s*/i.exec(s);
  if (unit) s = s.slice(unit[0].length);
  // `Totalt medlemsbidrag 2025: 4 800 000 kr`: the year names the fees, the amount follows the colon.
  if (key !== 'feeYear') s = s.replace(/^(?:19|20)\d\d(?=\s*(?:[:=]|$))/, '').trim();
  let separated = false;
  const sep = /^(?:[:=]|[–-](?=\s))\s*/.exec(s);
  if (sep) {
    separated = true;
    s = s.slice(sep[0].length);
  }
  s = s.replace(/^(?:är|blir|uppgår till|utgör|is|amounts to)\s+/i, '');
  const figure = FIGURE_KEYS.has(key) ? LEADING_FIGURE.exec(s) : null;
  return { text: (figure ? figure[0] : s).trim(), separated, unit: unit ? unit[0].trim() : '' };
}

function readCell(sheet: SheetData, r: number, c: number, blocks: readonly CellBlock[]): LooseRow | null {
  const raw = cellAt(sheet, r, c);
  if (typeof raw !== 'string') return null;
  const text = unbulleted(raw);
  const named = startsWithName(text);
  if (named) {
    const { text: rest, separated, unit } = valueText(named.key, named.rest);
    // `Fördelning av medlemsavgifter 2026`, `Allocation of member fees`: a title naming what follows, no parameter.
    if (!separated && /^(?:av|of)\s/iu.test(rest)) return null;
    let value: CellValue = rest;
    let valueCol = c;
    // A figure's name that goes on with words (`Grundavgift enligt beslut`) and a number in the next cell: the
    // number may well be the parameter, but what the words add is not known. Said, never guessed at or dropped.
    if (FIGURE_KEYS.has(named.key) && !separated && rest !== '' && !/\d/.test(rest) && rest.split(/\s+/).length <= 4) {
      const k = c + 1;
      const v = cellAt(sheet, r, k);
      if (typeof v === 'number' && !inside(blocks, r, k))
        return {
          key: named.key,
          unclear: named.label.trim(),
          label: text,
          value: v,
          // Named at its name, the cell not understood, as the charge it withholds is.
          cell: cellAddress(r, c),
          keyCell: cellAddress(r, c),
          valueCol: k,
          inSentence: false,
          format: null,
          sheetRow: r,
        };
    }
    if (rest === '') {
      for (let k = c + 1; k <= c + VALUE_REACH && valueCol === c; k++) {
        const v = cellAt(sheet, r, k);
        if (inside(blocks, r, k)) break;
        if (v !== null && v !== undefined && cellText(v).trim() !== '') {
          value = v;
          valueCol = k;
        }
      }
      if (valueCol === c) return null;
    }
    const fromNextCell = valueCol !== c;
    if (TEXT_KEYS.has(named.key) && !separated && !fromNextCell) return null;
    // Prose that happens to start with a parameter's name (`Fördelning sker enligt förbundsordningen`) is not
    // a parameter; a value with figures in it is, and is reported if it cannot be read.
    // So is a sentence in the name's own cell with a figure in it (`Fördelas enligt förbundsordningen § 8 …`).
    if (parameterValue(named.key, value) === null && (!/\d/.test(cellText(value)) || (!fromNextCell && isNoteRow(text)))) return null;
    const label = `${named.label.trim()}${unit ? ` ${unit}` : ''}`;
    const format = typeof value === 'number' ? valueFormat(sheet, r, valueCol) : null;
    return { key: named.key, label, value, cell: cellAddress(r, valueCol), keyCell: cellAddress(r, c), valueCol, inSentence: false, format, sheetRow: r };
  }
  const rate = RATE_IN_TEXT.exec(text);
  // `Avgiften 2025 var 30,20 kr per invånare`: a sentence about what the rate was is history, not the parameter.
  if (rate && PAST_TENSE.test(text)) return null;
  if (rate)
    return {
      key: 'rate',
      label: text,
      value: rate[1].trim(),
      cell: cellAddress(r, c),
      keyCell: cellAddress(r, c),
      valueCol: c,
      inSentence: true,
      format: null,
      sheetRow: r,
    };
  return null;
}

/**
 * The loose parameter rows of a fee or members sheet, outside its tables (`blocks`), as one parameter table;
 * null when there are none. A key given twice with different values is reported and the first one used.
 */
export function findLooseParameters(sheet: SheetData, blocks: readonly CellBlock[], issues: InputIssue[]): ParameterTable | null {
  const found: LooseRow[] = [];
  for (let r = 0; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (inside(blocks, r, c)) continue;
      const row = readCell(sheet, r, c, blocks);
      // A sentence may state a rate and a floor at once (`9,40 kr per invånare, dock lägst 50 000 kr per medlem`).
      const limit = !row || row.inSentence ? limitInSentence(sheet, r, c) : null;
      if (limit) found.push(limit);
      if (!row) continue;
      found.push(row);
      // The value cell of `Belopp att fördela | 6 000 000` is not read again on its own.
      c = row.valueCol;
    }
  }
  // A rate (or floor) named as such wins over one met in a sentence (`förra året 50 kr per invånare`).
  const named = new Set(found.filter((f) => !f.inSentence).map((f) => f.key));
  const rows: ParameterTable['rows'] = [];
  const seen = new Map<ParameterKey, LooseRow>();
  for (const row of found) {
    if (row.inSentence && named.has(row.key)) continue;
    const earlier = seen.get(row.key);
    if (earlier) {
      if (cellText(earlier.value).trim() !== cellText(row.value).trim()) {
        issues.push({ key: 'fees.parameterTwice', sheet: sheet.name, cell: row.keyCell, params: { key: row.label, first: earlier.keyCell } });
      }
      continue;
    }
    seen.set(row.key, row);
    rows.push({
      key: row.key,
      label: row.label,
      value: row.value,
      cell: row.cell,
      format: row.format,
      sheetRow: row.sheetRow,
      labelStatesUnit: !row.inSentence,
      ...(row.unclear ? { unclearName: row.unclear } : {}),
    });
  }
  if (rows.length === 0) return null;
  const firstCell = seen.get(rows[0].key)!.keyCell;
  return { sheet: sheet.name, cell: firstCell, onSettingsSheet: false, loose: true, block: { top: 0, bottom: -1, left: 0, right: -1 }, rows };
}
