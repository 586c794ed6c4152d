import { ApplicationFailure } from '@temporalio/common';
import type { ErrorObject } from 'ajv';
import type { WireContract, WireKind, WireValue } from './contract';
import { crossFieldRules } from './cross-field-rules';
import { INVALID_ACTIVITY_INPUT, INVALID_DATA, INVALID_UPDATE_INPUT, INVALID_WORKFLOW_INPUT } from './failure-types';

export * from './failure-types';
export { durationMs } from './duration';
export * from './batch-limits';
export * from './order-attributes';

// This module runs inside workflows: it reads the validators compiled from the wire contract at build time and
// never loads zod (see build-validators.ts).
type Validator = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };
type Validators = Record<string, Validator> & { optional: string[]; patternMessages: Record<string, string> };
// eslint-disable-next-line @typescript-eslint/no-require-imports -- generated CommonJS, see build-validators.ts
const compiled = (require('./wire-validators') as () => Validators)();
const optional = new Set(compiled.optional);

function describe(error: ErrorObject): string {
  const path = error.instancePath.slice(1).replaceAll('/', '.');
  const field = (name: string) => (path ? `${path}.${name}` : name);
  if (error.keyword === 'required') return `${field(String(error.params.missingProperty))}: is required`;
  if (error.keyword === 'additionalProperties') {
    return `${field(String(error.params.additionalProperty))}: is not a known field`;
  }
  const message = error.keyword === 'pattern' ? compiled.patternMessages[String(error.params.pattern)] : undefined;
  return `${path || 'the value'}: ${message ?? error.message ?? `fails ${error.keyword}`}`;
}

/** Of a union's refusals, the one about the branch the value was meant for (not "must be integer" for a string). */
function mostTelling(errors: ErrorObject[]): ErrorObject {
  return errors.find((error) => error.keyword !== 'type' && error.keyword !== 'anyOf') ?? errors[0]!;
}

/** What is wrong with `value` as `kind` `name` of the wire contract (the field and the rule), or undefined. */
export function wireProblem<K extends WireKind>(kind: K, name: Extract<keyof WireContract[K], string>, value: unknown) {
  const id = `${kind}/${name}`;
  const validate = compiled[id];
  if (!validate) return `${id} is not in the wire contract`;
  if (value === undefined && optional.has(id)) return undefined;
  if (value === undefined) return 'the value: is required';
  if (!validate(value)) return describe(mostTelling(validate.errors!));
  const problem = crossFieldRules[id]?.(value as never);
  return problem && `${problem.field}: ${problem.message}`;
}

function check<K extends WireKind, N extends Extract<keyof WireContract[K], string>>(
  kind: K,
  name: N,
  value: unknown,
  failureType: string,
): WireValue<K, N> {
  const problem = wireProblem(kind, name, value);
  const what = kind === 'data' ? name : `${name} ${kind} input`;
  if (problem) throw ApplicationFailure.nonRetryable(`invalid ${what}: ${problem}`, failureType);
  return value as WireValue<K, N>;
}

/**
 * A workflow's input, checked before the workflow does anything: an invalid one fails the workflow in its first
 * task (non-retryable InvalidWorkflowInput), before any activity, timer or child is scheduled.
 */
export function checkWorkflowInput<N extends Extract<keyof WireContract['workflow'], string>>(name: N, value: unknown) {
  return check('workflow', name, value, INVALID_WORKFLOW_INPUT);
}

/** For an update's validator: an invalid payload rejects the update, which then leaves nothing in history. */
export function checkUpdateInput<N extends Extract<keyof WireContract['update'], string>>(
  name: N,
  value: unknown,
): void {
  check('update', name, value, INVALID_UPDATE_INPUT);
}

/** For a signal handler, which cannot answer: the problem to log before dropping the signal, or undefined. */
export function signalInputProblem<N extends Extract<keyof WireContract['signal'], string>>(name: N, value: unknown) {
  return wireProblem('signal', name, value);
}

/**
 * An activity's input, for the worker's activity interceptor: an invalid one fails the activity without a retry
 * (InvalidActivityInput). Activities outside the contract (the AI loop's internal calls) are not checked.
 */
export function checkActivityInput(activityType: string, value: unknown): void {
  if (!compiled[`activity/${activityType}`]) return;
  check('activity', activityType as Extract<keyof WireContract['activity'], string>, value, INVALID_ACTIVITY_INPUT);
}

/** Other data from outside (a memo, an approver's answer), checked where the workflow reads it. */
export function checkData<N extends Extract<keyof WireContract['data'], string>>(name: N, value: unknown) {
  return check('data', name, value, INVALID_DATA);
}
