import { inspect } from 'node:util';
import { retry } from 'ts-retry-promise';

export interface WaitOptions<T> {
  /** Whether a probed value is the one awaited; any truthy value by default. */
  holds?: (value: T) => boolean;
  /** 30 s by default. */
  timeoutMs?: number;
  /** Between the end of one probe and the start of the next; 50 ms by default. */
  intervalMs?: number;
  /**
   * Ask again after a probe that throws (a query before the workflow has taken its first task, a server restarting)
   * instead of failing at once with its error, as by default (an `expect` in the probe stays an immediate failure).
   */
  retryErrors?: boolean;
}

/**
 * Probes until `holds` says yes, and returns that value. After `timeoutMs`, fails with `timed out waiting until <what>`
 * and the last value or error; no probe starts after that.
 */
export async function waitFor<T>(probe: () => T | Promise<T>, what: string, options: WaitOptions<T> = {}): Promise<T> {
  const { holds = Boolean, timeoutMs = 30_000, intervalMs = 50, retryErrors = false } = options;
  let last: { value: T } | { error: unknown } | undefined;
  const probed = async () => {
    try {
      const value = await probe();
      last = { value };
      return value;
    } catch (error) {
      last = { error };
      throw error;
    }
  };
  const outcome = await retry(probed, {
    until: holds,
    timeout: timeoutMs,
    delay: intervalMs,
    retries: 'INFINITELY',
    retryIf: () => retryErrors,
  }).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if ('value' in outcome) return outcome.value;
  if (!retryErrors && last && 'error' in last && outcome.error === last.error) throw outcome.error;
  // With retries unbounded, the only other way out of retry() is its timeout.
  const seen = !last
    ? 'no probe answered'
    : 'error' in last
      ? `last error: ${last.error instanceof Error ? last.error.message : inspect(last.error)}`
      : `last value: ${inspect(last.value, { depth: 4, breakLength: Infinity })}`;
  throw new Error(`timed out waiting until ${what} (${timeoutMs / 1000} s); ${seen}`, {
    cause: last && 'error' in last ? last.error : undefined,
  });
}
