import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as workflows from '@reference/workflows';
import { runStarter } from './run-starter.test-helpers';

const readme = readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');

/** The README's workflow table: each row's workflow type and its starter-command cell. */
const rows = new Map(
  [...readme.matchAll(/^\| `(\w+Workflow\w*)` +\|.*\| ([^|]+) \|$/gm)].map((match) => [match[1]!, match[2]!.trim()]),
);

const help = runStarter(['--help']);

// Every workflow type a client can start has a starter command in the README; one started by another workflow
// says by which.
test.each(
  Object.keys(workflows).filter(
    (name) => /Workflow/.test(name) && typeof (workflows as Record<string, unknown>)[name] === 'function',
  ),
)(
  "%s has a row in the README's table naming a starter command the starter has, or what starts it",
  async (workflowType) => {
    const cell = rows.get(workflowType);
    expect(cell).toBeDefined();
    const commands = [...cell!.matchAll(/`S ([\w-]+)/g)].map((match) => match[1]!);
    if (commands.length === 0) {
      expect(cell).toMatch(/^(a child of|started by|behind) `/);
      return;
    }
    const { stdout } = await help;
    for (const command of commands) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  },
);
