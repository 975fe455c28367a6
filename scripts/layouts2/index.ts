/** Every fixture of the second layout corpus, in the order of the README. */
import { Fixture } from './spec';
import { LEDGER } from './ledger';
import { PIVOT } from './pivot';
import { STATEMENT } from './statement';
import { INTERIM } from './interim';
import { GOAL_AREA } from './goalarea';
import { MONTHS_FAMILY } from './months';
import { ENGLISH } from './english';
import { MISSING } from './missing';
import { JOIN } from './join';
import { FEES } from './fees';
import { GOALS } from './goals';
import { ODD } from './odd';

export const FIXTURES: Fixture[] = [
  ...LEDGER,
  ...PIVOT,
  ...STATEMENT,
  ...INTERIM,
  ...GOAL_AREA,
  ...MONTHS_FAMILY,
  ...ENGLISH,
  ...MISSING,
  ...JOIN,
  ...FEES,
  ...GOALS,
  ...ODD,
];
