// `pnpm test:cluster`: the worker and the starter on the cluster `pnpm cluster up` runs, one file at a time (the
// cluster's five processes and PostgreSQL already share the machine's cores).
module.exports = {
  ...require('../../jest.config.base'),
  testMatch: ['<rootDir>/src/**/*.cluster.test.ts'],
  globalSetup: '<rootDir>/src/cluster/require-cluster.test-helpers.ts',
  maxWorkers: 1,
  testTimeout: 120_000,
};
