/** Every fixture of the sixth layout corpus (member fees and financial goals), in the order of the README. */
import { Fixture } from '../layouts2/spec';
import { FEES } from './fees';
import { GOALS } from './goals';

export const FIXTURES: Fixture[] = [...FEES, ...GOALS];
