import { Decimal } from '../decimal';
import { formatAmount } from '../render/format';
import { Lang, formatMessage, formatParam } from '../messages';
import { LABELS } from '../render/labels';
import { Charge, chargeRef } from './charges';
import { Invoice } from './invoices';
import { MonthSpan, WHOLE_YEAR, monthCount } from './membership';
import { AllocationModel, MemberFee, PopulationBasis } from './models';
import { AllocationKey } from './parameters';
import { MONTHS_PER_PERIOD, Period } from './periods';

/** `95 311` / `95,311`: a count, grouped as amounts are. */
export function formatCount(value: Decimal, lang: Lang): string {
  return formatAmount(value, lang, '');
}

/** A percentage exactly as given (`2,5 %`, `33,333 %`), never rounded to one decimal. */
export function formatExactPercent(percent: Decimal, lang: Lang): string {
  const text = percent.abs().toFixed();
  const minus = percent.isNegative() ? (lang === 'sv' ? '\u2212' : '-') : '';
  return lang === 'sv' ? `${minus}${text.replace('.', ',')}\u00a0%` : `${minus}${text}%`;
}

/** A charge's name in the reader's language: its own, or `Medlemsavgift 2018` / `Member fee 2018`. */
export function chargeName(charge: Pick<Charge, 'name' | 'feeYear'>, lang: Lang): string {
  return formatParam(chargeRef(charge.name, charge.feeYear), lang);
}

/** `april–december`, `december` (`April–December` in English): months as running text names them. */
export function monthRange(span: MonthSpan, lang: Lang): string {
  const names = LABELS[lang].monthNames.split(',');
  return span.first === span.last ? names[span.first - 1] : `${names[span.first - 1]}–${names[span.last - 1]}`;
}

const wholePeriod = (period: Period, months: MonthSpan) => monthCount(months) === MONTHS_PER_PERIOD[period.kind];

/**
 * An invoice's period: `Helår 2026`, `Kvartal 2 2026`; for a member there part of it, the months it covers:
 * `april–december 2026` for a year, `Kvartal 2 2026 (maj–juni)` for a part of one.
 */
export function periodLabel(period: Period, lang: Lang, months: MonthSpan | null = null): string {
  const L = LABELS[lang];
  if (months !== null && !wholePeriod(period, months)) {
    const range = monthRange(months, lang);
    if (period.kind === 'year') return formatMessage(L.invoicePeriodMonths, lang, { months: range, year: period.year });
    return formatMessage(L.invoicePeriodPart, lang, { period: periodLabel(period, lang), months: range });
  }
  const params = { year: period.year, index: period.index };
  switch (period.kind) {
    case 'year':
      return formatMessage(L.invoicePeriodYear, lang, params);
    case 'halfYear':
      return formatMessage(L.invoicePeriodHalfYear, lang, params);
    case 'quarter':
      return formatMessage(L.invoicePeriodQuarter, lang, params);
    case 'month':
      return formatMessage(L.invoicePeriodMonth, lang, { ...params, month: L.invoiceMonthNames.split(',')[period.index - 1] });
  }
}

/** ` (SCB 2017-12-31)`: where a population figure comes from, when known. */
function reference(p: PopulationBasis): string {
  const parts = [p.source, p.referenceDate].filter((x): x is string => x !== null && x !== '');
  return parts.length ? ` (${parts.join(' ')})` : '';
}

const KEY_LABEL: Record<Exclude<AllocationKey, 'mix'>, 'feeKeyPopulation' | 'feeKeyEqual' | 'feeKeyShare' | 'feeKeyHalfEqualHalfPopulation'> = {
  population: 'feeKeyPopulation',
  equal: 'feeKeyEqual',
  share: 'feeKeyShare',
  halfEqualHalfPopulation: 'feeKeyHalfEqualHalfPopulation',
};

/** `efter invånare`, `30 % lika, 70 % efter invånare`, and the shares named first (`Försäkringskassan 50 %, …`). */
function keyText(m: AllocationModel, lang: Lang): string {
  const percent = (p: Decimal) => formatExactPercent(p, lang);
  const key =
    m.key === 'mix'
      ? formatMessage('fees.keyMix', lang, { equal: percent(m.equalPercent!), population: percent(new Decimal(100).minus(m.equalPercent!)) })
      : LABELS[lang][KEY_LABEL[m.key]];
  if (m.named.length === 0) return key;
  const named = m.named.map((n) => `${n.name} ${percent(n.percent)}`).join(', ');
  return formatMessage('fees.keyNamedFirst', lang, { named, key });
}

/**
 * What a member's fee rests on, in words an economist can check by hand: `4 kr × 95 311 invånare (SCB
 * 2019-12-31)`; for an allocation also the exact share before rounding.
 */
export function basisText(f: MemberFee, lang: Lang): string {
  const L = LABELS[lang];
  const kr = (d: Decimal) => formatAmount(d, lang);
  const b = f.basis;
  if (b === null) return formatMessage(L.feeNone, lang, { at: f.problemAt ?? '' });
  const fixedPart = (amount: Decimal | null) => (amount === null ? '' : formatMessage(L.feeBasisFixedPart, lang, { amount: kr(amount) }));
  switch (b.kind) {
    case 'perCapita':
      return (
        formatMessage(L.feeBasisPerCapita, lang, {
          fixedPart: fixedPart(b.fixedPart),
          rate: kr(b.rate),
          population: formatCount(b.population, lang),
          reference: reference(b),
        }) +
        (!b.limit ? '' : ` ${formatMessage(b.limit.kind === 'floor' ? 'fees.basisFloor' : 'fees.basisCap', lang, { amount: kr(b.limit.amount) })}`) +
        (b.months === null ? '' : ` ${formatMessage('fees.basisMonths', lang, { months: b.months, range: monthRange(f.span ?? WHOLE_YEAR, lang) })}`)
      );
    case 'fixed':
      return L.feeBasisFixed;
    case 'setAmount':
      return L.feeBasisSetAmount;
    case 'uplift':
      return formatMessage(L.feeBasisUplift, lang, { prior: kr(b.priorFee), percent: formatExactPercent(b.percent, lang) });
    case 'allocation': {
      const params = {
        fixedPart: fixedPart(b.fixedPart),
        total: kr(b.allocated),
        count: b.claimants,
        population: b.population ? formatCount(b.population.population, lang) : '',
        sum: b.populationSum ? formatCount(b.populationSum, lang) : '',
        reference: b.population ? reference(b.population) : '',
        share: b.share ? formatExactPercent(b.share.times(100), lang) : '',
        equal: b.equalPercent ? formatExactPercent(b.equalPercent, lang) : '',
        byPopulation: b.equalPercent ? formatExactPercent(new Decimal(100).minus(b.equalPercent), lang) : '',
      };
      const template = {
        population: L.feeBasisPopulation,
        equal: L.feeBasisEqual,
        share: L.feeBasisShare,
        halfEqualHalfPopulation: L.feeBasisHalfEqualHalfPopulation,
        mix: formatMessage('fees.basisMix', lang),
      }[b.key];
      const text = formatMessage(template, lang, params);
      const exact = f.fee !== null && !f.fee.equals(b.exact) ? formatMessage(L.feeBasisExact, lang, { exact: kr(b.exact) }) : '';
      // A sentence starts with a capital, whichever part comes first.
      return `${text.charAt(0).toLocaleUpperCase(lang === 'sv' ? 'sv-SE' : 'en-GB')}${text.slice(1)}${exact}`;
    }
  }
}

/** One line per charge for the fee sheet's notes: how it was computed. */
export function modelText(charge: Charge, lang: Lang): string {
  const L = LABELS[lang];
  const m = charge.model;
  const kr = (d: Decimal) => formatAmount(d, lang);
  const fixedPart = (amount: Decimal | null) => (amount === null ? '' : formatMessage(L.feeModelFixedPart, lang, { amount: kr(amount) }));
  const name = chargeName(charge, lang);
  if (m === null) return formatMessage(L.feeModelNone, lang, { charge: name });
  switch (m.kind) {
    case 'perCapita':
      return formatMessage(L.feeModelPerCapita, lang, { charge: name, rate: kr(m.rate), fixedPart: fixedPart(m.fixedPart) });
    case 'allocation':
      return formatMessage(L.feeModelAllocation, lang, { charge: name, total: kr(m.total), key: keyText(m, lang), fixedPart: fixedPart(m.fixedPart) });
    case 'uplift':
      return formatMessage(L.feeModelUplift, lang, { charge: name, percent: formatExactPercent(m.percent, lang) });
    case 'fixed':
      return formatMessage(L.feeModelFixed, lang, { charge: name });
  }
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The invoice's specification line: charge, period and basis, the part of the fee this invoice is (its months of
 * the member's months: 1/4 a quarter of a whole year, 3/8 a quarter of a member from May), and the öresavrundning
 * where there is one.
 */
export function specificationText(invoice: Invoice, lang: Lang): string {
  const L = LABELS[lang];
  const signed = `${invoice.rounding.isPositive() ? '+' : ''}${formatAmount(invoice.rounding, lang)}`;
  const rounding = invoice.rounding.isZero() ? '' : formatMessage(L.invoiceRoundingText, lang, { amount: signed });
  const months = monthCount(invoice.months);
  const ofMonths = monthCount(invoice.fee.span ?? WHOLE_YEAR);
  const d = gcd(ofMonths, months);
  const part =
    months < ofMonths && invoice.fee.fee !== null
      ? formatMessage(L.invoicePartOfFee, lang, { fee: formatAmount(invoice.fee.fee, lang), part: months / d, count: ofMonths / d })
      : '';
  return `${chargeName(invoice.charge, lang)}, ${invoicePeriodLabel(invoice, lang)}: ${basisText(invoice.fee, lang)}${part}${rounding}`;
}

/** The period an invoice is for, as the invoice table, the CSV and the JSON state it. */
export function invoicePeriodLabel(invoice: Invoice, lang: Lang): string {
  return periodLabel(invoice.period, lang, invoice.months);
}

export function vatText(invoice: Invoice, lang: Lang): string {
  return invoice.settings.vatText ?? LABELS[lang].invoiceVatDefault;
}
