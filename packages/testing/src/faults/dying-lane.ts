import type { WorkflowClient } from '@temporalio/client';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import type { ActivityFaults } from './activity-faults';
import { timeOutDeadAttempt } from './dead-attempts';

/** Workers started on one task queue for the matrix. */
export interface MatrixWorkers {
  /**
   * Stops their polling at once and cancels the activities they run; resolves once they have stopped, which a held
   * activity delays until it is released or abandoned.
   */
  stop(): Promise<void>;
}

/** Starts every worker the workflows need on `taskQueue`, with the faults' activity interceptor, as `identity`. */
export type StartWorkers = (
  taskQueue: string,
  interceptor: ActivityInterceptorsFactory,
  identity: string,
) => Promise<MatrixWorkers>;

/** Arrivals this close together share one death. */
const SETTLE_MS = 200;
const { PENDING_ACTIVITY_STATE_STARTED, PENDING_ACTIVITY_STATE_CANCEL_REQUESTED } =
  temporal.api.enums.v1.PendingActivityState;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The task queue of `worker-dies` runs and its workers, which die: a run arrives once its fault point is reached (an
 * activity held in the workers, or its workflow waiting); soon after, the workers are killed and new ones (the next
 * generation) take over. Deaths follow one another: a run arriving meanwhile dies with the next. After each, every
 * activity attempt the dead workers had started, as the server sees them, is timed out at once.
 */
export class DyingLane {
  readonly taskQueue: string;
  private generation = 0;
  private workers?: MatrixWorkers;
  private scheduled?: Promise<void>;
  private previous: Promise<unknown> = Promise.resolve();
  /** The dead generations' workers, stopping once their held activities are abandoned. */
  private readonly stopping: Promise<void>[] = [];
  /** The workflows of the lane's runs, for finding what the dead workers had started. */
  private readonly workflowsOfRuns: Array<() => Promise<Array<{ client: WorkflowClient; workflowId: string }>>> = [];

  constructor(
    name: string,
    private readonly startWorkers: StartWorkers,
    private readonly faults: ActivityFaults,
  ) {
    this.taskQueue = `fault-matrix-${name}`;
  }

  async start(): Promise<void> {
    this.workers = await this.startNext();
  }

  /** A run on this lane: `workflows` lists its workflows (children included) at the time of a death. */
  join(workflows: () => Promise<Array<{ client: WorkflowClient; workflowId: string }>>): void {
    this.workflowsOfRuns.push(workflows);
  }

  /** Resolves once the workers the run's fault point is in have died and new ones run. */
  arrive(): Promise<void> {
    if (!this.scheduled) {
      const death = this.previous
        .then(() => sleep(SETTLE_MS))
        .then(() => {
          this.scheduled = undefined;
          return this.die();
        });
      this.scheduled = death;
      this.previous = death.catch(() => undefined);
    }
    return this.scheduled;
  }

  /** Stops the lane's workers, the dead ones included (abandon the held activities first). */
  async stop(): Promise<void> {
    await Promise.all([this.workers?.stop(), ...this.stopping]);
  }

  private identity(): string {
    return `${this.taskQueue}-${this.generation}`;
  }

  private startNext(): Promise<MatrixWorkers> {
    return this.startWorkers(this.taskQueue, this.faults.interceptor(), this.identity());
  }

  private async die(): Promise<void> {
    const dead = this.identity();
    // The dead workers report nothing of the activities they hold: their attempts time out on the server.
    this.stopping.push(this.workers!.stop());
    this.generation += 1;
    this.workers = await this.startNext();
    const workflows = (await Promise.all(this.workflowsOfRuns.map((list) => list()))).flat();
    for (const { client, workflowId } of workflows) {
      const { raw } = await client.getHandle(workflowId).describe();
      for (const activity of raw.pendingActivities ?? []) {
        const started =
          activity.state === PENDING_ACTIVITY_STATE_STARTED ||
          activity.state === PENDING_ACTIVITY_STATE_CANCEL_REQUESTED;
        if (!started || activity.lastWorkerIdentity !== dead) continue;
        const attempt = {
          namespace: client.options.namespace,
          workflowId,
          runId: raw.workflowExecutionInfo!.execution!.runId!,
          activityId: activity.activityId!,
          attempt: activity.attempt!,
        };
        // An attempt that ended meanwhile (by a heartbeat timeout) is not the server's any more: nothing to do.
        void timeOutDeadAttempt(client, this.faults, attempt).catch(() => undefined);
      }
    }
  }
}
