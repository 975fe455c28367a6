/**
 * A test of scale (a million rows, more lines than a sheet holds) rather than of a rule. Mutation testing
 * (`npm run mutate`; Stryker sets STRYKER_MUTATOR_WORKER in its test processes) skips these: each would run
 * again for every one of the thousands of mutants on the reading path, and the rules they pass through are
 * tested on small inputs in test/rules/.
 */
export const sizeTest: typeof test = process.env.STRYKER_MUTATOR_WORKER === undefined ? test : test.skip;
