import { readSettings, SERVER_PROCESSES, serves } from '@reference/cluster';

/** Before any test: every server process answers, or the run stops with what to do. */
export default async function requireCluster(): Promise<void> {
  const settings = readSettings();
  const silent = settings ? await Promise.all(SERVER_PROCESSES.map((server) => serves(server, settings))) : [];
  const down = SERVER_PROCESSES.filter((_, i) => !silent[i]).map((server) => server.name);
  if (down.length > 0)
    throw new Error(`the cluster is not serving (${down.join(', ')}): run \`pnpm cluster up\` first`);
}
