import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workspaceRoot } from '@reference/temporal-server';
import {
  consoleCommands,
  type DocumentedCommand,
  expectsFailure,
  matchesOutput,
  mentionRuns,
  starterCommandsMentioned,
} from './docs/console-blocks';
import { notPrivate } from './not-private';
import { run } from './processes';
import { useServerForProcesses } from './worker-process';

// The documents a newcomer follows, read as they are: their console blocks are the test.
const documents = [
  'README.md',
  ...readdirSync(path.join(workspaceRoot, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
].map((doc) => ({ doc, markdown: readFileSync(path.join(workspaceRoot, doc), 'utf8') }));
const commands = documents.map(({ doc, markdown }) => ({ doc, commands: consoleCommands(markdown, doc) }));

// `pnpm dev` as the docs assume it: a dev server and the worker. The state folder (the catalog store, the gateway key,
// the approvals inbox) is this test's own, so what a developer has run before changes no output.
const state = mkdtempSync(path.join(tmpdir(), 'docs-commands-'));
const e2e = useServerForProcesses({ worker: true, nexus: true, env: { TMPDIR: state } });
afterAll(() => rmSync(state, { recursive: true, force: true }));

const END = '@@@end-of-command';
const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');
// The README's `S` is `pnpm --silent --filter starter start`: the starter, run where the command is typed (INIT_CWD).
// Run directly it saves pnpm's half second per command; the last test checks the two print the same.
const S = `S() { INIT_CWD="$PWD" node ${starterMain} "$@"; }`;

// A session that outlives this is stopped, and the command it was running named as the one that did not finish.
const SESSION_LIMIT_MS = 240_000;

interface Ran {
  output: string;
  code: number;
}

/** Runs a document's commands in one bash, as a reader types them into one terminal. */
async function runInOneShell(documented: DocumentedCommand[]): Promise<Ran[]> {
  const script = [
    S,
    ...documented.map(({ command }) => `{ ${command}\n} 2>&1 < /dev/null\nprintf '\\n${END} %d\\n' $?`),
  ].join('\n');
  const { INIT_CWD: _typedIn, ...env } = e2e.env;
  const { stdout, stderr, timedOut } = await run('bash', ['-c', script], { cwd: workspaceRoot, env }, SESSION_LIMIT_MS);
  const parts = stdout.split(new RegExp(`\\n${END} (\\d+)\\n`));
  const results: Ran[] = [];
  for (let index = 0; index + 1 < parts.length; index += 2)
    results.push({ output: parts[index]!, code: Number(parts[index + 1]) });
  if (timedOut) {
    const stopped = [parts.at(-1)!.trimEnd(), `(still running after ${SESSION_LIMIT_MS / 1000} s: stopped)`];
    results.push({ output: stopped.filter(Boolean).join('\n'), code: -1 });
  } else expect(stderr).toBe('');
  return results;
}

// Every document in a shell of its own, all at once: most of their time is spent waiting on workflows, and no two
// documents use the same ids.
const sessions = new Map<string, Promise<Ran[]>>();
beforeAll(() => {
  for (const { doc, commands: documented } of commands) {
    // Settled here, asserted by the document's test: a failed session is that test's failure, not an unhandled one.
    const session = runInOneShell(documented);
    session.catch(() => undefined);
    sessions.set(doc, session);
  }
});

test.each(commands.filter(({ commands }) => commands.length > 0))(
  '$doc: every command in its console blocks prints what the document shows',
  async ({ doc, commands }) => {
    const results = await sessions.get(doc)!;
    commands.forEach(({ at, command, expected }, index) => {
      const { output, code } = results[index] ?? { output: '(not run)', code: -1 };
      const documented = { at, command, output: expected.join('\n'), failed: expectsFailure(expected) };
      const ran = { at, command, output: output.replace(/\s+$/, ''), failed: code !== 0 };
      expect(matchesOutput(expected, output) && ran.failed === documented.failed ? documented : ran).toEqual(
        documented,
      );
    });
  },
  SESSION_LIMIT_MS + 30_000,
);

test('every starter command the docs mention is one their console blocks run', () => {
  const run = commands.flatMap(({ commands }) => commands.map(({ command }) => command));
  const notRun = documents.flatMap(({ doc, markdown }) =>
    starterCommandsMentioned(markdown)
      .filter((mention) => !mentionRuns(mention, run))
      .map((mention) => `${doc}: ${mention}`),
  );
  expect(notRun).toEqual([]);
});

test('the README’s `S` runs the starter as the docs test does', async () => {
  const readme = documents.find(({ doc }) => doc === 'README.md')!.markdown;
  const alias = /`alias S='([^']+)'`/.exec(readme)?.[1];
  expect(alias).toBe('pnpm --silent --filter starter start');
  const { INIT_CWD: _typedIn, ...env } = e2e.env;
  const viaAlias = await run('bash', ['-c', `${alias} order --help`], { cwd: workspaceRoot, env });
  const viaTest = await run('bash', ['-c', `${S}\nS order --help`], { cwd: workspaceRoot, env });
  expect(viaAlias).toEqual(viaTest);
});

test('every file the documented commands wrote is this user’s only: folders 0700, files 0600, no links', async () => {
  await Promise.allSettled(sessions.values());
  // The private state folder (approvals, ledger, reports, the gateway key, the catalog and batch stores) is under the
  // test's TMPDIR, as anything else the worker or the starter wrote to the temporary directory would be.
  expect(readdirSync(state)).toEqual([`temporal-reference-${process.getuid!()}`]);
  expect(notPrivate(state)).toEqual([]);
});
