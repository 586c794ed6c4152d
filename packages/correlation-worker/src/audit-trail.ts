import { closeSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { InjectedSinks } from '@temporalio/worker';
import type { AuditSinks } from '@reference/correlation';
import { openPrivateFile, privateStateDir } from '@reference/local-state';

/** The audit trail's file: AUDIT_FILE, or audit.jsonl in the user's private state folder. */
export function auditFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.AUDIT_FILE || path.join(privateStateDir(), 'audit.jsonl');
}

/**
 * Creates the file (0600, its folder 0700) or makes an existing one 0600, never through a link: what is in it says who
 * bought what. Called as the worker starts, so a path it cannot write stops it there rather than losing lines later.
 */
export function openAuditTrail(file: string): void {
  closeSync(openPrivateFile(file));
}

/** Appends one line as every private file of the project is written (openPrivateFile). */
function appendLine(file: string, line: string): void {
  const fd = openPrivateFile(file);
  try {
    writeSync(fd, line);
  } finally {
    closeSync(fd);
  }
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
        fn: ({ workflowType, workflowId, runId }, { time, decision, correlationId, details }) => {
          const line = { time, decision, correlationId, workflowType, workflowId, runId, ...details };
          appendLine(file, `${JSON.stringify(line)}\n`);
        },
        callDuringReplay: false,
      },
    },
  };
}
