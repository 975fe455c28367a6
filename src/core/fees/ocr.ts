import { luhnCheckDigit } from './luhn';

/** Bankgirot accepts OCR references of 2 to 25 digits. */
export const OCR_MAX_DIGITS = 25;

/**
 * The OCR reference of an invoice: its number, optionally a length digit (the total number of digits,
 * check digit included, modulo 10; some bankgiro agreements require it), then the Luhn check digit.
 */
export function ocrReference(invoiceNumber: string, withLengthDigit: boolean): string {
  if (!/^\d+$/.test(invoiceNumber)) throw new Error(`ocrReference: not digits: ${invoiceNumber}`);
  const payload = withLengthDigit ? `${invoiceNumber}${(invoiceNumber.length + 2) % 10}` : invoiceNumber;
  const ocr = `${payload}${luhnCheckDigit(payload)}`;
  if (ocr.length > OCR_MAX_DIGITS) throw new Error(`ocrReference: ${ocr.length} digits, at most ${OCR_MAX_DIGITS}`);
  return ocr;
}
