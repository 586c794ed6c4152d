import { bundleOnce } from '@reference/testing';

export default () => bundleOnce(require.resolve('@reference/workflows/registry'));
