module.exports = {
  ...require('../../jest.config.base'),
  // The shipped workflow bundle is built once per run and shared by every test file (see @reference/testing).
  globalSetup: '<rootDir>/src/jest-global-setup.test-helpers.ts',
  globalTeardown: '<rootDir>/src/jest-global-teardown.test-helpers.ts',
};
