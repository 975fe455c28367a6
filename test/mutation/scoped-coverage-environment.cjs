/**
 * The jest environment `npm run mutate` runs the tests in (stryker.config.json), never `npm test`.
 *
 * Stryker's "perTest" coverage notes which test runs each mutant, so that a mutant is tested with those tests
 * only. Code that runs while no test is running (a describe body, a beforeAll or afterAll hook, the top of a
 * test file) counts as "static", and a static mutant is tested with every test of every related file: with
 * our tests, which compute a workbook once per describe block, 88 % of the mutants were static and a run would
 * have taken days. Here such code is credited to the tests it serves instead: what runs while a describe
 * block is defined or in its beforeAll/afterAll hooks, to the tests of that block; what runs at the top of the
 * file (imports included), to every test of the file. That is also what happens in a mutant run: jest loads
 * the file and runs the block's hooks for any of its tests that is selected.
 *
 * Only the dry run is touched (no active mutant): Stryker's own environment, which wraps this one, sets the
 * current test while a test runs, and reads the coverage once jest has finished. At the end of each file the
 * mutants its tests covered are recorded for the test sequencer (covering-sequencer.cjs).
 */
const { TestEnvironment } = require('jest-environment-node');
const { record } = require('./covering-files.cjs');

const NAMESPACE = '__stryker__';
const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';

/** The names of the describe blocks from the file's root down to `block` (the root block has none). */
function namesOf(block) {
  const names = [];
  for (let b = block; b && b.parent; b = b.parent) names.unshift(b.name);
  return names;
}

/** A test's name as Stryker's jest environment writes it: its blocks and its own name, joined by spaces. */
function fullName(test) {
  return `${namesOf(test.parent).join(' ')} ${test.name}`.trimStart();
}

class ScopedCoverageEnvironment extends TestEnvironment {
  #file;
  #testPath;
  /** Describe blocks being defined, outermost first. */
  #defining = [];
  /** Each test that ran, with the scopes whose coverage it is credited with. */
  #ran = [];

  constructor(config, context) {
    super(config, context);
    this.#testPath = context.testPath;
    this.#file = `\u0000scope ${context.testPath}`;
  }

  #scope(names) {
    return names.length ? `${this.#file} > ${names.join(' > ')}` : this.#file;
  }

  handleTestEvent(event) {
    const ns = this.global[NAMESPACE];
    if (!ns || process.env[ACTIVE_MUTANT] !== undefined) return;
    switch (event.name) {
      case 'setup':
        ns.currentTestId = this.#file;
        break;
      case 'start_describe_definition':
        this.#defining.push(event.blockName);
        ns.currentTestId = this.#scope(this.#defining);
        break;
      case 'finish_describe_definition':
        this.#defining.pop();
        ns.currentTestId = this.#scope(this.#defining);
        break;
      case 'run_start':
        ns.currentTestId = undefined;
        break;
      case 'hook_start':
        if (event.hook.type === 'beforeAll' || event.hook.type === 'afterAll') ns.currentTestId = this.#scope(namesOf(event.hook.parent));
        break;
      case 'hook_success':
      case 'hook_failure':
        if (event.hook.type === 'beforeAll' || event.hook.type === 'afterAll') ns.currentTestId = undefined;
        break;
      case 'test_start': {
        const names = namesOf(event.test.parent);
        const scopes = names.map((_, i) => this.#scope(names.slice(0, i + 1)));
        this.#ran.push({ name: fullName(event.test), scopes: [this.#file, ...scopes] });
        break;
      }
      case 'run_finish':
        this.#credit(ns);
        break;
      default:
        break;
    }
  }

  /** Add each scope's coverage to the tests in it, then drop the scopes: Stryker knows only real tests. */
  #credit(ns) {
    const perTest = ns.mutantCoverage && ns.mutantCoverage.perTest;
    if (!perTest) return;
    for (const { name, scopes } of this.#ran) {
      const own = (perTest[name] = perTest[name] || {});
      for (const scope of scopes) {
        for (const [mutant, hits] of Object.entries(perTest[scope] || {})) own[mutant] = (own[mutant] || 0) + hits;
      }
    }
    for (const key of Object.keys(perTest)) if (key.startsWith(this.#file)) delete perTest[key];
    ns.currentTestId = undefined;
    const mutants = new Set();
    for (const { name } of this.#ran) for (const mutant of Object.keys(perTest[name])) mutants.add(mutant);
    record(this.#testPath, mutants);
  }
}

module.exports = ScopedCoverageEnvironment;
