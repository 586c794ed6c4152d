import type { Command } from 'commander';
import { registerCheckoutPay } from './pay';
import { registerCheckoutStatus } from './status';

/** `starter checkout <order-id> …` and `starter checkout status <order-id>`: CheckoutWorkflow from the shop's side. */
export function registerCheckoutCommands(program: Command): void {
  const checkout = registerCheckoutPay(program);
  registerCheckoutStatus(checkout);
}
