export { ReportWorkflow } from './report';
