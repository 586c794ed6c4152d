import type { Client } from '@temporalio/client';
import type { ActivityFaults, HeldActivity } from './activity-faults';
import { byDeadline, CellContext } from './cell-context';
import type { Fault, FaultPoint, FaultScenario } from './fault-scenario';
import { tookInCancellation } from './histories';
import type { DyingLane } from './dying-lane';

/** One run of the matrix: a scenario of a workflow type, plain or with a fault at one point. */
export interface Cell {
  name: string;
  workflowType: string;
  scenario: FaultScenario;
  fault?: { kind: Fault; point: FaultPoint };
  /** The defect that keeps the cell from holding, when it is pending (not run). */
  pending?: string;
}

export interface CellEnvironment {
  faults: ActivityFaults;
  clients: (namespace?: string) => Client;
  taskQueue: string;
  /** Epoch ms by which every run must have ended. */
  deadline: number;
  /** For a `worker-dies` run: the task queue whose workers die. */
  lane?: DyingLane;
  /** A fragment of workflow ids unique to this run. */
  scope: string;
}

const POLL_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one cell and returns everything that went wrong: none when each invariant held. */
export async function runCell(cell: Cell, env: CellEnvironment): Promise<string[]> {
  const context = new CellContext(env.scope, env.taskQueue, env.clients, env.deadline);
  const problems: string[] = [];
  const point = cell.fault?.point;
  const activityType = point && 'activityType' in point ? point.activityType : undefined;
  if (!cell.fault) env.faults.watch(env.scope);
  env.lane?.join(() => context.workflows());
  const armed =
    activityType &&
    (cell.fault?.kind === 'completion-lost'
      ? env.faults.loseCompletion(env.scope, activityType)
      : env.faults.hold(env.scope, activityType));
  const driving = cell.scenario.run(context).then(
    () => undefined,
    (err: Error) => err,
  );
  try {
    if (cell.fault && armed) {
      const ended = driving.then(() => context.ending()).then(() => undefined);
      const reached = await byDeadline(Promise.race([armed, ended]), env.deadline, `${activityType} did not start`);
      if (!reached) problems.push(`the run ended without starting ${activityType}`);
      else if (cell.fault.kind === 'cancel') await cancelAt(reached as HeldActivity, context, env.deadline);
      else if (cell.fault.kind === 'worker-dies') await env.lane!.arrive();
    } else if (cell.fault) {
      const error = await driving;
      if (error) problems.push(`the scenario failed before its workflow waited: ${describeError(error)}`);
      else if (cell.fault.kind === 'cancel') await (await context.underTest()).cancel();
      else await untilWaiting(context).then(() => env.lane!.arrive());
    }
  } catch (err) {
    problems.push((err as Error).message);
  }
  const error = await byDeadline(driving, env.deadline, "the scenario's clients did not finish").catch(
    (err: Error) => err,
  );
  if (error && cell.fault?.kind !== 'cancel') problems.push(`the scenario's clients failed: ${describeError(error)}`);
  problems.push(...(await context.ending()));
  problems.push(...(await context.historyViolations()));
  for (const invariant of cell.scenario.invariants) {
    for (const violation of await invariant.violations(context)) problems.push(`${invariant.name}: ${violation}`);
  }
  if (!cell.fault) {
    const seen = env.faults.activityTypesSeen(env.scope, await context.family());
    const local = (cell.scenario.localActivities ?? []).map((type) => `${type} (local)`);
    const declared = [...new Set([...cell.scenario.activities, ...local])].sort();
    if (seen.join() !== declared.join()) {
      problems.push(`it started the activities [${seen.join(', ')}], the table says [${declared.join(', ')}]`);
    }
  }
  return problems;
}

/** An error with its causes: `Workflow Update failed: invalid ... input: deadline: must be in the future`. */
function describeError(err: Error): string {
  return err.cause instanceof Error ? `${err.message}: ${describeError(err.cause)}` : err.message;
}

/**
 * Cancels the workflow under test while the activity is held, and lets the activity run once its own workflow has
 * taken the cancellation in (or the workflow under test has ended): its effect lands after the workflow reacted.
 */
async function cancelAt(held: HeldActivity, context: CellContext, deadline: number): Promise<void> {
  await (await context.underTest()).cancel();
  const { workflowId, runId } = held.info.workflowExecution!;
  const own = context.client(held.info.workflowNamespace).workflow.getHandle(workflowId, runId);
  while (!tookInCancellation(await own.fetchHistory()) && !context.allEnded()) {
    if (Date.now() > deadline) throw new Error(`${workflowId} never took the cancellation in`);
    await sleep(POLL_MS);
  }
  held.release();
}

/** Waits until the workflow under test has nothing to do but wait: no workflow task pending. */
async function untilWaiting(context: CellContext): Promise<void> {
  const handle = await context.underTest();
  while ((await handle.describe()).raw.pendingWorkflowTask) {
    if (Date.now() > context.deadline) throw new Error(`${handle.workflowId} never waited`);
    await sleep(POLL_MS);
  }
}
