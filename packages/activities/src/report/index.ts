export { appendReportLine } from './append-report-line';
export type { ReportLine } from './types';
