import type { Command } from 'commander';
import { approveOrderSignal, OrderWorkflow, TASK_QUEUE } from '@reference/workflows';
import { validate } from '../../input';
import { withWorkflowTimeoutOptions, type WorkflowTimeoutOptions, workflowTimeouts } from '../../workflow-timeouts';
import { withOrderClient } from './order-client';
import { approveOrderSchema, examples, parseOrder } from './schemas';

/** `starter order start <order> [--approved-by <name>]`: starts an order; with an approver, signal-with-start. */
export function registerOrderStart(order: Command): void {
  const start = order
    .command('start')
    .description('start OrderWorkflow (workflow id = orderId); it waits up to 24 hours for approval')
    .argument('<order>', `the order as JSON, for example '${examples.order}'`)
    .option('--approved-by <name>', 'approve it in the same call (signal-with-start: approveOrder)');
  withWorkflowTimeoutOptions(start).action(
    async (text: string, options: { approvedBy?: string } & WorkflowTimeoutOptions) => {
      const input = parseOrder(text);
      const approval =
        options.approvedBy === undefined
          ? undefined
          : validate(approveOrderSchema, { approvedBy: options.approvedBy }, 'the approver');
      const timeouts = workflowTimeouts(options);
      const started = {
        taskQueue: TASK_QUEUE,
        workflowId: input.orderId,
        args: [input] as [typeof input],
        ...timeouts.options,
      };
      await withOrderClient(input.orderId, async (client) => {
        if (approval) {
          await client.workflow.signalWithStart(OrderWorkflow, {
            ...started,
            signal: approveOrderSignal,
            signalArgs: [approval],
          });
        } else {
          await client.workflow.start(OrderWorkflow, started);
        }
      });
      console.log(
        `Started order ${input.orderId}${approval ? `, approved by ${approval.approvedBy}` : ''}${timeouts.note}`,
      );
    },
  );
}
