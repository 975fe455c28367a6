/**
 * The jest test sequencer of `npm run mutate` (stryker.config.json), never of `npm test`. Stryker tests a
 * mutant by running the tests that covered it, selected by name; jest would still load every test file of the
 * suite to find those names, several seconds per mutant here. With a mutant active, this sequencer keeps only
 * the test files whose tests covered it in the dry run (recorded by scoped-coverage-environment.cjs); a mutant
 * it knows nothing of runs every file, as without it. Leaving files out can only let a mutant survive, never
 * kill one that the selected tests would not.
 */
const Sequencer = require('@jest/test-sequencer').default;
const { filesCovering } = require('./covering-files.cjs');

const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';

class CoveringSequencer extends Sequencer {
  sort(tests) {
    const mutant = process.env[ACTIVE_MUTANT];
    const files = mutant === undefined ? null : filesCovering(mutant);
    if (files === null) return super.sort(tests);
    const keep = new Set(files);
    return super.sort(tests.filter((t) => keep.has(t.path)));
  }
}

module.exports = CoveringSequencer;
