import type { BadInputCase } from './bad-input-cases';

const goodOrder = { orderId: 'order-1', customerId: 'ada', cardNumber: '4242424242424242', country: 'GB' };
const start = (value: unknown) => ['order', 'start', JSON.stringify(value)];
const item = '{"sku":"KETTLE","quantity":1}';

/** The order commands: bad JSON, bad fields, bad names, and a server that is down or has no such namespace. */
export const orderBadInputCases: BadInputCase[] = [
  { name: 'order start: no order', args: ['order', 'start'], expected: /missing required argument 'order'/ },
  {
    name: 'order start: truncated JSON',
    args: ['order', 'start', '{"orderId":'],
    expected: /the order is not valid JSON/,
  },
  { name: 'order start: empty object', args: start({}), expected: /the order is invalid: field 'orderId'/ },
  {
    name: 'order start: unknown field',
    args: start({ ...goodOrder, colour: 'red' }),
    expected: /the order is invalid:.*colour/,
  },
  {
    name: 'order start: card number with letters',
    args: start({ ...goodOrder, cardNumber: '4242-4242' }),
    expected: /field 'cardNumber': must be 12 to 19 digits/,
  },
  {
    name: 'order start: lower-case country',
    args: start({ ...goodOrder, country: 'gb' }),
    expected: /field 'country': must be a two-letter ISO 3166 code/,
  },
  {
    name: 'order start: more items than it may hold',
    args: start({
      ...goodOrder,
      maxItems: 1,
      items: [
        { sku: 'A', quantity: 1 },
        { sku: 'B', quantity: 1 },
      ],
    }),
    expected: /field 'items': more items than the order may hold/,
  },
  {
    name: 'order start: blank approver',
    args: [...start(goodOrder), '--approved-by', ' '],
    expected: /the approver is invalid: field 'approvedBy': must not be blank/,
  },
  {
    name: 'order add-item: empty sku',
    args: ['order', 'add-item', 'order-1', '{"sku":"","quantity":1}'],
    expected: /the item is invalid: field 'sku': must not be blank/,
  },
  {
    name: 'order add-item: zero quantity',
    args: ['order', 'add-item', 'order-1', '{"sku":"KETTLE","quantity":0}'],
    expected: /the item is invalid: field 'quantity'/,
  },
  {
    name: 'order add-item: start-with another order',
    args: ['order', 'add-item', 'order-2', item, '--start-with', JSON.stringify(goodOrder)],
    expected: /the order's orderId order-1 is not the order id order-2/,
  },
  {
    name: 'order signal: addItem with bad JSON',
    args: ['order', 'signal', 'order-1', 'addItem', 'kettle'],
    expected: /the addItem argument is not valid JSON/,
  },
  {
    name: 'order signal: a name with spaces',
    args: ['order', 'signal', 'order-1', 'gift message', 'hi'],
    expected: /the signal name is invalid: must start with a letter/,
  },
  {
    name: 'order signal: a misspelt name, no attribute',
    args: ['order', 'signal', 'order-1', 'approveOrdr', '{"approvedBy":"bo"}'],
    expected: /the order has no message approveOrdr; it takes approveOrder, addItem, addItemToOrder, attr:<attribute>/,
  },
  {
    name: 'order update: empty attribute value',
    args: ['order', 'update', 'order-1', 'attr:deliveryNote', ''],
    expected: /the value of attribute deliveryNote is invalid: must not be empty/,
  },
  { name: 'order: unknown command', args: ['order', 'ship'], expected: /unknown command 'ship'/ },
  {
    name: 'order start: server down',
    args: start(goodOrder),
    env: () => ({ TEMPORAL_ADDRESS: '127.0.0.1:1' }),
    expected: /cannot reach the Temporal server at 127\.0\.0\.1:1/,
  },
  {
    name: 'order approve: server down',
    args: ['order', 'approve', 'order-1', 'bo'],
    env: () => ({ TEMPORAL_ADDRESS: '127.0.0.1:1' }),
    expected: /cannot reach the Temporal server at 127\.0\.0\.1:1/,
  },
  {
    name: 'order start: unknown namespace',
    args: start(goodOrder),
    env: () => ({ TEMPORAL_NAMESPACE: 'no-such-namespace' }),
    expected: /Namespace not found: 'no-such-namespace'/,
  },
  {
    name: 'order approve: unknown order',
    args: ['order', 'approve', 'no-such-order', 'bo'],
    expected: /no order no-such-order on this server/,
  },
];
