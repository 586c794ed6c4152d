import { ScheduleNotFoundError, ScheduleOverlapPolicy } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createLocalTestEnv } from '@reference/temporal-server';
import {
  createReportSchedule,
  deleteSchedule,
  describeSchedule,
  listSchedules,
  pauseSchedule,
  triggerSchedule,
  unpauseSchedule,
} from './schedules';

let env: TestWorkflowEnvironment;
const scheduleId = 'report-schedule-test';

beforeAll(async () => {
  env = await createLocalTestEnv();
});

afterAll(async () => {
  await env?.teardown();
});

test('each schedule operation has its effect on the server', async () => {
  const client = env.client;
  await createReportSchedule(client, { scheduleId, everyMs: 3_600_000, overlap: 'buffer-one', title: 'hourly' });
  const created = await describeSchedule(client, scheduleId);
  expect(created.spec.intervals).toMatchObject([{ every: 3_600_000 }]);
  expect(created.policies.overlap).toBe(ScheduleOverlapPolicy.BUFFER_ONE);
  expect(created.action).toMatchObject({ type: 'startWorkflow', workflowType: 'ReportWorkflow', args: ['hourly'] });
  expect(created.action.type === 'startWorkflow' && created.action.taskQueue).toBe('my-task-queue');
  expect(created.state.paused).toBe(false);

  // The list comes from visibility, which catches up shortly after the create.
  let listed: string[] = [];
  for (let tries = 0; tries < 50 && !listed.includes(scheduleId); tries++) {
    listed = (await listSchedules(client)).map((s) => s.scheduleId);
    if (!listed.includes(scheduleId)) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(listed).toContain(scheduleId);

  await pauseSchedule(client, scheduleId, 'maintenance');
  expect((await describeSchedule(client, scheduleId)).state).toMatchObject({ paused: true, note: 'maintenance' });
  await unpauseSchedule(client, scheduleId, 'back');
  expect((await describeSchedule(client, scheduleId)).state).toMatchObject({ paused: false, note: 'back' });

  // No worker polls here: the triggered run is started on the server and waits for one.
  await triggerSchedule(client, scheduleId);
  const triggered = await describeSchedule(client, scheduleId);
  expect(triggered.info.numActionsTaken).toBe(1);
  const runningId = triggered.info.recentActions[0]?.action.workflow.workflowId;
  expect(runningId).toMatch(/^report-schedule-test-run/);
  const run = await client.workflow.getHandle(runningId ?? '').describe();
  expect(run.type).toBe('ReportWorkflow');

  await deleteSchedule(client, scheduleId);
  await expect(describeSchedule(client, scheduleId)).rejects.toBeInstanceOf(ScheduleNotFoundError);
});
