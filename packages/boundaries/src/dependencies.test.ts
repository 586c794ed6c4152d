import { lockedTemporalVersions, runtimeClosure, workspacePackages, type WorkspacePackage } from './workspace';

const packages = workspacePackages();

test('the starter depends only on workflow definitions and client-side packages', () => {
  const starter = packages.find((p) => p.name === '@reference/starter');
  expect(starter).toBeDefined();
  const declared = [...Object.keys(starter?.dependencies ?? {}), ...Object.keys(starter?.devDependencies ?? {})];
  for (const forbidden of [
    '@reference/activities',
    '@reference/worker',
    '@temporalio/worker',
    '@temporalio/activity',
  ]) {
    expect(declared).not.toContain(forbidden);
    expect(runtimeClosure('@reference/starter', packages)).not.toContain(forbidden);
  }
});

test('workflow code needs nothing at run time but the workflow SDK, Nexus service definitions, the models and the correlation id', () => {
  const workflows = packages.find((p) => p.name === '@reference/workflows');
  // nexus-rpc: the GreetingService definition (names and types only), which the caller workflow and the worker's
  // handler share, as the SDK's samples do. @reference/correlation: correlationId() and recordDecision(), on the SDK
  // alone.
  expect(Object.keys(workflows?.dependencies ?? {}).sort()).toEqual([
    '@reference/correlation',
    '@reference/models',
    '@temporalio/common',
    '@temporalio/workflow',
    'nexus-rpc',
  ]);
  // The contract: zod schemas (outside the sandbox) and the validators ajv compiles from them (its small runtime runs
  // inside); pure code, nothing else may come in through them.
  const models = packages.find((p) => p.name === '@reference/models');
  expect(Object.keys(models?.dependencies ?? {}).sort()).toEqual(['@temporalio/common', 'ajv', 'zod']);
  const correlation = packages.find((p) => p.name === '@reference/correlation');
  expect(Object.keys(correlation?.dependencies ?? {}).sort()).toEqual([
    '@temporalio/client',
    '@temporalio/common',
    '@temporalio/workflow',
  ]);
});

test('every package asks for the same exact @temporalio/* version', () => {
  const specs = new Set(
    packages.flatMap((p) =>
      Object.entries({ ...p.dependencies, ...p.devDependencies })
        .filter(([name]) => name.startsWith('@temporalio/'))
        .map(([, spec]) => spec),
    ),
  );
  expect(specs.size).toBe(1);
  expect([...specs][0]).toMatch(/^\d+\.\d+\.\d+$/);
});

test('the lockfile installs one version of the Temporal SDK', () => {
  const versions = new Set([...lockedTemporalVersions().values()].flatMap((set) => [...set]));
  expect(versions.size).toBe(1);
});

describe('runtimeClosure', () => {
  test('follows workspace dependencies but not devDependencies', () => {
    const fake: WorkspacePackage[] = [
      { name: 'app', dir: '', dependencies: { lib: '1' }, devDependencies: { tool: '1' } },
      { name: 'lib', dir: '', dependencies: { deep: '1' }, devDependencies: {} },
    ];
    expect([...runtimeClosure('app', fake)].sort()).toEqual(['deep', 'lib']);
  });
});
