/** Running measurements in child processes: each with its own memory, a time limit, and its failure kept apart. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The project's folder: the one holding package.json, above this file as tsx runs it or as bench/out/js holds it compiled. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}

export const ROOT = projectRoot(__dirname);
export const OUT = join(ROOT, 'bench/out');

const MARK = '@@BENCH-RESULT ';

/** What a step gives: its numbers, or why it has none. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface CommandRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Run a command to its end (or its time limit), timing it by the wall clock. */
export function runCommand(
  command: string,
  args: readonly string[],
  timeoutMs: number,
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandRun> {
  return new Promise((done) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      done({ code, signal, seconds: Number(process.hrtime.bigint() - start) / 1e9, stdout, stderr, timedOut });
    };
    child.on('error', (e) => {
      stderr += String(e);
      finish(null, null);
    });
    child.on('close', finish);
  });
}

/** Why a command failed, in one line. */
export function failure(run: CommandRun, timeoutMs: number): string {
  if (run.timedOut) return `timed out after ${Math.round(timeoutMs / 1000)} s`;
  const lines = (run.stderr.trim() || run.stdout.trim())
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // The first line that names an error says most (a stack's last lines are node's version banner).
  const named = lines.find((l) => /error\b|error:|exception/i.test(l) && !/^at /.test(l));
  const tail = lines.filter((l) => !/^at |^Node\.js v|^[{}]$/.test(l)).slice(-2);
  const text = [...new Set([named, ...tail].filter(Boolean))].join(' | ').slice(0, 500);
  return `exit ${run.code ?? run.signal}: ${text}`;
}

/** The children compiled by `tsc -p bench/tsconfig.json` (compileChildren), run by plain node. */
const COMPILED_CHILD = join(ROOT, 'bench/out/js/bench/child.js');
let compiled = false;

/**
 * Compile the children once, so that they run as the product does, compiled: under tsx a child would also hold
 * tsx and its transpiled sources (some 35 MB of every peak measured) and time its loader. On a compile error the
 * children run under tsx, and the error is returned so the report can say so.
 */
export async function compileChildren(): Promise<string | null> {
  const run = await runCommand(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'bench/tsconfig.json'], 300_000);
  compiled = run.code === 0;
  return compiled ? null : `tsc -p bench/tsconfig.json failed: ${failure(run, 300_000)}`;
}

/**
 * Run `bench/child.ts <task> …args` in a fresh node (--expose-gc, a large heap), compiled where compileChildren
 * succeeded, and return what it printed after the result mark.
 */
export async function runChild<T>(task: string, args: readonly (string | number)[], timeoutMs: number, heapMB = 8192): Promise<Outcome<T>> {
  const child = compiled ? [COMPILED_CHILD] : ['--import', 'tsx', join(ROOT, 'bench/child.ts')];
  const run = await runCommand(process.execPath, ['--expose-gc', `--max-old-space-size=${heapMB}`, ...child, task, ...args.map(String)], timeoutMs);
  const line = run.stdout.split('\n').find((l) => l.startsWith(MARK));
  if (run.code === 0 && line) return { ok: true, value: JSON.parse(line.slice(MARK.length)) as T };
  return { ok: false, error: failure(run, timeoutMs) };
}

/** In the child: hand the result to the parent. */
export function report(value: unknown): void {
  process.stdout.write(`${MARK}${JSON.stringify(value)}\n`);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function seconds<T>(f: () => T): { seconds: number; value: T } {
  const start = process.hrtime.bigint();
  const value = f();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, value };
}

export async function secondsAsync<T>(f: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await f();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, value };
}

/** A full collection, when node runs with --expose-gc. */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export const MB = 1024 * 1024;
