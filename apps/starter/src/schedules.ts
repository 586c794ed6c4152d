import { type Client, type ScheduleDescription, ScheduleOverlapPolicy, type ScheduleSummary } from '@temporalio/client';
import { ReportWorkflow, TASK_QUEUE } from '@reference/workflows';

export const OVERLAP_POLICIES = {
  skip: ScheduleOverlapPolicy.SKIP,
  'buffer-one': ScheduleOverlapPolicy.BUFFER_ONE,
  'buffer-all': ScheduleOverlapPolicy.BUFFER_ALL,
  'cancel-other': ScheduleOverlapPolicy.CANCEL_OTHER,
  'terminate-other': ScheduleOverlapPolicy.TERMINATE_OTHER,
  'allow-all': ScheduleOverlapPolicy.ALLOW_ALL,
} as const;
export type OverlapPolicy = keyof typeof OVERLAP_POLICIES;

export interface ReportScheduleOptions {
  scheduleId: string;
  /** Milliseconds between runs. */
  everyMs: number;
  overlap: OverlapPolicy;
  title: string;
}

/**
 * A schedule that starts ReportWorkflow every `every` on my-task-queue. The overlap policy says what happens when a
 * run is due while the last one is still going (skip, the default: a late report is not worth two).
 */
export async function createReportSchedule(client: Client, options: ReportScheduleOptions): Promise<void> {
  await client.schedule.create({
    scheduleId: options.scheduleId,
    spec: { intervals: [{ every: options.everyMs }] },
    action: {
      type: 'startWorkflow',
      workflowType: ReportWorkflow,
      args: [options.title],
      taskQueue: TASK_QUEUE,
      workflowId: `${options.scheduleId}-run`,
    },
    policies: { overlap: OVERLAP_POLICIES[options.overlap], catchupWindow: '1 minute' },
  });
}

export function describeSchedule(client: Client, scheduleId: string): Promise<ScheduleDescription> {
  return client.schedule.getHandle(scheduleId).describe();
}

export async function listSchedules(client: Client): Promise<ScheduleSummary[]> {
  const summaries: ScheduleSummary[] = [];
  for await (const summary of client.schedule.list()) summaries.push(summary);
  return summaries;
}

export const pauseSchedule = (client: Client, scheduleId: string, note: string) =>
  client.schedule.getHandle(scheduleId).pause(note);
export const unpauseSchedule = (client: Client, scheduleId: string, note: string) =>
  client.schedule.getHandle(scheduleId).unpause(note);
/** Starts a run now, whatever the spec says; the overlap policy still applies. */
export const triggerSchedule = (client: Client, scheduleId: string) => client.schedule.getHandle(scheduleId).trigger();
export const deleteSchedule = (client: Client, scheduleId: string) => client.schedule.getHandle(scheduleId).delete();
