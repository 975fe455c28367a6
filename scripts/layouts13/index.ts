/** Every fixture of the thirteenth layout corpus (member fees and financial goals not yet covered), in README order. */
import { Fixture } from '../layouts2/spec';
import { FEES } from './fees';
import { GOALS } from './goals';

export const FIXTURES: Fixture[] = [...FEES, ...GOALS];
