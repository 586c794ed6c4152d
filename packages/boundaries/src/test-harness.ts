import { readdirSync } from 'node:fs';
import path from 'node:path';

/** What builds a worker or a server by hand instead of through @reference/testing. */
const HAND_BUILT =
  /\bWorker\.create\(|\bcreateLocalTestEnv\(|\bcreateTimeSkippingTestEnv\(|\bTestWorkflowEnvironment\.create(Local|TimeSkipping)\(/g;

/** Test code: test files and the helpers only tests import. */
export const isTestFile = (file: string) => file.endsWith('.test.ts') || file.endsWith('.test-helpers.ts');

/** The test files under `dir`, as paths relative to `root`. */
export function testFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'dist' ? [] : testFiles(root, relative);
    return isTestFile(entry.name) ? [relative] : [];
  });
}

/** Each call in `source` that builds a worker or a server by hand, as `file:line: call`. */
export function handBuiltHarness(file: string, source: string): string[] {
  return [...source.matchAll(HAND_BUILT)].map((match) => {
    const line = source.slice(0, match.index).split('\n').length;
    return `${file}:${line}: ${match[0].slice(0, -1)}`;
  });
}
