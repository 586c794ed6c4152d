// For the tests on the cluster: where its profile and certificates are, and its frontend's address.
export { paths, PROFILE } from './layout';
export { frontendAddress, readSettings, type ClusterSettings } from './settings';
