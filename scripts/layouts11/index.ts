/** Every fixture of the eleventh layout corpus (budget against outcome as förbund economists lay it out), in the order of the README. */
import { Fixture } from '../layouts2/spec';
import { BLOCKS } from './blocks';
import { YEARS } from './years';
import { PERIODS } from './periods';
import { FORMATS } from './formats';
import { COLUMNS } from './columns';

export const FIXTURES: Fixture[] = [...BLOCKS, ...YEARS, ...PERIODS, ...FORMATS, ...COLUMNS];
