import { chmodSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditFilePath, openAuditTrail } from './audit-trail';

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'audit-trail-'));

test('AUDIT_FILE names the file, else audit.jsonl in the private state folder', () => {
  expect(auditFilePath({ AUDIT_FILE: '/somewhere/audit.jsonl' })).toBe('/somewhere/audit.jsonl');
  expect(path.basename(auditFilePath({}))).toBe('audit.jsonl');
});

test('the file is created 0600 in a 0700 folder, and an existing one is made 0600, its lines kept', () => {
  const fresh = path.join(scratch(), 'state', 'audit.jsonl');
  openAuditTrail(fresh);
  expect(statSync(fresh).mode & 0o777).toBe(0o600);
  expect(statSync(path.dirname(fresh)).mode & 0o777).toBe(0o700);

  const existing = path.join(scratch(), 'audit.jsonl');
  writeFileSync(existing, '{"decision":"approved"}\n');
  chmodSync(existing, 0o644);
  openAuditTrail(existing);
  expect(statSync(existing).mode & 0o777).toBe(0o600);
  expect(readFileSync(existing, 'utf8')).toBe('{"decision":"approved"}\n');
});

test('a link in the file’s place is refused, not written through', () => {
  const dir = scratch();
  const target = path.join(dir, 'elsewhere');
  writeFileSync(target, '');
  symlinkSync(target, path.join(dir, 'audit.jsonl'));
  expect(() => openAuditTrail(path.join(dir, 'audit.jsonl'))).toThrow('is a link');
  expect(readFileSync(target, 'utf8')).toBe('');
});
