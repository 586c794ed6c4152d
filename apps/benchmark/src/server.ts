import { Client, Connection } from '@temporalio/client';
import { createDataConverter } from '@reference/data-converter';
import { createLocalTestEnv } from '@reference/temporal-server';

export interface BenchServer {
  address: string;
  description: string;
  client: Client;
  close(): Promise<void>;
}

// Eager workflow start and eager activity dispatch are server features behind dynamic config.
const eagerFeatures = [
  '--dynamic-config-value',
  'system.enableEagerWorkflowStart=true',
  '--dynamic-config-value',
  'system.enableActivityEagerExecution=true',
];

/** The server named by TEMPORAL_ADDRESS, or a dev server of its own (in memory, on a free port). */
export async function openServer(): Promise<BenchServer> {
  const configured = process.env.TEMPORAL_ADDRESS;
  const env = configured
    ? undefined
    : await createLocalTestEnv({ extraArgs: eagerFeatures, log: { format: 'pretty', level: 'error' } });
  const address = configured ?? env?.address ?? '';
  const connection = await Connection.connect({ address });
  return {
    address,
    description: configured ? `TEMPORAL_ADDRESS ${configured}` : 'its own dev server (in memory, eager features on)',
    client: new Client({ connection, dataConverter: createDataConverter() }),
    close: async () => {
      await connection.close();
      await env?.teardown();
    },
  };
}
