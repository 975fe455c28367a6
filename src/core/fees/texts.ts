import { Decimal } from '../decimal';
import { formatAmount } from '../render/format';
import { Lang, formatMessage } from '../messages';
import { LABELS } from '../render/labels';
import { Charge } from './charges';
import { Invoice } from './invoices';
import { MemberFee, PopulationBasis } from './models';
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

export function defaultChargeName(feeYear: number | null, lang: Lang): string {
  const L = LABELS[lang];
  return feeYear === null ? L.feeDefaultNameNoYear : formatMessage(L.feeDefaultName, lang, { year: feeYear });
}

export function periodLabel(period: Period, lang: Lang): string {
  const L = LABELS[lang];
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

const KEY_LABEL: Record<AllocationKey, 'feeKeyPopulation' | 'feeKeyEqual' | 'feeKeyShare' | 'feeKeyHalfEqualHalfPopulation'> = {
  population: 'feeKeyPopulation',
  equal: 'feeKeyEqual',
  share: 'feeKeyShare',
  halfEqualHalfPopulation: 'feeKeyHalfEqualHalfPopulation',
};

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
      return formatMessage(L.feeBasisPerCapita, lang, { fixedPart: fixedPart(b.fixedPart), rate: kr(b.rate), population: formatCount(b.population, lang), reference: reference(b) });
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
      };
      const template = { population: L.feeBasisPopulation, equal: L.feeBasisEqual, share: L.feeBasisShare, halfEqualHalfPopulation: L.feeBasisHalfEqualHalfPopulation }[b.key];
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
  if (m === null) return formatMessage(L.feeModelNone, lang, { charge: charge.name });
  switch (m.kind) {
    case 'perCapita':
      return formatMessage(L.feeModelPerCapita, lang, { charge: charge.name, rate: kr(m.rate), fixedPart: fixedPart(m.fixedPart) });
    case 'allocation':
      return formatMessage(L.feeModelAllocation, lang, { charge: charge.name, total: kr(m.total), key: L[KEY_LABEL[m.key]], fixedPart: fixedPart(m.fixedPart) });
    case 'uplift':
      return formatMessage(L.feeModelUplift, lang, { charge: charge.name, percent: formatExactPercent(m.percent, lang) });
    case 'fixed':
      return formatMessage(L.feeModelFixed, lang, { charge: charge.name });
  }
}

/** The invoice's specification line: charge, period and basis, and the öresavrundning where there is one. */
export function specificationText(invoice: Invoice, lang: Lang): string {
  const L = LABELS[lang];
  const signed = `${invoice.rounding.isPositive() ? '+' : ''}${formatAmount(invoice.rounding, lang)}`;
  const rounding = invoice.rounding.isZero() ? '' : formatMessage(L.invoiceRoundingText, lang, { amount: signed });
  const count = 12 / MONTHS_PER_PERIOD[invoice.period.kind];
  const part = count > 1 && invoice.fee.fee !== null ? formatMessage(L.invoicePartOfFee, lang, { fee: formatAmount(invoice.fee.fee, lang), count }) : '';
  return `${invoice.charge.name}, ${periodLabel(invoice.period, lang)}: ${basisText(invoice.fee, lang)}${part}${rounding}`;
}

export function vatText(invoice: Invoice, lang: Lang): string {
  return invoice.settings.vatText ?? LABELS[lang].invoiceVatDefault;
}
