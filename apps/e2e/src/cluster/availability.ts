import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { waitFor } from '@reference/testing/wait';

const ROUND_MS = 1_000;
const DEADLINE_MS = 2_000;

interface Round {
  at: number;
  failed: number;
}

/**
 * Describes each of `workflowIds` once a second, each call given 2 s, and keeps which rounds had a failure: a
 * workflow whose shard no history host owns cannot be described, so the failed rounds are when the service was
 * degraded for the workflows a user has open.
 */
export class AvailabilityProbe {
  private readonly rounds: Round[] = [];
  private stopped = false;
  private readonly loop: Promise<void>;

  constructor(
    private readonly client: Client,
    private readonly workflowIds: string[],
  ) {
    this.loop = this.probe();
  }

  private async probe(): Promise<void> {
    while (!this.stopped) {
      const at = Date.now();
      const outcomes = await Promise.allSettled(
        this.workflowIds.map((id) =>
          this.client.connection.withDeadline(at + DEADLINE_MS, () => this.client.workflow.getHandle(id).describe()),
        ),
      );
      this.rounds.push({ at, failed: outcomes.filter((outcome) => outcome.status === 'rejected').length });
      await sleep(Math.max(0, at + ROUND_MS - Date.now()));
    }
  }

  /** Resolves once a whole round that began at or after `since` had every describe answered. */
  async answeringSince(since: number, timeoutMs: number): Promise<void> {
    await waitFor(
      () => this.rounds.some((round) => round.at >= since && round.failed === 0),
      'the open workflows all answer in one round',
      { timeoutMs, intervalMs: 200 },
    );
  }

  /**
   * Between `from` and `to`: how long from `from` until the first round that every workflow answered after the last
   * round with a failure (0 when none failed; to the second, as the rounds are), and the most workflows that did not
   * answer in one round.
   */
  degraded(from: number, to: number): { ms: number; worstRound: number } {
    const rounds = this.rounds.filter((round) => round.at >= from && round.at < to);
    const lastFailing = rounds.map((round) => round.failed > 0).lastIndexOf(true);
    if (lastFailing < 0) return { ms: 0, worstRound: 0 };
    const recovered = rounds[lastFailing + 1]?.at ?? to;
    return { ms: recovered - from, worstRound: Math.max(...rounds.map((round) => round.failed)) };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }
}
