/** One run of the periodic report, as written to the report file. */
export interface ReportLine {
  title: string;
  workflowId: string;
  reportedAt: string;
}
