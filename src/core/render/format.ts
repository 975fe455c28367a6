import { Decimal, roundHalfAway } from '../decimal';
import { Lang } from '../messages';
import { Money, toKronor } from '../money';

/**
 * Amounts for people, exactly (no float on the way): Swedish `−1 910 000 kr` (U+2212 minus, no-break space
 * between groups, decimal comma), English `-1,910,000 kr`. Öre are shown only when there are any.
 */
export function formatAmount(value: Decimal, lang: Lang, unit = 'kr'): string {
  const places = value.decimalPlaces() > 0 ? 2 : 0;
  const fixed = roundHalfAway(value.abs(), places).toFixed(places);
  const [intPart, frac] = fixed.split('.');
  const group = lang === 'sv' ? '\u00a0' : ',';
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const minus = value.isNegative() && !roundHalfAway(value, places).isZero() ? (lang === 'sv' ? '\u2212' : '-') : '';
  const number = frac ? `${grouped}${lang === 'sv' ? ',' : '.'}${frac}` : grouped;
  return `${minus}${number}${unit ? `${lang === 'sv' ? '\u00a0' : ' '}${unit}` : ''}`;
}

/** A percentage with one decimal: `−15,6 %` / `-15.6%`. */
export function formatPercent(value: Decimal | null, lang: Lang): string {
  if (value === null) return '–';
  const rounded = roundHalfAway(value, 1);
  const text = rounded.abs().toFixed(1);
  const minus = rounded.isNegative() && !rounded.isZero() ? (lang === 'sv' ? '\u2212' : '-') : '';
  return lang === 'sv' ? `${minus}${text.replace('.', ',')}\u00a0%` : `${minus}${text}%`;
}

/** An exact amount in öre, as formatAmount shows kronor. */
export function formatMoney(value: Money, lang: Lang, unit = 'kr'): string {
  return formatAmount(toKronor(value), lang, unit);
}
