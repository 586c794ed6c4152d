import { readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from './processes';
import { useServerForProcesses } from './worker-process';

const starterManifest = require.resolve('@reference/starter/package.json');
const { bin } = JSON.parse(readFileSync(starterManifest, 'utf8')) as { bin: { starter: string } };
const starter = path.join(path.dirname(starterManifest), bin.starter);

// No key anywhere: the worker's activities use the offline model.
const e2e = useServerForProcesses({ worker: true, env: { LLM_PROVIDER: 'offline' } });

async function starterLines(...args: string[]): Promise<string[]> {
  const { code, stdout, stderr } = await run('node', [starter, ...args], { env: e2e.env });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout.split('\n');
}

// `!fail:429` makes each offline model call wait out a 1 s retry-after, so the run lasts long enough to be watched.
test('`starter agent` shows the steps and tool calls while the agent runs, then its answer', async () => {
  const lines = await starterLines('agent', 'What is 12 * 7? Also search for continue-as-new. !fail:429');
  expect(lines[0]).toMatch(/^Started AgentWorkflow agent-/);
  expect(lines).toContain('[agent] step 0/8, run 1: thinking');
  // The rate limit is visible while it is waited out: the failed attempt, its type, and when the next one runs.
  expect(lines).toContainEqual(
    expect.stringMatching(/^\[agent\] callLlm attempt 1 failed \(LlmRateLimited: .+\); attempt 2 in [01] s$/),
  );
  expect(lines).toContain('[agent] tool 1 (step 1): calculate {"a":12,"op":"*","b":7} → 84');
  expect(lines).toContainEqual(expect.stringMatching(/^\[agent\] tool 2 \(step 2\): searchKnowledgeBase .*kb:\/\//));
  expect(lines).toContainEqual(expect.stringMatching(/^Answer: Offline agent answer to "What is 12 \* 7\?/));
  expect(lines).toContainEqual(expect.stringMatching(/^\(3 steps, 2 tool calls, 1 run, \d+ tokens\)$/));
});

test('`starter research` shows the phases and searches, then the report', async () => {
  const lines = await starterLines('research', 'How do activity retries work? !fail:429', '--subtopics', '2');
  expect(lines[0]).toMatch(/^Started ResearchWorkflow research-/);
  expect(lines).toContain('[research] planning');
  expect(lines).toContain('[research] searches: 4 done, 0 failed, 4 in all');
  expect(lines).toContain('# How do activity retries work? !fail:429');
  expect(lines.at(-2)).toBe('(4 of 4 searches succeeded)');
});
