import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { useServerForProcesses } from '../worker-process';
import { badInputCases, type BadInputCase } from './bad-input-cases';

const starterManifest = require.resolve('@reference/starter/package.json');
const { bin } = JSON.parse(readFileSync(starterManifest, 'utf8')) as { bin: { starter: string } };
const starter = path.join(path.dirname(starterManifest), bin.starter);
// Files the connection cases point at: a TOML file that does not parse.
const files = mkdtempSync(path.join(tmpdir(), 'bad-input-'));
const badToml = path.join(files, 'bad.toml');
writeFileSync(badToml, 'api_key = [[[ "not toml"\n');

// No worker polls this server: anything the starter wrongly started would stay open and be counted.
const setup = useServerForProcesses();
const outcomes = new Map<string, { code: number | null; stdout: string; stderr: string }>();

async function runStarter({ args, env }: BadInputCase, address: string) {
  const baseEnv = { ...process.env, TEMPORAL_ADDRESS: address, TEMPORAL_NAMESPACE: 'default' };
  try {
    const options = { env: { ...baseEnv, ...env?.({ badToml }) }, timeout: 30_000 };
    const { stdout, stderr } = await promisify(execFile)('node', [starter, ...args], options);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const { code, stdout, stderr } = err as { code: number | null; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

beforeAll(async () => {
  const queue = [...badInputCases];
  const runNext = async (): Promise<void> => {
    const next = queue.shift();
    if (!next) return;
    outcomes.set(next.name, await runStarter(next, setup.server.address));
    await runNext();
  };
  await Promise.all(Array.from({ length: 4 }, runNext));
}, 240_000);

test('the matrix has at least 25 cases', () => {
  expect(badInputCases.length).toBeGreaterThanOrEqual(25);
});

test.each(badInputCases)('$name: one line, non-zero exit', ({ name, expected }) => {
  const outcome = outcomes.get(name);
  expect(outcome?.code).not.toBe(0);
  expect(outcome?.code).not.toBeNull();
  expect(outcome?.stdout).toBe('');
  expect(outcome?.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^error: /)]);
  expect(outcome?.stderr).toMatch(expected);
});

test('no case started a workflow', async () => {
  const { count } = await setup.server.client.workflow.count();
  expect(count).toBe(0);
});
