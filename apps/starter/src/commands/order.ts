import type { Command } from 'commander';
import { registerOrderAddItem } from './order/add-item';
import { registerOrderApprove } from './order/approve';
import { registerOrderCancel } from './order/cancel';
import { registerOrderQuery } from './order/query';
import { registerOrderResult } from './order/result';
import { registerOrderSignal } from './order/signal';
import { registerOrderStart } from './order/start';
import { registerOrderUpdate } from './order/update';

/** `starter order <command>`: everything a client does with OrderWorkflow. */
export function registerOrderCommands(program: Command): void {
  const order = program.command('order').description('start and drive orders (OrderWorkflow)');
  for (const register of [
    registerOrderStart,
    registerOrderAddItem,
    registerOrderApprove,
    registerOrderSignal,
    registerOrderUpdate,
    registerOrderQuery,
    registerOrderCancel,
    registerOrderResult,
  ]) {
    register(order);
  }
}
