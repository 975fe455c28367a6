/** Every fixture of the fifth layout corpus, in the order of the README. */
import { Fixture } from '../layouts2/spec';
import { SYSTEMS } from './systems';
import { PERIODS } from './periods';
import { STATEMENTS } from './statements';
import { ODD } from './odd';
import { JOIN } from './join';

export const FIXTURES: Fixture[] = [...SYSTEMS, ...PERIODS, ...STATEMENTS, ...ODD, ...JOIN];
