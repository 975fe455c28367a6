/**
 * Writes the tenth layout corpus: fee lists, invoices and financial goals in shapes the product was not tuned
 * on, in test/fixtures/layouts10/<name>.xlsx, each with <name>.expected.json (format: scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts10.ts [name…]        (npm run layouts10)
 *
 * The same checks as the earlier corpora: the expectation is computed from each fixture's source data (BigInt
 * öre) and again from the written cells (scripts/layouts10/kit.ts's verify10: the second corpus's verifier, then
 * the invoices and goal verdicts this corpus adds); each workbook is built twice and must give the same bytes; the
 * scorer must accept a perfect answer and reject a spoiled one.
 */
import path from 'path';
import { FIXTURES } from './layouts10';
import { verify10 } from './layouts10/kit';
import { readme } from './layouts10/readme';
import { runCorpus } from './write-corpus';

export const LAYOUTS10_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts10');

if (require.main === module) runCorpus({ dir: LAYOUTS10_DIR, fixtures: FIXTURES, verify: verify10, readme });
