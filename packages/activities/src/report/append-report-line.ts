import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { log } from '@temporalio/activity';
import { privateStateDir } from '@reference/local-state';
import type { ReportLine } from './types';

/**
 * Appends one JSON line to REPORTS_FILE (default: reports.jsonl in the private state folder, not a fixed name in the
 * shared temporary directory, where anyone could plant a link or read it); returns the file.
 */
export async function appendReportLine(line: ReportLine): Promise<string> {
  const file = process.env.REPORTS_FILE ?? path.join(privateStateDir(), 'reports.jsonl');
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await appendFile(file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
  log.info('Report line written', { file });
  return file;
}
