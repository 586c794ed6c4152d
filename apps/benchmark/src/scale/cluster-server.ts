import {
  paths,
  postgresPid,
  type ProcessName,
  PROFILE,
  readSettings,
  SERVER_PROCESSES,
  serverPid,
  serves,
} from '@reference/cluster';
import { type BenchServer, connectTo, type ServiceProcess, withoutTemporalSettings } from '../server';

/**
 * The project's cluster (`pnpm cluster up`), reached through its profile as the worker and the starter reach it.
 * Refuses in one line unless PostgreSQL runs and every server process answers its health check.
 */
export async function openCluster(): Promise<BenchServer> {
  const settings = readSettings();
  if (!settings) throw new Error('no cluster set up here: run `pnpm cluster up` first');
  const down = postgresPid() ? [] : ['postgres'];
  for (const each of SERVER_PROCESSES) {
    if (!serverPid(each) || !(await serves(each, settings))) down.push(each.name);
  }
  if (down.length) {
    throw new Error(`the cluster is not serving (${down.join(', ')} down): run \`pnpm cluster up\` first`);
  }
  const server = await connectTo({
    ...withoutTemporalSettings(),
    TEMPORAL_CONFIG_FILE: paths.clientProfile,
    TEMPORAL_PROFILE: PROFILE,
  });
  return {
    ...server,
    description: `the project's cluster at ${server.address} (mTLS)`,
    serviceProcesses: clusterProcesses,
    close: () => server.client.connection.close(),
  };
}

/** The internal worker service is named as a role apart from the benchmark's own workers. */
const ROLES: Record<ProcessName, string> = {
  frontend: 'frontend',
  'history-1': 'history-1',
  'history-2': 'history-2',
  matching: 'matching',
  worker: 'internal worker',
};

function clusterProcesses(): ServiceProcess[] {
  const servers = SERVER_PROCESSES.flatMap((each) => {
    const pid = serverPid(each);
    return pid ? [{ role: ROLES[each.name], pid, withChildren: false }] : [];
  });
  const postgres = postgresPid();
  return [...servers, ...(postgres ? [{ role: 'postgres', pid: postgres, withChildren: true }] : [])];
}
