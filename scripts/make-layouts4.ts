/**
 * Writes the fourth layout corpus: shapes none of test/fixtures/layouts, layouts2 and layouts3 has, in
 * test/fixtures/layouts4/<name>.xlsx, each with <name>.expected.json (format: scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts4.ts [name…]        (npm run layouts4)
 *
 * The same checks as the second corpus, by the second corpus's code: the expectation is computed from each
 * fixture's source data (BigInt öre) and again from the written cells (scripts/layouts2/verify.ts); each workbook
 * is built twice and must give the same bytes; the scorer must accept a perfect answer and reject a spoiled one.
 */
import path from 'path';
import { FIXTURES } from './layouts4';
import { verifyBuilt } from './layouts2/verify';
import { readme } from './layouts4/readme';
import { runCorpus } from './write-corpus';

export const LAYOUTS4_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts4');

if (require.main === module) runCorpus({ dir: LAYOUTS4_DIR, fixtures: FIXTURES, verify: verifyBuilt, readme });
