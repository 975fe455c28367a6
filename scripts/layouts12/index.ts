/** Every fixture of the twelfth layout corpus (budget against the ledger in shapes not yet covered), in the order of the README. */
import { Fixture } from '../layouts2/spec';
import { TRANSACTIONS } from './transactions';
import { BALANCES } from './balances';
import { DIMENSIONS } from './dimensions';

export const FIXTURES: Fixture[] = [...TRANSACTIONS, ...BALANCES, ...DIMENSIONS];
