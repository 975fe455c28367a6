import { sum, toPlain } from '../decimal';
import { cellAddress } from '../cells';
import { ResultJson } from '../render/json';
import { Charge } from './charges';
import { FeeModel } from './models';
import { FeeOutcome } from './outcome';
import { basisText, periodLabel, specificationText, vatText } from './texts';

/** The `fees` part of the JSON (SPEC 7): every member's fee per charge, the total, and how each charge was computed. */
export interface FeesJson extends NonNullable<ResultJson['fees']> {
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
  charges: { name: string; model: string | null; key: string | null; rate: string | null; amount: string | null; upliftPercent: string | null; total: string; sheet: string; cell: string }[];
}

const MODEL_NAMES: Record<FeeModel['kind'], string> = { perCapita: 'per-capita', allocation: 'allocation', uplift: 'uplift', fixed: 'fixed' };
const KEY_NAMES = { population: 'population', equal: 'equal', share: 'share', halfEqualHalfPopulation: 'half-equal-half-population' } as const;

function chargeJson(c: Charge): FeesJson['charges'][number] {
  const m = c.model;
  return {
    name: c.name,
    model: m ? MODEL_NAMES[m.kind] : null,
    key: m?.kind === 'allocation' ? KEY_NAMES[m.key] : null,
    rate: m?.kind === 'perCapita' ? toPlain(m.rate) : null,
    amount: m?.kind === 'allocation' ? toPlain(m.total) : null,
    upliftPercent: m?.kind === 'uplift' ? toPlain(m.percent) : null,
    total: toPlain(c.total),
    sheet: c.at.sheet,
    cell: c.at.cell,
  };
}

/** Amounts are decimal strings, a fee that could not be computed is null, and the total is the sum of the fees shown. */
export function feesJson(outcome: FeeOutcome): FeesJson {
  const table = outcome.members;
  const members = outcome.charges.flatMap((c) =>
    c.fees.map((f) => {
      const basis = f.basis;
      const population = basis?.kind === 'perCapita' ? basis : basis?.kind === 'allocation' ? basis.population : null;
      const m = f.member;
      return {
        member: m.name,
        charge: c.name,
        municipalityCode: m.municipalityCode,
        orgNumber: m.orgNumber,
        population: (population?.population ?? m.population)?.toNumber() ?? null,
        referenceDate: population?.referenceDate ?? m.referenceDate,
        source: population?.source ?? m.source,
        fee: f.fee === null ? null : toPlain(f.fee),
        basis: basisText(f, outcome.lang),
        sheet: table?.sheet ?? '',
        cell: table ? cellAddress(m.row, table.columns.member ?? 0) : '',
      };
    }),
  );
  return { members, total: toPlain(sum(outcome.charges.map((c) => c.total))), charges: outcome.charges.map(chargeJson) };
}

/** The `invoices` part of the JSON (SPEC 7): `amount` is what is to be paid, whole kronor; `fee` and `rounding` show how. */
export function invoicesJson(outcome: FeeOutcome): unknown[] {
  const lang = outcome.lang;
  return outcome.invoices.map((inv) => ({
    number: inv.number,
    charge: inv.charge.name,
    member: inv.fee.member.name,
    orgNumber: inv.fee.member.orgNumber,
    buyerReference: inv.fee.member.buyerReference,
    period: inv.period.code,
    periodLabel: periodLabel(inv.period, lang),
    periodStart: inv.period.start,
    periodEnd: inv.period.end,
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
