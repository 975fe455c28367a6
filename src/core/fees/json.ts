import { sum, toPlain } from '../decimal';
import { cellAddress } from '../cells';
import { Lang } from '../messages';
import { Charge } from './charges';
import { FeeModel } from './models';
import { FeeOutcome } from './outcome';
import { monthsDates } from './periods';
import { basisText, chargeName, invoicePeriodLabel, specificationText, vatText } from './texts';

/**
 * The `fees` part of the JSON (SPEC 7): every member's fee per charge, the total, and how each charge was
 * computed. It stands on its own: render/json.ts takes it in, and this file knows nothing of that one.
 */
export interface FeesJson {
  members: {
    member: string;
    charge: string;
    municipalityCode: string | null;
    orgNumber: string | null;
    population: number | null;
    referenceDate: string | null;
    source: string | null;
    fee: string | null;
    basis: string;
    sheet: string;
    cell: string;
  }[];
  total: string;
  charges: {
    name: string;
    model: string | null;
    key: string | null;
    /** For a mix of equal parts and population: the percent shared equally. */
    equalPercent: string | null;
    /** Shares named in the written split, taken before the key (`Försäkringskassan`, `50`). */
    namedShares: { name: string; percent: string }[];
    rate: string | null;
    amount: string | null;
    upliftPercent: string | null;
    total: string;
    sheet: string;
    cell: string;
  }[];
  /** Amounts the workbook states in tkr or mnkr (`Belopp att fördela (tkr)`), each converted to kronor: where, and from what. */
  unitsConverted: { sheet: string; cell: string; from: string }[];
}

const MODEL_NAMES: Record<FeeModel['kind'], string> = { perCapita: 'per-capita', allocation: 'allocation', uplift: 'uplift', fixed: 'fixed' };
const KEY_NAMES = {
  population: 'population',
  equal: 'equal',
  share: 'share',
  halfEqualHalfPopulation: 'half-equal-half-population',
  mix: 'equal-and-population',
} as const;

function chargeJson(c: Charge, lang: Lang): FeesJson['charges'][number] {
  const m = c.model;
  return {
    name: chargeName(c, lang),
    model: m ? MODEL_NAMES[m.kind] : null,
    key: m?.kind === 'allocation' ? KEY_NAMES[m.key] : null,
    equalPercent: m?.kind === 'allocation' && m.equalPercent !== null ? toPlain(m.equalPercent) : null,
    namedShares: m?.kind === 'allocation' ? m.named.map((n) => ({ name: n.name, percent: toPlain(n.percent) })) : [],
    rate: m?.kind === 'perCapita' ? toPlain(m.rate) : null,
    amount: m?.kind === 'allocation' ? toPlain(m.total) : null,
    upliftPercent: m?.kind === 'uplift' ? toPlain(m.percent) : null,
    total: toPlain(c.total),
    sheet: c.at.sheet,
    cell: c.at.cell,
  };
}

/** Amounts are decimal strings, a fee that could not be computed is null, and the total is the sum of the fees shown. */
export function feesJson(outcome: FeeOutcome, lang: Lang): FeesJson {
  const table = outcome.members;
  const members = outcome.charges.flatMap((c) =>
    c.fees.map((f) => {
      const basis = f.basis;
      const population = basis?.kind === 'perCapita' ? basis : basis?.kind === 'allocation' ? basis.population : null;
      const m = f.member;
      return {
        member: m.name,
        charge: chargeName(c, lang),
        municipalityCode: m.municipalityCode,
        orgNumber: m.orgNumber,
        population: (population?.population ?? m.population)?.toNumber() ?? null,
        referenceDate: population?.referenceDate ?? m.referenceDate,
        source: population?.source ?? m.source,
        fee: f.fee === null ? null : toPlain(f.fee),
        basis: basisText(f, lang),
        sheet: table?.sheet ?? '',
        cell: table ? cellAddress(m.row, table.columns.member ?? 0) : '',
      };
    }),
  );
  return {
    members,
    total: toPlain(sum(outcome.charges.map((c) => c.total))),
    charges: outcome.charges.map((c) => chargeJson(c, lang)),
    unitsConverted: [...new Map(outcome.unitsApplied.map((u) => [`${u.sheet}!${u.cell}`, { sheet: u.sheet, cell: u.cell, from: u.unit }])).values()],
  };
}

const periodDates = (d: { start: string; end: string }) => ({ periodStart: d.start, periodEnd: d.end });

/** The `invoices` part of the JSON (SPEC 7): `amount` is what is to be paid, whole kronor; `fee` and `rounding` show how. */
export function invoicesJson(outcome: FeeOutcome, lang: Lang): unknown[] {
  return outcome.invoices.map((inv) => ({
    number: inv.number,
    charge: chargeName(inv.charge, lang),
    member: inv.fee.member.name,
    orgNumber: inv.fee.member.orgNumber,
    buyerReference: inv.fee.member.buyerReference,
    period: inv.period.code,
    periodLabel: invoicePeriodLabel(inv, lang),
    // The days the invoice is for: the period's, or the part of it a member joining or leaving belongs.
    ...periodDates(monthsDates(inv.period.year, inv.months.first, inv.months.last)),
    date: inv.date,
    dueDate: inv.dueDate,
    specification: specificationText(inv, lang),
    fee: toPlain(inv.feePart),
    rounding: toPlain(inv.rounding),
    amount: toPlain(inv.amount),
    vat: vatText(inv, lang),
    ocr: inv.ocr,
    bankgiro: inv.settings.bankgiro,
    sender: inv.settings.sender,
    senderOrgNumber: inv.settings.senderOrgNumber,
    ourReference: inv.settings.ourReference,
  }));
}
