import path from 'node:path';
import { BackgroundProcess, run } from './processes';

const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');

/** What a starter command printed, as lines, and its exit code. */
export interface StarterOutput {
  code: number | null;
  stdout: string[];
  stderr: string[];
}

const lines = (text: string) => (text.trimEnd() === '' ? [] : text.trimEnd().split('\n'));

/** Runs the built starter as a user does, in `env`, to its end. */
export async function runStarter(env: NodeJS.ProcessEnv, ...args: string[]): Promise<StarterOutput> {
  const { code, stdout, stderr } = await run('node', [starterMain, ...args], { env });
  return { code, stdout: lines(stdout), stderr: lines(stderr) };
}

/** A starter command left running (one that waits), whose lines a test can wait for. */
export function startStarter(env: NodeJS.ProcessEnv, ...args: string[]): BackgroundProcess {
  return new BackgroundProcess('node', [starterMain, ...args], { env });
}
