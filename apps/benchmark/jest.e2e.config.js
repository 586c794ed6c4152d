// The benchmark as a user runs it (`pnpm bench --quick`, `--batch`): its own servers and worker processes.
module.exports = { ...require('../../jest.config.base'), testMatch: ['<rootDir>/src/**/*.e2e.test.ts'] };
