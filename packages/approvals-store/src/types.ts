/** Which activity an approval belongs to: what `client.activity.complete / fail / heartbeat` address by id. */
export interface ActivityKey {
  workflowId: string;
  runId: string;
  activityId: string;
}

export type ApprovalStatus = 'pending' | 'approved' | 'rejected';

/** One attempt of requestApproval waiting for a decision: its task token (base64) and what it asks. */
export interface PendingApproval extends ActivityKey {
  taskToken: string;
  attempt: number;
  subject: string;
  requestedBy: string;
  requestedAt: Date;
}

/** An approval as the inbox keeps it: pending, or decided (by whom, when). */
export interface ApprovalRecord extends PendingApproval {
  status: ApprovalStatus;
  decidedBy?: string;
  decidedAt?: Date;
}
