export { privateStateDir } from './private-state-dir';
