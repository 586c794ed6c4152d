import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const src = path.join(__dirname, '..');

export interface RecordedHistory {
  /** Relative to src, such as `catalog/histories/QuoteOrderWorkflow.deadline.json`. */
  file: string;
  workflowType: string;
  history: unknown;
}

/**
 * The recorded histories in folders of that name: each domain's `histories` (written by `record-histories`) or
 * `versioning/step-histories` (written by `record-versioning-histories`).
 */
export function recordedHistories(folder: 'histories' | 'step-histories'): RecordedHistory[] {
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json') && path.basename(path.dirname(file)) === folder)
    .sort()
    .map((file) => ({
      file,
      workflowType: path.basename(file).split('.')[0] ?? file,
      history: JSON.parse(readFileSync(path.join(src, file), 'utf8')) as unknown,
    }));
}
