/**
 * The Luhn (mod 10) check digit used by Swedish organisation numbers, bankgiro numbers and OCR references:
 * from the right, every second digit is doubled (digit sums of 10–18 count as 1–9), and the check digit
 * brings the total to a multiple of ten.
 */
export function luhnCheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new Error(`luhnCheckDigit: not digits: ${digits}`);
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    // The rightmost digit of the payload is doubled, because the check digit will stand to its right.
    const d = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 0 ? d * 2 : d;
    total += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (total % 10)) % 10;
}

/** Whether the last digit is the Luhn check digit of the ones before it. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits[digits.length - 1]);
}
