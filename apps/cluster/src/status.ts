import { serves } from './health';
import { megabytes, proportionalBytesWithChildren, residentBytes } from './memory';
import { postgresPid, postgresServes } from './postgres';
import { serverPid } from './server-processes';
import { readSettings, SERVER_PROCESSES } from './settings';

interface Row {
  process: string;
  pid: string;
  serving: string;
  memory: string;
  address: string;
}

/**
 * One line per process: pid, whether it answers (PostgreSQL: pg_isready; the servers: gRPC health over mTLS), its
 * memory. Returns whether everything serves.
 */
export async function status(): Promise<boolean> {
  const settings = readSettings();
  if (!settings) {
    console.log('no cluster set up here: pnpm cluster up');
    return false;
  }
  const pgPid = postgresPid();
  const rows: Row[] = [
    {
      process: 'postgres',
      pid: pgPid ? String(pgPid) : '-',
      serving: (await postgresServes(settings)) ? 'yes' : 'no',
      memory: pgPid ? `${megabytes(proportionalBytesWithChildren(pgPid))} (PSS, all backends)` : '-',
      address: `127.0.0.1:${settings.postgresPort}`,
    },
  ];
  for (const each of SERVER_PROCESSES) {
    const pid = serverPid(each);
    rows.push({
      process: each.name,
      pid: pid ? String(pid) : '-',
      serving: pid && (await serves(each, settings)) ? 'yes' : 'no',
      memory: pid ? `${megabytes(residentBytes(pid))} (RSS)` : '-',
      address: `127.0.0.1:${settings.ports[each.name].grpc}`,
    });
  }
  const columns = Object.keys(rows[0]!) as (keyof Row)[];
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(format(columns));
  for (const row of rows) console.log(format(columns.map((column) => row[column])));
  return rows.every((row) => row.serving === 'yes');
}
