/** Lower case, single spaces, no surrounding space: the form labels and headers are compared in. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2009\u202f\s]+/g, ' ')
    .trim()
    .toLocaleLowerCase('sv-SE');
}

/** A label without footnote markers (`Övrigt 1)`, `Tillväxtverket2`) and trailing punctuation. */
export function stripFootnote(text: string): string {
  return text
    .replace(/\s*\d\)\s*$/, '')
    .replace(/(\p{L})[¹²³⁴⁵⁶⁷⁸⁹]+$/u, '$1')
    .trim();
}
