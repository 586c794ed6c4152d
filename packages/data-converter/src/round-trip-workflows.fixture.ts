import { proxyActivities } from '@temporalio/workflow';
import type * as activities from './round-trip-activities.fixture';

const { describeTypes } = proxyActivities<typeof activities>({ startToCloseTimeout: '10 seconds' });

export interface Statement {
  holder: string;
  closedAt: Date;
  balanceCents: bigint;
}

/** Passes a statement through an activity and returns both: every hop goes through the data converter. */
export async function statementRoundTrip(statement: Statement): Promise<{ statement: Statement; seen: string[] }> {
  const seenInWorkflow = [statement.closedAt instanceof Date, typeof statement.balanceCents].join(',');
  const seen = await describeTypes(statement);
  return { statement, seen: [seenInWorkflow, seen] };
}
