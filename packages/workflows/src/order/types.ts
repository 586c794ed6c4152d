/** One line of an order, as a client asks for it: the workflow prices it from the catalogue. */
export interface OrderItem {
  sku: string;
  quantity: number;
}

export interface PricedItem extends OrderItem {
  unitPriceCents: number;
}

export interface OrderInput {
  orderId: string;
  customerId: string;
  /** A card number; the payment gateway's test cards script its answers. */
  cardNumber: string;
  /** ISO 3166 country code to ship to. */
  country: string;
  /** Items to start with; more arrive through `addItem` / `addItemToOrder`. */
  items?: OrderItem[];
  /** How many lines the order may hold (default 20). */
  maxItems?: number;
  /** How long after charging the customer may still cancel before shipping (default 1 minute). */
  coolOffMs?: number;
  /** Continue as new when the history grows past this many events, even before the server suggests it. */
  historyLimit?: number;
  /** Set only by continue-as-new: the state the previous run handed over. */
  carriedState?: OrderState;
}

export type OrderStatus = 'awaiting-approval' | 'fulfilling' | 'fulfilled' | 'rejected' | 'failed' | 'cancelled';

export type FulfilmentStep = 'inventory-reserved' | 'payment-charged' | 'shipped';

/** Everything the order knows; plain JSON (no Map, no Date) so continue-as-new carries it intact. */
export interface OrderState {
  orderId: string;
  customerId: string;
  status: OrderStatus;
  items: PricedItem[];
  /** Items accepted but still being priced: they hold their place, so concurrent adds cannot overfill the order. */
  pendingItems: number;
  maxItems: number;
  /** Custom attributes set through signals, updates and queries whose names are not known in advance. */
  attributes: Record<string, string>;
  /** Epoch ms after which an order still awaiting approval is rejected. */
  approvalDeadline: number;
  approvedBy?: string;
  reason?: string;
  reservedSkus: string[];
  completedSteps: FulfilmentStep[];
  /** Compensations run, in the order they ran. */
  compensations: string[];
  /** How many times this order has continued as new. */
  runsContinued: number;
}

export interface ApproveOrderInput {
  approvedBy: string;
}

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

export interface OrderLineInput {
  orderId: string;
  item: PricedItem;
}

export interface CancelOrderInput {
  orderId: string;
  reason: string;
}
