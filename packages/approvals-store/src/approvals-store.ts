import { closeSync } from 'node:fs';
import path from 'node:path';
import { openPrivateFile, privateStateDir } from '@reference/local-state';
import Database from 'better-sqlite3';
import type { ActivityKey, ApprovalRecord, ApprovalStatus, PendingApproval } from './types';

/** The inbox's file: APPROVALS_DB, or one in the user's private folder, shared by worker and starter. */
export function approvalsDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.APPROVALS_DB || path.join(privateStateDir(), 'approvals.sqlite');
}

// One row per activity (not per attempt): a retried attempt replaces its predecessor's token, which the server no
// longer accepts.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS approvals (
    workflow_id  TEXT NOT NULL,
    run_id       TEXT NOT NULL,
    activity_id  TEXT NOT NULL,
    task_token   TEXT NOT NULL UNIQUE,
    attempt      INTEGER NOT NULL,
    subject      TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending',
    decided_by   TEXT,
    decided_at   TEXT,
    PRIMARY KEY (workflow_id, run_id, activity_id)
  )`;

interface Row {
  workflow_id: string;
  run_id: string;
  activity_id: string;
  task_token: string;
  attempt: number;
  subject: string;
  requested_by: string;
  requested_at: string;
  status: ApprovalStatus;
  decided_by: string | null;
  decided_at: string | null;
}

function toRecord(row: Row): ApprovalRecord {
  return {
    workflowId: row.workflow_id,
    runId: row.run_id,
    activityId: row.activity_id,
    taskToken: row.task_token,
    attempt: row.attempt,
    subject: row.subject,
    requestedBy: row.requested_by,
    requestedAt: new Date(row.requested_at),
    status: row.status,
    ...(row.decided_by === null ? {} : { decidedBy: row.decided_by }),
    ...(row.decided_at === null ? {} : { decidedAt: new Date(row.decided_at) }),
  };
}

/**
 * The approvals inbox, a SQLite file that the worker (which adds) and the starter (which reads and decides) open
 * from separate processes: SQLite's locking keeps their writes apart, WAL lets a reader go on during a write.
 * Open it for a unit of work and close it after.
 */
export class ApprovalsStore {
  private readonly db: Database.Database;

  constructor(readonly file: string = approvalsDbPath()) {
    // Its task tokens complete activities: owner only. SQLite gives the -wal and -shm files the database's mode.
    closeSync(openPrivateFile(file));
    this.db = new Database(file, { timeout: 5_000 });
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
  }

  /** Records an attempt waiting for a decision; a retry of the same activity replaces the earlier attempt's row. */
  add(approval: PendingApproval): void {
    this.db
      .prepare(
        `INSERT INTO approvals (workflow_id, run_id, activity_id, task_token, attempt, subject, requested_by, requested_at)
         VALUES (@workflowId, @runId, @activityId, @taskToken, @attempt, @subject, @requestedBy, @requestedAt)
         ON CONFLICT (workflow_id, run_id, activity_id) DO UPDATE SET
           task_token = excluded.task_token, attempt = excluded.attempt, requested_at = excluded.requested_at,
           status = 'pending', decided_by = NULL, decided_at = NULL`,
      )
      .run({ ...approval, requestedAt: approval.requestedAt.toISOString() });
  }

  /** Every approval, or those with `status`, oldest request first. */
  list(status?: ApprovalStatus): ApprovalRecord[] {
    const rows = status
      ? this.db.prepare('SELECT * FROM approvals WHERE status = ? ORDER BY requested_at').all(status)
      : this.db.prepare('SELECT * FROM approvals ORDER BY requested_at').all();
    return (rows as Row[]).map(toRecord);
  }

  byToken(taskToken: string): ApprovalRecord | undefined {
    const row = this.db.prepare('SELECT * FROM approvals WHERE task_token = ?').get(taskToken) as Row | undefined;
    return row && toRecord(row);
  }

  /** The approval of that activity in run `runId`, or in the run that asked last when no run is given. */
  byActivity({
    workflowId,
    activityId,
    runId,
  }: Omit<ActivityKey, 'runId'> & { runId?: string }): ApprovalRecord | undefined {
    const row = this.db
      .prepare(
        `SELECT * FROM approvals WHERE workflow_id = ? AND activity_id = ? AND (? IS NULL OR run_id = ?)
         ORDER BY requested_at DESC LIMIT 1`,
      )
      .get(workflowId, activityId, runId ?? null, runId ?? null) as Row | undefined;
    return row && toRecord(row);
  }

  /** Marks a pending approval decided; false when it was not pending (unknown, or decided already). */
  decide(key: ActivityKey, status: Exclude<ApprovalStatus, 'pending'>, decidedBy: string, at = new Date()): boolean {
    const { changes } = this.db
      .prepare(
        `UPDATE approvals SET status = ?, decided_by = ?, decided_at = ?
         WHERE workflow_id = ? AND run_id = ? AND activity_id = ? AND status = 'pending'`,
      )
      .run(status, decidedBy, at.toISOString(), key.workflowId, key.runId, key.activityId);
    return changes === 1;
  }

  close(): void {
    this.db.close();
  }
}
