import type { FulfilmentStep, OrderStatus } from '@reference/models';

// The order's wire shapes live in the contract (@reference/models), with the schemas the worker checks them by.
import type { OrderInput, OrderWithCardNumber } from '@reference/models';

export type {
  ApproveOrderInput,
  CancelOrderInput,
  FulfilmentStep,
  OrderInput,
  OrderWithCardNumber,
  OrderItem,
  OrderLineInput,
  OrderState,
  OrderStatus,
  PricedItem,
} from '@reference/models';
/** An order's input as the workflow holds it: with a payment token, or (a run from before tokens) the card number. */
export type StartedOrder = OrderInput | OrderWithCardNumber;

export interface OrderProgress {
  status: OrderStatus;
  itemCount: number;
  maxItems: number;
  totalCents: number;
  reservedSkus: string[];
  completedSteps: FulfilmentStep[];
  compensations: string[];
  runsContinued: number;
}

export interface OrderResult {
  orderId: string;
  status: 'fulfilled' | 'rejected';
  totalCents: number;
  itemCount: number;
  reason?: string;
  chargeId?: string;
  trackingNumber?: string;
}
