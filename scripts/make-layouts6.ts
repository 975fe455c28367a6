/**
 * Writes the sixth layout corpus: member fees and financial goals as finance officers keep them, in
 * test/fixtures/layouts6/<name>.xlsx, each with <name>.expected.json (format: scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts6.ts [name…]        (npm run layouts6)
 *
 * The same checks as the second corpus, by the second corpus's code: the expectation is computed from each
 * fixture's source data (BigInt öre) and again from the written cells (scripts/layouts2/verify.ts); each workbook
 * is built twice and must give the same bytes; the scorer must accept a perfect answer and reject a spoiled one.
 */
import path from 'path';
import { FIXTURES } from './layouts6';
import { verifyBuilt } from './layouts2/verify';
import { readme } from './layouts6/readme';
import { runCorpus } from './write-corpus';

export const LAYOUTS6_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts6');

if (require.main === module) runCorpus({ dir: LAYOUTS6_DIR, fixtures: FIXTURES, verify: verifyBuilt, readme });
