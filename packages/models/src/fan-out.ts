import type { z } from 'zod';
import { wholeNumber } from './fields';

/** The most activities one run may fan out: each adds three events, and a history holds 51,200 at most. */
export const MAX_FAN_OUT = 2_000;

/** FanOutWorkflow's input: how many greet activities to run at once. */
export const FanOutCount = wholeNumber(1, MAX_FAN_OUT);
export type FanOutCount = z.infer<typeof FanOutCount>;
