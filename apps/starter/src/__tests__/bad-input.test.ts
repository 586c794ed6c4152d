import { runStarter } from './run-starter';

test('an unreachable server is one line naming the address and how to start a server, within 10 s', async () => {
  const startedAt = Date.now();
  const { code, stdout, stderr } = await runStarter([]);
  expect(Date.now() - startedAt).toBeLessThan(10_000);
  expect(code).not.toBe(0);
  expect(stdout).toBe('');
  expect(stderr.trim().split('\n')).toEqual([
    expect.stringMatching(/^error: cannot reach the Temporal server at 127\.0\.0\.1:1 .*temporal server start-dev/),
  ]);
});

test.each([[''], ['   ']])('the empty name %p is refused before connecting', async (name) => {
  const { code, stderr } = await runStarter([name]);
  expect(code).not.toBe(0);
  expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('the name must not be empty')]);
});

test('an unknown option is one line and a non-zero exit', async () => {
  const { code, stderr } = await runStarter(['--colour']);
  expect(code).not.toBe(0);
  expect(stderr.trim().split('\n')).toEqual(["error: unknown option '--colour'"]);
});

test('--help describes the greet command', async () => {
  const { code, stdout } = await runStarter(['--help']);
  expect(code).toBe(0);
  expect(stdout).toContain('greet [name]');
});
