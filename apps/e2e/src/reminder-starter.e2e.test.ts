import { WorkflowNotFoundError } from '@temporalio/client';
import { waitFor } from '@reference/testing/wait';
import { runStarter } from './starter-process';
import { useServerForProcesses } from './worker-process';

const e2e = useServerForProcesses({ worker: true });
const S = (...args: string[]) => runStarter(e2e.env, ...args);
/** A deadline `seconds` from now, to the second, as a user types one. */
const inSeconds = (seconds: number) => new Date(Math.ceil(Date.now() / 1000 + seconds) * 1000).toISOString();

test('reminder set, show, move sooner, then show how it fired', async () => {
  const at = inSeconds(30);
  const set = await S('reminder', 'set', 'Call Ada', '--at', at);
  expect([set.code, set.stderr]).toEqual([0, []]);
  expect(set.stdout).toEqual([expect.stringMatching(new RegExp(`^Set (reminder-\\S+) for ${at}: "Call Ada"$`))]);
  const id = set.stdout[0]!.split(' ')[1]!;
  await expect(S('reminder', 'show', id)).resolves.toEqual({ code: 0, stdout: [`${id} fires at ${at}`], stderr: [] });

  // Moved sooner: the reminder wakes and sleeps until the new deadline only.
  const move = await S('reminder', 'move', id, '--in', '4s');
  expect([move.code, move.stderr]).toEqual([0, []]);
  expect(move.stdout).toEqual([expect.stringMatching(new RegExp(`^Moved ${id} to \\S+Z$`))]);
  const moved = move.stdout[0]!.split(' ').at(-1)!;
  let shown = '';
  await waitFor(async () => {
    shown = (await S('reminder', 'show', id)).stdout[0] ?? '';
    return shown.includes('fired');
  }, `${id} has fired`);
  const fired = new RegExp(`^${id} fired at (\\S+): "Call Ada" \\(moved 1 time\\)$`).exec(shown);
  expect(new Date(fired![1]!).getTime()).toBeGreaterThanOrEqual(new Date(moved).getTime());
  expect(new Date(fired![1]!).getTime()).toBeLessThan(new Date(at).getTime());
  await expect(S('reminder', 'move', id, '--at', inSeconds(60))).resolves.toEqual({
    code: 1,
    stdout: [],
    stderr: [`error: no reminder ${id} waiting on this server: it has fired, or never was (\`reminder show ${id}\`)`],
  });
});

test('a deadline in the past or unreadable is one line, a non-zero exit, and sets nothing', async () => {
  for (const [at, message] of [
    ['2020-01-01T00:00Z', 'error: --at 2020-01-01T00:00:00.000Z has passed'],
    ['tomorrow', "error: option '--at <time>' argument 'tomorrow' is invalid."],
  ]) {
    const { code, stdout, stderr } = await S('reminder', 'set', 'Too late', '--at', at!, '--id', 'reminder-refused');
    expect([code, stdout]).toEqual([1, []]);
    expect(stderr).toEqual([expect.stringContaining(message!)]);
  }
  for (const [options, message] of [
    [[], 'error: give --at <time> or --in <duration>'],
    [['--in', '1h', '--at', '2099-01-01'], 'error: give --at <time> or --in <duration>'],
    [['--in', '2y'], "error: the reminder is invalid: field 'deadline'"],
  ] as const) {
    const { code, stdout, stderr } = await S('reminder', 'set', 'Refused', ...options, '--id', 'reminder-refused');
    expect([code, stdout]).toEqual([1, []]);
    expect(stderr).toEqual([expect.stringContaining(message)]);
  }
  await expect(e2e.server.client.workflow.getHandle('reminder-refused').describe()).rejects.toBeInstanceOf(
    WorkflowNotFoundError,
  );
  await expect(S('reminder', 'show', 'reminder-refused')).resolves.toEqual({
    code: 1,
    stdout: [],
    stderr: ['error: no reminder reminder-refused on this server'],
  });
});
