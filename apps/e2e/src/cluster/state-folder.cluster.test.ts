import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { stateDir } from '@reference/cluster';

// What `pnpm cluster up` keeps (the CA's key, the database's password, workflow data in the logs) is its user's only.
const entries = readdirSync(stateDir, { recursive: true, encoding: 'utf8' }).map((name) => path.join(stateDir, name));
const mode = (file: string) => lstatSync(file).mode & 0o777;

test('the state folder lists nothing to others (as root, user postgres may only pass through it)', () => {
  const expected = process.getuid?.() === 0 ? 0o711 : 0o700;
  expect(mode(stateDir).toString(8)).toBe(expected.toString(8));
});

test('no folder or file in it can be read by anyone else', () => {
  const readable = entries
    .filter((entry) => lstatSync(entry).isDirectory() || lstatSync(entry).isFile())
    .filter((entry) => (mode(entry) & 0o077) !== 0)
    .map((entry) => `${path.relative(stateDir, entry)} ${mode(entry).toString(8)}`);
  expect(entries.length).toBeGreaterThan(10);
  expect(readable).toEqual([]);
});
