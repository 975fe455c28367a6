/**
 * Writes the twelfth layout corpus: a budget on one sheet and the ledger on another, in shapes the earlier corpora
 * do not hold (an account with its name in one cell, Debet and Kredit as text, balance accounts and another year
 * among the transactions, a huvudbok in blocks, a saldobalans, ranges of accounts, reversed signs, tkr against
 * kronor, ansvar with leading zeros, an English ledger), in test/fixtures/layouts12/<name>.xlsx, each with
 * <name>.expected.json (format: scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts12.ts [name…]        (npm run layouts12)
 *
 * The same checks as the earlier corpora: the expectation is computed from each fixture's source data (BigInt
 * öre) and again from the written cells (scripts/layouts12/kit.ts's verify12: each row's key and amount read back
 * the way the fixture says, and every other row of the two tables shown to be one it leaves out on purpose); each
 * workbook is built twice and must give the same bytes; the scorer must accept a perfect answer and reject a
 * spoiled one.
 */
import path from 'path';
import { FIXTURES } from './layouts12';
import { verify12 } from './layouts12/kit';
import { readme } from './layouts12/readme';
import { runCorpus } from './write-corpus';

export const LAYOUTS12_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts12');

if (require.main === module) runCorpus({ dir: LAYOUTS12_DIR, fixtures: FIXTURES, verify: verify12, readme });
