export { ReminderWorkflow } from './reminder';
export * from './definitions';
