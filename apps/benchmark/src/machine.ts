import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { resolveTemporalCli } from '@reference/temporal-server';
import workerPackage from '@temporalio/worker/package.json';

export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  memoryGb: number;
  loadAverageStart: number[];
  loadAverageEnd: number[];
  node: string;
  temporalSdk: string;
  temporalCli: string;
  server: string;
}

const loadAverage = () => os.loadavg().map((n) => Math.round(n * 100) / 100);

/** What the numbers were measured on; the end load average is filled in by `finish`. */
export function describeMachine(server: string): MachineInfo {
  let temporalCli = 'temporal CLI (version unknown)';
  const { executable } = resolveTemporalCli();
  try {
    if (executable.type === 'existing-path') {
      temporalCli = execFileSync(executable.path, ['--version'], { encoding: 'utf8' }).trim();
    }
  } catch {
    // The numbers still stand without the CLI's version line.
  }
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cpuCount: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverageStart: loadAverage(),
    loadAverageEnd: [],
    node: process.version,
    temporalSdk: workerPackage.version,
    temporalCli,
    server,
  };
}

export function finish(machine: MachineInfo): MachineInfo {
  return { ...machine, loadAverageEnd: loadAverage() };
}
