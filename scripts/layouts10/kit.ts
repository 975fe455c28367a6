/**
 * Helpers of the tenth corpus beyond the sixth corpus's kit: populations as text with ordinary spaces, shares in
 * percent points, the invoices a member's fee gives (SPEC 3.3, 4), the year a goal is judged for, and a goal
 * table's own verdict that the figures contradict. Everything else comes from scripts/layouts6/kit.ts and
 * scripts/layouts2.
 */
import ExcelJS from 'exceljs';
import { ExpectedCheck } from '../layouts/expected';
import { Built, FeeParam, ReadValue } from '../layouts2/spec';
import { readValue, verifyBuilt, amountOf } from '../layouts2/verify';
import { divRound, krText, toOre } from '../layouts2/money';

/** A population as an officer types it: digits grouped by an ordinary space (`115 012`), or by `sep`. */
export const spacedText = (n: number, sep = ' '): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** A share written in percent points (`48.73`, shown `48,73`) as hundredths of a percent: 4873. */
export const readPercentPoints = (v: ReadValue): FeeParam => {
  const o = amountOf(typeof v === 'string' ? v.replace(/\s*%$/, '') : v, 'kr');
  if (o === null || o === 'error') throw new Error(`not a share: ${JSON.stringify(v)}`);
  return Number(o);
};

/** What the tenth corpus adds to a built fixture, kept beside it for the second-way check. */
export interface Extra10 {
  /** Invoices per member in the fee year (4 a quarter, 12 a month). */
  invoicesPerMember?: number;
  /** The year every goal is judged for. */
  goalYear?: string;
  /** A goal table's own verdict the figures contradict: the cell, and the word it holds. */
  verdicts?: { sheet: string; cell: string; word: string; why: string }[];
}

const extras = new WeakMap<Built, Extra10>();

/** The invoices each member's fee gives: `count` whole-krona parts summing to the fee rounded half away from zero. */
function invoicesOf(b: Built, count: number) {
  return (b.expected.fees?.members ?? []).map((m) => ({
    member: m.member,
    count,
    total: krText(divRound(toOre(m.fee ?? '0', 'kr'), 100n) * 100n)!,
  }));
}

/** Adds the tenth corpus's expectations to a built fixture (computed from its expectation, never the product). */
export function with10(b: Built, x: Extra10): Built {
  extras.set(b, x);
  if (x.invoicesPerMember) b.expected.invoices = invoicesOf(b, x.invoicesPerMember);
  if (x.goalYear) for (const g of b.expected.goals ?? []) g.year = x.goalYear;
  if (x.verdicts?.length) {
    const checks: ExpectedCheck[] = x.verdicts.map((v) => ({ kind: 'goal', sheet: v.sheet, cell: v.cell, why: v.why }));
    b.expected.checks = [...(b.expected.checks ?? []), ...checks];
  }
  return b;
}

/**
 * The second corpus's verifier on the expectation without the tenth corpus's additions, then those additions
 * again: the invoices from the fees the cells give, each verdict cell holding its word while its goal is not met.
 */
export async function verify10(buf: Buffer, b: Built): Promise<string[]> {
  const x = extras.get(b) ?? {};
  const goals = b.expected.goals?.map(({ year: _y, ...g }) => g);
  const checks = b.expected.checks?.filter((c) => c.kind !== 'goal');
  const plain: Built = { ...b, expected: { ...b.expected, goals, checks: checks?.length ? checks : undefined, invoices: undefined } };
  if (!plain.expected.goals) delete plain.expected.goals;
  if (!plain.expected.checks) delete plain.expected.checks;
  delete plain.expected.invoices;
  const problems = await verifyBuilt(buf, plain);
  if (x.invoicesPerMember && JSON.stringify(invoicesOf(b, x.invoicesPerMember)) !== JSON.stringify(b.expected.invoices))
    problems.push('invoices: not what the fees give');
  if (x.verdicts?.length) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    for (const v of x.verdicts) {
      const found = readValue(wb.getWorksheet(v.sheet)!, v.cell);
      if (found !== v.word) problems.push(`${v.sheet}!${v.cell}: verdict ${JSON.stringify(found)}, expected ${v.word}`);
    }
  }
  return problems;
}
