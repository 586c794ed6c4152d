import { psql, DATABASE_USER } from './postgres';
import { runCommand } from './run-command';
import type { ServerBinaries } from './server-binaries';
import type { ClusterSettings } from './settings';

/** The two databases and the SQL tool's schema for each, built into the tool. */
export const DATABASES = [
  { name: 'temporal', schema: 'postgresql/v12/temporal' },
  { name: 'temporal_visibility', schema: 'postgresql/v12/visibility' },
] as const;

/**
 * Creates each database with its versioning tables the first time, then brings it to the release's latest schema
 * (a no-op when it is there already; after a server upgrade, the migration).
 */
export async function applySchemas(binaries: ServerBinaries, settings: ClusterSettings): Promise<void> {
  const env = {
    SQL_PLUGIN: 'postgres12',
    SQL_HOST: '127.0.0.1',
    SQL_PORT: String(settings.postgresPort),
    SQL_USER: DATABASE_USER,
    SQL_PASSWORD: settings.databasePassword,
  };
  for (const { name, schema } of DATABASES) {
    const sqlTool = (...args: string[]) =>
      runCommand(binaries.sql, ['--db', name, ...args], { env, what: `sql ${args[0]} (${name})` });
    const exists = (await psql(settings, `SELECT 1 FROM pg_database WHERE datname = '${name}'`)).trim() === '1';
    if (!exists) {
      await sqlTool('create-database');
      await sqlTool('setup-schema', '-v', '0.0');
    }
    await sqlTool('update-schema', '-s', schema);
  }
}

/** Whether a frontend has written the cluster's metadata yet: until one has, processes started together race to. */
export async function clusterMetadataWritten(settings: ClusterSettings): Promise<boolean> {
  return (await psql(settings, 'SELECT count(*) FROM cluster_metadata_info', 'temporal')).trim() !== '0';
}
