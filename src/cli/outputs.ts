import { lstat, readlink, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { MessageError } from '../core/message-error';
import { realTarget } from '../xlsx/files';

/** An output file of a run: the option that named it, the name as given, and where it will really be written. */
export interface OutputTarget {
  option: string;
  given: string;
  /** The real path (links followed), which the temporary file is renamed onto. */
  path: string;
}

/** Where an output is to go; `-` (standard output) is handled before and never comes here. */
export interface RequestedOutput {
  option: string;
  given: string;
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? '';
}

/** A path through a dangling link is the link's target, so the write goes where the link points. */
async function followDangling(path: string): Promise<string> {
  for (let hops = 0; hops < 16; hops++) {
    const st = await lstat(path).catch(() => null);
    if (!st?.isSymbolicLink()) return path;
    path = resolve(dirname(path), await readlink(path));
  }
  return path;
}

/**
 * Check every output against the input and against each other, and find where each will really be written.
 * The input is sacred: an output is refused when it is the input file however it is reached (the same path,
 * a symbolic link, a hard link, another letter case on a case-insensitive file system: the device and inode
 * tell), and two outputs are refused when they are one file (the same identity, or the same real path, or
 * names in one folder that differ only in letter case, which are one file where the file system ignores case).
 * Problems are MessageErrors (usage errors: exit 2).
 */
export async function planOutputs(input: { dev: number; ino: number }, requested: readonly RequestedOutput[]): Promise<OutputTarget[]> {
  const planned: (OutputTarget & { id: string | null })[] = [];
  for (const r of requested) {
    const absolute = await followDangling(resolve(r.given));
    let id: string | null = null;
    try {
      const st = await stat(absolute);
      if (st.dev === input.dev && st.ino === input.ino) throw new MessageError('cli.sameAsInput', { option: r.option, file: r.given });
      if (st.isDirectory()) throw new MessageError('cli.outputIsDirectory', { file: r.given });
      if (!st.isFile()) throw new MessageError('cli.outputNotFile', { file: r.given });
      id = `${st.dev}:${st.ino}`;
    } catch (e) {
      if (e instanceof MessageError) throw e;
      if (code(e) === 'ENOTDIR') throw new MessageError('cli.outputNoFolder', { file: r.given });
      if (code(e) !== 'ENOENT') throw e;
    }
    const path = await realTarget(absolute);
    for (const other of planned) {
      const same =
        (id !== null && id === other.id) ||
        path === other.path ||
        (dirname(path) === dirname(other.path) && basename(path).toLowerCase() === basename(other.path).toLowerCase());
      if (same) throw new MessageError('cli.sameOutput', { first: `${other.option} ${other.given}`, second: `${r.option} ${r.given}` });
    }
    planned.push({ ...r, path, id });
  }
  return planned.map(({ option, given, path }) => ({ option, given, path }));
}
