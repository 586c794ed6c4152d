import type { z } from 'zod';
import { wholeNumber } from './fields';

/**
 * The most activities one run may fan out: the server fails a workflow task that would leave more than 2,000 pending
 * in one workflow. More records than that take a sliding window and continue-as-new: BatchWorkflow (docs/batch.md).
 */
export const MAX_FAN_OUT = 2_000;

/** FanOutWorkflow's input: how many greet activities to run at once. */
export const FanOutCount = wholeNumber(1, MAX_FAN_OUT);
export type FanOutCount = z.infer<typeof FanOutCount>;
