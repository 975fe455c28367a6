import { memoByText } from '../memo';
import { normaliseLabel, stripFootnote } from './text';
import { FINANCIAL_ITEM_STEMS, FINANCIAL_NET_LINES, FINANCIAL_SUBTOTALS } from './vocabulary';

/**
 * The financial items of a statement and their net. `Finansnetto` adds up the financial lines (`Finansiella
 * intäkter`, `Räntekostnader`), not the operating lines above them; a short statement that shows no financial
 * line prints `Finansnetto` as its one financial line, which adds up nothing.
 */

/** A label as the lists compare it: no note number before it, no footnote or colon after it. */
function plain(label: string): string {
  return normaliseLabel(stripFootnote(label))
    .replace(/^(not\s+)?\d+[a-z]?\s+(?=\p{L})/u, '')
    .replace(/[\s:]+$/, '');
}

const NET_LINES = new Set<string>(FINANCIAL_NET_LINES);
const SUBTOTALS = new Set<string>(FINANCIAL_SUBTOTALS);
const ITEM = new RegExp(`(?<![\\p{L}])(${FINANCIAL_ITEM_STEMS.join('|')})`, 'u');

/** `Finansnetto`, `Net financial items`: the net of the financial items, which may stand alone as a line. */
export const isFinancialNetLine = memoByText((label: string) => NET_LINES.has(plain(label)));

/** A subtotal of the financial items alone (`Finansnetto`, `Summa finansiella poster`). */
export const isFinancialSubtotal = memoByText((label: string) => SUBTOTALS.has(plain(label)));

const namesFinancialItem = memoByText((text: string) => ITEM.test(normaliseLabel(text)));

/** A line that is a financial item: its label says so, or it stands under a section that does (`Finansiella poster`). */
export function isFinancialItem(label: string, section: string | null): boolean {
  return namesFinancialItem(label) || (section !== null && namesFinancialItem(section));
}
