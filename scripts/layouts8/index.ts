/** Every fixture of the eighth layout corpus, in the order of the README. */
import { Fixture } from '../layouts2/spec';
import { COLUMNS } from './columns';
import { CELLS } from './cells';
import { ROWS } from './rows';
import { PERIODS } from './periods';
import { JOINS } from './joins';

export const FIXTURES: Fixture[] = [...COLUMNS, ...CELLS, ...ROWS, ...PERIODS, ...JOINS];
