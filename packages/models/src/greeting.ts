import type { z } from 'zod';
import { nonBlank } from './fields';

/** Who GreetingWorkflow and the greet activity greet: on the wire a plain string, kept as given. */
export const GreetingName = nonBlank(1_000);
export type GreetingName = z.infer<typeof GreetingName>;
