import { z } from 'zod';
import { crossFieldCheck } from './cross-field-check';
import { matching, nonBlank, wholeNumber } from './fields';
import { CardNumberPayment, TokenPayment } from './payment';

const orderId = nonBlank(200);
const sku = nonBlank(64);

/** One line of an order, as a client asks for it: the workflow prices it from the price list. */
export const OrderItem = z.strictObject({ sku, quantity: wholeNumber(1, 1_000) });
export type OrderItem = z.infer<typeof OrderItem>;

export const PricedItem = OrderItem.extend({ unitPriceCents: wholeNumber(0, 100_000_000) });
export type PricedItem = z.infer<typeof PricedItem>;

export const OrderStatus = z.enum(['awaiting-approval', 'fulfilling', 'fulfilled', 'rejected', 'failed', 'cancelled']);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const FulfilmentStep = z.enum(['inventory-reserved', 'payment-charged', 'shipped']);
export type FulfilmentStep = z.infer<typeof FulfilmentStep>;

/** Everything the order knows; plain JSON (no Map, no Date) so continue-as-new carries it intact. */
export const OrderState = z.strictObject({
  orderId,
  customerId: nonBlank(200),
  status: OrderStatus,
  items: z.array(PricedItem),
  /** Items accepted but still being priced: they hold their place, so concurrent adds cannot overfill the order. */
  pendingItems: wholeNumber(0, 100),
  maxItems: wholeNumber(1, 100),
  /** Custom attributes set through signals, updates and queries whose names are not known in advance. */
  attributes: z.record(z.string(), z.string()),
  /** Epoch ms after which an order still awaiting approval is rejected. */
  approvalDeadline: z.number().int(),
  approvedBy: z.string().optional(),
  reason: z.string().optional(),
  reservedSkus: z.array(z.string()),
  completedSteps: z.array(FulfilmentStep),
  /** Compensations run, in the order they ran. */
  compensations: z.array(z.string()),
  /** How many times this order has continued as new. */
  runsContinued: wholeNumber(0, 1_000_000),
});
export type OrderState = z.infer<typeof OrderState>;

/** What an order is, whichever way it pays. */
const orderFields = {
  orderId,
  customerId: nonBlank(200),
  /** ISO 3166 country code to ship to. */
  country: matching(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166 code such as GB'),
  /** Items to start with; more arrive through `addItem` / `addItemToOrder`. */
  items: z.array(OrderItem).max(100).optional(),
  /** How many lines the order may hold (default 20). */
  maxItems: wholeNumber(1, 100).optional(),
  /** How long after charging the customer may still cancel before shipping (default 1 minute). */
  coolOffMs: wholeNumber(0, 7 * 24 * 60 * 60 * 1000).optional(),
  /** Continue as new when the history grows past this many events, even before the server suggests it. */
  historyLimit: wholeNumber(10, 51_200).optional(),
  /** Set only by continue-as-new: the state the previous run handed over. */
  carriedState: OrderState.optional(),
};

/**
 * OrderWorkflow's input: the order, and the card to charge sealed for the payment gateway with its last four digits
 * (the gateway's test cards, sealed, script its answers).
 */
export const OrderInput = z
  .strictObject({ ...orderFields, ...TokenPayment.shape })
  .check(crossFieldCheck('workflow/OrderWorkflow'));
export type OrderInput = z.infer<typeof OrderInput>;

/**
 * An order with the card number itself: what a customer types (a client seals the card before starting the order),
 * and what OrderWorkflow was given before payment tokens (only histories of that time hold it).
 */
export const OrderWithCardNumber = z
  .strictObject({ ...orderFields, ...CardNumberPayment.shape })
  .check(crossFieldCheck('workflow/OrderWorkflow'));
export type OrderWithCardNumber = z.infer<typeof OrderWithCardNumber>;

/** The approveOrder signal's argument. */
export const ApproveOrderInput = z.strictObject({ approvedBy: nonBlank(200) });
export type ApproveOrderInput = z.infer<typeof ApproveOrderInput>;

/** The lineReserved signal's argument: the SKU a line reserved. */
export const ReservedSku = sku;

/** OrderLineWorkflow's input (a child of OrderWorkflow). */
export const OrderLineInput = z.strictObject({ orderId, item: PricedItem });
export type OrderLineInput = z.infer<typeof OrderLineInput>;

/** CancelOrderWorkflow's input. */
export const CancelOrderInput = z.strictObject({ orderId, reason: nonBlank(1_000) });
export type CancelOrderInput = z.infer<typeof CancelOrderInput>;

/** The order activities' inputs. */
export const ReserveInventoryInput = z.strictObject({ orderId, sku, quantity: wholeNumber(1, 1_000) });
export type ReserveInventoryInput = z.infer<typeof ReserveInventoryInput>;
const charge = { orderId, amountCents: wholeNumber(0, 10_000_000_000) };
/** The payment activities' input: the sealed card, or (from orders and checkouts older than tokens) the card number. */
export const ChargePaymentInput = z.union([
  z.strictObject({ ...charge, paymentToken: TokenPayment.shape.paymentToken }),
  z.strictObject({ ...charge, ...CardNumberPayment.shape }),
]);
export type ChargePaymentInput = z.infer<typeof ChargePaymentInput>;
export const ShipOrderInput = z.strictObject({ orderId, country: OrderInput.shape.country });
export type ShipOrderInput = z.infer<typeof ShipOrderInput>;
export { orderId as OrderId, sku as Sku };
