/**
 * The command line as a process whose reader stops early (`avstamning … --json - | head`): it must end quietly,
 * with its exit code, not with Node's EPIPE stack trace. Run through tsx, as the source is.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { tempDir, writeXlsx } from '../helpers/xlsx';

const ROOT = join(__dirname, '..', '..');

test('a reader that closes standard output early ends the run quietly', async () => {
  // 5 000 lines: some 3 MB of JSON, more than a pipe holds and more than the first chunk written.
  const file = join(tempDir(), 'konton.xlsx');
  const rows = Array.from({ length: 5000 }, (_, i) => [`${4000 + i} Konto ${i}`, 1000 + i, 990 + i]);
  await writeXlsx(file, { Drift: [['Konto', 'Budget', 'Utfall'], ...rows] });
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), file, '--json', '-'], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let first = '';
  const code = await new Promise<number | null>((resolve) => {
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString();
      // What `head` does once it has its lines: the pipe's read end closes while the JSON is still coming.
      child.stdout.destroy();
    });
    child.on('close', (c) => resolve(c));
  });
  expect(first.startsWith('{')).toBe(true);
  expect(stderr).not.toMatch(/EPIPE|Error:|at .*\.js/);
  expect(code).toBe(0);
}, 60_000);
