/** Every fixture of the tenth layout corpus (fee lists and goals not yet covered), in the order of the README. */
import { Fixture } from '../layouts2/spec';
import { FEES } from './fees';
import { GOALS } from './goals';

export const FIXTURES: Fixture[] = [...FEES, ...GOALS];
