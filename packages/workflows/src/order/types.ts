import type { FulfilmentStep, OrderStatus } from '@reference/models';

// The order's wire shapes live in the contract (@reference/models), with the schemas the worker checks them by.
export type {
  ApproveOrderInput,
  CancelOrderInput,
  FulfilmentStep,
  OrderInput,
  OrderItem,
  OrderLineInput,
  OrderState,
  OrderStatus,
  PricedItem,
} from '@reference/models';
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
