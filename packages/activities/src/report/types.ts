export type { ReportLine } from '@reference/models';
