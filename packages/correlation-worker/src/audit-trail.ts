import { appendFile, chmod, mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import type { InjectedSinks } from '@temporalio/worker';
import type { AuditSinks } from '@reference/correlation';
import { privateStateDir } from '@reference/local-state';

/** The audit trail's file: AUDIT_FILE, or audit.jsonl in the user's private state folder. */
export function auditFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.AUDIT_FILE || path.join(privateStateDir(), 'audit.jsonl');
}

/**
 * Creates the file (0600, its folder 0700) or makes an existing one 0600: what is in it says who bought what. Called
 * as the worker starts, so a path it cannot write stops it there rather than losing lines later.
 */
export async function openAuditTrail(file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await (await open(file, 'a', 0o600)).close();
  await chmod(file, 0o600);
}

/**
 * The worker's implementation of the audit sink: one JSON line per decision, appended to `file`, with the workflow's
 * type, id and run id from the SDK. Not called during replay (`callDuringReplay: false`): a replayed history, or a
 * workflow task replayed after the cache evicted it, writes nothing again.
 */
export function auditSinks(file: string): InjectedSinks<AuditSinks> {
  return {
    audit: {
      decision: {
        fn: async ({ workflowType, workflowId, runId }, { time, decision, correlationId, details }) => {
          const line = { time, decision, correlationId, workflowType, workflowId, runId, ...details };
          await appendFile(file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
        },
        callDuringReplay: false,
      },
    },
  };
}
