import { Client } from '@temporalio/client';
import { runLoad } from '../load';
import { describeLoad, measureWorkerCost, type WorkerCost } from '../measure-config';
import type { Plan } from '../plan';
import type { Progress } from '../progress';
import type { BenchServer } from '../server';
import type { LoadResult, LoadSpec } from '../types';
import { FLOOR_PEER, type Peer, peersToRun } from './peers';
import { preparePythonPeer } from './python-peer';

/** The figures compared between peers. */
export interface PeerFigures {
  /** Closed loop at the plan's concurrency (50 in flight in the full run). */
  workflowsPerSecond: number;
  cpuMsPerWorkflow: number;
  /** One workflow in flight. */
  cpuMsPerWorkflowAtOne: number;
  p50AtOneMs: number;
  /** After the closed loop at the plan's concurrency. */
  rssMb: number;
}

/** Each figure with its title, in the order the report's table and chart show them. */
export function peerFigureTitles(concurrency: number): { key: keyof PeerFigures; title: string }[] {
  return [
    { key: 'workflowsPerSecond', title: `workflows/s, ${concurrency} in flight` },
    { key: 'cpuMsPerWorkflow', title: `worker CPU ms/wf, ${concurrency} in flight` },
    { key: 'cpuMsPerWorkflowAtOne', title: 'worker CPU ms/wf, 1 in flight' },
    { key: 'p50AtOneMs', title: 'p50 ms, 1 in flight' },
    { key: 'rssMb', title: 'worker RSS MB' },
  ];
}

export interface PeerRun {
  peer: string;
  round: number;
  figures: PeerFigures;
  /** Each figure over the floor's in the same round; null where the floor's is 0. */
  toFloor: Record<keyof PeerFigures, number | null>;
  loads: { atConcurrency: LoadResult & WorkerCost; atOne: LoadResult & WorkerCost };
}

export interface PeersReport {
  concurrency: number;
  python: { temporalio: string } | { skipped: string };
  runs: PeerRun[];
}

type Measured = Omit<PeerRun, 'toFloor'>;

/** A figure as the report and the chart print it: to 0.1, with its ratio to the floor's in brackets. */
export function withRatio(value: number, ratio: number | null): string {
  return `${Math.round(value * 10) / 10} (${ratio === null ? '–' : `${ratio}×`})`;
}

/** A fresh worker process of `peer`, the closed loop and then one in flight against it, and the process stopped. */
async function measurePeer(peer: Peer, server: BenchServer, client: Client, plan: Plan['peers'], progress: Progress) {
  const worker = await peer.start(server);
  try {
    const measure = (spec: LoadSpec) =>
      measureWorkerCost(worker, `peers · ${peer.name} · ${describeLoad(spec)}`, spec, progress, (onProgress) =>
        runLoad(client, spec, onProgress),
      );
    const atConcurrency = await measure(plan.atConcurrency);
    const atOne = await measure(plan.atOne);
    const figures: PeerFigures = {
      workflowsPerSecond: atConcurrency.workflowsPerSecond,
      cpuMsPerWorkflow: atConcurrency.workerCpuMsPerWorkflow,
      cpuMsPerWorkflowAtOne: atOne.workerCpuMsPerWorkflow,
      p50AtOneMs: atOne.latencyMs.p50,
      rssMb: atConcurrency.workerRssMb,
    };
    return { figures, loads: { atConcurrency, atOne } };
  } finally {
    await worker.stop();
  }
}

function withRatios(measured: Measured[]): PeerRun[] {
  return measured.map((run) => {
    const floor = measured.find((m) => m.round === run.round && m.peer === FLOOR_PEER)?.figures;
    if (!floor) throw new Error(`round ${run.round} has no ${FLOOR_PEER} run`);
    const ratio = (key: keyof PeerFigures) =>
      floor[key] > 0 ? Math.round((run.figures[key] / floor[key]) * 100) / 100 : null;
    const keys = Object.keys(run.figures) as (keyof PeerFigures)[];
    return { ...run, toFloor: Object.fromEntries(keys.map((k) => [k, ratio(k)])) as PeerRun['toFloor'] };
  });
}

/**
 * The same greeting load, by wire name from a client with the default data converter, against each peer in turn:
 * one worker process at a time on my-task-queue, the peers interleaved round after round so that a change in the
 * machine's load falls on all of them.
 */
export async function measurePeers(plan: Plan['peers'], server: BenchServer, progress: Progress): Promise<PeersReport> {
  const python = await preparePythonPeer();
  if ('skipped' in python) console.log(`peers: the Python worker is skipped: ${python.skipped}`);
  const peers = peersToRun('python' in python ? python.python : undefined);
  // No project code in the client: any SDK's default JSON, as a foreign client would send.
  const client = new Client({ connection: server.client.connection });
  const measured: Measured[] = [];
  for (let round = 1; round <= plan.rounds; round += 1) {
    for (const peer of peers) {
      measured.push({ peer: peer.name, round, ...(await measurePeer(peer, server, client, plan, progress)) });
    }
  }
  return {
    concurrency: plan.atConcurrency.concurrency,
    python: 'skipped' in python ? { skipped: python.skipped } : { temporalio: python.temporalio },
    runs: withRatios(measured),
  };
}
