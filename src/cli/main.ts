#!/usr/bin/env node
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Lang, formatMessage } from '../core/messages';
import { reconcile } from '../reconcile';
import { XlsxWorkbook } from '../xlsx/workbook';
import { openXlsxFile, saveXlsxFile } from '../xlsx/files';
import { parseArgs } from './args';
import { summaryText } from './summary';
import { invoicesCsv } from '../core/fees';

const VERSION = '0.1.0';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = { stdout: (t) => process.stdout.write(`${t}\n`), stderr: (t) => process.stderr.write(`${t}\n`) };

function defaultLang(): Lang {
  return process.env.AVSTAMNING_LANG === 'en' ? 'en' : 'sv';
}

/** Run the command line; returns the exit code (0 ran, 1 input unusable, 2 usage error). */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseArgs(argv, defaultLang());
  if (parsed.kind === 'version') {
    io.stdout(VERSION);
    return 0;
  }
  if (parsed.kind === 'help') {
    io.stdout(formatMessage('cli.usage', parsed.lang));
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    if (parsed.key !== 'cli.usage') io.stderr(formatMessage(parsed.key, parsed.lang, parsed.params));
    io.stderr(formatMessage('cli.usage', parsed.lang));
    return 2;
  }
  const { options } = parsed;
  const { lang } = options;
  const input = resolve(options.input);
  if (!existsSync(input)) {
    io.stderr(formatMessage('cli.fileNotFound', lang, { file: options.input }));
    return 1;
  }
  if (options.out && resolve(options.out) === input) {
    io.stderr(formatMessage('cli.sameAsInput', lang));
    return 2;
  }
  let workbook: XlsxWorkbook;
  try {
    workbook = await openXlsxFile(input);
  } catch (e) {
    io.stderr(formatMessage('cli.notXlsx', lang, { file: options.input, reason: e instanceof Error ? e.message : String(e) }));
    return 1;
  }
  // Flags given on the command line win over the workbook's settings sheet.
  const thresholds = { ...(options.amountThreshold && { amountKr: options.amountThreshold }), ...(options.percentThreshold && { percent: options.percentThreshold }) };
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const result = await reconcile(workbook, { lang, thresholds, conventions: options.conventions, today });
  const jsonToStdout = options.json === '-';
  const report = jsonToStdout ? io.stderr : io.stdout;
  // Nothing read: no budget table, no members table, no goal or statement. A workbook about fees or goals is
  // told what was missing there, not that it has no budget table.
  const feesRead = result.fees !== null && result.fees.members !== null;
  const goalsRead = result.goals !== null && (result.goals.goals.length > 0 || result.goals.statements.some((s) => s.kind !== 'other'));
  if (result.analysis.tables.length === 0 && !feesRead && !goalsRead) {
    io.stderr(formatMessage(result.goals || result.fees ? 'workbook.noFeesOrGoals' : 'workbook.noTable', lang));
    for (const e of result.analysis.errors) io.stderr(`  ${e.sheet}!${e.cell}  ${formatMessage(e.key, lang, e.params)}`);
    if (jsonToStdout) io.stdout(JSON.stringify(result.json, null, 2));
    return 1;
  }
  report(summaryText(result, lang));
  // Built now, while the output sheets compress on other threads.
  const jsonText = options.json ? JSON.stringify(result.json, null, 2) : '';
  if (options.out) {
    const out = resolve(options.out);
    mkdirSync(dirname(out), { recursive: true });
    await saveXlsxFile(workbook, out);
    report(formatMessage('cli.wrote', lang, { file: options.out }));
  }
  if (options.invoicesCsv) {
    if (result.fees?.invoices.length) {
      mkdirSync(dirname(resolve(options.invoicesCsv)), { recursive: true });
      // A byte-order mark so that Excel and finance systems read the Swedish letters as UTF-8.
      writeFileSync(options.invoicesCsv, `\uFEFF${invoicesCsv(result.fees, lang)}`);
      report(formatMessage('cli.wrote', lang, { file: options.invoicesCsv }));
    } else report(formatMessage('cli.noInvoices', lang));
  }
  if (options.json) {
    if (jsonToStdout) io.stdout(jsonText);
    else {
      mkdirSync(dirname(resolve(options.json)), { recursive: true });
      writeFileSync(options.json, `${jsonText}\n`);
      report(formatMessage('cli.wrote', lang, { file: options.json }));
    }
  }
  return 0;
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // No stack traces for users; the message says what went wrong.
      process.stderr.write(`avstamning: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
