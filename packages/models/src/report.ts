import { z } from 'zod';
import { nonBlank } from './fields';

/** ReportWorkflow's optional input: the report's title (default "status"). */
export const ReportTitle = nonBlank(200).optional();

/** One run of the periodic report, as written to the report file. */
export const ReportLine = z.strictObject({
  title: nonBlank(200),
  workflowId: nonBlank(1_000),
  reportedAt: z.iso.datetime(),
});
export type ReportLine = z.infer<typeof ReportLine>;
