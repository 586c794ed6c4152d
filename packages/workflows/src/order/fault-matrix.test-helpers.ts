import { PRICE_LIST, orderSystems } from '@reference/activities';
import { sealCard } from '@reference/payment-tokens';
import { type OrderInput, type OrderItem, TEST_CARDS } from '@reference/models';
import type { FaultMatrixTable, FaultScenario, Invariant, ScenarioContext } from '@reference/testing';
import { addItemToOrderUpdate, approveOrderSignal, CancelOrderWorkflow, OrderLineWorkflow, OrderWorkflow } from '..';
import { moneyViolations, shipped } from '../testing/payments.test-helpers';

const INITIAL: OrderItem[] = [{ sku: 'TEA-GREEN', quantity: 2 }];
const ADDED: OrderItem = { sku: 'KETTLE', quantity: 1 };
const ITEMS = [...INITIAL, ADDED];
const goodsCents = ITEMS.reduce((sum, { sku, quantity }) => sum + PRICE_LIST[sku]!.priceCents * quantity, 0);

const moneyBalances: Invariant = {
  name: 'money captured = refunded + shipped',
  violations: (context) => moneyViolations(context.id('order'), goodsCents),
};

const stockForShipped: Invariant = {
  name: 'stock reserved only for what ships',
  violations: (context) => {
    const orderId = context.id('order');
    const held = orderSystems.warehouse.forOrder(orderId).filter((reservation) => !reservation.undone);
    const reserved = held.map(({ value }) => `${value.sku}x${value.quantity}`).sort();
    const expected = shipped(orderId) ? ITEMS.map(({ sku, quantity }) => `${sku}x${quantity}`).sort() : [];
    return reserved.join() === expected.join() ? [] : [`${orderId} holds [${reserved.join(', ')}]`];
  },
};

/** An order as the shop's clients start one: with an item, awaiting approval. */
async function placeOrder(context: ScenarioContext, input: Partial<OrderInput> = {}) {
  const orderId = context.id('order');
  const handle = await context.client().workflow.start(OrderWorkflow, {
    taskQueue: context.taskQueue,
    workflowId: orderId,
    args: [
      {
        orderId,
        customerId: 'ada',
        ...sealCard(TEST_CARDS.ok),
        country: 'GB',
        items: INITIAL,
        coolOffMs: 50,
        ...input,
      },
    ],
  });
  return handle;
}

const fulfilment = ['priceSku', 'reserveInventory', 'chargePayment', 'shipOrder'];
const compensations = ['cancelShipment', 'refundPayment', 'releaseInventory'];

const orders: FaultScenario[] = [
  {
    name: 'fulfilled',
    activities: fulfilment,
    invariants: [moneyBalances, stockForShipped],
    run: async (context) => {
      const handle = await placeOrder(context);
      context.track(handle);
      await context.call(handle.executeUpdate(addItemToOrderUpdate, { args: [ADDED] }));
      await handle.signal(approveOrderSignal, { approvedBy: 'bo' });
    },
  },
  {
    name: 'shipping unavailable, compensated',
    activities: [...fulfilment, ...compensations],
    faultsAt: compensations,
    invariants: [moneyBalances, stockForShipped],
    run: async (context) => {
      const handle = await placeOrder(context, { country: 'AQ' });
      context.track(handle);
      await context.call(handle.executeUpdate(addItemToOrderUpdate, { args: [ADDED] }));
      await handle.signal(approveOrderSignal, { approvedBy: 'bo' });
    },
  },
];

export const faultMatrix: FaultMatrixTable = {
  OrderWorkflow: orders,
  OrderLineWorkflow: [
    {
      name: 'reserves a line',
      activities: ['reserveInventory'],
      invariants: [
        {
          name: 'the line reserved once',
          violations: (context) => {
            const reservations = orderSystems.warehouse.forOrder(context.id('order'));
            return reservations.length <= 1 ? [] : [`${reservations.length} reservations`];
          },
        },
      ],
      run: async (context) => {
        const line = {
          orderId: context.id('order'),
          item: { ...ADDED, unitPriceCents: PRICE_LIST.KETTLE!.priceCents },
        };
        const args: [typeof line] = [line];
        context.track(
          await context
            .client()
            .workflow.start(OrderLineWorkflow, { taskQueue: context.taskQueue, workflowId: context.id('line'), args }),
        );
      },
    },
  ],
  CancelOrderWorkflow: [
    {
      name: 'cancels an order awaiting approval',
      activities: [],
      invariants: [moneyBalances, stockForShipped],
      run: async (context) => {
        const order = await placeOrder(context);
        const orderId = order.workflowId;
        const cancellation = await context.client().workflow.start(CancelOrderWorkflow, {
          taskQueue: context.taskQueue,
          workflowId: context.id('cancel-order'),
          args: [{ orderId, reason: 'changed my mind' }],
        });
        context.track(cancellation);
        context.track(order);
      },
    },
  ],
};
