import { open, stat } from 'node:fs/promises';
import { ApplicationFailure } from '@temporalio/activity';
import type { BatchSource } from '@reference/models';
import { BATCH_SOURCE_CHANGED, BATCH_SOURCE_MISSING } from '@reference/models/wire';

/** Where each page starts in one version of a source (byte offsets), and how many records it holds. */
interface SourceIndex {
  records: number;
  sizeBytes: number;
  pageStarts: number[];
}

const NEWLINE = 0x0a;
const CHUNK_BYTES = 1 << 20;
/** Indexes kept per process: a few sources at once, each a few numbers per page. */
const KEPT_INDEXES = 8;
const indexes = new Map<string, Promise<SourceIndex>>();

async function statSource(sourcePath: string): Promise<BatchSource & { records: 0 }> {
  try {
    const { size, mtimeMs } = await stat(sourcePath);
    return { records: 0, sizeBytes: size, modifiedMs: Math.round(mtimeMs) };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    throw ApplicationFailure.nonRetryable(`no batch source at ${sourcePath}`, BATCH_SOURCE_MISSING);
  }
}

/** One pass over the file, a chunk at a time: records are lines (a last line without a newline counts). */
async function scan(sourcePath: string, pageSize: number): Promise<SourceIndex> {
  const file = await open(sourcePath);
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    const pageStarts = [0];
    let records = 0;
    let position = 0;
    let lastByte = NEWLINE;
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, CHUNK_BYTES, position);
      if (bytesRead === 0) break;
      const read = chunk.subarray(0, bytesRead);
      for (let at = read.indexOf(NEWLINE); at !== -1; at = read.indexOf(NEWLINE, at + 1)) {
        records += 1;
        if (records % pageSize === 0) pageStarts.push(position + at + 1);
      }
      lastByte = read[bytesRead - 1]!;
      position += bytesRead;
    }
    if (lastByte !== NEWLINE) records += 1;
    return { records, sizeBytes: position, pageStarts: pageStarts.slice(0, Math.ceil(records / pageSize)) };
  } finally {
    await file.close();
  }
}

/** The index of the source as it is now, built once per version and page size and shared by its pages. */
function indexOf(sourcePath: string, version: BatchSource, pageSize: number): Promise<SourceIndex> {
  const key = [sourcePath, version.sizeBytes, version.modifiedMs, pageSize].join('\0');
  let index = indexes.get(key);
  if (!index) {
    index = scan(sourcePath, pageSize);
    index.catch(() => indexes.delete(key));
    indexes.set(key, index);
    if (indexes.size > KEPT_INDEXES) indexes.delete(indexes.keys().next().value!);
  }
  return index;
}

/** How many records the source holds, with its size and modification time (so pages can tell it has not changed). */
export async function describeSource(sourcePath: string): Promise<BatchSource> {
  const version = await statSource(sourcePath);
  const { records } = await indexOf(sourcePath, version, Number.MAX_SAFE_INTEGER);
  return { ...version, records };
}

/** The lines of page `page` (from 0), as counted in `source`; a source that has changed since is refused. */
export async function readPage(
  sourcePath: string,
  source: BatchSource,
  page: number,
  pageSize: number,
): Promise<string[]> {
  const now = await statSource(sourcePath);
  if (now.sizeBytes !== source.sizeBytes || now.modifiedMs !== source.modifiedMs) {
    throw ApplicationFailure.nonRetryable(
      `the batch source ${sourcePath} has changed since the batch counted it`,
      BATCH_SOURCE_CHANGED,
    );
  }
  const { pageStarts, sizeBytes } = await indexOf(sourcePath, source, pageSize);
  const start = pageStarts[page];
  if (start === undefined) return [];
  const end = pageStarts[page + 1] ?? sizeBytes;
  const file = await open(sourcePath);
  try {
    const bytes = Buffer.alloc(end - start);
    await file.read(bytes, 0, bytes.length, start);
    const lines = bytes.toString('utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  } finally {
    await file.close();
  }
}
