/**
 * Remember a pure function of a label. Ledgers repeat the same few hundred labels over thousands of rows,
 * and normalising a label (Unicode, spaces, Swedish lower case) costs more than everything else on a row.
 * The memory is bounded: past `limit` labels it starts again.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  let seen = new Map<string, T>();
  return (text: string) => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as T;
    if (seen.size >= limit) seen = new Map();
    const value = fn(text);
    seen.set(text, value);
    return value;
  };
}
