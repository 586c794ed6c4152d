import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ClusterError } from './cluster-error';

const execFileAsync = promisify(execFile);

/**
 * Runs a set-up command to its end and returns what it printed; a failure is a ClusterError naming the command and
 * the last line it wrote (the tools here put the reason last).
 */
export async function runCommand(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; what?: string } = {},
): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, {
      env: { ...process.env, ...options.env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch (err) {
    const { stderr, stdout, message } = err as { stderr?: string; stdout?: string; message: string };
    const output = [stderr, stdout, message].find((text) => text !== undefined && text.trim() !== '') ?? 'no output';
    const lastLine = output.trim().split('\n').at(-1)!.trim();
    throw new ClusterError(`${options.what ?? `${command} ${args.join(' ')}`} failed: ${lastLine}`);
  }
}
