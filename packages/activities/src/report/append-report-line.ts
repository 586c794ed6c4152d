import { appendFileSync, closeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { log } from '@temporalio/activity';
import { openPrivateFile, privateStateDir } from '@reference/local-state';
import type { ReportLine } from './types';

/** The lines already in the report file. */
async function linesIn(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8')).split('\n');
}

/**
 * Appends one JSON line to REPORTS_FILE (default: reports.jsonl in the private state folder, not a fixed name in the
 * shared temporary directory, where anyone could plant a link or read it), 0600 and never through a link; returns
 * the file. A retry whose earlier attempt wrote the line but never reported back (the worker died, the answer was
 * lost) writes nothing: the workflow gives every attempt the same line, its run's id and time in it.
 */
export async function appendReportLine(line: ReportLine): Promise<string> {
  const file = process.env.REPORTS_FILE ?? path.join(privateStateDir(), 'reports.jsonl');
  const text = JSON.stringify(line);
  const fd = openPrivateFile(file);
  try {
    if ((await linesIn(file)).includes(text)) {
      log.info('Report line already written', { file });
      return file;
    }
    appendFileSync(fd, `${text}\n`);
  } finally {
    closeSync(fd);
  }
  log.info('Report line written', { file });
  return file;
}
