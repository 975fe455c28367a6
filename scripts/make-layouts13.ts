/**
 * Writes the thirteenth layout corpus: member fees and financial goals in shapes layouts6 and layouts10 do not
 * hold, in test/fixtures/layouts13/<name>.xlsx, each with <name>.expected.json (format: scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts13.ts [name…]        (npm run layouts13)
 *
 * The same checks as the tenth corpus (its verify10: the second corpus's verifier, then the goal year): the
 * expectation is computed from each fixture's source data (BigInt öre) and again from the written cells; each
 * workbook is built twice and must give the same bytes; the scorer must accept a perfect answer and reject a
 * spoiled one.
 */
import path from 'path';
import { FIXTURES } from './layouts13';
import { verify10 } from './layouts10/kit';
import { readme } from './layouts13/readme';
import { runCorpus } from './write-corpus';

export const LAYOUTS13_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts13');

if (require.main === module) runCorpus({ dir: LAYOUTS13_DIR, fixtures: FIXTURES, verify: verify10, readme });
