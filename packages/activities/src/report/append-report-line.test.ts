import { mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { privateStateDir } from '@reference/local-state';
import { appendReportLine } from './append-report-line';

test('by default the report file is in the private state folder, readable by its owner only', async () => {
  delete process.env.REPORTS_FILE;
  const line = { title: 'Daily', workflowId: `report-${Date.now()}`, reportedAt: '2026-12-01T00:00:00.000Z' };
  const file: string = await new MockActivityEnvironment().run(appendReportLine, line);
  expect(file).toBe(path.join(privateStateDir(), 'reports.jsonl'));
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readFileSync(file, 'utf8').trim().split('\n').at(-1)).toBe(JSON.stringify(line));
});

test('a retried attempt, whose first answer was lost after the write, leaves one line for the run', async () => {
  process.env.REPORTS_FILE = path.join(mkdtempSync(path.join(tmpdir(), 'reports-')), 'reports.jsonl');
  const line = { title: 'weekly', workflowId: 'report-1', reportedAt: '2026-12-01T00:00:00.000Z' };
  await new MockActivityEnvironment({ attempt: 1 }).run(appendReportLine, line);
  await new MockActivityEnvironment({ attempt: 2 }).run(appendReportLine, line);
  await new MockActivityEnvironment().run(appendReportLine, { ...line, workflowId: 'report-2' });
  const lines = readFileSync(process.env.REPORTS_FILE, 'utf8').trim().split('\n');
  expect(lines.map((l) => (JSON.parse(l) as { workflowId: string }).workflowId)).toEqual(['report-1', 'report-2']);
});

test('a link planted where the report goes is refused, and what it points at is left alone', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reports-'));
  const target = path.join(dir, 'elsewhere');
  writeFileSync(target, '');
  process.env.REPORTS_FILE = path.join(dir, 'reports.jsonl');
  symlinkSync(target, process.env.REPORTS_FILE);
  const line = { title: 'weekly', workflowId: 'report-1', reportedAt: '2026-12-01T00:00:00.000Z' };
  await expect(new MockActivityEnvironment().run(appendReportLine, line)).rejects.toThrow('is a link');
  expect(readFileSync(target, 'utf8')).toBe('');
});
