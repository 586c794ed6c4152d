import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createLocalTestEnv } from '@reference/temporal-server';
import { createDataConverter } from './data-converter';
import * as activities from './round-trip-activities.fixture';
import { statementRoundTrip, type Statement } from './round-trip-workflows.fixture';

const taskQueue = 'data-converter-test';
const statement: Statement = {
  holder: 'Ada Lovelace',
  closedAt: new Date('2026-11-30T23:59:59.999Z'),
  balanceCents: 9_007_199_254_740_993n, // past Number.MAX_SAFE_INTEGER: a JSON number would round it
};
const env = { TEMPORAL_ENCRYPTION_KEYS: `2026-11:${randomBytes(32).toString('base64')}` };

let testEnv: TestWorkflowEnvironment;
beforeAll(async () => {
  testEnv = await createLocalTestEnv();
});
afterAll(async () => {
  await testEnv?.teardown();
});

async function runRoundTrip(converterEnv: NodeJS.ProcessEnv) {
  const dataConverter = createDataConverter(converterEnv);
  const client = new Client({ connection: testEnv.connection, dataConverter });
  const worker = await Worker.create({
    connection: testEnv.nativeConnection,
    taskQueue,
    workflowsPath: require.resolve('./round-trip-workflows.fixture'),
    activities,
    dataConverter,
  });
  return worker.runUntil(async () => {
    const handle = await client.workflow.start(statementRoundTrip, {
      taskQueue,
      workflowId: randomUUID(),
      args: [statement],
    });
    const result = await handle.result();
    // fetchHistory gives the events as the server stores them: payloads still encoded.
    const raw = Buffer.from(temporal.api.history.v1.History.encode(await handle.fetchHistory()).finish());
    return { result, raw };
  });
}

test('Date and bigint survive client → workflow → activity → result on a real server', async () => {
  const { result, raw } = await runRoundTrip({});
  expect(result).toEqual({ statement, seen: ['true,bigint', 'true,bigint'] });
  expect(raw.includes('Ada Lovelace')).toBe(true); // without keys the history is readable: the contrast below
});

test('with keys configured the stored history holds no plaintext, and client and worker still agree', async () => {
  const { result, raw } = await runRoundTrip(env);
  expect(result).toEqual({ statement, seen: ['true,bigint', 'true,bigint'] });
  expect(raw.includes('Ada Lovelace')).toBe(false);
  expect(raw.includes('9007199254740993')).toBe(false);
  expect(raw.includes('binary/encrypted')).toBe(true);
});

test('a client without the keys reading an encrypted result is told which setting it lacks', async () => {
  const dataConverter = createDataConverter(env);
  const worker = await Worker.create({
    connection: testEnv.nativeConnection,
    taskQueue,
    workflowsPath: require.resolve('./round-trip-workflows.fixture'),
    activities,
    dataConverter,
  });
  const failure = await worker.runUntil(async (): Promise<unknown> => {
    const started = await new Client({ connection: testEnv.connection, dataConverter }).workflow.start(
      statementRoundTrip,
      { taskQueue, workflowId: randomUUID(), args: [statement] },
    );
    await started.result();
    const keyless = new Client({ connection: testEnv.connection, dataConverter: createDataConverter({}) });
    return keyless.workflow
      .getHandle<typeof statementRoundTrip>(started.workflowId)
      .result()
      .catch((err: unknown) => err);
  });
  expect(failure).toBeInstanceOf(Error);
  expect((failure as Error).message).toBe(
    'a payload is encrypted (key "2026-11") and no keys are configured here: set TEMPORAL_ENCRYPTION_KEYS ' +
      '(or TEMPORAL_ENCRYPTION_KEYS_FILE) to the keys the worker uses',
  );
});
