import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestServer } from '@reference/testing';
import { openServer } from './server';

let testEnv: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  testEnv = await startTestServer();
}, 120_000);
afterAll(() => testEnv?.teardown());

test('a TOML profile names the server: the benchmark connects to it as the worker does, and its workers get the profile', async () => {
  const profile = path.join(mkdtempSync(path.join(tmpdir(), 'bench-profile-')), 'temporal.toml');
  writeFileSync(profile, `[profile.bench]\naddress = "${testEnv.address}"\nnamespace = "default"\n`);
  const saved = { ...process.env };
  delete process.env.TEMPORAL_ADDRESS;
  Object.assign(process.env, { TEMPORAL_CONFIG_FILE: profile, TEMPORAL_PROFILE: 'bench' });
  try {
    const server = await openServer();
    try {
      expect(server.description).toBe(`${testEnv.address} (from TEMPORAL_* variables)`);
      expect(server.workerEnv).toMatchObject({ TEMPORAL_CONFIG_FILE: profile, TEMPORAL_PROFILE: 'bench' });
      const { capabilities } = await server.client.workflowService.getSystemInfo({});
      expect(capabilities).toBeDefined();
    } finally {
      await server.close();
    }
  } finally {
    process.env = saved;
  }
}, 60_000);
