import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { privateDir, privateStateDir } from '.';

// A fresh stand-in for the system's temporary directory per test.
let tmp: string;
let expected: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'local-state-'));
  expected = path.join(tmp, `temporal-reference-${process.getuid!()}`);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

test('created in the temporary directory, per user, readable by its owner only', () => {
  expect(privateStateDir(tmp)).toBe(expected);
  expect(statSync(expected).mode & 0o777).toBe(0o700);
  expect(privateStateDir(tmp)).toBe(expected);
});

test('one that others may read is refused, in one line', () => {
  mkdirSync(expected);
  chmodSync(expected, 0o755);
  expect(() => privateStateDir(tmp)).toThrow(
    `${expected} is not private (owner uid ${process.getuid!()}, mode 755): remove it, or set APPROVALS_DB and LEDGER_DIR`,
  );
});

test('a link planted in its place is refused', () => {
  const elsewhere = mkdtempSync(path.join(tmp, 'elsewhere-'));
  chmodSync(elsewhere, 0o700);
  symlinkSync(elsewhere, expected);
  expect(() => privateStateDir(tmp)).toThrow('is not private (not a folder)');
});

// Handing a folder to another user takes root; CI runs as root.
(process.getuid!() === 0 ? test : test.skip)('one owned by another user is refused', () => {
  mkdirSync(expected, { mode: 0o700 });
  chownSync(expected, 65534, 65534);
  expect(() => privateStateDir(tmp)).toThrow(`${expected} is not private (owner uid 65534, mode 700)`);
});

test('a folder of the project that others may read is made private when asked, not refused', () => {
  const dir = path.join(tmp, 'project', 'state');
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chmodSync(dir, 0o755);
  expect(privateDir(dir, { tighten: true })).toBe(dir);
  expect(statSync(dir).mode & 0o777).toBe(0o700);
});
