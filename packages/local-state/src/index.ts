export { privateDir, privateStateDir, type PrivateDirOptions } from './private-state-dir';
