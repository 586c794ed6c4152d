import { brokenReferences, documentationFiles, headingSlugs, repositoryPath } from './docs-links';
import { workspaceRoot } from './workspace';

const files = documentationFiles(workspaceRoot);

test('the docs are where the README says', () => {
  expect(files).toContain('README.md');
  expect(files).toContain('docs/README.md');
  expect(files).toContain('BENCHMARKS.md');
});

test.each(files)('every relative link and code path in %s exists', (file) => {
  expect(brokenReferences(workspaceRoot, file).map((b) => `${b.file}:${b.line} ${b.reference}: ${b.problem}`)).toEqual(
    [],
  );
});

describe('the checker', () => {
  test('makes anchors the way GitHub does', () => {
    const slugs = headingSlugs(
      '# Logs, metrics, traces\n## `OrderWorkflow` (saga)\n## Notes\n## Notes\n```\n# not\n```\n',
    );
    expect([...slugs]).toEqual(['logs-metrics-traces', 'orderworkflow-saga', 'notes', 'notes-1']);
  });

  test.each([
    ['packages/workflows/src/registry.ts', 'packages/workflows/src/registry.ts'],
    ['packages/workflows/src/registry.ts:12', 'packages/workflows/src/registry.ts'],
    ['apps/worker/', 'apps/worker'],
    ['packages/models/json-schema/<kind>/<name>.json', undefined],
    ['packages/*/src', undefined],
    ['apps/worker/dist/workflow-bundle.js', undefined],
    ['apps/benchmark/results/', undefined],
    ['pnpm --filter starter start', undefined],
    ['LEDGER_DIR', undefined],
  ])('reads `%s` as %s', (token, expected) => {
    expect(repositoryPath(token)).toBe(expected);
  });
});
