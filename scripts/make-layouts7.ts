/**
 * Writes the seventh layout corpus: budget-against-outcome shapes none of test/fixtures/layouts … layouts6 has,
 * in test/fixtures/layouts7/<name>.xlsx, each with <name>.expected.json (format: scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts7.ts [name…]        (npm run layouts7)
 *
 * The same checks as the earlier corpora: the expectation is computed from each fixture's source data (BigInt
 * öre) and again from the written cells (scripts/layouts7/verify7.ts: the second corpus's verifier after cells kept
 * by a rule of their sheet are read by it); each workbook is built twice and must give the same bytes; the scorer
 * must accept a perfect answer and reject a spoiled one.
 */
import path from 'path';
import { FIXTURES } from './layouts7';
import { verify7 } from './layouts7/verify7';
import { readme } from './layouts7/readme';
import { runCorpus } from './write-corpus';

export const LAYOUTS7_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts7');

if (require.main === module) runCorpus({ dir: LAYOUTS7_DIR, fixtures: FIXTURES, verify: verify7, readme });
