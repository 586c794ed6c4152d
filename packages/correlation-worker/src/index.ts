export { correlationActivityInterceptors } from './activity-interceptors';
export { auditFilePath, auditSinks, openAuditTrail } from './audit-trail';
export { CorrelationPlugin } from './correlation-plugin';
export { correlationNexusInterceptors } from './nexus-interceptors';
