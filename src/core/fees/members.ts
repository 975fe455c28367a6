import { CellValue, SheetData, cellAddress, cellAt, cellText } from '../cells';
import { Decimal } from '../decimal';
import { isAmountRole, matchHeader } from '../read/headers';
import { InputIssue, amountIssueKey } from '../issues';
import { ShownScaled, scaleProblem, shownScaled } from '../read/format-units';
import { parseNumber } from '../read/numbers';
import { KRONOR_PER_UNIT, Unit, unitFromText } from '../read/units';
import { UnitStatement, agreedUnit, conflictParams, readAmountIn, statement } from './amount-units';
import { contextUnit } from './title-unit';
import { isTotalLabel } from '../read/rows';
import { HEADER_SEARCH_ROWS } from '../read/tables';
import { normaliseLabel } from '../read/text';
import { IsoDate, findIsoDate, readDateCell } from './dates';
import { normaliseMunicipalityCode, normaliseOrgNumber } from './identifiers';
import type { AppliedUnit, CellBlock } from './parameters';

/** What a column of the members table holds. */
export type MemberColumn =
  | 'member'
  | 'municipalityCode'
  | 'orgNumber'
  | 'population'
  | 'referenceDate'
  | 'source'
  | 'share'
  | 'fee'
  | 'priorFee'
  | 'fixedAmount'
  | 'buyerReference'
  | 'months'
  | 'memberFrom'
  | 'memberUntil'
  | 'extra';

/**
 * Headers the general header matcher does not tell apart: it reads `Avgift`, `Fast belopp` and `Andel`
 * all as "share", but here a fee, a set sum and a percentage are different things.
 */
const OWN_HEADERS: Record<string, MemberColumn> = {
  andel: 'share',
  'fast andel': 'share',
  share: 'share',
  avgift: 'fee',
  'fast avgift': 'fee',
  medlemsavgift: 'fee',
  årsavgift: 'fee',
  medlemsbidrag: 'fee',
  bidrag: 'fee',
  'summa avgift': 'fee',
  'total avgift': 'fee',
  'avgift totalt': 'fee',
  'summa medlemsavgift': 'fee',
  'summa medlemsbidrag': 'fee',
  'avgift att betala': 'fee',
  fee: 'fee',
  'fixed fee': 'fee',
  'member fee': 'fee',
  'total fee': 'fee',
  'member contribution': 'fee',
  contribution: 'fee',
  'avgift föregående år': 'priorFee',
  'föregående års avgift': 'priorFee',
  'fjolårets avgift': 'priorFee',
  'prior year fee': 'priorFee',
  "last year's fee": 'priorFee',
  'fast belopp': 'fixedAmount',
  'fixed amount': 'fixedAmount',
  referensdatum: 'referenceDate',
  datum: 'referenceDate',
  'reference date': 'referenceDate',
  källa: 'source',
  source: 'source',
  'er referens': 'buyerReference',
  fakturareferens: 'buyerReference',
  referens: 'buyerReference',
  'your reference': 'buyerReference',
  'buyer reference': 'buyerReference',
  // The months of the fee year a member belongs (a member joining on 1 April: 9).
  'antal månader': 'months',
  månader: 'months',
  medlemsmånader: 'months',
  'antal medlemsmånader': 'months',
  months: 'months',
  'number of months': 'months',
  'months of membership': 'months',
  // The day a member joins or leaves during the fee year (membership.ts turns them into its months).
  'medlem från': 'memberFrom',
  'medlem från och med': 'memberFrom',
  'medlem fr.o.m': 'memberFrom',
  'medlem fr o m': 'memberFrom',
  'medlem sedan': 'memberFrom',
  inträde: 'memberFrom',
  inträdesdatum: 'memberFrom',
  'datum för inträde': 'memberFrom',
  'member from': 'memberFrom',
  'member since': 'memberFrom',
  'date joined': 'memberFrom',
  joined: 'memberFrom',
  'medlem till': 'memberUntil',
  'medlem till och med': 'memberUntil',
  'medlem t.o.m': 'memberUntil',
  'medlem t o m': 'memberUntil',
  utträde: 'memberUntil',
  utträdesdatum: 'memberUntil',
  'datum för utträde': 'memberUntil',
  'member until': 'memberUntil',
  'member to': 'memberUntil',
  'date left': 'memberUntil',
  // An amount some members pay on top of the fee, for what they alone ordered: a charge of its own.
  'särskild insats': 'extra',
  'särskilda insatser': 'extra',
  'särskild avgift': 'extra',
  'extra insats': 'extra',
  tilläggsavgift: 'extra',
  tilläggsuppdrag: 'extra',
  // `Egna beställningar`: a set sum for the services a member alone ordered, billed with its share of the joint cost.
  'egna beställningar': 'extra',
  'egen beställning': 'extra',
  'beställda tjänster': 'extra',
  'own orders': 'extra',
  'additional fee': 'extra',
  'special contribution': 'extra',
};

const SHARED_ROLES = new Set(['member', 'population', 'municipalityCode', 'orgNumber']);

interface HeaderCell {
  column: MemberColumn;
  col: number;
  text: string;
  year?: number;
  /** From a population header such as `Invånare (SCB 2017-12-31)`. */
  date?: IsoDate;
  source?: string;
}

/** Read a header cell: a date and a source in parentheses are kept, then the header is looked up. */
function classify(text: string, col: number): HeaderCell | null {
  const inParentheses = (/\(([^)]*)\)/.exec(text) ?? [])[1] ?? '';
  const date = findIsoDate(inParentheses) ?? undefined;
  const sourceText = inParentheses
    .replace(/\d{4}-\d{2}-\d{2}/, '')
    .replace(/[,;]/g, ' ')
    .trim();
  const source = /\p{L}/u.test(sourceText) && !/^(kr|st|antal|tkr|%)$/i.test(sourceText) ? sourceText : undefined;
  let s = normaliseLabel(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[:.]$/, '')
    .trim();
  let year: number | undefined;
  const y = /\s((?:19|20)\d\d)$/.exec(s);
  if (y) {
    year = Number(y[1]);
    s = s.slice(0, y.index).trim();
  }
  // `Andel %`, `Andel i %`, `Andel i procent`: the unit of a share column says nothing more.
  const own = OWN_HEADERS[s] ?? OWN_HEADERS[s.replace(/\s*(?:i\s*%|%|i procent|procent)$/, '')];
  if (own) return { column: own, col, text: text.trim(), year };
  const shared = matchHeader(text);
  // A date written in the header itself (`Invånare 31 dec 2023`, `Folkmängd 1 nov 2024`) is the reference date too.
  if (shared && SHARED_ROLES.has(shared.role))
    return { column: shared.role as MemberColumn, col, text: text.trim(), year: shared.year, date: date ?? shared.date, source };
  return null;
}

/** One row of the members table as read; a field that could not be read is reported and marked invalid. */
export interface Member {
  name: string;
  /** Zero-based sheet row. */
  row: number;
  municipalityCode: string | null;
  orgNumber: string | null;
  population: Decimal | null;
  referenceDate: IsoDate | null;
  source: string | null;
  /** As a fraction (0,25 = 25 %) when written with `%`, else as written; the scale is settled for the whole column. */
  share: Decimal | null;
  shareWrittenAsPercent: boolean;
  fee: Decimal | null;
  priorFee: Decimal | null;
  fixedAmount: Decimal | null;
  buyerReference: string | null;
  /** The months of the fee year the member belongs, 1–12; null when the table does not say (the whole year). */
  months: number | null;
  /** The day the member joined (`Medlem från`, `Inträde`), and the day it leaves (`Medlem till`, `Utträde`); null when not said. */
  memberFrom: IsoDate | null;
  memberUntil: IsoDate | null;
  /** An amount on top of the fee (`Särskild insats`), for the members that pay one; null for the others. */
  extra: Decimal | null;
  invalid: Set<MemberColumn>;
  /** The address of the first row with the same member: this one and that one get no fee until one is removed. */
  duplicateOf: string | null;
}

export interface MembersTable {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<MemberColumn, number>>;
  headers: Partial<Record<MemberColumn, string>>;
  /** Reference date and source written in the population header, for rows that do not give their own. */
  populationDate: IsoDate | null;
  populationSource: string | null;
  /** The year in the fee column's header (`Avgift 2025`): the fee year, or last year's fee when the sheet says a later year. */
  feeYear: number | null;
  members: Member[];
  /** The last row the table takes up: its last member, or its total row. */
  lastRow: number;
  /** Amount columns read in tkr or mnkr and converted to kronor, by their header cell. */
  applied: AppliedUnit[];
}

/** The cells the members table takes up, header and total row included. */
export function membersBlock(table: MembersTable): CellBlock {
  const cols = Object.values(table.columns) as number[];
  return { top: table.headerRow, bottom: table.lastRow, left: Math.min(...cols), right: Math.max(...cols) };
}

/** The address of a member's cell in a column, or of its name when the table has no such column. */
export function memberCell(table: MembersTable, member: Member, column: MemberColumn): string {
  return cellAddress(member.row, table.columns[column] ?? table.columns.member ?? 0);
}

/** A header row: a member column, one more member column, and no budget or outcome (that is a budget table). */
type Layout = Omit<MembersTable, 'members' | 'lastRow' | 'applied'>;

function headerRow(sheet: SheetData, row: number, issues: InputIssue[]): Layout | null {
  const cells = sheet.values[row] ?? [];
  const found: HeaderCell[] = [];
  for (let col = 0; col < cells.length; col++) {
    const v = cells[col];
    if (typeof v !== 'string' || v.trim() === '') continue;
    const h = classify(v, col);
    // `Föregående års avgift` reads as a prior year to the budget reader; here it is last year's fee.
    const role = h?.column === 'priorFee' ? null : matchHeader(v)?.role;
    if (role && isAmountRole(role)) return null;
    if (h) found.push(h);
  }
  const scb = found.some((h) => h.column === 'population') ? null : populationUnderYear(sheet, row);
  if (scb) found.push(scb);
  if (!found.some((h) => h.column === 'member') || found.length < 2) return null;

  // Two fee columns with years are this year's and last year's fee (`Avgift 2018`, `Avgift 2017`).
  const fees = found.filter((h) => h.column === 'fee');
  if (
    fees.length === 2 &&
    fees[0].year !== undefined &&
    fees[1].year !== undefined &&
    fees[0].year !== fees[1].year &&
    !found.some((h) => h.column === 'priorFee')
  ) {
    const earlier = fees[0].year < fees[1].year ? fees[0] : fees[1];
    earlier.column = 'priorFee';
  }
  // Two population columns of different dates are last year's and this year's (`Invånare 1 nov 2023`, `Invånare
  // 1 nov 2024`), as two fee columns are: the later is the one the fee rests on, the earlier is not read.
  const populations = found.filter((h) => h.column === 'population');
  if (populations.length === 2) {
    const [a, b] = populations.map(dateKey);
    if (a !== null && b !== null && a !== b) found.splice(found.indexOf(a < b ? populations[0] : populations[1]), 1);
  }
  const columns: Partial<Record<MemberColumn, number>> = {};
  const headers: Partial<Record<MemberColumn, string>> = {};
  let populationDate: IsoDate | null = null;
  let populationSource: string | null = null;
  let feeYear: number | null = null;
  for (const h of found) {
    const first = columns[h.column];
    if (first !== undefined) {
      issues.push({ key: 'header.duplicate', sheet: sheet.name, cell: cellAddress(row, h.col), params: { header: h.text, first: cellAddress(row, first) } });
      continue;
    }
    columns[h.column] = h.col;
    headers[h.column] = h.text;
    if (h.column === 'population') {
      populationDate = h.date ?? null;
      populationSource = h.source ?? null;
    }
    if (h.column === 'fee') feeYear = h.year ?? null;
  }
  return { sheet: sheet.name, headerRow: row, columns, headers, populationDate, populationSource, feeYear };
}

/** SCB's own title over a table it exported: `Folkmängd efter region och år`, `Befolkning …` (not a rate `per invånare`). */
const POPULATION_TITLE = /(?<!\p{L})(?:folkmängd|befolkning|invånarantal|antal invånare|population)(?!\p{L})/iu;

/**
 * SCB's population table pasted as it is: the year alone heads the population (`region | 2024`), and the title
 * above says what the figures are (`Folkmängd efter region och år`). Only with such a title: a bare year may as
 * well head a fee or a budget.
 */
function populationUnderYear(sheet: SheetData, row: number): HeaderCell | null {
  const cells = sheet.values[row] ?? [];
  const years = cells
    .map((v, col) => ({ v, col }))
    .filter(({ v }) => (typeof v === 'string' && /^\s*(?:19|20)\d\d\s*$/.test(v)) || (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100));
  if (years.length !== 1) return null;
  const titled = sheet.values.slice(Math.max(0, row - 4), row).some((r) => (r ?? []).some((v) => typeof v === 'string' && POPULATION_TITLE.test(v)));
  if (!titled) return null;
  const { v, col } = years[0];
  return { column: 'population', col, text: String(v).trim(), year: Number(v) };
}

/** A header's date as sortable text (`2024-11-01`, or `2024` for a year alone), or null when it states none. */
function dateKey(h: HeaderCell): string | null {
  return h.date ?? (h.year !== undefined ? String(h.year) : null);
}

type Parsed = { kind: 'empty' } | { kind: 'value'; value: Decimal } | { kind: 'invalid' };

/** The columns of the members table that hold amounts, read in the unit their header or the sheet states. */
const AMOUNT_COLUMNS: readonly MemberColumn[] = ['fee', 'priorFee', 'fixedAmount', 'extra'];

/** How an amount column's cells are read: the units its header and the sheet state, and what its number formats show. */
interface ColumnUnit {
  header: UnitStatement | null;
  context: UnitStatement | null;
  /** Header and sheet disagree: the column is not read (said once, at its header). */
  conflict: boolean;
  shown: ShownScaled | null;
}

/**
 * The unit of each amount column (SPEC 1.2): its header's (`Avgift (tkr)`), else the sheet's (a title above the
 * table, `Belopp i tkr` beside its header, the sheet's name), else kronor. A header and a sheet that state
 * different units leave the column unread, reported at its header. Population, shares and months have no unit.
 */
function columnUnits(sheet: SheetData, layout: Layout, blocks: readonly CellBlock[], issues: InputIssue[]): Partial<Record<MemberColumn, ColumnUnit>> {
  const cols = Object.values(layout.columns) as number[];
  const own: CellBlock = { top: layout.headerRow, bottom: layout.headerRow, left: Math.min(...cols), right: Math.max(...cols) };
  let context: UnitStatement | null | undefined;
  const units: Partial<Record<MemberColumn, ColumnUnit>> = {};
  for (const column of AMOUNT_COLUMNS) {
    const col = layout.columns[column];
    if (col === undefined) continue;
    context ??= contextUnit(sheet, layout.headerRow, [...blocks, own], layout.headerRow);
    const cell = cellAddress(layout.headerRow, col);
    const text = layout.headers[column] ?? '';
    const header = statement(unitFromText(text), 'fees.unitFrom.header', { text, cell });
    const agreed = agreedUnit([header, context]);
    if ('conflict' in agreed) {
      const what = { key: 'fees.unitWhatColumn', params: { column: text } };
      issues.push({ key: 'fees.unitConflict', sheet: sheet.name, cell, params: conflictParams(what, agreed.conflict) });
      units[column] = { header, context, conflict: true, shown: null };
      continue;
    }
    // Only a unit the workbook states is the one shown: with none, the cells are kronor whatever they show.
    const shown = agreed.unit ? shownScaled(sheet, col, layout.headerRow + 1, sheet.values.length - 1, agreed.unit) : null;
    units[column] = { header, context, conflict: false, shown };
  }
  return units;
}

/**
 * A row with no member name whose `Summa` stands in another column (the officer put it in the second column, over
 * the population, to sit beside the figure it sums): the total row, not a member without a name.
 */
function totalLabelBeside(sheet: SheetData, r: number): boolean {
  return (sheet.values[r] ?? []).some((v) => typeof v === 'string' && isTotalLabel(v.trim()));
}

/**
 * Read the members below the header, down to the first blank row after them or a total row (`Summa`).
 * A total row is not a member; when it states a population or a fee, it is compared with the members' sum.
 */
function readMembers(
  sheet: SheetData,
  layout: Layout,
  blocks: readonly CellBlock[],
  issues: InputIssue[],
): { members: Member[]; lastRow: number; applied: AppliedUnit[] } {
  const { columns, headers } = layout;
  const units = columnUnits(sheet, layout, blocks, issues);
  const appliedAt = new Map<MemberColumn, AppliedUnit>();
  const members: Member[] = [];
  const firstRowOf = new Map<string, number>();
  const at = (r: number, c: MemberColumn): CellValue => (columns[c] === undefined ? null : cellAt(sheet, r, columns[c]!));
  const address = (r: number, c: MemberColumn) => cellAddress(r, columns[c]!);
  const report = (key: string, r: number, c: MemberColumn, params: Record<string, string | number>) =>
    issues.push({ key, sheet: sheet.name, cell: address(r, c), params: { column: headers[c] ?? c, ...params } });

  let lastRow = layout.headerRow;
  for (let r = layout.headerRow + 1; r < sheet.values.length; r++) {
    const used = (Object.keys(columns) as MemberColumn[]).filter((c) => cellText(at(r, c)).trim() !== '');
    if (used.length === 0) {
      if (members.length > 0) break;
      continue;
    }
    lastRow = r;
    const name = cellText(at(r, 'member')).trim();
    if (isTotalLabel(name) || (name === '' && totalLabelBeside(sheet, r))) {
      dropSubtotals(members);
      checkTotalRow(sheet, layout, members, r, units, issues);
      break;
    }
    if (name === '') {
      issues.push({ key: 'fees.memberNameMissing', sheet: sheet.name, cell: address(r, 'member'), params: {} });
      continue;
    }
    const invalid = new Set<MemberColumn>();
    const number = (c: MemberColumn, check: (d: Decimal) => string | null): Parsed => {
      const p = parseNumber(at(r, c));
      if (p.kind === 'empty') return p;
      const problem = p.kind === 'error' ? (p.reason === 'error-value' ? 'fees.errorValue' : 'fees.notANumber') : check(p.value);
      if (problem === null && p.kind === 'number') return { kind: 'value', value: p.value };
      report(problem!, r, c, { member: name, text: p.kind === 'error' ? p.text : cellText(at(r, c)).trim() });
      invalid.add(c);
      return { kind: 'invalid' };
    };
    const value = (p: Parsed) => (p.kind === 'value' ? p.value : null);
    const money = (d: Decimal) => (d.isNegative() ? 'fees.amountNegative' : d.decimalPlaces() > 2 ? 'fees.amountNotInOre' : null);
    /** An amount in kronor, read in its column's unit; a cell whose unit cannot be told is reported and not read. */
    const amount = (c: MemberColumn): Parsed => {
      const read = amountRead(sheet, r, columns[c], units[c]);
      if (read.kind === 'empty') return read;
      if (read.kind === 'value') {
        const problem = money(read.value);
        if (problem === null) {
          if (read.unit !== 'kr' && !appliedAt.has(c))
            appliedAt.set(c, { sheet: sheet.name, cell: cellAddress(layout.headerRow, columns[c]!), unit: read.unit });
          return read;
        }
        report(problem, r, c, { member: name, text: cellText(at(r, c)).trim() });
      } else if (read.kind === 'issue') issues.push({ ...read.issue, params: { column: headers[c] ?? c, ...read.issue.params } });
      else if (read.kind === 'error') report(read.reason === 'error-value' ? 'fees.errorValue' : 'fees.notANumber', r, c, { member: name, text: read.text });
      invalid.add(c);
      return { kind: 'invalid' };
    };
    const population = number('population', (d) => (d.isNegative() ? 'fees.populationNegative' : !d.isInteger() ? 'fees.populationFractional' : null));
    const share = number('share', (d) => (d.isNegative() ? 'fees.shareNegative' : null));
    const months = number('months', (d) => (d.isInteger() && d.gte(1) && d.lte(12) ? null : 'fees.badMonths'));

    const text = (c: MemberColumn) => cellText(at(r, c)).trim() || null;
    let municipalityCode = text('municipalityCode');
    if (municipalityCode !== null) {
      const code = normaliseMunicipalityCode(municipalityCode);
      if (code === null) report('fees.badMunicipalityCode', r, 'municipalityCode', { member: name, text: municipalityCode });
      municipalityCode = code;
    }
    let orgNumber = text('orgNumber');
    if (orgNumber !== null) {
      const valid = normaliseOrgNumber(orgNumber);
      if (valid === null) {
        report('fees.badOrgNumber', r, 'orgNumber', { member: name, text: orgNumber });
        invalid.add('orgNumber');
      }
      orgNumber = valid;
    }
    const date = (c: MemberColumn): IsoDate | null => {
      const d = readDateCell(at(r, c));
      if (d !== null) return d === 'empty' ? null : d;
      report('fees.badDate', r, c, { member: name, text: cellText(at(r, c)) });
      invalid.add(c);
      return null;
    };
    const referenceDate = date('referenceDate');

    const key = normaliseLabel(name);
    const first = firstRowOf.get(key);
    let duplicateOf: string | null = null;
    if (first !== undefined) {
      duplicateOf = cellAddress(first, columns.member!);
      issues.push({ key: 'fees.memberTwice', sheet: sheet.name, cell: address(r, 'member'), params: { member: name, first: duplicateOf } });
      const original = members.find((m) => m.row === first)!;
      original.duplicateOf ??= address(r, 'member');
    } else firstRowOf.set(key, r);

    members.push({
      name,
      row: r,
      municipalityCode,
      orgNumber,
      population: value(population),
      referenceDate,
      source: text('source'),
      share: value(share),
      shareWrittenAsPercent: cellText(at(r, 'share')).includes('%'),
      fee: value(amount('fee')),
      priorFee: value(amount('priorFee')),
      fixedAmount: value(amount('fixedAmount')),
      buyerReference: text('buyerReference'),
      months: months.kind === 'value' ? months.value.toNumber() : null,
      memberFrom: date('memberFrom'),
      memberUntil: date('memberUntil'),
      extra: value(amount('extra')),
      invalid,
      duplicateOf,
    });
  }
  dropSubtotals(members);
  return { members, lastRow, applied: [...appliedAt.values()] };
}

type AmountCell =
  | { kind: 'empty' }
  | { kind: 'value'; value: Decimal; unit: Unit }
  | { kind: 'error'; reason: string; text: string }
  | { kind: 'issue'; issue: InputIssue }
  | { kind: 'refused' };

/**
 * One amount cell in kronor: in the unit its column states, or its own text (`1 250 tkr`); a number its format
 * shows scaled (`#,##0,`) in the unit it holds (format-units.ts). A cell whose unit cannot be told is an issue,
 * or refused without one where its column's header and sheet disagree (said at the header).
 */
function amountRead(sheet: SheetData, r: number, col: number | undefined, unit: ColumnUnit | undefined): AmountCell {
  if (col === undefined || unit === undefined) return { kind: 'empty' };
  const v = cellAt(sheet, r, col);
  const read = readAmountIn(v, unit.header, unit.context, null);
  if (read.kind === 'empty' || read.kind === 'error') return read;
  if (unit.conflict) return { kind: 'refused' };
  const cell = cellAddress(r, col);
  if (read.kind === 'conflict')
    return {
      kind: 'issue',
      issue: {
        key: 'fees.unitConflict',
        sheet: sheet.name,
        cell,
        params: conflictParams({ key: 'fees.unitFrom.value', params: { text: cellText(v) } }, read.statements),
      },
    };
  if (read.kind === 'format') return { kind: 'refused' };
  if (unit.shown && typeof v === 'number' && v !== 0) {
    const problem = scaleProblem(sheet, r, col, v, unit.shown);
    if (problem)
      return {
        kind: 'issue',
        issue: { key: amountIssueKey(problem.reason, String(v)), sheet: sheet.name, cell, params: { text: String(v), ...problem.params } },
      };
    const stored = unit.shown.stored!;
    return { kind: 'value', value: read.value.dividedBy(KRONOR_PER_UNIT[read.unit]).times(KRONOR_PER_UNIT[stored]), unit: stored };
  }
  return read;
}

/**
 * A row that sums the members below it (`Kommunerna` with the kommuner's joint share and their summed
 * population, as FINSAM lists are kept) is a subtotal, not a member: it would be charged twice. Told by its
 * figures and its name or share: a population equal to that of the two or more members right after it, which
 * have no share of their own, on a row named for a group (`Kommunerna`) or carrying the group's share.
 */
const GROUP_NAME =
  /^(kommunerna|kommuner|samtliga kommuner|medlemskommunerna|medlemskommuner|länets kommuner|kommunerna i länet|the municipalities|municipalities)$/u;

function dropSubtotals(members: Member[]): void {
  for (let i = members.length - 1; i >= 0; i--) {
    const head = members[i];
    if (head.population === null || (head.share === null && !GROUP_NAME.test(normaliseLabel(head.name)))) continue;
    let sum = new Decimal(0);
    let parts = 0;
    for (let j = i + 1; j < members.length && members[j].population !== null && members[j].share === null; j++) {
      sum = sum.plus(members[j].population!);
      parts++;
      if (sum.greaterThanOrEqualTo(head.population)) break;
    }
    if (parts >= 2 && sum.equals(head.population)) members.splice(i, 1);
  }
}

/** A total row under the members is the user's own control total: report it when the members do not add up to it. */
function checkTotalRow(
  sheet: SheetData,
  layout: Layout,
  members: Member[],
  row: number,
  units: Partial<Record<MemberColumn, ColumnUnit>>,
  issues: InputIssue[],
): void {
  const columns: [MemberColumn, (m: Member) => Decimal | null][] = [
    ['population', (m) => m.population],
    ['fee', (m) => m.fee],
    ['priorFee', (m) => m.priorFee],
    ['fixedAmount', (m) => m.fixedAmount],
    ['extra', (m) => m.extra],
  ];
  for (const [column, get] of columns) {
    const col = layout.columns[column];
    if (col === undefined) continue;
    // The total row's amounts are in their column's unit, as the members' are.
    const stated = column === 'population' ? parseNumber(cellAt(sheet, row, col)) : amountRead(sheet, row, col, units[column]);
    if (stated.kind !== 'number' && stated.kind !== 'value') continue;
    const sum = members.reduce((acc, m) => acc.plus(get(m) ?? 0), new Decimal(0));
    if (!sum.equals(stated.value)) {
      issues.push({
        key: 'fees.totalRowMismatch',
        sheet: sheet.name,
        cell: cellAddress(row, col),
        params: { column: layout.headers[column] ?? column, found: stated.value.toFixed(), expected: sum.toFixed(), count: members.length },
      });
    }
  }
}

/**
 * The members table (SPEC 3): the first sheet with a header row naming a member column and at least one
 * more member column (population, share, fee, organisation number, …) within its first rows. A second
 * members table is reported and not read, so fees are never computed twice.
 */
/** A member's name as two lists of one body may write it: `Salems kommun` and `Salem`, `Vaxholms stad` and `Vaxholm`. */
function sameMember(a: string, b: string): boolean {
  const bare = (x: string) =>
    normaliseLabel(x)
      .replace(/\s+(?:kommun|stad|municipality)$/u, '')
      .trim();
  const x = bare(a);
  const y = bare(b);
  return x === y || (x.endsWith('s') && x.slice(0, -1) === y) || (y.endsWith('s') && y.slice(0, -1) === x);
}

/**
 * A second table of members and populations (SCB's list on a sheet of its own, layouts10) gives a members table
 * with no population column its populations, when it names every member (with or without `kommun`) once and
 * each population can be read. The population then counts as the members table's own, its cell references
 * falling on the member's name. False, and nothing changed, otherwise.
 */
function populationsFrom(found: MembersTable, sheet: SheetData, layout: Layout): boolean {
  if (found.columns.population !== undefined || layout.columns.population === undefined || found.members.length === 0) return false;
  const other = readMembers(sheet, layout, [], []).members.filter((m) => m.name.trim() !== '');
  const matches = found.members.map((m) => other.filter((o) => sameMember(m.name, o.name)));
  if (matches.some((ms) => ms.length !== 1 || ms[0].population === null || ms[0].invalid.has('population'))) return false;
  found.members = found.members.map((m, i) => ({
    ...m,
    population: matches[i][0].population,
    referenceDate: m.referenceDate ?? matches[i][0].referenceDate,
    source: m.source ?? matches[i][0].source,
  }));
  found.columns = { ...found.columns, population: found.columns.member };
  found.headers = { ...found.headers, population: `${sheet.name}!${layout.headers.population ?? ''}` };
  found.populationDate ??= layout.populationDate;
  found.populationSource ??= layout.populationSource;
  return true;
}

export function findMembersTable(
  sheets: readonly SheetData[],
  issues: InputIssue[],
  otherTables: (sheet: SheetData) => CellBlock[] = () => [],
): MembersTable | null {
  let found: MembersTable | null = null;
  for (const sheet of sheets) {
    const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
    for (let r = 0; r < limit; r++) {
      const headerIssues: InputIssue[] = [];
      const layout = headerRow(sheet, r, headerIssues);
      if (!layout) continue;
      if (found) {
        // The population on a sheet of its own (`Folkmängd`, names with `kommun`): taken when it names every member.
        if (populationsFrom(found, sheet, layout)) break;
        issues.push({
          key: 'fees.membersTableTwice',
          sheet: sheet.name,
          cell: cellAddress(r, layout.columns.member!),
          params: { first: `${found.sheet}!${cellAddress(found.headerRow, found.columns.member!)}` },
        });
        return found;
      }
      issues.push(...headerIssues);
      found = { ...layout, ...readMembers(sheet, layout, otherTables(sheet), issues) };
      break;
    }
  }
  return found;
}
