import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError } from '@temporalio/client';
import { TEST_CARDS } from '@reference/models';
import { waitFor } from '@reference/testing/wait';
import { runStarter, startStarter } from './starter-process';
import { startDevServer, useServerForProcesses } from './worker-process';

const e2e = useServerForProcesses({ worker: true });
const S = (...args: string[]) => runStarter(e2e.env, ...args);
const pay = (id: string, card: string) => S('checkout', id, '--amount', '1250', '--country', 'GB', '--card', card);

/** The checkout's result line, once `checkout status` shows one (capture and shipping take a moment). */
async function resultOf(id: string): Promise<unknown> {
  let result: unknown;
  await waitFor(async () => {
    const { code, stdout } = await S('checkout', 'status', id);
    expect(code).toBe(0);
    const line = stdout[0] ?? '';
    if (line.startsWith('Result: ')) result = JSON.parse(line.slice('Result: '.length));
    else expect(line).toMatch(new RegExp(`^checkout ${id}: (authorised|shipped)$`));
    return result !== undefined;
  }, `checkout ${id} has ended`);
  return result;
}

test('checkout pays with update-with-start: the authorisation at once, then the status until it ships', async () => {
  const id = `checkout-${randomUUID()}`;
  const { code, stdout, stderr } = await pay(id, TEST_CARDS.ok);
  expect([code, stderr]).toEqual([0, []]);
  expect(stdout).toEqual([
    `Checkout ${id}: authorising 12.50 on the card ending 4242`,
    expect.stringMatching(
      new RegExp(
        `^Authorised 12\\.50 on the card ending 4242: (\\S+); capture and shipping go on \\(\`checkout status ${id}\`\\)$`,
      ),
    ),
  ]);
  const authorisationId = stdout[1]!.split(': ')[1]!.split(';')[0];
  await expect(resultOf(id)).resolves.toEqual({
    orderId: id,
    status: 'shipped',
    authorisationId,
    chargeId: expect.any(String) as unknown,
    trackingNumber: expect.any(String) as unknown,
  });
  // The card went in sealed: the history holds the token, never the number.
  const history = JSON.stringify((await e2e.server.client.workflow.getHandle(id).fetchHistory()).events);
  expect(history).not.toContain(TEST_CARDS.ok);
});

test('a declined card is one line with its type and a non-zero exit; the checkout ends declined', async () => {
  const id = `checkout-${randomUUID()}`;
  const { code, stdout, stderr } = await pay(id, TEST_CARDS.declined);
  expect(code).toBe(1);
  expect(stdout).toEqual([`Checkout ${id}: authorising 12.50 on the card ending 0002`]);
  expect(stderr).toEqual([expect.stringMatching(/^error: CardDeclined: /)]);
  await expect(resultOf(id)).resolves.toEqual({ orderId: id, status: 'declined' });
});

test.each([
  [
    ['--amount', '12.50', '--country', 'GB', '--card', TEST_CARDS.ok],
    "argument '12.50' is invalid. the amount in cents",
  ],
  [['--amount', '1250', '--country', 'GBR', '--card', TEST_CARDS.ok], "field 'country': must be a two-letter"],
  [['--amount', '1250', '--country', 'GB', '--card', '4242'], 'the card number is invalid: must be 12 to 19 digits'],
  [['--amount', '1250'], 'needs --country, --card'],
])('checkout %j is one line, a non-zero exit, and starts nothing', async (options, message) => {
  const id = `checkout-${randomUUID()}`;
  const { code, stdout, stderr } = await S('checkout', id, ...options);
  expect(code).toBe(1);
  expect(stdout).toEqual([]);
  expect(stderr).toEqual([expect.stringContaining(message)]);
  await expect(e2e.server.client.workflow.getHandle(id).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
});

test('checkout status of an unknown checkout is one line; --help names both forms', async () => {
  await expect(S('checkout', 'status', 'no-such-checkout')).resolves.toEqual({
    code: 1,
    stdout: [],
    stderr: ['error: no checkout no-such-checkout on this server'],
  });
  const help = await S('checkout', '--help');
  expect(help.stdout.join('\n')).toMatch(
    /Usage: starter checkout \[options\] \[command\] <order-id>[\s\S]*status <order-id>/,
  );
});

test('with no worker to answer, checkout says so after a few seconds instead of waiting in silence', async () => {
  // A server no worker has ever polled: a worker that has just stopped still counts as polling for a minute.
  const empty = await startDevServer();
  try {
    const id = `checkout-${randomUUID()}`;
    const args = ['checkout', id, '--amount', '1250', '--country', 'GB', '--card', TEST_CARDS.ok];
    const checkout = startStarter({ ...e2e.env, TEMPORAL_ADDRESS: empty.address }, ...args);
    await checkout.waitForLine(
      new RegExp(`^no worker has answered ${id} for 5 s: is one polling my-task-queue\\? Start one with \`pnpm dev\``),
    );
    await checkout.stop();
  } finally {
    await empty.teardown();
  }
});
