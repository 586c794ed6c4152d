import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveTemporalCli, resolveTestServer } from './executables';
import { projectBinDir } from './project-paths';

function fakeExecutable(dir: string, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
  return file;
}

const dir = mkdtempSync(path.join(tmpdir(), 'temporal-bin-'));
const onPath = fakeExecutable(dir, 'temporal');
const explicit = fakeExecutable(dir, 'my-temporal');

test('an explicit TEMPORAL_CLI_PATH wins over PATH', () => {
  expect(resolveTemporalCli({ TEMPORAL_CLI_PATH: explicit, PATH: dir })).toEqual({
    executable: { type: 'existing-path', path: explicit },
    source: 'environment',
  });
});

test('an explicit path that is not executable is an error, not a silent fallback', () => {
  expect(() => resolveTemporalCli({ TEMPORAL_CLI_PATH: path.join(dir, 'missing') })).toThrow(
    /TEMPORAL_CLI_PATH=.* is not an executable/,
  );
});

test('`temporal` on PATH comes next', () => {
  expect(resolveTemporalCli({ PATH: dir })).toEqual({
    executable: { type: 'existing-path', path: onPath },
    source: 'PATH',
  });
});

test.each([
  ['temporal', 'TEMPORAL_CLI_PATH', resolveTemporalCli],
  ['temporal-test-server', 'TEMPORAL_TEST_SERVER_PATH', resolveTestServer],
])('without PATH, %s comes from the project-local install', (name, _, resolve) => {
  const local = path.join(projectBinDir, name);
  expect(resolve({ PATH: '' })).toEqual({ executable: { type: 'existing-path', path: local }, source: 'project' });
});

test.each([
  ['temporal', 'TEMPORAL_CLI_PATH', resolveTemporalCli],
  ['temporal-test-server', 'TEMPORAL_TEST_SERVER_PATH', resolveTestServer],
])('without it installed, %s is one line naming the install command, never a download', (name, envVar, resolve) => {
  const notInstalled = mkdtempSync(path.join(tmpdir(), 'temporal-no-bin-'));
  expect(() => resolve({ PATH: '' }, notInstalled)).toThrow(
    new Error(`${name} is not installed: run \`pnpm run temporal:install\` (or set ${envVar})`),
  );
});
