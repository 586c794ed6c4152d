module.exports = {
  ...require('../../jest.config.base'),
  // The shipped workflow bundle is built once per run and shared by every test file (see @reference/testing).
  globalSetup: '<rootDir>/src/testing/jest-global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/jest-global-teardown.ts',
  // Two files at once, not jest's cores-minus-one (one, on two cores): the longest package of `pnpm test`, its files
  // spend most of their time waiting on their servers and timers.
  maxWorkers: 2,
};
