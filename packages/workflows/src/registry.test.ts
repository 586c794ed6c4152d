import { readFileSync } from 'node:fs';
import path from 'node:path';
import { wireContract } from '@reference/models';
import { wireExamples } from '@reference/models/wire-examples';
import { recordedHistories } from './testing/recorded-histories.test-helpers';
import * as workflows from '.';

/**
 * The registry (registry.ts) is the one list of workflow types. A workflow type added to it, or taken out, is named
 * here by every other place that lists workflow types and has not followed. The starter command a README row names
 * is checked by apps/starter's readme-commands.test.ts.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the registry is CommonJS (see registry.ts)
const registry = require('./registry') as Record<string, unknown>;
const registered = Object.keys(registry);

const exported = Object.entries(workflows).filter(([, value]) => typeof value === 'function');
const repositoryFile = (file: string) => readFileSync(path.join(__dirname, '../../..', file), 'utf8');
const readme = repositoryFile('README.md');
const wireNames = repositoryFile('docs/wire-contract.md');

const places: Array<[string, string[]]> = [
  ['the index, src/index.ts (what clients import)', exported.map(([name]) => name)],
  ['the wire contract, packages/models/src/contract.ts (workflow)', Object.keys(wireContract.workflow)],
  ['the wire examples, packages/models/src/wire-examples.ts (workflow)', Object.keys(wireExamples.workflow)],
  ["the README's workflow table (a row per type)", [...readme.matchAll(/^\| `(\w+)` +\|/gm)].map(([, name]) => name!)],
  [
    'the wire names of docs/wire-contract.md (a `| workflow |` row per type)',
    [...wireNames.matchAll(/^\| workflow +\| `(\w+)` +\|/gm)].map(([, name]) => name!),
  ],
  [
    'the recorded histories, src/<domain>/histories (a recording-scenarios.ts entry, then record-histories)',
    recordedHistories('histories').map(({ workflowType }) => workflowType),
  ],
];

test.each(places)("%s names exactly the registry's workflow types", (_, names) => {
  expect({
    missing: registered.filter((name) => !names.includes(name)),
    notRegistered: [...new Set(names)].filter((name) => !registered.includes(name)),
  }).toEqual({ missing: [], notRegistered: [] });
});

// The worker finds workflows through the registry, clients through the index: the same functions.
test('the registry serves the very functions the index exports', () => {
  for (const [name, fn] of exported) expect(registry[name]).toBe(fn);
});
