module.exports = {
  ...require('../../jest.config.base'),
  // The workflow bundle is built once per run and shared by the test files that read WORKFLOW_BUNDLE_PATH.
  globalSetup: '<rootDir>/src/__tests__/helpers/jest-global-setup.ts',
  globalTeardown: '<rootDir>/src/__tests__/helpers/jest-global-teardown.ts',
};
