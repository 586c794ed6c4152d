import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { loadKeyring, parseKeyring } from './encryption/keyring';

const keyA = Buffer.alloc(32, 1).toString('base64');
const keyB = Buffer.alloc(32, 2).toString('base64');

test('no key configured means encryption off', () => {
  expect(loadKeyring({})).toBeUndefined();
});

test('inline keys, newest first', () => {
  const keyring = loadKeyring({ TEMPORAL_ENCRYPTION_KEYS: `b:${keyB}, a:${keyA}` })!;
  expect(keyring.currentKeyId).toBe('b');
  expect(keyring.keyIds).toEqual(['b', 'a']);
  expect(keyring.key('a')).toEqual(Buffer.alloc(32, 1));
});

test('keys from a file, one a line, with comments', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'keys-')), 'keys');
  writeFileSync(file, `# rotated 2026-11\nb:${keyB}\na:${keyA} # the old one\n`);
  expect(loadKeyring({ TEMPORAL_ENCRYPTION_KEYS_FILE: file })!.keyIds).toEqual(['b', 'a']);
});

test('a printed keyring shows no key material', () => {
  const printed = inspect(parseKeyring(`a:${keyA}`, 'test'), { depth: 5, showHidden: true });
  expect(printed).not.toContain(keyA);
  expect(printed).not.toMatch(/01 01 01/);
  expect(JSON.stringify(parseKeyring(`a:${keyA}`, 'test'))).not.toContain(keyA);
});

test.each([
  [
    `a:${Buffer.alloc(16).toString('base64')}`,
    'TEMPORAL_ENCRYPTION_KEYS: key "a" must be 32 bytes in base64 (it has 16)',
  ],
  [`${keyA}`, 'TEMPORAL_ENCRYPTION_KEYS: entry 1 is not of the form id:base64key'],
  [`a:${keyA},a:${keyB}`, 'TEMPORAL_ENCRYPTION_KEYS: key id "a" appears twice'],
  [' , ', 'TEMPORAL_ENCRYPTION_KEYS: no keys'],
])('bad keys %# are refused with a message that names no key', (value, message) => {
  expect(() => loadKeyring({ TEMPORAL_ENCRYPTION_KEYS: value })).toThrow(message);
  try {
    loadKeyring({ TEMPORAL_ENCRYPTION_KEYS: value });
  } catch (err) {
    expect((err as Error).message).not.toContain(keyA);
  }
});

test('a missing key file is named, with the reason', () => {
  expect(() => loadKeyring({ TEMPORAL_ENCRYPTION_KEYS_FILE: '/nonexistent/keys' })).toThrow(
    'TEMPORAL_ENCRYPTION_KEYS_FILE: cannot read /nonexistent/keys (ENOENT)',
  );
});
