import type { Client, WorkflowClient, WorkflowHandle } from '@temporalio/client';
import type { InvariantContext, ScenarioContext } from './fault-scenario';
import { historyViolations, runsOf, withDescendants } from './histories';

interface Tracked {
  handle: WorkflowHandle;
  longLived: boolean;
  ended: boolean;
}

/** How a workflow may end: a run left timed out or terminated was not ended by its own code. */
const ENDINGS = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

const POLL_MS = 100;

/** Rejects with `what` once `deadline` (epoch ms) passes before `promise` settles. */
export function byDeadline<T>(promise: Promise<T>, deadline: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} by the deadline`)), Math.max(deadline - Date.now(), 0));
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** What a workflow that did not end is busy with: its pending workflow task and activities, its last events. */
async function whereItStands(handle: WorkflowHandle): Promise<string> {
  const { raw } = await handle.describe();
  const task = raw.pendingWorkflowTask;
  const activities = (raw.pendingActivities ?? []).map((a) =>
    `${a.activityType?.name} attempt ${a.attempt} ${a.lastFailure?.message ?? ''}`.trim(),
  );
  const events = ((await handle.fetchHistory()).events ?? []).slice(-4).map((e) =>
    Object.keys(e)
      .find((key) => key.endsWith('EventAttributes') && e[key as keyof typeof e])
      ?.replace(/EventAttributes$/, ''),
  );
  return [
    task ? `workflow task attempt ${task.attempt}` : 'no workflow task',
    `activities: [${activities.join('; ')}]`,
    `last events: ${events.join(', ')}`,
  ].join(', ');
}

/** One run's context: its scope of ids, the workflows and calls it tracks, and the checks common to every run. */
export class CellContext implements ScenarioContext, InvariantContext {
  private readonly tracked: Tracked[] = [];
  private readonly calls: Promise<unknown>[] = [];

  constructor(
    readonly scope: string,
    readonly taskQueue: string,
    private readonly clients: (namespace?: string) => Client,
    readonly deadline: number,
  ) {}

  id(name: string): string {
    return `${name}-${this.scope}`;
  }

  client(namespace?: string): Client {
    return this.clients(namespace);
  }

  track(handle: WorkflowHandle, { longLived = false } = {}): void {
    const tracked: Tracked = { handle, longLived, ended: false };
    this.tracked.push(tracked);
    if (!longLived) void handle.result().then(settled, settled);
    function settled() {
      tracked.ended = true;
    }
  }

  call<T>(answer: Promise<T>): Promise<T> {
    this.calls.push(answer.catch(() => undefined));
    return answer;
  }

  async until(check: () => boolean | Promise<boolean>): Promise<void> {
    while (!(await check())) {
      if (this.allEnded()) throw new Error('the run ended before the condition held');
      if (Date.now() > this.deadline) throw new Error('the condition did not hold by the deadline');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async eventually(check: () => boolean | Promise<boolean>): Promise<boolean> {
    while (!(await check())) {
      if (Date.now() > this.deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return true;
  }

  /** The workflow under test: the first tracked (a fault may strike before its start has returned to the client). */
  async underTest(): Promise<WorkflowHandle> {
    while (!this.tracked[0]) {
      if (Date.now() > this.deadline) throw new Error('the scenario tracked no workflow');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return this.tracked[0].handle;
  }

  /** Every workflow the run has tracked, and their children. */
  async workflows(): Promise<Array<{ client: WorkflowClient; workflowId: string }>> {
    const families = this.tracked.map(async ({ handle: { client, workflowId } }) =>
      (await withDescendants(client, workflowId)).map((id) => ({ client, workflowId: id })),
    );
    return (await Promise.all(families)).flat();
  }

  /** The workflow under test and its children, theirs included. */
  async family(): Promise<string[]> {
    const { client, workflowId } = await this.underTest();
    return await withDescendants(client, workflowId);
  }

  allEnded(): boolean {
    return this.tracked.length > 0 && this.tracked.every((t) => t.longLived || t.ended);
  }

  /** Waits for every call's answer and every tracked workflow's end, children included; what did not happen. */
  async ending(): Promise<string[]> {
    const missing: string[] = [];
    await byDeadline(Promise.all(this.calls), this.deadline, 'a caller got no answer').catch((err: Error) =>
      missing.push(err.message),
    );
    const ends = this.tracked
      .filter((t) => !t.longLived)
      .map(async ({ handle }) => {
        await byDeadline(
          handle.result().catch(() => undefined),
          this.deadline,
          `${handle.workflowId} did not end`,
        ).catch(async (err: Error) => {
          throw new Error(`${err.message} (${await whereItStands(handle)})`);
        });
        const [, ...descendants] = await withDescendants(handle.client, handle.workflowId);
        await Promise.all(
          descendants.map((id) =>
            byDeadline(
              handle.client
                .getHandle(id)
                .result()
                .catch(() => undefined),
              this.deadline,
              `${id}, a child of ${handle.workflowId}, did not end`,
            ),
          ),
        );
      });
    for (const end of await Promise.allSettled(ends)) {
      if (end.status === 'rejected') missing.push((end.reason as Error).message);
    }
    return missing;
  }

  /**
   * How every tracked workflow and its children stand: ended (completed, failed or cancelled; a long-lived one still
   * running), with no failed workflow task and no unanswered update in any of their runs.
   */
  async historyViolations(): Promise<string[]> {
    const violations: string[] = [];
    for (const { handle, longLived } of this.tracked) {
      for (const workflowId of await withDescendants(handle.client, handle.workflowId)) {
        violations.push(...historyViolations(workflowId, await runsOf(handle.client, workflowId)));
        const { status } = await handle.client.getHandle(workflowId).describe();
        // A long-lived workflow (a lock) may run on; its children, like every other workflow, must have ended.
        const runsOn = longLived && workflowId === handle.workflowId && status.name === 'RUNNING';
        const expected = runsOn || ENDINGS.has(status.name);
        if (!expected) violations.push(`${workflowId} is ${status.name}`);
      }
    }
    return violations;
  }
}
