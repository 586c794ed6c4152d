import type { Command } from 'commander';
import { registerOrderAddItem } from './add-item';
import { registerOrderApprove } from './approve';
import { registerOrderCancel } from './cancel';
import { registerOrderQuery } from './query';
import { registerOrderResult } from './result';
import { registerOrderSignal } from './signal';
import { registerOrderStart } from './start';
import { registerOrderUpdate } from './update';

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
