/** One effect an external system has made for an order, recorded under the idempotency key that asked for it. */
export interface RecordedEffect<T> {
  key: string;
  orderId: string;
  value: T;
  undone: boolean;
}

/**
 * An external system's record of effects, keyed by idempotency key: asking twice with one key makes one effect,
 * and undoing an order's effects twice undoes them once. In-process, so tests can count what really happened.
 */
export class EffectLog<T> {
  private readonly entries = new Map<string, RecordedEffect<T>>();

  /** The effect recorded under `key`, made by `make` only the first time the key is seen. */
  record(key: string, orderId: string, make: () => T): RecordedEffect<T> {
    const existing = this.entries.get(key);
    if (existing) return existing;
    const entry = { key, orderId, value: make(), undone: false };
    this.entries.set(key, entry);
    return entry;
  }

  /** Undoes every effect of the order still in force and returns those it undid (none on a second call). */
  undoAll(orderId: string): RecordedEffect<T>[] {
    const undone = this.forOrder(orderId).filter((entry) => !entry.undone);
    for (const entry of undone) entry.undone = true;
    return undone;
  }

  forOrder(orderId: string): RecordedEffect<T>[] {
    return [...this.entries.values()].filter((entry) => entry.orderId === orderId);
  }

  all(): RecordedEffect<T>[] {
    return [...this.entries.values()];
  }
}
