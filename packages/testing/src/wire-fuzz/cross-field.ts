import fc from 'fast-check';
import { DEFAULT_BATCH_WINDOW, DEFAULT_MAX_ITEMS } from '@reference/models';
import type { Schema } from './schema';
import { validValue } from './valid-values';

// The rules across fields (and against the clock) that JSON Schema cannot state, restated here as
// docs/wire-contract.md states them, not taken from the code that enforces them: so a checker that refuses a value the
// contract admits, or admits one it refuses, fails the tests. Each turns values valid by the schema into values that
// keep the rule, and into values that break only it.

type Value = Record<string, unknown>;
type Values = fc.Arbitrary<Value>;

interface CrossFieldArbitraries {
  keep(values: Values, schema: Schema): Values;
  breakRule(values: Values, schema: Schema): Values;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const YEAR_DAYS = 365;
const MILLENNIUM_MS = 1000 * YEAR_DAYS * DAY_MS;

/**
 * A deadline `from`..`to` ms from now, as a Date made when the value is drawn. The margins (an hour, a day around a
 * year) leave room for the time between drawing a value and a workflow checking it.
 */
const deadlineFromNow = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((offset) => new Date(Date.now() + offset));
const withDeadline = (values: Values, deadlines: fc.Arbitrary<Date>) =>
  fc.tuple(values, deadlines).map(([value, deadline]) => ({ ...value, deadline }));

/** A property's schema bound (`workMs`'s maximum). */
const bound = (schema: Schema, key: string, which: 'minimum' | 'maximum') => schema.properties![key]![which] as number;

/** An order holds at most `maxItems` lines (20 unless it says). */
const order: CrossFieldArbitraries = {
  keep: (values) =>
    values.map((value) =>
      value.items
        ? {
            ...value,
            items: (value.items as unknown[]).slice(0, (value.maxItems as number | undefined) ?? DEFAULT_MAX_ITEMS),
          }
        : value,
    ),
  breakRule: (values, schema) => {
    const itemsSchema = schema.properties!.items!;
    return fc.tuple(values, validValue(itemsSchema.items!)).map(([value, item]) => {
      // No more lines than the schema's own bound on the list, so only the rule is broken.
      const maxItems = Math.min(
        (value.maxItems as number | undefined) ?? DEFAULT_MAX_ITEMS,
        (itemsSchema.maxItems as number) - 1,
      );
      const items = [...((value.items as unknown[] | undefined) ?? [])];
      while (items.length <= maxItems) items.push(item);
      return { ...value, ...(value.maxItems === undefined ? {} : { maxItems }), items };
    });
  },
};

/** A job's `workMs` is shorter than its `leaseMs`. */
const exclusiveJob: CrossFieldArbitraries = {
  keep: (values) =>
    values.map((job) => {
      const [workMs, leaseMs] = [job.workMs as number, job.leaseMs as number];
      // Just inside the rule where the drawn one was not.
      return workMs < leaseMs ? job : { ...job, workMs: leaseMs - 1 };
    }),
  breakRule: (values, schema) => {
    const maxWork = bound(schema, 'workMs', 'maximum');
    // Work as long as its lease first, as fast-check draws small numbers first.
    return fc.tuple(values, fc.nat()).map(([job, n]) => {
      const leaseMs = Math.min(job.leaseMs as number, maxWork);
      return { ...job, leaseMs, workMs: leaseMs + (n % (maxWork - leaseMs + 1)) };
    });
  },
};

/** A reminder's first deadline is at most a year ahead (one in the past fires at once). */
const reminder: CrossFieldArbitraries = {
  keep: (values) => withDeadline(values, deadlineFromNow(-MILLENNIUM_MS, (YEAR_DAYS - 1) * DAY_MS)),
  breakRule: (values) => withDeadline(values, deadlineFromNow((YEAR_DAYS + 1) * DAY_MS, MILLENNIUM_MS)),
};

/** A moved deadline is in the future and at most a year ahead. */
const movedReminder: CrossFieldArbitraries = {
  keep: (values) => withDeadline(values, deadlineFromNow(HOUR_MS, (YEAR_DAYS - 1) * DAY_MS)),
  breakRule: (values) =>
    withDeadline(
      values,
      fc.oneof(deadlineFromNow(-MILLENNIUM_MS, -HOUR_MS), deadlineFromNow((YEAR_DAYS + 1) * DAY_MS, MILLENNIUM_MS)),
    ),
};

/** A batch's `maxHistoryEvents`, when given, is at least twice `6 × window + 30` (window 8 unless it says). */
const leastHistory = (window: number) => 2 * (6 * window + 30);
const batch: CrossFieldArbitraries = {
  keep: (values) =>
    values.map((value) => {
      const least = leastHistory((value.window as number | undefined) ?? DEFAULT_BATCH_WINDOW);
      const given = value.maxHistoryEvents as number | undefined;
      return given === undefined || given >= least ? value : { ...value, maxHistoryEvents: least };
    }),
  breakRule: (values, schema) => {
    const lowest = bound(schema, 'maxHistoryEvents', 'minimum');
    // The narrowest window whose least bound is above the schema's lowest: below it there is nothing to break.
    const narrowest = Math.floor((lowest / 2 - 30) / 6) + 1;
    const windows = fc.integer({ min: narrowest, max: bound(schema, 'window', 'maximum') });
    return fc.tuple(values, windows, fc.nat()).map(([value, window, n]) => ({
      ...value,
      window,
      // Just below the least bound first, as fast-check draws small numbers first.
      maxHistoryEvents: leastHistory(window) - 1 - (n % (leastHistory(window) - lowest)),
    }));
  },
};

/** Frequent polling looks at least once a minute (infrequent polling may wait longer). */
const FREQUENT_MAX_SECONDS = 60;
const importCatalog: CrossFieldArbitraries = {
  keep: (values) =>
    values.map((feed) => {
      const interval = feed.pollIntervalSeconds as number | undefined;
      return feed.polling !== 'frequent' || interval === undefined || interval <= FREQUENT_MAX_SECONDS
        ? feed
        : { ...feed, pollIntervalSeconds: 1 + ((interval - 1) % FREQUENT_MAX_SECONDS) };
    }),
  breakRule: (values, schema) => {
    const intervals = fc.integer({
      min: FREQUENT_MAX_SECONDS + 1,
      max: bound(schema, 'pollIntervalSeconds', 'maximum'),
    });
    return fc
      .tuple(values, intervals)
      .map(([feed, pollIntervalSeconds]) => ({ ...feed, polling: 'frequent', pollIntervalSeconds }));
  },
};

/** By wire id: every rule of cross-field-rules.ts must be here (wireArbitraries refuses a type whose rule is not). */
export const crossFieldArbitraries: Record<string, CrossFieldArbitraries> = {
  'workflow/OrderWorkflow': order,
  'workflow/ExclusiveJobWorkflow': exclusiveJob,
  'workflow/ReminderWorkflow': reminder,
  'update/moveReminder': movedReminder,
  'workflow/BatchWorkflow': batch,
  'workflow/ImportCatalogWorkflow': importCatalog,
};
