/** Every fixture of the third layout corpus, in the order of the README. */
import { Fixture } from '../layouts2/spec';
import { LEDGER } from './ledger';
import { PERIODS } from './periods';
import { STATEMENT } from './statement';
import { EXCEL } from './excel';
import { OTHER } from './other';
import { FEES } from './fees';
import { MORE } from './more';
import { TYPED } from './typed';

export const FIXTURES: Fixture[] = [...LEDGER, ...PERIODS, ...STATEMENT, ...EXCEL, ...OTHER, ...FEES, ...MORE, ...TYPED];
