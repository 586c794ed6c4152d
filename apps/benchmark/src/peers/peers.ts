import type { BenchServer } from '../server';
import type { PoolUsage } from '../worker-pool';
import { WorkerPool } from '../worker-pool';
import { PYTHON_PEER_DIR } from './python-peer';
import { SpawnedWorker } from './spawned-worker';

/** A worker the peers phase runs the greeting against: a fresh process of it for each measurement. */
export interface Peer {
  name: string;
  start(server: BenchServer): Promise<{ usage(): Promise<PoolUsage>; stop(): Promise<void> }>;
}

/** The peer every figure is divided by: the TypeScript SDK's floor on this workload. */
export const FLOOR_PEER = 'TypeScript floor';

/** The project's worker, the floor, and the quick start's greeting as a Python worker when a venv `python` is given. */
export function peersToRun(python: string | undefined): Peer[] {
  const peers: Peer[] = [
    // bench-worker.ts: the project's workerOptions on its prebuilt bundle, as in the rest of the benchmark.
    { name: 'project worker', start: (server) => WorkerPool.start(server.workerEnv, {}) },
    {
      name: FLOOR_PEER,
      start: (server) => SpawnedWorker.start(process.execPath, [require.resolve('./floor-worker')], server),
    },
  ];
  if (python) {
    peers.push({
      name: 'Python worker',
      start: (server) => SpawnedWorker.start(python, ['worker.py'], server, PYTHON_PEER_DIR),
    });
  }
  return peers;
}
