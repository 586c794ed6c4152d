import { expectRefusedBeforeConnecting, runStarter, unreachable } from './run-starter.test-helpers';

// Without TEMPORAL_DEPLOYMENT_NAME, whatever the shell running the tests has set.
const withoutName: NodeJS.ProcessEnv = { ...unreachable };
delete withoutName.TEMPORAL_DEPLOYMENT_NAME;

// Each case is refused with one line naming the problem, before the starter tries to connect.
test.each([
  [['deployment', 'describe'], 'no worker deployment named: pass --name or set TEMPORAL_DEPLOYMENT_NAME'],
  [['deployment', 'set-current', '--build-id', 'abc'], 'no worker deployment named'],
  [['deployment', 'set-current', '--name', 'd'], "required option '--build-id <id>' not specified"],
  [['deployment', 'set-current', '--name', 'd', '--build-id', ' '], "option '--build-id <id>' argument ' ' is invalid"],
  [['deployment', 'describe', '--name', ' '], 'no worker deployment named'],
])('%j is refused: %s', (args, message) => expectRefusedBeforeConnecting(args, message, withoutName));

test('the deployment name can come from TEMPORAL_DEPLOYMENT_NAME, as for the worker (then the server is down)', async () => {
  const { code, stderr } = await runStarter(['deployment', 'describe'], {
    ...withoutName,
    TEMPORAL_DEPLOYMENT_NAME: 'd',
  });
  expect(code).not.toBe(0);
  expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('cannot reach the Temporal server')]);
});
