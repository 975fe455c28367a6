import { constants as fsConstants, writeSync } from 'node:fs';
import { chmod, mkdir, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { constants, crc32, createInflateRaw, deflateRaw } from 'node:zlib';
import { promisify } from 'node:util';
import { MessageError } from '../core/message-error';
import { Codec, chunksOf } from './codec';
import { WorkbookExtension, formatBytes } from './package';
import { MAX_FILE_BYTES, XlsxWorkbook } from './workbook';

const deflate = promisify(deflateRaw);

/** Inflated pieces (256 KiB each) that may wait to be read: inflating runs ahead of reading by at most 2 MiB. */
const INFLATE_AHEAD = 8;

/**
 * Node's zlib: native, and at deflate's fastest level (a 100 000-row sheet in a tenth of the time, for a file
 * about a fifth larger; Excel compresses again when the user saves). Inflating streams in 256 KiB pieces.
 * Deflating gets room for its whole output at once, so that a part is compressed in one job on libuv's thread
 * pool, all of it while the main thread goes on (the next sheet, the JSON); with zlib's default 16 KiB of
 * output it would stop every 16 KiB and wait for the main thread to hand it the next piece.
 */
export const nodeCodec: Codec = {
  inflate: (data, sink) =>
    new Promise<void>((resolve, reject) => {
      const z = createInflateRaw({ chunkSize: 1 << 18 });
      // Each piece is read on the main thread while zlib inflates the next on the thread pool: the piece waits
      // in `queue` until the event loop comes round, and inflating pauses while INFLATE_AHEAD pieces wait.
      const queue: Buffer[] = [];
      let scheduled = false;
      let ended = false;
      let failed = false;
      const fail = (e: unknown) => {
        if (failed) return;
        failed = true;
        queue.length = 0;
        z.destroy();
        reject(e);
      };
      const drain = () => {
        scheduled = false;
        if (failed) return;
        try {
          for (let piece = queue.shift(); piece !== undefined; piece = queue.shift()) sink(piece);
        } catch (e) {
          return fail(e);
        }
        if (ended) resolve();
        else if (z.isPaused()) z.resume();
      };
      const schedule = () => {
        if (!scheduled) {
          scheduled = true;
          setImmediate(drain);
        }
      };
      z.on('data', (chunk: Buffer) => {
        if (failed) return;
        queue.push(chunk);
        if (queue.length >= INFLATE_AHEAD) z.pause();
        schedule();
      });
      z.on('error', fail);
      z.on('end', () => {
        ended = true;
        schedule();
      });
      z.end(data);
    }),
  deflate: (data) => {
    const chunks = chunksOf(data);
    const input = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    // More than deflate's worst case (stored blocks: 5 bytes per 16 KiB), so one piece of output holds it all.
    return deflate(input, { level: constants.Z_BEST_SPEED, chunkSize: Math.max(1024, input.length + (input.length >> 10) + 1024) });
  },
  crc32: (data, previous) => crc32(data, previous),
  deflatePiece: (data, final) =>
    deflate(data, {
      level: constants.Z_BEST_SPEED,
      finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      chunkSize: Math.max(1024, data.length + (data.length >> 10) + 1024),
    }),
};

/** A file read as input, with its identity (device and inode), so no output can be the same file. */
export interface InputFile {
  bytes: Uint8Array;
  dev: number;
  ino: number;
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? '';
}

/**
 * Read a workbook file: only a regular file, at most `maxBytes`, opened without blocking (a named pipe or a
 * device never ends or never starts; both are refused before a byte is read). Problems are MessageErrors.
 */
export async function readInputFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<InputFile> {
  const file = path;
  let handle;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new MessageError('file.isDirectory', { file });
    if (!st.isFile()) throw new MessageError('file.notRegular', { file });
    if (st.size > maxBytes) throw new MessageError('file.tooLarge', { file, size: formatBytes(st.size), limit: formatBytes(maxBytes) });
    handle = await open(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    // What was opened is what was checked (not a pipe swapped in since).
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== st.ino || opened.dev !== st.dev) throw new MessageError('file.notRegular', { file });
    const size = Math.min(opened.size, maxBytes + 1);
    const bytes = new Uint8Array(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await handle.read(bytes, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    if (at > maxBytes) throw new MessageError('file.tooLarge', { file, size: formatBytes(at), limit: formatBytes(maxBytes) });
    return { bytes: bytes.subarray(0, at), dev: opened.dev, ino: opened.ino };
  } catch (e) {
    if (e instanceof MessageError) throw e;
    const c = code(e);
    if (c === 'ENOENT' || c === 'ENOTDIR') throw new MessageError('cli.fileNotFound', { file });
    if (c === 'EACCES' || c === 'EPERM') throw new MessageError('file.noPermission', { file });
    if (c === 'EISDIR') throw new MessageError('file.isDirectory', { file });
    throw e;
  } finally {
    await handle?.close();
  }
}

/** What an output is for, in messages: the option that named it. */
export interface OutputName {
  /** The name as the user gave it. */
  given: string;
}

/** A failure while writing an output, in words: disk full, no permission, a folder, no folder. */
export function outputError(e: unknown, file: string): MessageError {
  if (e instanceof MessageError) return e;
  const c = code(e);
  if (c === 'ENOSPC' || c === 'EDQUOT' || c === 'EFBIG') return new MessageError('cli.outputNoSpace', { file });
  if (c === 'EACCES' || c === 'EPERM' || c === 'EROFS') return new MessageError('cli.outputNoPermission', { file });
  if (c === 'EISDIR') return new MessageError('cli.outputIsDirectory', { file });
  if (c === 'ENOENT' || c === 'ENOTDIR' || c === 'EEXIST') return new MessageError('cli.outputNoFolder', { file });
  return new MessageError('cli.outputFailed', { file, code: c || (e instanceof Error ? e.name : 'unknown') });
}

/** A file written to a temporary name beside its target, waiting to be renamed into place. */
export interface StagedFile {
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** Bytes made as they are written: the producer lends them to `write` chunk by chunk, each valid until `write` returns. */
export type FileProducer = (write: (chunk: Uint8Array) => void) => void;

/** What a file is written from: text (as UTF-8), bytes, bytes in pieces one after the other, or their producer (the JSON). */
export type FileData = Uint8Array | string | readonly Uint8Array[] | FileProducer;

/** A whole chunk written at the file's position, however many writes it takes. */
function writeAllSync(fd: number, chunk: Uint8Array): void {
  for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at, chunk.length - at);
}

/**
 * Write `data` to a new temporary file in the target's folder (created when missing), flushed to disk.
 * `commit` renames it over the target in one step, so the target is either the old file or the whole new
 * one, never a part; `discard` removes it. A target that exists keeps its permissions.
 */
export async function stageFile(target: string, data: FileData, name = target): Promise<StagedFile> {
  const folder = dirname(target);
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let written = false;
  try {
    await mkdir(folder, { recursive: true });
    const mode = await stat(target).then(
      (st) => st.mode & 0o7777,
      () => null,
    );
    const handle = await open(temporary, 'wx');
    written = true;
    try {
      // Pieces are written as they are, never joined into one copy of the whole; a producer's as it makes them.
      if (typeof data === 'string') await handle.writeFile(data);
      else if (typeof data === 'function') data((chunk) => writeAllSync(handle.fd, chunk));
      else for (const chunk of chunksOf(data)) await handle.writeFile(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (mode !== null) await chmod(temporary, mode);
  } catch (e) {
    if (written) await unlink(temporary).catch(() => {});
    throw outputError(e, name);
  }
  return {
    async commit() {
      try {
        await rename(temporary, target);
      } catch (e) {
        await unlink(temporary).catch(() => {});
        throw outputError(e, name);
      }
    },
    discard: () => unlink(temporary).catch(() => {}),
  };
}

/** Write a file by a temporary file and a rename. */
export async function writeFileAtomically(target: string, data: FileData): Promise<void> {
  await (await stageFile(target, data)).commit();
}

/** The workbook kind an output file name asks for (by its extension), if it is one. */
export function workbookExtension(path: string): WorkbookExtension | undefined {
  const ext = extname(path).slice(1).toLowerCase();
  return ext === 'xlsx' || ext === 'xlsm' || ext === 'xltx' || ext === 'xltm' ? ext : undefined;
}

/** Open an .xlsx file (Node only: the command line, tests and the bench). */
export async function openXlsxFile(path: string): Promise<XlsxWorkbook> {
  const input = await readInputFile(path);
  return XlsxWorkbook.fromBuffer(input.bytes, nodeCodec, { fileName: path });
}

/** Write the workbook, with Avstämning's sheets, to a file (by a temporary file and a rename). */
export async function saveXlsxFile(workbook: XlsxWorkbook, path: string): Promise<void> {
  await writeFileAtomically(path, await workbook.toPieces(workbookExtension(path)));
}

/** The real path of `path` when it exists; else its nearest existing folder's real path with the rest appended. */
export async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return join(await realTarget(parent), basename(path));
  }
}
