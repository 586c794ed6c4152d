import type { Command } from 'commander';
import { registerJobCommand } from './job';
import { registerLockStatus } from './status';

/** `starter job <resource> …` (ExclusiveJobWorkflow) and `starter lock status <resource>` (its LockWorkflow). */
export function registerLockCommands(program: Command): void {
  registerJobCommand(program);
  registerLockStatus(program.command('lock').description("look at a resource's lock (LockWorkflow)"));
}
