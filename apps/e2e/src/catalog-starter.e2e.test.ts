import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './processes';
import { useServerForProcesses } from './worker-process';

const workerDir = path.dirname(require.resolve('@reference/worker/package.json'));

const e2e = useServerForProcesses({ worker: true });
const dir = mkdtempSync(path.join(tmpdir(), 'catalog-starter-'));

const workspaceDir = path.resolve(workerDir, '../..');
// Run from the scratch directory, as a user in their own folder would, so relative paths resolve there.
const starter = (...args: string[]) =>
  run('pnpm', ['--dir', workspaceDir, '--filter', 'starter', 'start', ...args], { env: e2e.env, cwd: dir });

test('the README’s catalog commands: import a feed, then quote an order against it', async () => {
  const feed = [
    { sku: 'SKU-1', name: 'Steel Bolt M8', stock: 40, unitPriceCents: 12 },
    { sku: 'SKU-2', name: 'Copper Pipe 15 mm', stock: 8, unitPriceCents: 450 },
    { sku: 'SKU-3', name: 'steel bolt m8', stock: 3, unitPriceCents: 13 },
  ];
  writeFileSync(path.join(dir, 'feed.jsonl'), feed.map((r) => `${JSON.stringify(r)}\n`).join(''));
  writeFileSync(path.join(dir, 'feed.jsonl.ready'), '');

  const imported = await starter('import-catalog', 'feed.jsonl', '--store', 'store.jsonl', '--poll-every', '5');
  expect(imported.code).toBe(0);
  expect(imported.stdout).toContain('Imported 3 records, rejected 0 (attempt 1, resumed from line 0)');
  expect(imported.stdout).toContain('Possible duplicate: SKU-1 "Steel Bolt M8" ~ SKU-3 "steel bolt m8"');

  const prices = path.join(dir, 'prices');
  mkdirSync(prices);
  writeFileSync(path.join(prices, 'acme.json'), JSON.stringify({ 'SKU-2': { unitPriceCents: 430, available: 5 } }));
  writeFileSync(path.join(prices, 'globex.json'), JSON.stringify({ 'SKU-1': { unitPriceCents: 11, available: 500 } }));
  const quoted = await starter(
    'quote-order',
    ...['--store', 'store.jsonl', '--price-lists', 'prices', '--supplier', 'acme', '--supplier', 'globex'],
    ...['--line', 'SKU-1:5'],
  );
  expect(quoted.code).toBe(0);
  expect(quoted.stdout).toContain(
    'SKU-1 x5 "Steel Bolt M8": best globex at 11 cents each, 55 in all; no offer from acme (SkuNotOffered)',
  );
});
