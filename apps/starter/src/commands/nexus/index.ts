import type { Command } from 'commander';
import { registerNexusGreet } from './greet';

/** `starter nexus greet …`: NexusGreetingWorkflow, which calls GreetingService from the caller's namespace. */
export function registerNexusCommands(program: Command): void {
  registerNexusGreet(
    program.command('nexus').description('call GreetingService through Nexus (NexusGreetingWorkflow)'),
  );
}
