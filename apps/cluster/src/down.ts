import { rmSync } from 'node:fs';
import path from 'node:path';
import { stateDir } from './layout';
import { removePostgresFiles, stopPostgres } from './postgres';
import { stopServerProcess } from './server-processes';
import { SERVER_PROCESSES } from './settings';

/** Stops the five server processes together, then PostgreSQL; with `wipe`, deletes the state folder too. */
export async function down({ wipe }: { wipe: boolean }): Promise<void> {
  const stopped = await Promise.all(SERVER_PROCESSES.map(stopServerProcess));
  SERVER_PROCESSES.forEach((server, i) => {
    if (stopped[i]) console.log(`stopped ${server.name} (pid ${stopped[i]})`);
  });
  if (await stopPostgres()) console.log('stopped PostgreSQL');
  if (wipe) {
    removePostgresFiles();
    rmSync(stateDir, { recursive: true, force: true });
    console.log(`deleted ${path.relative(process.cwd(), stateDir)}: the next \`up\` starts from an empty database`);
  } else if (stopped.every((pid) => pid === undefined)) {
    console.log('no cluster process was running');
  }
}
