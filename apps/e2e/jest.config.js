const base = require('../../jest.config.base');

// The tests on the project's Temporal cluster run apart, with `pnpm test:cluster` (jest.cluster.config.js).
module.exports = { ...base, testPathIgnorePatterns: [...base.testPathIgnorePatterns, '\\.cluster\\.test\\.ts$'] };
