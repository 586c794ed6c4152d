export {
  CORRELATION_HEADER,
  correlationIdProblem,
  correlationPayload,
  readCorrelationHeader,
  readNexusCorrelationHeader,
  withCorrelationHeader,
  type CorrelationReading,
} from './header';
export {
  correlationClientInterceptors,
  CorrelationClientInterceptor,
  CorrelationScheduleInterceptor,
} from './client-interceptor';
export { currentCorrelationId, withCorrelationId } from './scope';
export { DECISIONS, type AuditEntry, type AuditSinks, type Decision } from './audit';
