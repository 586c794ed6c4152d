import { chmodSync, closeSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPrivateFile } from '.';

let tmp: string;
beforeEach(() => (tmp = mkdtempSync(path.join(tmpdir(), 'private-file-'))));
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

test('created 0600, in a folder created 0700', () => {
  const file = path.join(tmp, 'state', 'store.jsonl');
  closeSync(openPrivateFile(file));
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
});

test('one written before with a wider mode is made 0600, its lines kept', () => {
  const file = path.join(tmp, 'store.jsonl');
  writeFileSync(file, 'kept\n');
  chmodSync(file, 0o644);
  const fd = openPrivateFile(file);
  writeFileSync(fd, 'added\n');
  closeSync(fd);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readFileSync(file, 'utf8')).toBe('kept\nadded\n');
});

test('a link in its place is refused in one line, and what it points at is left alone', () => {
  const target = path.join(tmp, 'elsewhere');
  writeFileSync(target, 'theirs\n');
  chmodSync(target, 0o644);
  const file = path.join(tmp, 'reports.jsonl');
  symlinkSync(target, file);
  expect(() => openPrivateFile(file)).toThrow(`${file} is a link: remove it (the project writes through none)`);
  expect(readFileSync(target, 'utf8')).toBe('theirs\n');
  expect(statSync(target).mode & 0o777).toBe(0o644);
});
