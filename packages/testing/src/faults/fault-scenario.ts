import type { Client, WorkflowHandle } from '@temporalio/client';

/**
 * What the matrix does to a run at a fault point:
 * - `cancel`: the workflow under test is cancelled; once the workflow has taken the request in, the activity runs.
 * - `worker-dies`: the worker stops with the activity held and never reports it; a new worker takes over, and the
 *   activity's timeout (shortened through the server's activity options API) and retry policy do the rest.
 * - `completion-lost`: the activity runs (its effect happens) but its outcome never reaches the server, so it
 *   runs again: at-least-once delivery.
 */
export type Fault = 'cancel' | 'worker-dies' | 'completion-lost';
export const FAULTS: readonly Fault[] = ['cancel', 'worker-dies', 'completion-lost'];

/** Where a fault strikes: at the start of an activity (by type), or while the workflow waits with none running. */
export type FaultPoint = { activityType: string; local?: boolean } | { waiting: string };

/** What a scenario is handed: its ids, clients and task queue, and what it tells the matrix about its run. */
export interface ScenarioContext {
  /** Digits unique to this run: the faults find its activities by them in their workflows' ids. */
  scope: string;
  /** `<name>-<scope>`: an id for one of the run's workflows (or anything else of the run's). */
  id(name: string): string;
  /** A client of the namespace (default: `default`). */
  client(namespace?: string): Client;
  taskQueue: string;
  /**
   * A workflow of the run: the first one tracked is the workflow under test (the one a `cancel` cancels). Each must
   * end, with its continue-as-new runs and its children; a long-lived one (a lock) may run on instead.
   */
  track(handle: WorkflowHandle, options?: { longLived?: boolean }): void;
  /** A client's call that expects an answer (an update): its caller must get a result or a failure. */
  call<T>(answer: Promise<T>): Promise<T>;
  /** Waits until `check` holds; gives up (throws) once the run's workflows have all ended. */
  until(check: () => boolean | Promise<boolean>): Promise<void>;
}

/** What an invariant is handed once the run has ended. */
export interface InvariantContext extends Pick<ScenarioContext, 'scope' | 'id' | 'client'> {
  /** Whether `check` holds now or comes to hold before the matrix's deadline (a message still on its way). */
  eventually(check: () => boolean | Promise<boolean>): Promise<boolean>;
}

/** One rule about the outside world (a ledger, a payment gateway, a lock) that must hold once a run has ended. */
export interface Invariant {
  /** As the matrix table in docs/testing.md names it. */
  name: string;
  /** What breaks the rule for the run whose ids `context` makes; none when it holds. */
  violations(context: InvariantContext): string[] | Promise<string[]>;
}

/** A run of one workflow type as its clients drive it, and what must hold after it, whatever the fault. */
export interface FaultScenario {
  name: string;
  /** Every activity type the run starts, its children's included: each is a fault point (the plain run checks it). */
  activities: readonly string[];
  /**
   * Every local activity type it runs: fault points too, but not for `worker-dies`, which the matrix cannot inflict
   * on one: in one process, a stopped worker's core keeps the workflow task alive while a local activity is out.
   */
  localActivities?: readonly string[];
  /** The activities where faults strike, when another scenario of the type covers the others (default: all). */
  faultsAt?: readonly string[];
  /**
   * Faults (`cancel at useSharedResource`, `cancel while waiting`) that break an invariant through a defect being
   * fixed, with the defect: reported as to-do instead of run, until the fix lands and the entry goes.
   */
  pending?: Readonly<Record<string, string>>;
  /** For a run that starts no activity: what its workflow waits on once `run` returns, the one fault point. */
  waits?: string;
  invariants: readonly Invariant[];
  /**
   * Starts the workflow and does what its clients do (updates, signals, decisions) until nothing more is asked of
   * them. Under a fault, a step after the workflow has ended may fail; the matrix expects that only of `cancel`.
   */
  run(context: ScenarioContext): Promise<void>;
}

/** One domain's entries of the matrix: the scenarios of each of its workflow types. */
export type FaultMatrixTable = Readonly<Record<string, readonly FaultScenario[]>>;
