/**
 * Writes the bad-input corpus (issue 6): small, byte-deterministic .xlsx workbooks in test/fixtures/bad/,
 * each spoiling one thing in a realistic workbook (cut down from samples/sormland-2017.xlsx), and
 * test/fixtures/bad/expectations.json saying what each must yield. The cases are in scripts/bad-corpus/.
 *
 *   node --import tsx scripts/make-bad-corpus.ts        (npm run corpus)
 *
 * The million-row case is not a file: test/robustness/corpus.test.ts builds it in memory.
 */
import path from 'path';
import { writeCorpus } from './bad-corpus';

const OUT = path.resolve(__dirname, '..', 'test', 'fixtures', 'bad');

writeCorpus(OUT)
  .then((files) => console.log(`Wrote ${files.length - 1} workbooks and expectations.json to ${path.relative(process.cwd(), OUT) || '.'}`))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  });
