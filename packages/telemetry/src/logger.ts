import type { Logger, LogLevel, LogMetadata } from '@temporalio/common';
import pino, { type DestinationStream, type Level } from 'pino';

export type { DestinationStream };

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const;

const pinoLevel: Record<LogLevel, Level> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/**
 * The SDK's Logger over pino: one JSON line per entry, the SDK's context (sdkComponent, workflowId, activityType,
 * attempt, taskQueue, …) as fields. Written to stdout unless `destination` says otherwise. The activity context the
 * SDK adds carries the task token, with which anyone who reads the log could complete or fail the activity (answer an
 * approval as anyone): it is removed, and ids (workflow, run, activity) say which activity a line is about.
 */
export function createLogger(level: (typeof LOG_LEVELS)[number], destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: ['taskToken'], remove: true } };
  const base = destination ? pino(options, destination) : pino(options);
  const log = (level: LogLevel, message: string, meta: LogMetadata = {}) => base[pinoLevel[level]](meta, message);
  return {
    log,
    trace: (message, meta) => log('TRACE', message, meta),
    debug: (message, meta) => log('DEBUG', message, meta),
    info: (message, meta) => log('INFO', message, meta),
    warn: (message, meta) => log('WARN', message, meta),
    error: (message, meta) => log('ERROR', message, meta),
  };
}
