/** Every fixture of the seventh layout corpus, in the order of the README. */
import { Fixture } from '../layouts2/spec';
import { STRUCTURE } from './structure';
import { CODES } from './codes';
import { PLACEMENT } from './placement';
import { PERIODS } from './periods';
import { JOINS } from './joins';

export const FIXTURES: Fixture[] = [...STRUCTURE, ...CODES, ...PLACEMENT, ...PERIODS, ...JOINS];
