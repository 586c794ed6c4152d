import type { Statement } from './round-trip-workflows.fixture';

export async function describeTypes(statement: Statement): Promise<string> {
  return [statement.closedAt instanceof Date, typeof statement.balanceCents].join(',');
}
