// For tests that drive the cluster: where its profile is, which processes it runs, whether each serves.
export { paths, PROFILE, stateDir } from './layout';
export { frontendAddress, readSettings, SERVER_PROCESSES, type ClusterSettings, type ServerProcess } from './settings';
export { serves } from './health';
