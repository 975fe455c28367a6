import { NO_CACHED_VALUE } from './cells';
import type { MessageParams } from './messages';

/** A problem with the user's input: a message key with its parameters, and where it was found. */
export interface InputIssue {
  key: MessageKeyLike;
  sheet: string;
  cell: string;
  /** Plain values, or nested messages written in the reader's language (see messages.ts). */
  params?: MessageParams;
}

/** The message for an amount cell that could not be read (a `ParsedNumber` error's reason and text). */
export function amountIssueKey(reason: string, text: string): MessageKeyLike {
  if (reason === 'error-value') return text === NO_CACHED_VALUE ? 'amount.noCachedValue' : 'amount.errorValue';
  if (reason === 'no-unit') return 'amount.noUnit';
  if (reason === 'format-scale') return 'amount.formatScale';
  if (reason === 'format-unit') return 'amount.formatUnit';
  if (reason === 'ambiguous-comma') return 'amount.ambiguousComma';
  return reason === 'ambiguous' ? 'amount.ambiguous' : 'amount.notANumber';
}

/** Keys live in messages.ts; a string here keeps this file free of the catalogue. */
export type MessageKeyLike = string;
