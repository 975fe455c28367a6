/**
 * Writes the eighth layout corpus: workbooks where the honest answer is to refuse some or all figures, or where a
 * naive reader would invent one, in test/fixtures/layouts8/<name>.xlsx, each with <name>.expected.json (format:
 * scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts8.ts [name…]        (npm run layouts8)
 *
 * The same checks as the earlier corpora: the expectation is computed from each fixture's source data (BigInt
 * öre) and again from the written cells (scripts/layouts8/verify8.ts, the second corpus's verifier once the cells
 * the expectation refuses to read are set aside); each workbook is built twice and must give the same bytes; the
 * scorer must accept a perfect answer and reject a spoiled one.
 */
import path from 'path';
import { FIXTURES } from './layouts8';
import { verify8 } from './layouts8/verify8';
import { readme } from './layouts8/readme';
import { runCorpus } from './write-corpus';

export const LAYOUTS8_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts8');

if (require.main === module) runCorpus({ dir: LAYOUTS8_DIR, fixtures: FIXTURES, verify: verify8, readme });
