import { runStarter } from './starter-process';
import { useServerForProcesses } from './worker-process';

const e2e = useServerForProcesses({ worker: true, nexus: true });
const S = (...args: string[]) => runStarter(e2e.env, ...args);

test('nexus greet calls both operations from the caller namespace and prints each greeting', async () => {
  const { code, stdout, stderr } = await S('nexus', 'greet', 'Ada', '--later', '2s', '--language', 'fr');
  expect([code, stderr]).toEqual([0, []]);
  expect(stdout).toEqual([
    expect.stringMatching(/^Started nexus-greeting-\S+ in namespace nexus-caller: greet, then greetLater after 2 s$/),
    'greet: Bonjour, Ada!',
    'greetLater: Bonjour, Ada!',
  ]);
});

test("the handler's refusal is one line with its type; a missing namespace is one line saying how to create it", async () => {
  const refused = await S('nexus', 'greet', 'Ada', '--language', 'xx');
  expect(refused.code).toBe(1);
  expect(refused.stderr).toEqual(['error: UnsupportedLanguage: no greeting in language xx']);
  const elsewhere = await runStarter(
    { ...e2e.env, NEXUS_CALLER_NAMESPACE: 'no-such-namespace' },
    'nexus',
    'greet',
    'Ada',
  );
  expect(elsewhere).toEqual({
    code: 1,
    stdout: [],
    stderr: [expect.stringMatching(/^error: no namespace no-such-namespace on this server: `pnpm dev` creates it/)],
  });
});

test('--later takes whole seconds: anything else is refused before connecting', async () => {
  await expect(S('nexus', 'greet', 'Ada', '--later', '1.5s')).resolves.toEqual({
    code: 1,
    stdout: [],
    stderr: ["error: option '--later <duration>' argument '1.5s' is invalid. whole seconds, like 10s or 2m."],
  });
});
