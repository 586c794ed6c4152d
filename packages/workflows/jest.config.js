module.exports = {
  ...require('../../jest.config.base'),
  // The shipped workflow bundle is built once per run and shared by every test file (see @reference/testing).
  globalSetup: '<rootDir>/src/testing/jest-global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/jest-global-teardown.ts',
};
