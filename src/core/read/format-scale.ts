/**
 * How far a number format scales what it shows. In Excel's (invariant, en-US) format codes a comma right after
 * the last digit placeholder of a section, at its end or before a literal (`#,##0,`, `0,"tkr"`, `0.0,,`), shows
 * the number divided by 1 000, once per comma: `#,##0,` shows 8 912 367 as 8 912. A comma between digit
 * placeholders (`#,##0`) only groups thousands; a comma in quotes or escaped (`"," \,`) is a literal.
 */

/** The scale of each section of a format, and whether its sections are chosen by conditions (`[>=1000]`). */
interface Sections {
  scales: number[];
  conditional: boolean;
}

const parsed = new Map<string, Sections>();

function isPlaceholder(c: string): boolean {
  return c === '0' || c === '#' || c === '?';
}

/** One section (no `;`): the commas right after its last digit placeholder; 0 for dates, times, text and scientific. */
function sectionScale(section: string): { scale: number; condition: boolean } {
  let lastPlaceholder = -1;
  let condition = false;
  let notPlain = false;
  const body = section.replace(/General/gi, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"') {
      const end = body.indexOf('"', i + 1);
      i = end < 0 ? body.length : end;
    } else if (c === '\\' || c === '_' || c === '*') i++;
    else if (c === '[') {
      const end = body.indexOf(']', i + 1);
      const inside = body.slice(i + 1, end < 0 ? body.length : end);
      if (/^[<>=]/.test(inside)) condition = true;
      // `[h]`, `[mm]`, `[ss]`: elapsed time.
      if (/^(h+|m+|s+)$/i.test(inside)) notPlain = true;
      i = end < 0 ? body.length : end;
    } else if (isPlaceholder(c)) lastPlaceholder = i;
    // A date or time code, a text placeholder, an exponent.
    else if (/[dmyhs@]/i.test(c) || ((c === 'E' || c === 'e') && /[+-]/.test(body[i + 1] ?? ''))) notPlain = true;
  }
  if (notPlain || lastPlaceholder < 0) return { scale: 0, condition };
  // Only commas right after the last placeholder scale; one with a placeholder after it groups thousands.
  let scale = 0;
  for (let i = lastPlaceholder + 1; i < body.length && body[i] === ','; i++) scale++;
  return { scale, condition };
}

/** Split at `;` outside quotes, escapes and brackets. */
function splitSections(code: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (c === '\\' || c === '_' || c === '*') i++;
    else if (c === '[') {
      const end = code.indexOf(']', i + 1);
      i = end < 0 ? code.length : end;
    } else if (c === ';') {
      out.push(code.slice(from, i));
      from = i + 1;
    }
  }
  out.push(code.slice(from));
  return out;
}

function sectionsOf(code: string): Sections {
  let s = parsed.get(code);
  if (s) return s;
  // The fourth section is for text; the first three for positive numbers, negative numbers and zero.
  const read = splitSections(code).slice(0, 3).map(sectionScale);
  s = { scales: read.map((r) => r.scale), conditional: read.some((r) => r.condition) };
  parsed.set(code, s);
  return s;
}

/**
 * How many times a format shows `value` divided by 1 000 (0: as it is); null where its sections scale
 * differently and conditions (`[>=1000]`) choose among them, so the value's section cannot be told here.
 */
export function formatScale(code: string | null, value: number): number | null {
  if (code === null) return 0;
  const { scales, conditional } = sectionsOf(code);
  if (scales.every((s) => s === scales[0])) return scales[0];
  if (conditional) return null;
  // Two sections: positive and zero, then negative; three: positive, negative, zero.
  if (value < 0) return scales[1];
  if (value === 0 && scales.length > 2) return scales[2];
  return scales[0];
}

/** Whether a format scales any number it shows: a column whose formats all show numbers as they are needs no closer look. */
export function formatMayScale(code: string): boolean {
  return sectionsOf(code).scales.some((s) => s > 0);
}
