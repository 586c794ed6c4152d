import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isListening } from '@reference/connection';
import { workspaceRoot } from '@reference/temporal-server';
import { waitFor } from '@reference/testing/wait';
import { getRandomPort } from 'get-port-please';
import { BackgroundProcess } from './processes';

const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');
const { TEMPORAL_ADDRESS: _ignored, ...withoutAddress } = process.env;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pnpm-dev-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Ctrl-C in a terminal signals the whole foreground process group: `pnpm dev` here leads a group of its own.
test('Ctrl-C on `pnpm dev` drains the worker, then stops the server, and exits 0', async () => {
  const port = await getRandomPort('127.0.0.1');
  const state = path.join(dir, 'state');
  const env = {
    ...withoutAddress,
    TEMPORAL_DEV_SERVER_PORT: `${port}`,
    TEMPORAL_DEV_SERVER_DB: path.join(state, 'dev-server.sqlite'),
  };
  const dev = spawn('pnpm', ['dev'], { cwd: workspaceRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [dev.stdout, dev.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(dev, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  try {
    await waitFor(() => /Worker polling task queue my-task-queue/.test(output), 'the worker polls', {
      timeoutMs: 120_000,
    });

    // An activity in flight when Ctrl-C comes: ten records at two a second.
    const feed = path.join(dir, 'feed.jsonl');
    const records = Array.from(
      { length: 10 },
      (_, i) => `{"sku":"SKU-${i}","name":"Thing ${i}","stock":1,"unitPriceCents":1}`,
    );
    writeFileSync(feed, `${records.join('\n')}\n`);
    writeFileSync(`${feed}.ready`, '');
    const store = path.join(dir, 'store.jsonl');
    const starterEnv = { ...withoutAddress, TEMPORAL_ADDRESS: `localhost:${port}` };
    const importing = new BackgroundProcess(
      'node',
      [starterMain, 'import-catalog', feed, '--store', store, '--writes-per-second', '2'],
      { env: starterEnv },
    );
    await importing.waitForLine(/^importing: [1-3] lines read/);

    process.kill(-dev.pid!, 'SIGINT');
    const [code] = await exited;
    await importing.stop();
    expect(output).toMatch(/Worker stopping \(SIGINT\)/);
    // Drained: the import in flight wrote every record before the worker stopped; no call met a stopped server.
    expect(readFileSync(store, 'utf8').trim().split('\n')).toHaveLength(10);
    expect(output).not.toMatch(/tcp connect error|ELIFECYCLE|Graceful shutdown timed out/);
    expect(code).toBe(0);
    await expect(isListening('127.0.0.1', port)).resolves.toBe(false);
    // The server's database holds every history: its folder is this user's only, and so is each of its files.
    expect(statSync(state).mode & 0o777).toBe(0o700);
    const files = readdirSync(state);
    expect(files).toContain('dev-server.sqlite');
    for (const file of files) expect([file, statSync(path.join(state, file)).mode & 0o777]).toEqual([file, 0o600]);
  } finally {
    if (dev.exitCode === null) process.kill(-dev.pid!, 'SIGKILL');
  }
}, 180_000);
