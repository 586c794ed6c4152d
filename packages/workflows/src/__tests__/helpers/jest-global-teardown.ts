export { removeBundle as default } from './bundle-once';
