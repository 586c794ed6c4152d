/**
 * The commands a document shows in its ```console blocks, each with the output it documents: a line `$ command`,
 * then the lines it prints, up to the next `$` or the end of the block. In the output, `…` stands for any text
 * within a line, and a line of `…` alone for any number of lines (ids, times, whatever varies from run to run).
 */
export interface DocumentedCommand {
  /** Where it is, for messages: `docs/patterns.md:120`. */
  at: string;
  command: string;
  expected: string[];
}

const FENCE = /^```(\S*)/;

/** Every fenced block of `markdown`: its language, its lines and the line number of its first line. */
function fencedBlocks(markdown: string): { lang: string; lines: string[]; startLine: number }[] {
  const blocks: { lang: string; lines: string[]; startLine: number }[] = [];
  let open: { lang: string; lines: string[]; startLine: number } | undefined;
  markdown.split('\n').forEach((line, index) => {
    const fence = FENCE.exec(line.trim());
    if (fence && !open) open = { lang: fence[1] ?? '', lines: [], startLine: index + 2 };
    else if (fence && open) {
      blocks.push(open);
      open = undefined;
    } else open?.lines.push(line);
  });
  return blocks;
}

export function consoleCommands(markdown: string, doc: string): DocumentedCommand[] {
  return fencedBlocks(markdown)
    .filter(({ lang }) => lang === 'console')
    .flatMap(({ lines, startLine }) => {
      const commands: DocumentedCommand[] = [];
      lines.forEach((line, index) => {
        if (line.startsWith('$ '))
          commands.push({ at: `${doc}:${startLine + index}`, command: line.slice(2), expected: [] });
        else commands.at(-1)?.expected.push(line);
      });
      return commands;
    });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether one output line is what one documented line shows, `…` standing for any text. */
function lineMatches(expected: string, actual: string): boolean {
  return new RegExp(`^${expected.split('…').map(escape).join('.*?')}$`).test(actual);
}

/** Whether `actual` is what `expected` documents, `…` standing for what varies and a `…` line for any lines. */
export function matchesOutput(expected: string[], actual: string): boolean {
  const lines = actual.replace(/\s+$/, '').split('\n');
  const from = (i: number, j: number): boolean => {
    if (i === expected.length) return j === lines.length;
    if (expected[i] === '…') return from(i + 1, j) || (j < lines.length && from(i, j + 1));
    return j < lines.length && lineMatches(expected[i]!, lines[j]!) && from(i + 1, j + 1);
  };
  return from(0, 0);
}

/** Documented output ending in `error: …` is a failure the command reports: it must exit non-zero. */
export const expectsFailure = (expected: string[]) => /^error: /.test(expected.at(-1) ?? '');

const STARTER = /^(?:S|pnpm (?:--silent )?--filter starter start)(?= |$)/;

/**
 * The starter commands `markdown` mentions outside its console blocks (in `code` spans and other fenced blocks), as
 * `S …`: each must be one that a console block runs. One with a `<placeholder>` is a template for the reader to fill
 * in, not a command to run as it is: it is left out.
 */
export function starterCommandsMentioned(markdown: string): string[] {
  const outsideConsole = fencedBlocks(markdown)
    .filter(({ lang }) => lang !== 'console')
    .flatMap(({ lines }) => lines.map((line) => line.replace(/\s+#.*$/, '').trim()));
  const spans = [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!);
  return [...outsideConsole, ...spans]
    .filter((text) => STARTER.test(text) && !/<[^>]+>/.test(text))
    .map((text) => text.replace(STARTER, 'S'));
}

/** Whether a mentioned command is one a console block runs: the same, or the same up to a trailing `…`. */
export function mentionRuns(mention: string, run: string[]): boolean {
  const abbreviated = mention.endsWith('…');
  const stem = abbreviated ? mention.slice(0, -1).trimEnd() : mention;
  const matcher = new RegExp(`^${escape(stem)}${abbreviated ? '(?: .*)?' : ''}$`);
  return run.some((command) => matcher.test(command.replace(/\s+#.*$/, '').trim()));
}
