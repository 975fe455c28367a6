import { isLuhnValid } from './luhn';

/** Separators people type inside numbers: hyphen, en dash, spaces, no-break spaces. */
const SEPARATORS = /[\s\u00a0\u202f\-–]/g;

/**
 * A Swedish organisation number (`212000-2882`) in its written form, or null when it is not one: ten digits
 * (a twelve-digit form with the century prefix `16` is accepted) whose last is the Luhn check digit.
 */
export function normaliseOrgNumber(text: string): string | null {
  let digits = text.replace(SEPARATORS, '');
  if (/^16\d{10}$/.test(digits)) digits = digits.slice(2);
  if (!/^\d{10}$/.test(digits) || !isLuhnValid(digits)) return null;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/**
 * A bankgiro number (`5050-1055`) in its written form, or null: seven or eight digits with a Luhn check
 * digit, written with the hyphen before the last four.
 */
export function normaliseBankgiro(text: string): string | null {
  const digits = text.replace(SEPARATORS, '');
  if (!/^\d{7,8}$/.test(digits) || !isLuhnValid(digits)) return null;
  return `${digits.slice(0, -4)}-${digits.slice(-4)}`;
}

/** A municipality code (kommunkod) has four digits; a number cell has lost its leading zero (127 → 0127). */
export function normaliseMunicipalityCode(text: string): string | null {
  const digits = text.trim();
  if (/^\d{1,4}$/.test(digits)) return digits.padStart(4, '0');
  return null;
}
