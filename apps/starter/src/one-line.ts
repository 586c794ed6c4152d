import { ServiceError } from '@temporalio/client';

/** Any error as one line: a ServiceError ("Failed to start Workflow") with the server's reason after it. */
export function oneLine(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const { cause } = err;
  const reason =
    err instanceof ServiceError && cause instanceof Error
      ? `: ${(cause as Error & { details?: string }).details || cause.message}`
      : '';
  return `${err.message}${reason}`.split('\n')[0] ?? '';
}
