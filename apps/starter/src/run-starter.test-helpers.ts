import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const starter = path.join(__dirname, '../dist/main.js');
// Nothing listens on port 1: a stand-in for a server that is down.
export const unreachable = { ...process.env, TEMPORAL_ADDRESS: '127.0.0.1:1' };

/** Runs the built starter (against an unreachable server unless `env` says otherwise) and collects its output. */
export async function runStarter(
  args: string[],
  env: NodeJS.ProcessEnv = unreachable,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [starter, ...args], { env, timeout: 20_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const { code, stdout, stderr } = err as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** The starter refuses `args` with one line on stderr containing `message` and a non-zero exit, before it connects. */
export async function expectRefusedBeforeConnecting(
  args: string[],
  message: string,
  env: NodeJS.ProcessEnv = unreachable,
): Promise<void> {
  const { code, stdout, stderr } = await runStarter(args, env);
  expect(code).not.toBe(0);
  expect(stdout).toBe('');
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(message);
  expect(lines[0]).not.toContain('cannot reach the Temporal server');
}
