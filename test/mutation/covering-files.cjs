/**
 * Which test files cover which mutant, as the dry run of `npm run mutate` found it: written by the scoped
 * coverage environment, read by the test sequencer, in the Stryker sandbox.
 */
const { readFileSync, writeFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

/** In the folder the tests run in: Stryker's sandbox (the modules themselves may be loaded from elsewhere). */
const file = () => join(process.cwd(), '.stryker-covering-files.json');

/** mutant id → test file paths, built up over the dry run in this process. */
const covering = new Map();

/** Note that the tests of `testPath` ran these mutants, and save the whole map (small: ids and paths). */
function record(testPath, mutantIds) {
  for (const id of mutantIds) {
    const files = covering.get(id) ?? new Set();
    files.add(testPath);
    covering.set(id, files);
  }
  writeFileSync(file(), JSON.stringify(Object.fromEntries([...covering].map(([id, files]) => [id, [...files]]))));
}

let loaded = null;

/** The test files that cover a mutant, or null when the dry run did not say (then every file runs). */
function filesCovering(mutantId) {
  if (loaded === null) loaded = existsSync(file()) ? JSON.parse(readFileSync(file(), 'utf8')) : {};
  return loaded[mutantId] ?? null;
}

module.exports = { record, filesCovering };
