import { Lang, MessageKey, formatMessage } from '../core/messages';
import { MessageError } from '../core/message-error';

/**
 * A run the adapter stopped on purpose, before writing (a read-only workbook, a protected sheet, another run
 * busy): a catalogue message like any other, so every face shows it in the user's language.
 */
export class ExcelRunError extends MessageError {
  override readonly name = 'ExcelRunError';
}

/** The `code` of an Office.js error (`OfficeExtension.Error`), or null for any other error. */
export function officeErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code !== '' ? code : null;
}

/**
 * Office error codes with catalogue text of their own. Microsoft: an error's `message` "isn't intended for
 * consumption by end users"; use its code ("Error handling with the application-specific JavaScript APIs").
 */
const OFFICE_CODES: Record<string, MessageKey> = {
  AccessDenied: 'excel.accessDenied',
  InvalidOperationInCellEditMode: 'excel.cellEdit',
  RequestPayloadSizeLimitExceeded: 'excel.payload',
  ResponsePayloadSizeLimitExceeded: 'excel.payload',
};

/** What to tell the user about a failed run, in their language. */
export function describeError(error: unknown, lang: Lang): string {
  if (error instanceof MessageError) return formatMessage(error.key, lang, error.params);
  const code = officeErrorCode(error);
  if (code) return formatMessage(OFFICE_CODES[code] ?? 'excel.failed', lang, { code });
  return formatMessage('excel.unexpected', lang, { message: error instanceof Error ? error.message : String(error) });
}
