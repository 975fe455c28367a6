/**
 * Writes the fifth layout corpus: shapes none of test/fixtures/layouts … layouts4 has, in
 * test/fixtures/layouts5/<name>.xlsx, each with <name>.expected.json (format: scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts5.ts [name…]        (npm run layouts5)
 *
 * The same checks as the earlier corpora: the expectation is computed from each fixture's source data (BigInt
 * öre) and again from the written cells (scripts/layouts5/verify5.ts, the second corpus's verifier after the
 * cells this corpus writes in other forms are read back by parsers of its own); each workbook is built twice and
 * must give the same bytes; the scorer must accept a perfect answer and reject a spoiled one.
 */
import path from 'path';
import { FIXTURES } from './layouts5';
import { verify5 } from './layouts5/verify5';
import { readme } from './layouts5/readme';
import { runCorpus } from './write-corpus';

export const LAYOUTS5_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts5');

if (require.main === module) runCorpus({ dir: LAYOUTS5_DIR, fixtures: FIXTURES, verify: verify5, readme });
