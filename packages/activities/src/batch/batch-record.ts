import { BatchRecord, describeIssues } from '@reference/models';

/** One source line as a record, or why it is not one: a line is parsed and checked against BatchRecord. */
export function parseBatchLine(text: string): { record: BatchRecord } | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { reason: text.trim() === '' ? 'a blank line' : 'not JSON' };
  }
  const parsed = BatchRecord.safeParse(value);
  return parsed.success ? { record: parsed.data } : { reason: describeIssues(parsed.error) };
}
