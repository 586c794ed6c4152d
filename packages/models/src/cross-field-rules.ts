// Rules across fields, which JSON Schema cannot state, as plain functions (no zod): the zod schema runs each as a
// refinement (starter, activities) and wire.ts after the compiled validator (workflow code), so both refuse alike.

/** How many lines an order may hold unless its input says otherwise. */
export const DEFAULT_MAX_ITEMS = 20;

/** A cross-field rule: which field is wrong and why, for a value that already has the schema's shape. */
export type CrossFieldRule = (value: never) => { field: string; message: string } | undefined;

function orderItemsProblem(order: { items?: unknown[]; maxItems?: number }) {
  const max = order.maxItems ?? DEFAULT_MAX_ITEMS;
  const message = `more items than the order may hold (maxItems, ${max})`;
  return (order.items?.length ?? 0) > max ? { field: 'items', message } : undefined;
}

/** A job's work must end within its lease: past it, the lock may have handed the resource to the next job. */
function exclusiveJobProblem(job: { workMs: number; leaseMs: number }) {
  const message = `must be shorter than leaseMs (${job.leaseMs})`;
  return job.workMs >= job.leaseMs ? { field: 'workMs', message } : undefined;
}

/** By wire id (`workflow/OrderWorkflow`). */
export const crossFieldRules: Record<string, CrossFieldRule> = {
  'workflow/OrderWorkflow': orderItemsProblem,
  'workflow/ExclusiveJobWorkflow': exclusiveJobProblem,
};
