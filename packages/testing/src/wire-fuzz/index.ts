export { type FuzzedKind, wireArbitraries } from './arbitraries';
export { eventsSince, failedWorkflowTasks, refusedInFirstTask, TAKING_IN_A_SIGNAL } from './fuzz-checks';
export { FUZZ_RUNS, fuzzSeed, serverSamples } from './fuzz-settings';
