import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const main = path.join(__dirname, '..', 'dist', 'main.js');

async function cluster(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [main, ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const { code, stdout, stderr } = err as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

// What the cluster does is tested on a running one (`pnpm test:cluster`); here, only that the command cannot be misread.
test('an unknown command is refused with a suggestion and a non-zero exit', async () => {
  const { code, stdout, stderr } = await cluster('stauts');
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr.trimEnd().split('\n')).toEqual(["error: unknown command 'stauts'", '(Did you mean status?)']);
});

test('an unknown option of down is refused', async () => {
  const { code, stderr } = await cluster('down', '--wipe-all');
  expect(code).toBe(1);
  expect(stderr).toMatch(/^error: unknown option '--wipe-all'/);
});
