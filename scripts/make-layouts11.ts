/**
 * Writes the eleventh layout corpus: budget-against-outcome tables as the economists of kommunalförbund,
 * regionförbund and samordningsförbund keep them (blocks named in merged cells, two budget years, tertials beside
 * the year, Summa ack beside months, brackets by number format, units in number formats, text from PDFs …) in
 * test/fixtures/layouts11/<name>.xlsx, each with <name>.expected.json (format: scripts/layouts/expected.ts).
 *
 *   node --import tsx scripts/make-layouts11.ts [name…]        (npm run layouts11)
 *
 * The same checks as the earlier corpora: the expectation is computed from each fixture's source data (BigInt
 * öre) and again from the written cells (the eighth corpus's verifier); each workbook is built twice and must give
 * the same bytes; the scorer must accept a perfect answer and reject a spoiled one.
 */
import path from 'path';
import { FIXTURES } from './layouts11';
import { verify8 } from './layouts8/verify8';
import { readme } from './layouts11/readme';
import { runCorpus } from './write-corpus';

export const LAYOUTS11_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'layouts11');

if (require.main === module) runCorpus({ dir: LAYOUTS11_DIR, fixtures: FIXTURES, verify: verify8, readme });
