export { bundleOnce as default } from './bundle-once';
