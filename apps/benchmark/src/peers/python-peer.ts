import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectBinDir } from '@reference/temporal-server';

const run = promisify(execFile);

/** The quick start's greeting as a Python worker: python-peer/ in this package (tsc leaves it in place, found from dist/peers). */
export const PYTHON_PEER_DIR = path.join(__dirname, '../../python-peer');
const requirements = path.join(PYTHON_PEER_DIR, 'requirements.txt');
// In the git-ignored .temporal/ folder, beside the project's Temporal binaries.
const venv = path.join(path.dirname(projectBinDir), 'python-peer-venv');
const venvPython = path.join(venv, 'bin', 'python');

/** The venv's Python and its temporalio version, or why the Python peer is skipped. */
export type PythonPeer = { python: string; temporalio: string } | { skipped: string };

/** The temporalio version installed in the venv, or undefined when there is no venv or no temporalio in it. */
async function installedTemporalio(): Promise<string | undefined> {
  const script = "import importlib.metadata as m; print(m.version('temporalio'))";
  try {
    return (await run(venvPython, ['-c', script])).stdout.trim();
  } catch {
    return undefined;
  }
}

function why(err: unknown): string {
  const stderr = (err as { stderr?: string }).stderr?.trim();
  return stderr ? (stderr.split('\n').at(-1) ?? stderr) : err instanceof Error ? err.message : String(err);
}

/**
 * A venv with temporalio as pinned in requirements.txt: created (pip from PyPI) on first use, reused while the
 * installed version matches the pin. Without python3, or when pip fails, says why instead.
 */
export async function preparePythonPeer(): Promise<PythonPeer> {
  const pinned = /^temporalio==(\S+)$/m.exec(readFileSync(requirements, 'utf8'))?.[1];
  if (!pinned) throw new Error(`${requirements} pins no temporalio version`);
  if ((await installedTemporalio()) === pinned) return { python: venvPython, temporalio: pinned };
  try {
    await run('python3', ['-m', 'venv', venv]);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return { skipped: missing ? 'python3 is not on PATH' : `python3 -m venv failed: ${why(err)}` };
  }
  try {
    const pip = ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirements];
    await run(venvPython, pip, { timeout: 300_000 });
  } catch (err) {
    return { skipped: `pip could not install temporalio==${pinned}: ${why(err)}` };
  }
  return { python: venvPython, temporalio: pinned };
}
