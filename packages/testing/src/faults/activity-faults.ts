import { ApplicationFailure, Context, type Info } from '@temporalio/activity';
import type {
  ActivityExecuteInput,
  ActivityInterceptorsFactory,
  Next,
  ActivityInboundCallsInterceptor,
} from '@temporalio/worker';

/** The failure type of an attempt whose completion a test made the worker lose. */
export const COMPLETION_LOST = 'CompletionLost';

/** An activity held at its start: it runs once released; abandoned, its attempt fails without running. */
export interface HeldActivity {
  info: Info;
  release(): void;
  abandon(): void;
}

interface Rule {
  scope: string;
  activityType: string;
  apply(info: Info, run: () => Promise<unknown>): Promise<unknown>;
}

type Execute = Next<ActivityInboundCallsInterceptor, 'execute'>;

/**
 * Faults applied to activities at their start, by activity type, in the workflows whose ids contain a scope (one
 * scenario's workflows, children included, share a fragment of their ids). Add an `interceptor` to every worker of
 * the test; each rule fires once, on the first matching attempt.
 */
export class ActivityFaults {
  private readonly rules: Rule[] = [];
  private readonly held = new Set<HeldActivity>();
  /** Scope -> workflow id -> activity types started in it. */
  private readonly seen = new Map<string, Map<string, Set<string>>>();
  private readonly attemptWatchers: Array<{ matches: (info: Info) => boolean; resolve: (info: Info) => void }> = [];
  /** The interceptor of every worker of the test. */
  interceptor(): ActivityInterceptorsFactory {
    return () => ({
      inbound: {
        execute: (input: ActivityExecuteInput, next: Execute) =>
          this.execute(Context.current().info, () => next(input)),
      },
    });
  }

  /** Holds the first `activityType` started in `scope` before it runs; resolves once it is held. */
  hold(scope: string, activityType: string): Promise<HeldActivity> {
    return new Promise((resolve) => {
      this.rules.push({
        scope,
        activityType,
        apply: async (info, run) => {
          let held!: HeldActivity;
          const released = new Promise<void>((release, abandon) => {
            held = { info, release, abandon: () => abandon(new Error(`${activityType} was abandoned`)) };
          });
          this.held.add(held);
          resolve(held);
          await released.finally(() => this.held.delete(held));
          return await run();
        },
      });
    });
  }

  /**
   * Loses the completion of the first `activityType` started in `scope`: the activity runs (its effect happens), then
   * the attempt fails with a retryable CompletionLost instead of reporting its outcome, as if the worker's answer
   * never reached the server. Resolves once the completion is lost.
   */
  loseCompletion(scope: string, activityType: string): Promise<Info> {
    return new Promise((resolve) => {
      this.rules.push({
        scope,
        activityType,
        apply: async (info, run) => {
          // Whatever the outcome (a result, a failure, an asynchronous completion to come), it never arrives.
          await run().catch(() => undefined);
          resolve(info);
          throw ApplicationFailure.retryable(`the completion of ${activityType} was lost`, COMPLETION_LOST);
        },
      });
    });
  }

  /** Abandons every activity still held: their workers can then stop. */
  abandonAll(): void {
    for (const held of this.held) held.abandon();
  }

  /** Resolves when an attempt of that activity after `attempt` starts. */
  nextAttempt({ runId, activityId, attempt }: { runId: string; activityId: string; attempt: number }): Promise<Info> {
    return new Promise((resolve) => {
      this.attemptWatchers.push({
        matches: (info) =>
          info.workflowExecution?.runId === runId && info.activityId === activityId && info.attempt > attempt,
        resolve,
      });
    });
  }

  /** The activity types started so far in these workflows of a watched scope, local ones as `<type> (local)`. */
  activityTypesSeen(scope: string, workflowIds: readonly string[]): string[] {
    const byWorkflow = this.seen.get(scope) ?? new Map<string, Set<string>>();
    return [...new Set(workflowIds.flatMap((id) => [...(byWorkflow.get(id) ?? [])]))].sort();
  }

  /** Starts recording the activity types started in the workflows of `scope` (see activityTypesSeen). */
  watch(scope: string): void {
    this.seen.set(scope, this.seen.get(scope) ?? new Map<string, Set<string>>());
  }

  private async execute(info: Info, run: () => Promise<unknown>): Promise<unknown> {
    const workflowId = info.workflowExecution?.workflowId ?? '';
    const seenAs = info.isLocal ? `${info.activityType} (local)` : info.activityType;
    for (const [scope, byWorkflow] of this.seen) {
      if (workflowId.includes(scope)) byWorkflow.set(workflowId, (byWorkflow.get(workflowId) ?? new Set()).add(seenAs));
    }
    for (const watcher of this.attemptWatchers.filter(({ matches }) => matches(info))) {
      this.attemptWatchers.splice(this.attemptWatchers.indexOf(watcher), 1);
      watcher.resolve(info);
    }
    const index = this.rules.findIndex(
      (rule) => rule.activityType === info.activityType && workflowId.includes(rule.scope),
    );
    if (index < 0) return await run();
    const [rule] = this.rules.splice(index, 1);
    return await rule!.apply(info, run);
  }
}
