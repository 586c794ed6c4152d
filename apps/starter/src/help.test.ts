import { runStarter } from './run-starter.test-helpers';

type HelpPage = { path: string[] } & Awaited<ReturnType<typeof runStarter>>;

/** The commands a help page lists under "Commands:" (help itself aside). */
function subcommands(help: string): string[] {
  const section = help.split('\nCommands:\n')[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((match) => match[1]!).filter((name) => name !== 'help');
}

/** The help page of `path` and of every command under it, found by walking the pages. */
async function helpPages(path: string[] = []): Promise<HelpPage[]> {
  const page = { path, ...(await runStarter([...path, '--help'])) };
  const below = await Promise.all(subcommands(page.stdout).map((name) => helpPages([...path, name])));
  return [page, ...below.flat()];
}

// Every command a user can reach answers --help with its usage, its description and its options, without connecting.
test('every command and subcommand prints its usage, what it does and its options on --help, and exits 0', async () => {
  const pages = (await helpPages()).slice(1);
  expect(pages.map(({ path }) => path.join(' '))).toEqual(
    expect.arrayContaining(['checkout', 'checkout status', 'job', 'lock status', 'reminder set', 'reminder move']),
  );
  expect(pages.map(({ path }) => path.join(' '))).toEqual(expect.arrayContaining(['reminder show', 'nexus greet']));
  for (const { path, code, stdout, stderr } of pages) {
    const [usage, blank, description] = stdout.split('\n');
    expect({ path, code, stderr, usage, blank }).toEqual({
      path,
      code: 0,
      stderr: '',
      usage: expect.stringMatching(new RegExp(`^Usage: starter ${path.join(' ')}( |$)`)) as unknown,
      blank: '',
    });
    expect({ path, description }).toEqual({ path, description: expect.stringMatching(/\w/) as unknown });
    expect(stdout).toContain('\nOptions:\n');
  }
}, 120_000);
