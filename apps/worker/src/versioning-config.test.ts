import { loadWorkerConfig } from './config';
import { buildIdOf, versioningFrom } from './versioning';

const code = 'globalThis.__TEMPORAL__ = {}; // a workflow bundle';

test('off unless a deployment is named (an empty name counts as none)', () => {
  expect(versioningFrom(loadWorkerConfig({}), code)).toBeUndefined();
  expect(versioningFrom(loadWorkerConfig({ TEMPORAL_DEPLOYMENT_NAME: '' }), code)).toBeUndefined();
});

test('a named deployment: the build id is derived from the bundle, workflows default to AUTO_UPGRADE', () => {
  expect(versioningFrom(loadWorkerConfig({ TEMPORAL_DEPLOYMENT_NAME: 'reference-worker' }), code)).toEqual({
    options: {
      version: { deploymentName: 'reference-worker', buildId: buildIdOf(code) },
      useWorkerVersioning: true,
      defaultVersioningBehavior: 'AUTO_UPGRADE',
    },
    buildIdSource: 'sha256 of the workflow bundle',
  });
});

test('the build id is the first 12 hex digits of the bundle’s sha256: the same code, the same id', () => {
  expect(buildIdOf('')).toBe('e3b0c44298fc'); // sha256('') = e3b0c44298fc1c14…
  expect(buildIdOf(code)).toMatch(/^[0-9a-f]{12}$/);
  expect(buildIdOf(`${code} `)).not.toBe(buildIdOf(code));
});

test('TEMPORAL_WORKER_BUILD_ID overrides the derived id; the default behaviour is configurable', () => {
  const versioning = versioningFrom(
    loadWorkerConfig({
      TEMPORAL_DEPLOYMENT_NAME: 'reference-worker',
      TEMPORAL_WORKER_BUILD_ID: '2026.11.1',
      WORKER_DEFAULT_VERSIONING_BEHAVIOR: 'PINNED',
    }),
    code,
  );
  expect(versioning?.options).toMatchObject({ version: { buildId: '2026.11.1' }, defaultVersioningBehavior: 'PINNED' });
  expect(versioning?.buildIdSource).toBe('set by TEMPORAL_WORKER_BUILD_ID');
});

test.each([
  [{ TEMPORAL_WORKER_BUILD_ID: 'b1' }, /TEMPORAL_WORKER_BUILD_ID: set without TEMPORAL_DEPLOYMENT_NAME/],
  [{ TEMPORAL_DEPLOYMENT_NAME: 'my deployment' }, /TEMPORAL_DEPLOYMENT_NAME: must not contain whitespace/],
  [
    { TEMPORAL_DEPLOYMENT_NAME: 'd', WORKER_DEFAULT_VERSIONING_BEHAVIOR: 'pinned' },
    /WORKER_DEFAULT_VERSIONING_BEHAVIOR: /,
  ],
])('%j is a configuration error naming the variable', (env, message) => {
  expect(() => loadWorkerConfig(env)).toThrow(message);
});
