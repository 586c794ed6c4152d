/**
 * Writes the fault matrix's table into docs/testing.md from the domains' entries (src/<domain>/fault-matrix.test-helpers.ts):
 * pnpm --filter @reference/workflows write-fault-matrix-table. src/fault-matrix-table.test.ts checks that it is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { TESTING_DOCS, withCurrentMatrixTable } from '../src/testing/fault-matrix-docs.test-helpers';

writeFileSync(TESTING_DOCS, withCurrentMatrixTable(readFileSync(TESTING_DOCS, 'utf8')));
console.log('wrote the fault matrix into docs/testing.md');
