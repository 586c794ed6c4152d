export { openPrivateFile } from './private-file';
export { privateDir, privateStateDir, type PrivateDirOptions } from './private-state-dir';
