import { readFileSync } from 'node:fs';
import { TESTING_DOCS, withCurrentMatrixTable } from './testing/fault-matrix-docs.test-helpers';

test('docs/testing.md shows the fault matrix as the domains declare it (pnpm --filter @reference/workflows write-fault-matrix-table)', () => {
  const page = readFileSync(TESTING_DOCS, 'utf8');
  expect(page).toBe(withCurrentMatrixTable(page));
});
