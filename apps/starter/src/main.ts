#!/usr/bin/env node
import { Command } from 'commander';
import { registerAgentCommand, registerResearchCommand } from './commands/ai';
import { registerApprovalCommands } from './commands/approval';
import { registerBatchCommands } from './commands/batch';
import { registerCancelCommand } from './commands/cancel';
import { registerImportCatalogCommand, registerQuoteOrderCommand } from './commands/catalog';
import { registerCheckoutCommands } from './commands/checkout';
import { registerDeploymentCommands } from './commands/deployment';
import { registerFanOutCommand } from './commands/fan-out';
import { registerGreetCommand } from './commands/greeting';
import { registerInvoiceCommand } from './commands/invoice';
import { registerLedgerPostCommand } from './commands/ledger';
import { registerLockCommands } from './commands/lock';
import { registerNexusCommands } from './commands/nexus';
import { registerOrderCommands } from './commands/order';
import { registerReminderCommands } from './commands/reminder';
import { registerScheduleCommand } from './commands/report';
import { parseCorrelationId, useCorrelationId } from './correlation';
import { oneLine } from './one-line';

// Errors are one line for the user; a library's deprecation notice (TLS to an IP address, say) is not theirs to act on.
process.noDeprecation = true;

const program = new Command('starter')
  .description('Start and drive this project’s Temporal workflows')
  .showSuggestionAfterError()
  .option('--correlation-id <id>', 'the correlation id sent with every call (default: a fresh one)', parseCorrelationId)
  .hook('preAction', (command) => useCorrelationId(command.opts<{ correlationId?: string }>().correlationId))
  // Commander puts its suggestion on a line of its own; an error is one line here.
  .configureOutput({ outputError: (text, write) => write(text.replace(/\n(?=\(Did you mean)/, ' ')) });
registerGreetCommand(program);
registerLedgerPostCommand(program);
registerImportCatalogCommand(program);
registerQuoteOrderCommand(program);
registerOrderCommands(program);
registerAgentCommand(program);
registerResearchCommand(program);
registerInvoiceCommand(program);
registerFanOutCommand(program);
registerBatchCommands(program);
registerScheduleCommand(program);
registerApprovalCommands(program);
registerCheckoutCommands(program);
registerLockCommands(program);
registerReminderCommands(program);
registerNexusCommands(program);
registerDeploymentCommands(program);
registerCancelCommand(program);

// No arguments run the greeting (the quick start's one command). `greet` is not commander's default command: that
// would take any unknown word, a misspelt command included, as a name to greet.
const args = process.argv.slice(2);
program.parseAsync(args.length > 0 ? args : ['greet'], { from: 'user' }).catch((err: unknown) => {
  // Anything thrown past the commands is still one line: the message, never a stack trace.
  console.error(`error: ${oneLine(err)}`);
  process.exitCode = 1;
});
