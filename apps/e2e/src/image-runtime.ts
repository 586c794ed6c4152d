import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';

/** How an app's image runs: its runtime stage's environment, user and commands, as the Dockerfile writes them. */
export interface ImageRuntime {
  env: Record<string, string>;
  user: string;
  /** ENTRYPOINT followed by CMD, as `docker run <image>` runs them; extra arguments replace CMD. */
  entrypoint: string[];
  cmd: string[];
  /** The HEALTHCHECK command; undefined for HEALTHCHECK NONE. */
  healthcheck?: string[];
}

/** The last stage of `dockerfile` (the one the image is made of), for a test to run the same way. */
export function imageRuntime(dockerfile: string): ImageRuntime {
  const parsed = DockerfileParser.parse(readFileSync(dockerfile, 'utf8'));
  const stageStart = parsed.getFROMs().at(-1)?.getRange().start.line ?? 0;
  const stage = parsed.getInstructions().filter((i) => i.getRange().start.line > stageStart);
  const last = (keyword: string): Instruction | undefined => stage.filter((i) => i.getKeyword() === keyword).at(-1);
  const json = (text = '[]') => JSON.parse(text) as string[];
  const env = Object.fromEntries(
    parsed
      .getENVs()
      .filter((e) => e.getRange().start.line > stageStart)
      .flatMap((e) => e.getProperties().map((p) => [p.getName(), p.getValue() ?? ''])),
  );
  const healthcheck = last('HEALTHCHECK')?.getArgumentsContent() ?? 'NONE';
  return {
    env,
    user: last('USER')?.getArgumentsContent() ?? 'root',
    entrypoint: json(last('ENTRYPOINT')?.getArgumentsContent() ?? undefined),
    cmd: json(last('CMD')?.getArgumentsContent() ?? undefined),
    healthcheck: healthcheck === 'NONE' ? undefined : json(healthcheck.slice(healthcheck.indexOf('CMD') + 3)),
  };
}

/**
 * `argv` run as the image's USER: through setpriv (its uid, its group, no others) when the test runs as root; a
 * test that already runs as a non-root user runs it as itself.
 */
export function asUser(user: string, argv: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [argv[0]!, argv.slice(1)];
  const id = (flag: string) => execFileSync('id', [flag, user], { encoding: 'utf8' }).trim();
  return ['setpriv', [`--reuid=${id('-u')}`, `--regid=${id('-g')}`, '--clear-groups', '--', ...argv]];
}
