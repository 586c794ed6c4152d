import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { log } from '@temporalio/activity';
import { privateStateDir } from '@reference/local-state';
import type { ReportLine } from './types';

/** The lines already in the report file (none when it does not exist yet). */
async function linesIn(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return '';
    throw err;
  });
  return text.split('\n');
}

/**
 * Appends one JSON line to REPORTS_FILE (default: reports.jsonl in the private state folder, not a fixed name in the
 * shared temporary directory, where anyone could plant a link or read it); returns the file. A retry whose earlier
 * attempt wrote the line but never reported back (the worker died, the answer was lost) writes nothing: the workflow
 * gives every attempt the same line, its run's id and time in it.
 */
export async function appendReportLine(line: ReportLine): Promise<string> {
  const file = process.env.REPORTS_FILE ?? path.join(privateStateDir(), 'reports.jsonl');
  const text = JSON.stringify(line);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  if ((await linesIn(file)).includes(text)) {
    log.info('Report line already written', { file });
    return file;
  }
  await appendFile(file, `${text}\n`, { mode: 0o600 });
  log.info('Report line written', { file });
  return file;
}
