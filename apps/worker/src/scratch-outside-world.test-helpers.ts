import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Points the activities' outside world (the ledger, the reports file, the approvals inbox) at a folder of this test
 * file's own, so what they write stays apart from other runs and a test can read it back.
 */
export function useScratchOutsideWorld(): void {
  const scratch = mkdtempSync(path.join(tmpdir(), 'outside-world-'));
  Object.assign(process.env, {
    LEDGER_DIR: path.join(scratch, 'ledger'),
    REPORTS_FILE: path.join(scratch, 'reports.jsonl'),
    APPROVALS_DB: path.join(scratch, 'approvals.sqlite'),
  });
}
