import fc from 'fast-check';
import { wireContract } from '@reference/models';
import { wireProblem } from '@reference/models/wire';
import { FUZZ_RUNS, fuzzSeed } from './fuzz-settings';
import { type FuzzedKind, wireArbitraries } from './arbitraries';

const seed = fuzzSeed();
const kinds: FuzzedKind[] = ['workflow', 'signal', 'update'];
const cases = kinds.flatMap((kind) => Object.keys(wireContract[kind]).map((name) => ({ kind, name })));

// The generator's claims checked against both checkers of the contract: zod (the starter, activities) and the
// validators compiled from the JSON Schemas (the worker). fast-check prints the seed and the value when one fails.
describe.each(cases)('$kind $name', ({ kind, name }) => {
  const schema = (wireContract[kind] as Record<string, { safeParse(value: unknown): { success: boolean } }>)[name]!;
  const refusal = (value: unknown) => wireProblem(kind, name as never, value);
  const { valid, invalid } = wireArbitraries(kind, name);

  test('every generated valid value passes zod and the worker’s check', () => {
    fc.assert(
      fc.property(valid, (value) => schema.safeParse(value).success && refusal(value) === undefined),
      { seed, numRuns: FUZZ_RUNS.pure },
    );
  });

  test('every value broken in one place fails both', () => {
    fc.assert(
      fc.property(invalid, (value) => !schema.safeParse(value).success && refusal(value) !== undefined),
      { seed, numRuns: FUZZ_RUNS.pure },
    );
  });
});
