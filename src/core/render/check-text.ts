import { Check } from '../deviations/checks';
import { Lang, formatMessage } from '../messages';
import { Money } from '../money';
import { formatMoney } from './format';

/** A finding in words, in the reader's language: its message with the amounts written out. */
export function checkMessage(check: Check, lang: Lang): string {
  const amount = (m: Money | null) => (m === null ? '–' : formatMoney(m, lang));
  return formatMessage(check.messageKey, lang, {
    ...check.params,
    expected: amount(check.expected),
    found: amount(check.found),
    difference: amount(check.difference),
  });
}
