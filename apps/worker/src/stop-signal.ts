const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

let requested: NodeJS.Signals | undefined;
let resolveStop!: (signal: NodeJS.Signals) => void;
const stop = new Promise<NodeJS.Signals>((resolve) => (resolveStop = resolve));

/**
 * The process's SIGINT and SIGTERM are this module's, not the SDK runtime's (it is installed without shutdown
 * signals): the first asks for a stop, at any point of start-up or while the workers run; later ones are absorbed.
 * A terminal's Ctrl-C sends two (one to the whole foreground group, one forwarded by `pnpm`), and a second signal
 * must not kill the process mid-drain, before its clean-up (the embedded dev server's stop, say).
 */
export function listenForStop(graceSeconds: number): void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (requested) return;
    requested = signal;
    console.log(
      `Worker stopping (${signal}): no new tasks; activities in flight get up to ${graceSeconds} s to finish`,
    );
    resolveStop(signal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

/** Resolves with the signal once a stop is asked for. */
export function stopRequested(): Promise<NodeJS.Signals> {
  return stop;
}

/** Whether a stop has been asked for already: start-up checks it before starting what the stop would end at once. */
export function isStopRequested(): boolean {
  return requested !== undefined;
}
