import { randomInt } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { ActivityFaults } from './activity-faults';
import { type Fault, FAULTS, type FaultMatrixTable, type FaultPoint } from './fault-scenario';
import { byDeadline } from './cell-context';
import { type Cell, runCell } from './run-cell';
import { DyingLane, type StartWorkers } from './dying-lane';

/** No completion to lose where no activity runs; no worker death the matrix can inflict at a local activity. */
function applies(kind: Fault, point: FaultPoint): boolean {
  if ('waiting' in point) return kind !== 'completion-lost';
  return !(point.local && kind === 'worker-dies');
}

/** Every run of the matrix: for each scenario of each workflow type, the plain run and each fault at each point. */
export function faultMatrixCells(tables: readonly FaultMatrixTable[]): Cell[] {
  return tables.flatMap((table) =>
    Object.entries(table).flatMap(([workflowType, scenarios]) =>
      scenarios.flatMap((scenario) => {
        const struck = (type: string) => scenario.faultsAt?.includes(type) ?? true;
        const points: FaultPoint[] = scenario.waits
          ? [{ waiting: scenario.waits }]
          : [
              ...scenario.activities.filter(struck).map((activityType) => ({ activityType })),
              ...(scenario.localActivities ?? []).filter(struck).map((activityType) => ({ activityType, local: true })),
            ];
        const name = `${workflowType} ${scenario.name}`;
        return [
          { name: `${name}: no fault`, workflowType, scenario },
          ...points.flatMap((point) =>
            FAULTS.filter((kind) => applies(kind, point)).map((kind): Cell => {
              const where = 'waiting' in point ? 'while waiting' : `at ${point.activityType}`;
              const detail = 'waiting' in point ? ` ${point.waiting}` : point.local ? ' (local)' : '';
              const pending = scenario.pending?.[`${kind} ${where}`];
              return {
                name: `${name}: ${kind} ${where}${detail}`,
                workflowType,
                scenario,
                fault: { kind, point },
                ...(pending ? { pending } : {}),
              };
            }),
          ),
        ];
      }),
    ),
  );
}

/** The workflow types of `workflowTypes` that no table has an entry for, and the entries no such type has. */
export function faultMatrixGaps(workflowTypes: readonly string[], tables: readonly FaultMatrixTable[]) {
  const entries = tables.flatMap((table) => Object.keys(table));
  return {
    missing: workflowTypes.filter((type) => !entries.includes(type)),
    unknown: entries.filter((type) => !workflowTypes.includes(type)),
  };
}

/** How long a run may go on checking what it left after the deadline; a run still going then is stuck. */
const AFTER_DEADLINE_MS = 30_000;

/**
 * A fragment of workflow ids per run: twelve digits, which fit ids that allow only digits (an invoice's), and which
 * no other run's ids contain.
 */
function uniqueScopes(count: number): string[] {
  const scopes = new Set<string>();
  while (scopes.size < count) scopes.add(String(randomInt(1e11, 1e12)));
  return [...scopes];
}

export interface FaultMatrixOptions {
  cells: readonly Cell[];
  /** A client of the namespace (default: `default`). */
  clients: (namespace?: string) => Client;
  /** The task queue of the runs other than `worker-dies`, whose workers never die. */
  taskQueue: string;
  startWorkers: StartWorkers;
  /** How long the whole matrix may take, its workers' start and stop aside. */
  timeoutMs: number;
}

/**
 * The dying lane of each `worker-dies` run: one shared by most, and one of its own for a run whose workflows run local
 * activities, which must not be running when its workers die (in one process, a stopped worker's core keeps a
 * workflow task alive while a local activity is out; a real process would just be gone).
 */
function dyingLanes(cells: readonly Cell[], startWorkers: StartWorkers, faults: ActivityFaults) {
  const shared = new DyingLane('worker-dies', startWorkers, faults);
  return cells.map((cell, index) => {
    if (cell.fault?.kind !== 'worker-dies') return undefined;
    return cell.scenario.localActivities?.length ? new DyingLane(`worker-dies-${index}`, startWorkers, faults) : shared;
  });
}

/**
 * Runs every cell but the pending ones at once; each cell's name with what went wrong in it (nothing when all its
 * invariants held).
 */
export async function runFaultMatrix(options: FaultMatrixOptions): Promise<Map<string, string[]>> {
  const { clients, taskQueue, startWorkers, timeoutMs } = options;
  const cells = options.cells.filter((cell) => !cell.pending);
  const faults = new ActivityFaults();
  // Every run's workflows must have ended by the deadline; the checks after it are left the rest of the time.
  const deadline = Date.now() + timeoutMs - AFTER_DEADLINE_MS;
  const steady = await startWorkers(taskQueue, faults.interceptor(), 'fault-matrix-steady');
  const lanes = dyingLanes(cells, startWorkers, faults);
  const distinctLanes = [...new Set(lanes.filter((lane) => lane !== undefined))];
  await Promise.all(distinctLanes.map((lane) => lane.start()));
  const scopes = uniqueScopes(cells.length);

  try {
    const results = await Promise.all(
      cells.map(async (cell, index) => {
        const lane = lanes[index];
        const env = { faults, clients, deadline, scope: scopes[index]!, taskQueue: lane?.taskQueue ?? taskQueue, lane };
        const run = byDeadline(runCell(cell, env), deadline + AFTER_DEADLINE_MS, 'the run did not finish');
        const problems = await run.catch((err: Error) => [`the run broke: ${err.stack}`]);
        return [cell.name, problems] as const;
      }),
    );
    return new Map(results);
  } finally {
    // Every verdict is in: the activities still held (in dead workers, or left by a failed run) can go.
    faults.abandonAll();
    await Promise.all([steady.stop(), ...distinctLanes.map((lane) => lane.stop())]);
  }
}
