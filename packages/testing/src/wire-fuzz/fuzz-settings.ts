import fc from 'fast-check';

/** How many values each property draws: many where checking one costs microseconds, few where it starts a workflow. */
export const FUZZ_RUNS = { pure: 300, server: 4 };

/**
 * The seed of this run's values: FUZZ_SEED to replay a failure, else a new one, printed so a failure can be replayed
 * (fast-check prints it too).
 */
export function fuzzSeed(): number {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  console.log(`wire fuzz seed ${seed} (FUZZ_SEED=${seed} replays it)`);
  return seed;
}

/** The values a test that starts workflows sends: few, drawn from `seed`, the same for the same seed. */
export function serverSamples<T>(arbitrary: fc.Arbitrary<T>, seed: number): T[] {
  return fc.sample(arbitrary, { seed, numRuns: FUZZ_RUNS.server });
}
