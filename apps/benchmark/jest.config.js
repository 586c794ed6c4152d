const base = require('../../jest.config.base');

// `pnpm bench` run whole as a process is part of the end-to-end suite (`pnpm test:e2e`, jest.e2e.config.js).
module.exports = { ...base, testPathIgnorePatterns: [...base.testPathIgnorePatterns, '\\.e2e\\.test\\.ts$'] };
