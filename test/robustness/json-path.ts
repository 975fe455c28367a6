/**
 * A small path into the command line's JSON, for the corpus expectations: steps joined by `.`, `[3]` an
 * index, `[field=value]` the first element whose field equals value (as text), `length` of an array.
 * `deviations[sheet=Projekt].groups[name=Mål 1].deviation`. The value after `=` may itself hold `=` or `.`.
 */
const NOT_FOUND = Symbol('not found');

function steps(path: string): string[] {
  // Split on dots outside brackets.
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of path) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === '.' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function step(value: unknown, part: string): unknown {
  const m = /^([^[]*)((?:\[[^\]]*\])*)$/.exec(part);
  if (!m) return NOT_FOUND;
  let v: unknown = value;
  if (m[1] !== '') {
    if (m[1] === 'length' && Array.isArray(v)) return v.length;
    if (typeof v !== 'object' || v === null || !(m[1] in v)) return NOT_FOUND;
    v = (v as Record<string, unknown>)[m[1]];
  }
  for (const [, inner] of m[2].matchAll(/\[([^\]]*)\]/g)) {
    if (!Array.isArray(v)) return NOT_FOUND;
    const eq = inner.indexOf('=');
    if (eq < 0) v = v[Number(inner)];
    else {
      const field = inner.slice(0, eq);
      const wanted = inner.slice(eq + 1);
      v = v.find((e) => typeof e === 'object' && e !== null && String((e as Record<string, unknown>)[field]) === wanted);
    }
    if (v === undefined) return NOT_FOUND;
  }
  return v;
}

/** The value at `path`, or the string `<not found>` so a failed expectation shows where it went wrong. */
export function atPath(json: unknown, path: string): unknown {
  let v: unknown = json;
  for (const part of steps(path)) {
    v = step(v, part);
    if (v === NOT_FOUND) return `<not found: ${part}>`;
  }
  return v;
}
