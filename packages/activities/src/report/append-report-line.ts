import { appendFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { log } from '@temporalio/activity';
import type { ReportLine } from './types';

/** Appends one JSON line to REPORTS_FILE (default: reference-reports.jsonl in the temp dir); returns the file. */
export async function appendReportLine(line: ReportLine): Promise<string> {
  const file = process.env.REPORTS_FILE ?? path.join(tmpdir(), 'reference-reports.jsonl');
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, `${JSON.stringify(line)}\n`);
  log.info('Report line written', { file });
  return file;
}
