// For the tests on the cluster and the benchmark: where its profile and certificates are, its frontend's address, and
// its processes: which runs where (PostgreSQL's backends are its children), whether each serves, stopping one (a
// restart is `pnpm cluster up`).
export { paths, PROFILE, stateDir } from './layout';
export { postgresPid, stopPostgres } from './postgres';
export { serves } from './health';
export { childPids } from './process-tree';
export { logFile, serverPid, stopServerProcess } from './server-processes';
export {
  frontendAddress,
  readSettings,
  SERVER_PROCESSES,
  type ClusterSettings,
  type ProcessName,
  type ServerProcess,
} from './settings';
