import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One call of the ledger activity, as it logs it in LEDGER_DIR/calls.jsonl. */
export interface LedgerCall {
  idempotencyKey: string;
  attempt: number;
  applied: boolean;
}

/** A fresh LEDGER_DIR and what the ledger activity has recorded in it. */
export class LedgerDir {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'ledger-'));

  entries(): string[] {
    try {
      return readdirSync(path.join(this.dir, 'entries'));
    } catch {
      return [];
    }
  }

  calls(): LedgerCall[] {
    let text: string;
    try {
      text = readFileSync(path.join(this.dir, 'calls.jsonl'), 'utf8');
    } catch {
      return [];
    }
    return text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as LedgerCall);
  }

  /** Keys whose effect was applied more than once: must stay empty whatever crashed. */
  duplicateEffects(): string[] {
    const applied = this.calls()
      .filter((call) => call.applied)
      .map((call) => call.idempotencyKey);
    return applied.filter((key, index) => applied.indexOf(key) !== index);
  }
}
