import { bundleOnce } from '@reference/testing';

/** The package's tests run the workflows as the worker ships them, bundled once per run from this package's source. */
export default () => bundleOnce(require.resolve('../registry'));
