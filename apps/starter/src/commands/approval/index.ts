import type { Command } from 'commander';
import { registerApprovalAnswers } from './respond';
import { registerApprovalList } from './list';
import { registerApprovalRequest } from './request';

/** `starter approval <command>`: ApprovalWorkflow and the answers to its asynchronously completed activity. */
export function registerApprovalCommands(program: Command): void {
  const approval = program
    .command('approval')
    .description('request approvals (ApprovalWorkflow) and answer them by task token or by id');
  registerApprovalRequest(approval);
  registerApprovalList(approval);
  registerApprovalAnswers(approval);
}
