export { createLogger, LOG_LEVELS, type DestinationStream } from './logger';
export { startTracing, tracesExporterFromEnv, TRACES_EXPORTERS, type Tracing, type TracesExporter } from './tracing';
export { CORRELATION_ATTRIBUTE } from './span-attribute';
