#!/usr/bin/env node
import { MessageError } from '../core/message-error';
import { Lang, formatMessage } from '../core/messages';
import { invoicesCsv } from '../core/fees';
import { joinBytes } from '../core/render/byte-sink';
import { toJsonChunks, writeJson } from '../core/render/json';
import { localToday, reconcile } from '../reconcile';
import { XlsxWorkbook } from '../xlsx/workbook';
import { FileData, StagedFile, nodeCodec, outputError, readInputFile, stageFile, workbookExtension } from '../xlsx/files';
import { parseArgs } from './args';
import { OutputTarget, planOutputs } from './outputs';
import { mappingsForFlags } from './sheet-flags';
import { readSettings, settingsRows } from '../core/settings';
import { summaryText } from './summary';

const VERSION = '0.1.0';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Bytes to standard output as they are, each chunk lent only until it returns: the JSON of `--json -`,
   * written as it is made. Without it that JSON is handed to `stdout` whole, as one text.
   */
  stdoutBytes?: (chunk: Uint8Array) => void;
  /** Writes an output to a temporary file beside it (renamed into place by `commit`); tests replace it to fail on purpose. */
  stageFile?: (path: string, data: FileData, name: string) => Promise<StagedFile>;
}

/** The line end after the JSON. */
const NEWLINE = new Uint8Array([0x0a]);

const line = (t: string) => (t.endsWith('\n') ? t : `${t}\n`);
const processIo: CliIo = {
  stdout: (t) => process.stdout.write(line(t)),
  stderr: (t) => process.stderr.write(line(t)),
  // A copy of each chunk: the sink writes its next chunk into the same memory, and a write may still be pending.
  stdoutBytes: (chunk) => process.stdout.write(Buffer.from(chunk)),
};

function defaultLang(): Lang {
  return process.env.AVSTAMNING_LANG === 'en' ? 'en' : 'sv';
}

/** Exit codes: 0 ran, 1 the input cannot be used or an output cannot be written, 2 usage error. */
const USAGE = 2;
const FAILED = 1;

/** Run the command line; returns the exit code (0 ran, 1 input unusable or output failed, 2 usage error). */
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
    // No workbook named: the whole help. Anything else: what was wrong, and where the help is.
    io.stderr(formatMessage(parsed.key, parsed.lang, parsed.params));
    if (parsed.key !== 'cli.usage') io.stderr(formatMessage('cli.seeHelp', parsed.lang));
    return USAGE;
  }
  const { options } = parsed;
  const { lang } = options;
  const say = (e: MessageError) => io.stderr(formatMessage(e.key, lang, e.params));

  // The input: a regular file of bounded size, read once; its identity guards every output.
  let workbook: XlsxWorkbook;
  let targets: OutputTarget[];
  try {
    const input = await readInputFile(options.input);
    const requested = [
      ...(options.out ? [{ option: '--out', given: options.out }] : []),
      ...(options.json && options.json !== '-' ? [{ option: '--json', given: options.json }] : []),
      ...(options.invoicesCsv && options.invoicesCsv !== '-' ? [{ option: '--invoices-csv', given: options.invoicesCsv }] : []),
    ];
    try {
      targets = await planOutputs(input, requested);
    } catch (e) {
      if (!(e instanceof MessageError)) throw e;
      say(e);
      return USAGE;
    }
    workbook = await XlsxWorkbook.fromBuffer(input.bytes, nodeCodec, { fileName: options.input });
  } catch (e) {
    if (!(e instanceof MessageError)) throw e;
    say(e);
    return FAILED;
  }

  const extension = options.out ? workbookExtension(options.out) : undefined;
  if (options.out && workbook.hasMacros() && (extension === 'xlsx' || extension === 'xltx')) {
    say(new MessageError('file.macrosToXlsx', { file: options.input, out: options.out }));
    return USAGE;
  }
  // Per-sheet flags name sheets as Excel does, without regard to case; an unknown sheet, column or row is a usage error.
  const sheets = await workbook.readSheets();
  let flagged: ReturnType<typeof mappingsForFlags>;
  try {
    flagged = mappingsForFlags(options, sheets, lang);
  } catch (e) {
    if (!(e instanceof MessageError)) throw e;
    say(e);
    io.stderr(formatMessage('cli.seeHelp', lang));
    return USAGE;
  }
  const { mappings, conventions } = flagged;

  // Flags given on the command line win over the workbook's settings sheet.
  const thresholds = {
    ...(options.amountThreshold && { amountKr: options.amountThreshold }),
    ...(options.percentThreshold && { percent: options.percentThreshold }),
  };
  const today = localToday();
  let result: Awaited<ReturnType<typeof reconcile>>;
  try {
    result = await reconcile(workbook, { lang, thresholds, conventions, mappings, today });
    // What the flags said a sheet holds is kept on the output's settings sheet, so that the ribbon button,
    // the task pane and the next command line run read it (SPEC 1.1); the flag limits are this run's only.
    if (options.out && (mappings.length || Object.keys(conventions).length)) {
      await workbook.writeSettings(settingsRows({ ...result.settings, thresholds: readSettings(sheets).thresholds }, lang), lang);
    }
  } catch (e) {
    // A part the writer must edit that is itself damaged (its styles, say) is said in words too.
    if (!(e instanceof MessageError)) throw e;
    say(e);
    return FAILED;
  }
  const toStdout = options.json === '-' || options.invoicesCsv === '-';
  const report = toStdout ? io.stderr : io.stdout;
  // Nothing read: no budget table, no members table, no goal or statement. A workbook about fees or goals is
  // told what was missing there, not that it has no budget table.
  const feesRead = result.fees !== null && result.fees.members !== null;
  const goalsRead = result.goals !== null && (result.goals.goals.length > 0 || result.goals.statements.some((s) => s.kind !== 'other'));
  if (result.analysis.tables.length === 0 && !feesRead && !goalsRead) {
    io.stderr(formatMessage(result.goals || result.fees ? 'workbook.noFeesOrGoals' : 'workbook.noTable', lang));
    for (const e of result.analysis.errors) io.stderr(`  ${e.sheet}!${e.cell}  ${formatMessage(e.key, lang, e.params)}`);
    if (options.json === '-') io.stdout(JSON.stringify(result.json, null, 2));
    return FAILED;
  }
  report(summaryText(result, lang));

  // Every output is made in full and written to a temporary file first; only when all are written are they
  // renamed into place, so a failure (a full disk, say) leaves every earlier file as it was.
  const invoices = result.fees?.invoices.length ? `\uFEFF${invoicesCsv(result.fees, lang)}` : null;
  const contents = new Map<string, FileData>();
  // The JSON is made as it is written to its file, chunk by chunk in the same megabyte of memory: the bytes
  // JSON.stringify with an indent of 2 gave, with no 60 MB string or array at 100 000 lines to build and hold.
  contents.set('--json', (write) => {
    writeJson(result, lang, write);
    write(NEWLINE);
  });
  if (options.invoicesCsv && invoices) contents.set('--invoices-csv', invoices);
  const stage = io.stageFile ?? stageFile;
  const staged: { target: OutputTarget; file: StagedFile }[] = [];
  let current: OutputTarget | null = null;
  // The JSON first, while the workbook's sheets are still being compressed on other threads; renamed into
  // place in the order given, as before.
  const writingOrder = [...targets].sort((a, b) => Number(b.option === '--json') - Number(a.option === '--json'));
  try {
    for (const target of writingOrder) {
      current = target;
      // A byte-order mark on the CSV so that Excel and finance systems read the Swedish letters as UTF-8.
      const data = target.option === '--out' ? await workbook.toPieces(extension) : contents.get(target.option);
      if (data === undefined) continue;
      staged.push({ target, file: await stage(target.path, data, target.given) });
    }
    staged.sort((a, b) => targets.indexOf(a.target) - targets.indexOf(b.target));
    for (const s of staged) {
      current = s.target;
      await s.file.commit();
      report(formatMessage('cli.wrote', lang, { file: s.target.given }));
    }
  } catch (e) {
    await Promise.all(staged.map((s) => s.file.discard()));
    if (!(e instanceof MessageError) && !(e as NodeJS.ErrnoException)?.code) throw e;
    say(outputError(e, current?.given ?? ''));
    return FAILED;
  }
  if (options.invoicesCsv && !invoices) report(formatMessage('cli.noInvoices', lang));
  else if (options.invoicesCsv === '-' && invoices) io.stdout(invoices);
  if (options.json === '-') {
    // Streamed a megabyte at a time: 100 000 lines are some 60 MB, never held whole as bytes or as text.
    if (io.stdoutBytes) {
      writeJson(result, lang, io.stdoutBytes);
      io.stdoutBytes(NEWLINE);
    } else io.stdout(new TextDecoder().decode(joinBytes([...toJsonChunks(result, lang), NEWLINE])));
  }
  return 0;
}

if (require.main === module) {
  // A reader that stops early (`--json - | head`) closes the pipe. Every output file is written by then (the
  // JSON to standard output comes last), so the run ends quietly, as other command-line tools do, not in a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`avstamning: ${e.message}\n`);
    process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : FAILED);
  });
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // No stack traces for users: the message says what went wrong, in words, and that nothing was changed.
      const lang = defaultLang();
      process.stderr.write(`avstamning: ${formatMessage('cli.unexpected', lang, { detail: e instanceof Error ? e.message : String(e) })}\n`);
      process.exitCode = 1;
    },
  );
}
