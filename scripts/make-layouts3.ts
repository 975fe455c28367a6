/**
 * Writes the third layout corpus: shapes neither test/fixtures/layouts nor layouts2 has, in
 * test/fixtures/layouts3/<name>.xlsx, each with <name>.expected.json (format: scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts3.ts [name…]        (npm run layouts3)
 *
 * The same checks as the second corpus, by the second corpus's code: the expectation is computed from each
 * fixture's source data (BigInt öre) and again from the written cells (scripts/layouts2/verify.ts); each workbook
 * is built twice and must give the same bytes; the scorer must accept a perfect answer and reject a spoiled one.
 */
import path from 'path';
import { FIXTURES } from './layouts3';
import { verifyBuilt3 } from './layouts3/verify3';
import { readme } from './layouts3/readme';
import { runCorpus } from './write-corpus';

export const LAYOUTS3_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts3');

if (require.main === module) runCorpus({ dir: LAYOUTS3_DIR, fixtures: FIXTURES, verify: verifyBuilt3, readme });
