import { Money, toKronor } from '../../src/core/money';

/** An amount in öre as a plain kronor string (`-599600`, `0.005`), the way the JSON writes it. */
export function kr(m: Money | null): string | null {
  return m === null ? null : toKronor(m).toFixed();
}
