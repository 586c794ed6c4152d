export { removeBundle as default } from '@reference/testing';
