import { Decimal, ZERO, roundHalfAway, sum } from '../decimal';
import { InputIssue } from '../issues';
import { cellAddress } from '../cells';
import { Claimant, ORE, allocate, exactShare } from './allocate';
import { IsoDate } from './dates';
import { Member, MemberColumn, MembersTable, memberCell } from './members';
import { Membership, MonthSpan, WHOLE_YEAR, isWholeYear, monthCount } from './membership';
import { AllocationKey, NamedShare } from './parameters';
import { MessageParam, MessageParams } from '../messages';
import { normaliseLabel } from '../read/text';

/** An allocation: a total shared by a key, after set amounts, named shares and fixed parts are taken out. */
export interface AllocationModel {
  kind: 'allocation';
  total: Decimal;
  key: AllocationKey;
  /** For the `mix` key: the percent shared in equal parts. */
  equalPercent: Decimal | null;
  /** Shares given to members by name in the written split (`Försäkringskassan 50 %`). */
  named: NamedShare[];
  /** The percent the written split leaves to the key, to check the parts against 100 %. */
  restPercent: Decimal | null;
  fixedPart: Decimal | null;
  unit: Decimal;
}

/** How a charge is computed (SPEC 3.1). */
export type FeeModel =
  | { kind: 'perCapita'; rate: Decimal; fixedPart: Decimal | null; floor?: Decimal | null; cap?: Decimal | null }
  | AllocationModel
  | { kind: 'uplift'; percent: Decimal }
  | { kind: 'fixed' };

/** A floor or cap that set a member's fee instead of the rate. */
export interface FeeLimit {
  kind: 'floor' | 'cap';
  amount: Decimal;
}

/** Where a population figure comes from, shown with it (`SCB 2017-12-31`). */
export interface PopulationBasis {
  population: Decimal;
  referenceDate: IsoDate | null;
  source: string | null;
}

/** What a member's fee rests on, kept as figures so that any language can state it. */
export type Basis =
  | ({ kind: 'perCapita'; rate: Decimal; fixedPart: Decimal | null; months: number | null; limit?: FeeLimit | null } & PopulationBasis)
  | { kind: 'fixed' }
  | { kind: 'setAmount' }
  | { kind: 'uplift'; priorFee: Decimal; percent: Decimal }
  | {
      kind: 'allocation';
      key: AllocationKey;
      /** The amount shared by the key: the total less set amounts and fixed parts. */
      allocated: Decimal;
      claimants: number;
      population: PopulationBasis | null;
      populationSum: Decimal | null;
      /** The member's share as a fraction, for the share key and for a share taken before the key (FINSAM). */
      share: Decimal | null;
      /** For the `mix` key: the percent shared equally. */
      equalPercent: Decimal | null;
      fixedPart: Decimal | null;
      /** The exact fee before the largest-remainder rounding. */
      exact: Decimal;
    };

export interface MemberFee {
  member: Member;
  /** Null when it could not be computed; the member then gets no invoice. */
  fee: Decimal | null;
  basis: Basis | null;
  /** The months of the fee year the fee is for, which its invoices are spread over; null with no fee. */
  span: MonthSpan | null;
  /** `Sheet!A1` of the reported problem that kept the fee from being computed. */
  problemAt: string | null;
}

/** What a charge needs to know beyond its model. */
export interface ChargeContext {
  /** The charge as messages name it: its own name, or a default written in the reader's language. */
  name: MessageParam;
  /** Set amounts (`Fast belopp`) belong to the workbook's main charge only; a later joint cost is shared by its own key. */
  main: boolean;
  /** The parameter table (or the members header) that messages about the whole charge point at. */
  at: { sheet: string; cell: string };
  referenceDate: IsoDate | null;
  source: string | null;
  /** The months of the fee year each member belongs (membership.ts), reported once for all charges. */
  membership: ReadonlyMap<Member, Membership>;
}

const MISSING: Partial<Record<MemberColumn, string>> = {
  population: 'fees.populationMissing',
  share: 'fees.shareMissing',
  fee: 'fees.feeMissing',
  fixedAmount: 'fees.feeMissing',
  priorFee: 'fees.priorFeeMissing',
};

const COLUMN_MISSING: Partial<Record<MemberColumn, string>> = {
  population: 'fees.populationColumnMissing',
  share: 'fees.shareColumnMissing',
  fee: 'fees.feeColumnMissing',
  fixedAmount: 'fees.feeColumnMissing',
  priorFee: 'fees.feeColumnMissing',
};

class ChargeComputation {
  readonly results = new Map<Member, MemberFee>();
  private readonly columnsReported = new Set<MemberColumn>();

  constructor(
    readonly table: MembersTable,
    readonly context: ChargeContext,
    readonly issues: InputIssue[],
  ) {}

  at(member: Member, column: MemberColumn): string {
    return `${this.table.sheet}!${memberCell(this.table, member, column)}`;
  }

  population(member: Member): PopulationBasis {
    return {
      population: member.population!,
      referenceDate: member.referenceDate ?? this.table.populationDate ?? this.context.referenceDate,
      source: member.source ?? this.table.populationSource ?? this.context.source,
    };
  }

  /**
   * A value the charge needs from a member's row, or null: the member is listed twice, the cell could not be
   * read (already reported), the column is missing (reported once) or the cell is empty (reported here).
   */
  need<T>(member: Member, column: MemberColumn, value: T | null): T | null {
    if (member.duplicateOf !== null) return this.fail(member, this.at(member, 'member'));
    if (this.table.columns[column] === undefined) {
      if (!this.columnsReported.has(column)) {
        this.columnsReported.add(column);
        this.issues.push({
          key: COLUMN_MISSING[column]!,
          sheet: this.table.sheet,
          cell: cellAddress(this.table.headerRow, this.table.columns.member!),
          params: { charge: this.context.name },
        });
      }
      return this.fail(member, `${this.table.sheet}!${cellAddress(this.table.headerRow, this.table.columns.member!)}`);
    }
    if (member.invalid.has(column)) return this.fail(member, this.at(member, column));
    if (value === null) {
      this.issues.push({
        key: MISSING[column]!,
        sheet: this.table.sheet,
        cell: memberCell(this.table, member, column),
        params: { member: member.name, charge: this.context.name },
      });
      return this.fail(member, this.at(member, column));
    }
    return value;
  }

  fail(member: Member, problemAt: string): null {
    if (!this.results.has(member)) this.results.set(member, { member, fee: null, basis: null, span: null, problemAt });
    return null;
  }

  set(member: Member, fee: Decimal, basis: Basis, span: MonthSpan = WHOLE_YEAR): void {
    this.results.set(member, { member, fee, basis, span, problemAt: null });
  }

  /** The months the member belongs, or null (the member fails at the cell that says why, reported already). */
  membership(member: Member): { span: MonthSpan; cell: string } | null {
    const found = this.context.membership.get(member)!;
    return 'problemAt' in found ? this.fail(member, found.problemAt) : found;
  }

  /**
   * Every member in table order. When the charge is withheld (an allocation, where each share depends on all),
   * no member gets a fee and each points at its own problem or at the one that stopped the charge.
   */
  fees(withheldAt: { sheet: string; cell: string } | null = null): MemberFee[] {
    const at = withheldAt ?? this.context.at;
    const fallback = `${at.sheet}!${at.cell}`;
    return this.table.members.map((m) => {
      const r = this.results.get(m);
      if (withheldAt) return { member: m, fee: null, basis: null, span: null, problemAt: r?.problemAt ?? fallback };
      return r ?? { member: m, fee: null, basis: null, span: null, problemAt: fallback };
    });
  }

  /** Report why a whole charge is not computed, and give no member a fee. */
  withhold(key: string, params: MessageParams = {}, at: { sheet: string; cell: string } = this.context.at): MemberFee[] {
    this.issues.push({ key, sheet: at.sheet, cell: at.cell, params: { charge: this.context.name, ...params } });
    return this.fees(at);
  }
}

const setAmountOf = (member: Member, context: ChargeContext) => (context.main ? member.fixedAmount : null);

/** Öre are the smallest amount an invoice can state; a fee computed with more decimals is rounded half away from zero. */
const toOre = (d: Decimal) => roundHalfAway(d, 2);

function perCapita(c: ChargeComputation, rate: Decimal, fixedPart: Decimal | null, floor: Decimal | null, cap: Decimal | null): MemberFee[] {
  for (const m of c.table.members) {
    const setAmount = setAmountOf(m, c.context);
    if (setAmount !== null && m.duplicateOf === null) {
      // A set amount is the member's figure as it stands; a part year only tells which periods invoice it.
      const membership = c.membership(m);
      if (membership) c.set(m, setAmount, { kind: 'setAmount' }, membership.span);
      continue;
    }
    if (c.need(m, 'population', m.population) === null) continue;
    // Months or dates that cannot be read or placed (already reported) give no fee: the whole year would be a guess.
    const membership = c.membership(m);
    if (!membership) continue;
    // A member for part of the year (joined on 1 April: 9 months) pays that part of the year's fee, rounded once.
    const months = isWholeYear(membership.span) ? null : monthCount(membership.span);
    const byRate = rate.times(m.population!).plus(fixedPart ?? ZERO);
    // `dock lägst 50 000 kr`, `högst 600 000 kr`: the year's fee by the rate, held within the floor and the cap.
    const limit: FeeLimit | null =
      floor !== null && byRate.lt(floor) ? { kind: 'floor', amount: floor } : cap !== null && byRate.gt(cap) ? { kind: 'cap', amount: cap } : null;
    const year = limit ? limit.amount : byRate;
    c.set(
      m,
      toOre(months === null ? year : year.times(months).dividedBy(12)),
      { kind: 'perCapita', rate, fixedPart, months, limit, ...c.population(m) },
      membership.span,
    );
  }
  return c.fees();
}

/**
 * Only a fee per invånare is prorated by month: a set amount, a fixed fee or last year's fee raised may already be
 * the part-year figure, and an allocation's shares depend on each other. A member there for part of the year gets
 * no fee, said at its months cell (or date), rather than a guessed one; so does one whose months cannot be known.
 * True when the member is held back.
 */
function heldForPartYear(c: ChargeComputation, m: Member): boolean {
  if (m.duplicateOf !== null) return false;
  const membership = c.membership(m);
  if (!membership) return true;
  if (isWholeYear(membership.span)) return false;
  const months = monthCount(membership.span);
  c.issues.push({ key: 'fees.monthsNotPerCapita', sheet: c.table.sheet, cell: membership.cell, params: { member: m.name, months, charge: c.context.name } });
  c.fail(m, `${c.table.sheet}!${membership.cell}`);
  return true;
}

function fixed(c: ChargeComputation): MemberFee[] {
  const column: MemberColumn = c.table.columns.fee === undefined && c.table.columns.fixedAmount !== undefined ? 'fixedAmount' : 'fee';
  for (const m of c.table.members) {
    if (heldForPartYear(c, m)) continue;
    const fee = c.need(m, column, column === 'fee' ? m.fee : m.fixedAmount);
    if (fee !== null) c.set(m, fee, { kind: 'fixed' });
  }
  return c.fees();
}

function uplift(c: ChargeComputation, percent: Decimal): MemberFee[] {
  // Last year's fee: its own column when there is one, else the fee column.
  const column: MemberColumn = c.table.columns.priorFee !== undefined ? 'priorFee' : 'fee';
  for (const m of c.table.members) {
    if (heldForPartYear(c, m)) continue;
    const prior = c.need(m, column, column === 'priorFee' ? m.priorFee : m.fee);
    if (prior !== null) c.set(m, toOre(prior.times(percent.plus(100)).dividedBy(100)), { kind: 'uplift', priorFee: prior, percent });
  }
  return c.fees();
}

/** The share key's numbers as fractions: typed as percentages (25) when any is above 1, else as fractions (0,25). */
function sharesAsFractions(members: readonly Member[]): Map<Member, Decimal | null> {
  const typedAsPercent = members.some((m) => !m.shareWrittenAsPercent && m.share !== null && m.share.gt(1));
  return new Map(members.map((m) => [m, m.share === null ? null : m.shareWrittenAsPercent || !typedAsPercent ? m.share : m.share.dividedBy(100)]));
}

/** Words a written split uses for a member that is not named in the table as such. */
const ALIASES: [RegExp, RegExp][] = [
  [/^(staten|state|the state)$/, /försäkringskassan|staten|social insurance/],
  [/^(regionen|landstinget|the region)$/, /^(region|landsting)/],
];

/** The member a written split names (`Region Dalarna`, `staten via Försäkringskassan`), when exactly one fits. */
export function memberNamed(name: string, members: readonly Member[]): Member | null {
  const n = normaliseLabel(name);
  const one = (found: readonly Member[]) => (found.length === 1 ? found[0] : null);
  const words = (text: string) => ` ${text.replace(/[^\p{L}\d]+/gu, ' ').trim()} `;
  return (
    one(members.filter((m) => normaliseLabel(m.name) === n)) ??
    one(members.filter((m) => words(n).includes(words(normaliseLabel(m.name))) || words(normaliseLabel(m.name)).includes(words(n)))) ??
    ALIASES.reduce<Member | null>(
      (found, [alias, pattern]) => found ?? (alias.test(n) ? one(members.filter((m) => pattern.test(normaliseLabel(m.name)))) : null),
      null,
    )
  );
}

const usesPopulation = (key: AllocationKey) => key === 'population' || key === 'halfEqualHalfPopulation' || key === 'mix';

/**
 * The members that take a share of the total before the rest is shared by population (FINSAM: the state
 * 50 %, the region 25 %, the kommuner the rest by population). A member named in the written split takes
 * its share there; a member with no population and a share in the table takes that share. Null (reported)
 * when a named member is not in the table, or the parts do not make 100 %.
 */
function sharesFirst(
  c: ChargeComputation,
  model: AllocationModel,
  members: readonly Member[],
  fractions: Map<Member, Decimal | null>,
): Map<Member, Decimal> | null {
  const taken = new Map<Member, Decimal>();
  for (const named of model.named) {
    const member = memberNamed(named.name, members);
    if (member === null) {
      c.withhold('fees.namedShareUnknown', { name: named.name, percent: { decimal: named.percent.toFixed() } });
      return null;
    }
    const fraction = named.percent.dividedBy(100);
    const inTable = fractions.get(member);
    if (inTable !== null && inTable !== undefined && !inTable.equals(fraction)) {
      c.issues.push({
        key: 'fees.namedShareDiffers',
        sheet: c.table.sheet,
        cell: memberCell(c.table, member, 'share'),
        params: { member: member.name, percent: { decimal: named.percent.toFixed() }, table: { decimal: inTable.times(100).toFixed() } },
      });
    }
    taken.set(member, fraction);
  }
  if (usesPopulation(model.key)) {
    for (const m of members) {
      const fraction = fractions.get(m);
      if (!taken.has(m) && m.population === null && !m.invalid.has('population') && fraction !== null && fraction !== undefined) taken.set(m, fraction);
    }
  }
  if (taken.size > 0 && model.restPercent !== null) {
    const parts = sum([...taken.values()])
      .times(100)
      .plus(model.restPercent);
    if (!parts.equals(100)) {
      c.withhold('fees.splitNot100', { sum: { decimal: parts.toFixed() } });
      return null;
    }
  }
  return taken;
}

function allocation(c: ChargeComputation, model: AllocationModel): MemberFee[] {
  const members = c.table.members;
  const setMembers = members.filter((m) => setAmountOf(m, c.context) !== null);
  const candidates = members.filter((m) => !setMembers.includes(m) && m.duplicateOf === null);
  const fractions = sharesAsFractions(members);
  const shareKey = model.key === 'share';
  const first = shareKey ? new Map<Member, Decimal>() : sharesFirst(c, model, candidates, fractions);
  if (first === null) return c.fees(c.context.at);
  if (shareKey) {
    // The share key: the table's share, or the one the written split names.
    for (const named of model.named) {
      const member = memberNamed(named.name, candidates);
      if (member === null) return c.withhold('fees.namedShareUnknown', { name: named.name, percent: { decimal: named.percent.toFixed() } });
      if (fractions.get(member) === null) fractions.set(member, named.percent.dividedBy(100));
    }
  }
  const claimants = members.filter((m) => !setMembers.includes(m) && !first.has(m));
  const needsPopulation = usesPopulation(model.key);
  if (claimants.length === 0) return c.withhold('fees.noClaimants');
  let complete = true;
  for (const m of members) {
    if (m.duplicateOf !== null) {
      c.fail(m, c.at(m, 'member'));
      complete = false;
    } else if (heldForPartYear(c, m)) complete = false;
    else if (setMembers.includes(m) || first.has(m)) continue;
    else if (needsPopulation && c.need(m, 'population', m.population) === null) complete = false;
    else if (shareKey && (fractions.get(m) ?? null) === null && c.need(m, 'share', null) === null) complete = false;
  }
  if (!complete) return c.withhold('fees.allocationWithheld');

  // Whole kronor unless the amount itself has öre, which only öre can share out exactly.
  const unitFor = (amount: Decimal) => (amount.dividedBy(model.unit).isInteger() ? model.unit : ORE);
  const fixedPart = model.fixedPart ?? ZERO;
  const setTotal = sum(setMembers.map((m) => m.fixedAmount!));
  const firstUnit = unitFor(model.total);
  const firstParts = new Map([...first].map(([m, fraction]) => [m, roundHalfAway(model.total.times(fraction).dividedBy(firstUnit), 0).times(firstUnit)]));
  const taken = setTotal.plus(sum([...firstParts.values()])).plus(fixedPart.times(claimants.length));
  const allocated = model.total.minus(taken);
  if (allocated.isNegative()) return c.withhold('fees.fixedExceedsTotal', { total: model.total.toFixed(), fixed: taken.toFixed() });

  if (shareKey) {
    const shareSum = sum(claimants.map((m) => fractions.get(m)!));
    if (!shareSum.equals(1)) {
      const header = { sheet: c.table.sheet, cell: cellAddress(c.table.headerRow, c.table.columns.share ?? c.table.columns.member!) };
      return c.withhold('fees.sharesNot100', { sum: { decimal: shareSum.times(100).toFixed() } }, header);
    }
  }
  const populationSum = needsPopulation ? sum(claimants.map((m) => m.population!)) : null;
  const n = new Decimal(claimants.length);
  const weightOf = (m: Member): Decimal => {
    switch (model.key) {
      case 'population':
        return m.population!;
      case 'equal':
        return new Decimal(1);
      case 'share':
        return fractions.get(m)!;
      case 'halfEqualHalfPopulation':
        // total × (½ × 1/n + ½ × p/P) = total × (P + n·p) / (2nP): one exact weight, so one rounding.
        return populationSum!.plus(n.times(m.population!));
      case 'mix': {
        // total × (e/100 × 1/n + (1 − e/100) × p/P) = total × (e·P + (100 − e)·n·p) / (100·n·P).
        const e = model.equalPercent!;
        return e.times(populationSum!).plus(new Decimal(100).minus(e).times(n).times(m.population!));
      }
    }
  };
  const weights: Claimant[] = claimants.map((m) => ({ name: m.name, weight: weightOf(m), population: m.population }));
  const weightSum = sum(weights.map((w) => w.weight));
  if (weightSum.isZero()) return c.withhold('fees.zeroWeights');

  const parts = allocate(allocated, weights, unitFor(allocated));
  for (const m of setMembers) c.set(m, m.fixedAmount!, { kind: 'setAmount' });
  for (const [m, part] of firstParts) {
    const share = first.get(m)!;
    c.set(m, part, {
      kind: 'allocation',
      key: 'share',
      allocated: model.total,
      claimants: members.length,
      population: null,
      populationSum: null,
      share,
      equalPercent: null,
      fixedPart: null,
      exact: model.total.times(share),
    });
  }
  claimants.forEach((m, i) => {
    c.set(m, fixedPart.plus(parts[i]), {
      kind: 'allocation',
      key: model.key,
      allocated,
      claimants: claimants.length,
      population: needsPopulation ? c.population(m) : null,
      populationSum,
      share: shareKey ? fractions.get(m)! : null,
      equalPercent: model.equalPercent,
      fixedPart: model.fixedPart,
      exact: fixedPart.plus(exactShare(allocated, weights[i].weight, weightSum)),
    });
  });
  return c.fees();
}

/** Every member's fee under one charge, in table order; a member whose fee cannot be computed gets none, with the reason reported. */
export function computeCharge(model: FeeModel, table: MembersTable, context: ChargeContext, issues: InputIssue[]): MemberFee[] {
  const c = new ChargeComputation(table, context, issues);
  switch (model.kind) {
    case 'perCapita':
      return perCapita(c, model.rate, model.fixedPart, model.floor ?? null, model.cap ?? null);
    case 'fixed':
      return fixed(c);
    case 'uplift':
      return uplift(c, model.percent);
    case 'allocation':
      return allocation(c, model);
  }
}
