import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import which from 'which';
import { ClusterError } from './cluster-error';
import { binaryCacheDir, SERVER_VERSION } from './layout';
import { isAlive } from './pid-files';
import { sleep } from './wait-for';

export interface ServerBinaries {
  server: string;
  sql: string;
}

const PACKAGES = ['go.temporal.io/server/cmd/server', 'go.temporal.io/server/cmd/tools/sql'];
const PROGRESS_EVERY_MS = 15_000;

/** Where the binaries of SERVER_VERSION are, built or not. */
export const serverBinaries: ServerBinaries = {
  server: path.join(binaryCacheDir, 'server'),
  sql: path.join(binaryCacheDir, 'sql'),
};

/** The cached `server` and `sql` binaries of SERVER_VERSION, built first when this user has none. */
export async function ensureServerBinaries(): Promise<ServerBinaries> {
  const binaries = serverBinaries;
  while (!(existsSync(binaries.server) && existsSync(binaries.sql))) {
    const lock = takeBuildLock();
    if (lock) {
      try {
        await build();
      } finally {
        lock.release();
      }
    } else {
      await sleep(2_000);
    }
  }
  return binaries;
}

/** One build per user at a time: the lock file names the building process, so a dead one's lock is taken over. */
function takeBuildLock(): { release: () => void } | undefined {
  const file = `${binaryCacheDir}.lock`;
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return { release: () => rmSync(file, { force: true }) };
  } catch {
    const holder = Number(readFileSync(file, 'utf8'));
    if (holder && isAlive(holder)) {
      console.log(`waiting for the Temporal Server build of process ${holder}`);
    } else {
      rmSync(file, { force: true });
    }
    return undefined;
  }
}

/** `go install` of both commands into a side folder, moved into the cache once both are built. */
async function build(): Promise<void> {
  const go = which.sync('go', { nothrow: true });
  if (!go) throw new ClusterError(`building Temporal Server ${SERVER_VERSION} needs Go 1.26.8 or later on PATH`);
  const partial = `${binaryCacheDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  console.log(
    `building Temporal Server ${SERVER_VERSION} and its SQL tool from the Go module (once per user, a few minutes; ` +
      `kept in ${binaryCacheDir})`,
  );
  const startedAt = Date.now();
  const child = spawn(go, ['install', '-v', ...PACKAGES.map((pkg) => `${pkg}@v${SERVER_VERSION}`)], {
    env: { ...process.env, GOBIN: partial, GOTOOLCHAIN: 'local', CGO_ENABLED: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let downloaded = 0;
  let compiled = 0;
  const lastLines: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (line.startsWith('go: downloading')) downloaded += 1;
    else compiled += 1;
    lastLines.push(line);
    if (lastLines.length > 5) lastLines.shift();
  });
  const progress = setInterval(() => {
    console.log(`  ${elapsed(startedAt)}: ${downloaded} modules downloaded, ${compiled} packages compiled`);
  }, PROGRESS_EVERY_MS);
  const [code] = (await once(child, 'close')) as [number | null];
  clearInterval(progress);
  if (code !== 0) throw new ClusterError(`go install failed: ${lastLines.at(-1) ?? `exit code ${code}`}`);
  mkdirSync(binaryCacheDir, { recursive: true });
  for (const name of ['sql', 'server']) renameSync(path.join(partial, name), path.join(binaryCacheDir, name));
  rmSync(partial, { recursive: true, force: true });
  console.log(`built Temporal Server ${SERVER_VERSION} in ${elapsed(startedAt)}`);
}

function elapsed(since: number): string {
  const seconds = Math.round((Date.now() - since) / 1000);
  return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}
