/** Every fixture of the fourth layout corpus, in the order of the README. */
import { Fixture } from '../layouts2/spec';
import { SYSTEMS } from './systems';
import { TEXT } from './text';
import { SHEETS } from './sheets';
import { ODD } from './odd';
import { MERGED } from './merged';

export const FIXTURES: Fixture[] = [...SYSTEMS, ...TEXT, ...SHEETS, ...ODD, ...MERGED];
