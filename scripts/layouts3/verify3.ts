/**
 * The second corpus's second-way check, with one thing it does not know: a table whose period columns are
 * quarters (three months each), where it counts month columns.
 */
import { Built } from '../layouts2/spec';
import { verifyBuilt } from '../layouts2/verify';

/** Sheets whose outcome columns are quarters. */
export const QUARTER_SHEETS = new Set(['Kvartal 2025']);

export async function verifyBuilt3(buf: Buffer, b: Built): Promise<string[]> {
  const problems = await verifyBuilt(buf, b);
  const out = problems.filter(
    (p) => !b.declared.tables.some((t) => QUARTER_SHEETS.has(t.sheet) && p.startsWith(`${t.sheet}: `) && / months declared, \d+ month columns summed$/.test(p)),
  );
  for (const t of b.declared.tables) {
    if (!QUARTER_SHEETS.has(t.sheet) || t.period?.basis !== 'months') continue;
    const quarters = (t.cells.periodBudget ?? []).length;
    if (quarters * 3 !== t.period.months) out.push(`${t.sheet}: ${t.period.months} months declared, ${quarters} quarter columns in the period budget`);
  }
  return out;
}
