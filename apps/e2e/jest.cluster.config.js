// `pnpm test:cluster`: the worker and the starter on the cluster `pnpm cluster up` runs (scripts/test-cluster.sh checks
// that it serves first), one file at a time: the cluster's five processes and PostgreSQL already share the cores.
module.exports = {
  ...require('../../jest.config.base'),
  testMatch: ['<rootDir>/src/**/*.cluster.test.ts'],
  maxWorkers: 1,
  testTimeout: 120_000,
};
