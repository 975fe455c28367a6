import { MessageKey, MessageParams, formatMessage } from './messages';

/**
 * A failure a face shows to the user: a catalogue key and its parameters, so each face words it in the
 * user's language. Its `message` is the English text, for logs.
 */
export class MessageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(formatMessage(key, 'en', params));
    this.name = 'MessageError';
  }
}

/** The error's text in the user's language when it is a catalogue message, else null. */
export function messageOf(e: unknown, lang: 'sv' | 'en'): string | null {
  return e instanceof MessageError ? formatMessage(e.key, lang, e.params) : null;
}
