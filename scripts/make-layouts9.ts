/**
 * Writes the ninth layout corpus: shapes the reader was not built on (abbreviated headers, commitments beside the
 * outcome, amounts in euro, headers in two languages, totals labelled Σ, cross-tabs of account × cost centre …)
 * in test/fixtures/layouts9/<name>.xlsx, each with <name>.expected.json (format: scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts9.ts [name…]        (npm run layouts9)
 *
 * The same checks as the earlier corpora: the expectation is computed from each fixture's source data (BigInt
 * öre) and again from the written cells (the eighth corpus's verifier, which reads cells the expectation refuses
 * as no value); each workbook is built twice and must give the same bytes; the scorer must accept a perfect
 * answer and reject a spoiled one.
 */
import path from 'path';
import { FIXTURES } from './layouts9';
import { verify8 } from './layouts8/verify8';
import { readme } from './layouts9/readme';
import { runCorpus } from './write-corpus';

export const LAYOUTS9_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts9');

if (require.main === module) runCorpus({ dir: LAYOUTS9_DIR, fixtures: FIXTURES, verify: verify8, readme });
