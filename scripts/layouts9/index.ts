/** Every fixture of the ninth layout corpus, in the order of the README. */
import { Fixture } from '../layouts2/spec';
import { HEADERS } from './headers';
import { LANGUAGES } from './languages';
import { COLUMNS } from './columns';
import { ROWS } from './rows';
import { PERIODS } from './periods';
import { JOINS } from './joins';

export const FIXTURES: Fixture[] = [...HEADERS, ...LANGUAGES, ...COLUMNS, ...ROWS, ...PERIODS, ...JOINS];
