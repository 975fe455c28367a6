/** Every layout fixture, family by family (one file each). */
import { Fixture } from './names';
import { LEDGER } from './ledger';
import { PIVOT } from './pivot';
import { STATEMENT } from './statement';
import { INTERIM } from './interim';
import { GOAL_AREA } from './goalarea';
import { MONTHS } from './months';
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
  ...MONTHS,
  ...ENGLISH,
  ...MISSING,
  ...JOIN,
  ...FEES,
  ...GOALS,
  ...ODD,
];
