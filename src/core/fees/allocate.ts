import { Decimal } from '../decimal';

/** One party to an allocation: its weight (population, share, or 1 for equal parts) and its tie-breakers. */
export interface Claimant {
  name: string;
  weight: Decimal;
  /** Breaks ties between equal remainders; null counts as smaller than any population. */
  population: Decimal | null;
}

export const KRONA = new Decimal(1);
export const ORE = new Decimal('0.01');

/** Made on first use: loading Swedish collation costs every start of the command line some 10 ms, and most runs break no tie. */
let collator: Intl.Collator | undefined;

/** A non-negative decimal as an integer count of 10^-scale. */
function scaled(value: Decimal, scale: number): bigint {
  return BigInt(value.times(new Decimal(10).pow(scale)).toFixed(0));
}

/**
 * Share `total` between the claimants in proportion to their weights, in whole `unit`s (1 kr or 0,01 kr),
 * so that the parts sum exactly to the total (SPEC 3.3). Largest-remainder method: each claimant first
 * gets its exact share rounded down; the units left over go one each to the largest remainders.
 * Ties are broken deterministically, so the result never depends on the order of the claimants:
 * larger remainder, then larger population, then member name in Swedish alphabetical order.
 * Integer arithmetic throughout (BigInt), so remainders are compared exactly, never as rounded decimals.
 * No part differs from its exact share by a whole unit or more.
 */
export function allocate(total: Decimal, claimants: readonly Claimant[], unit: Decimal): Decimal[] {
  if (total.isNegative()) throw new Error('allocate: negative total');
  if (!total.dividedBy(unit).isInteger()) throw new Error(`allocate: ${total.toFixed()} is not a whole number of ${unit.toFixed()}`);
  if (claimants.some((c) => c.weight.isNegative())) throw new Error('allocate: negative weight');
  const scale = Math.max(0, ...claimants.map((c) => c.weight.decimalPlaces()));
  const weights = claimants.map((c) => scaled(c.weight, scale));
  const weightSum = weights.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) throw new Error('allocate: weights sum to zero');

  const units = BigInt(total.dividedBy(unit).toFixed(0));
  const floors = weights.map((w) => (units * w) / weightSum);
  const remainders = weights.map((w) => (units * w) % weightSum);
  let left = units - floors.reduce((a, b) => a + b, 0n);

  const order = claimants.map((_, i) => i);
  order.sort((a, b) => {
    if (remainders[a] !== remainders[b]) return remainders[a] > remainders[b] ? -1 : 1;
    const pa = claimants[a].population;
    const pb = claimants[b].population;
    if (pa !== null || pb !== null) {
      if (pa === null) return 1;
      if (pb === null) return -1;
      const byPopulation = pb.comparedTo(pa);
      if (byPopulation !== 0) return byPopulation;
    }
    return (collator ??= new Intl.Collator('sv-SE')).compare(claimants[a].name, claimants[b].name);
  });
  for (const i of order) {
    if (left === 0n) break;
    floors[i] += 1n;
    left -= 1n;
  }
  return floors.map((f) => new Decimal(f.toString()).times(unit));
}

/** The exact share of one claimant, for showing next to its rounded part. */
export function exactShare(total: Decimal, weight: Decimal, weightSum: Decimal): Decimal {
  return total.times(weight).dividedBy(weightSum);
}
