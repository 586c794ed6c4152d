import type { Command } from 'commander';
import { registerApprovalAnswers } from './approval/respond';
import { registerApprovalList } from './approval/list';
import { registerApprovalRequest } from './approval/request';

/** `starter approval <command>`: ApprovalWorkflow and the answers to its asynchronously completed activity. */
export function registerApprovalCommands(program: Command): void {
  const approval = program
    .command('approval')
    .description('request approvals (ApprovalWorkflow) and answer them by task token or by id');
  registerApprovalRequest(approval);
  registerApprovalList(approval);
  registerApprovalAnswers(approval);
}
