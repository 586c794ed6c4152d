import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** The ways a sample line is invalid, in turn: each is counted and reported by the batch, never retried. */
const INVALID_LINES = [
  (line: number) => JSON.stringify({ sku: `SKU-${line}`, priceCents: -1 }),
  (line: number) => `{"sku": "SKU-${line}", "priceCents": `,
  (line: number) => JSON.stringify({ priceCents: 100 + line }),
];

/** Whether line `line` (from 1) of `records` is one of the `invalid` ones, spread evenly over the source. */
function isInvalid(line: number, records: number, invalid: number): boolean {
  return Math.floor((line * invalid) / records) !== Math.floor(((line - 1) * invalid) / records);
}

/** Line `line` of a sample source: a BatchRecord, or with `invalid` one that fails validation. */
export function sampleBatchLine(line: number, invalid = false): string {
  if (invalid) return INVALID_LINES[line % INVALID_LINES.length]!(line);
  return JSON.stringify({ sku: `SKU-${line}`, priceCents: 100 + ((line * 7_919) % 100_000) });
}

/**
 * Writes a sample batch source to `path`: `records` lines of JSON Lines, `invalid` of them spread evenly and failing
 * validation. Streamed, so a source of millions of records takes no more memory than one of ten.
 */
export async function writeSampleBatchSource(path: string, records: number, invalid = 0): Promise<void> {
  const out = createWriteStream(path, { mode: 0o600 });
  for (let line = 1; line <= records; line += 1) {
    if (!out.write(`${sampleBatchLine(line, isInvalid(line, records, invalid))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
