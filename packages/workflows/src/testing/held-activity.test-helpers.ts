import { Context } from '@temporalio/activity';

/**
 * An activity that, once called, waits until the test lets it go (or its worker shuts down), then runs `run`:
 * a step held at its start while the test applies a fault. `finished` settles when the held call has really ended.
 */
export function held<I, O>(run: (input: I) => Promise<O>) {
  let release!: () => void;
  let markStarted!: () => void;
  const mayGo = new Promise<void>((resolve) => (release = resolve));
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  let finished: Promise<unknown> = Promise.resolve();
  const activity = (input: I): Promise<O> => {
    markStarted();
    const result = Promise.race([mayGo, Context.current().cancelled]).then(() => run(input));
    finished = result.catch(() => undefined);
    return result;
  };
  return { activity, started, release, finished: () => finished };
}
