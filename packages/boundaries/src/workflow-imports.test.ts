import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { workflowImportViolations } from './workflow-imports';
import { workspaceRoot } from './workspace';

const ACTIVITIES = '@reference/activities';

/** Test code runs in Node beside the workflow code it tests (the same rule as eslint.config.mjs). */
const isTestCode = (file: string) =>
  file.endsWith('.test.ts') ||
  file.endsWith('.test-helpers.ts') ||
  file === 'recording-scenarios.ts' ||
  file.startsWith('jest-global-');

function workflowSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return workflowSources(full);
    return entry.name.endsWith('.ts') && !isTestCode(entry.name) ? [full] : [];
  });
}

test('the workflows package imports no Node built-ins and activities by type only', () => {
  const sources = workflowSources(path.join(workspaceRoot, 'packages/workflows/src'));
  expect(sources.length).toBeGreaterThan(0);
  const violations = sources.flatMap((file) => workflowImportViolations(file, readFileSync(file, 'utf8'), ACTIVITIES));
  expect(violations).toEqual([]);
});

describe('the check fails on', () => {
  test.each([
    ["import * as activities from '@reference/activities';", "'@reference/activities' by value"],
    ["import { greet } from '@reference/activities';", "'@reference/activities' by value"],
    ["export { greet } from '@reference/activities';", "'@reference/activities' by value"],
    ["const a = require('@reference/activities');", "'@reference/activities' by value"],
    ["import fs from 'fs';", "Node built-in 'fs'"],
    ["import { readFile } from 'node:fs/promises';", "Node built-in 'node:fs/promises'"],
    ["import { randomUUID } from 'crypto';", "Node built-in 'crypto'"],
    ["const c = await import('child_process');", "Node built-in 'child_process'"],
  ])('%s', (source, problem) => {
    expect(workflowImportViolations('bad.ts', source, ACTIVITIES)).toEqual([expect.stringContaining(problem)]);
  });
});

test('the check accepts type-only imports of activities', () => {
  const source =
    "import type * as activities from '@reference/activities';\nimport { proxyActivities } from '@temporalio/workflow';";
  expect(workflowImportViolations('good.ts', source, ACTIVITIES)).toEqual([]);
});
