import { WithStartWorkflowOperation, WorkflowUpdateFailedError, WorkflowUpdateStage } from '@temporalio/client';
import {
  addItemSignal,
  addItemToOrderUpdate,
  approveOrderSignal,
  orderProgressQuery,
  OrderWorkflow,
  TASK_QUEUE,
} from '..';
import { eventKinds, orderInput, progressWhen, startOrder } from './order.test-helpers';
import { useTestServer } from '@reference/testing';

const server = useTestServer({ runWorker: true });

describe('OrderWorkflow messages', () => {
  test('the update adds a priced item and returns the new count; the signal adds one without an answer', async () => {
    const handle = await startOrder(server.env);
    await progressWhen(handle, (p) => p.itemCount === 1); // the initial item is priced and added
    await expect(handle.executeUpdate(addItemToOrderUpdate, { args: [{ sku: 'KETTLE', quantity: 1 }] })).resolves.toBe(
      2,
    );
    await handle.signal(addItemSignal, { sku: 'MUG-BLUE', quantity: 3 });
    const progress = await progressWhen(handle, (p) => p.itemCount === 3);
    expect(progress).toMatchObject({ status: 'awaiting-approval', itemCount: 3, maxItems: 20 });
    expect(progress.totalCents).toBe(2 * 1200 + 4500 + 3 * 1800);
    await handle.terminate('test over');
  });

  test.each([
    [{ sku: '', quantity: 1 }, 'invalid addItemToOrder update input: sku: must not be blank'],
    [{ sku: 'KETTLE', quantity: 0 }, 'invalid addItemToOrder update input: quantity: must be >= 1'],
  ])('the validator rejects %p, and the rejected update leaves nothing in history', async (item, message) => {
    const handle = await startOrder(server.env);
    await progressWhen(handle, (p) => p.itemCount === 1); // the initial item is priced and added
    const before = await eventKinds(handle);
    const rejected = handle.executeUpdate(addItemToOrderUpdate, { args: [item] });
    await expect(rejected).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(rejected).rejects.toMatchObject({ cause: { message } });
    const after = await eventKinds(handle);
    expect(after.filter((kind) => kind.startsWith('workflowExecutionUpdate'))).toEqual([]);
    // A rejection adds at most an empty workflow task: no update, signal or activity events.
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).every((kind) => kind.startsWith('workflowTask'))).toBe(true);
    await handle.terminate('test over');
  });

  test('the validator rejects an item once the order is full', async () => {
    const handle = await startOrder(server.env, { maxItems: 1 });
    await progressWhen(handle, (p) => p.itemCount === 1);
    await expect(
      handle.executeUpdate(addItemToOrderUpdate, { args: [{ sku: 'KETTLE', quantity: 1 }] }),
    ).rejects.toMatchObject({ cause: { message: `order ${handle.workflowId} is full (1 items)` } });
    await expect(handle.query(orderProgressQuery)).resolves.toMatchObject({ itemCount: 1 });
    await handle.terminate('test over');
  });

  test('an unknown SKU fails the update (accepted, then failed) with the price list’s failure type', async () => {
    const handle = await startOrder(server.env);
    await expect(
      handle.executeUpdate(addItemToOrderUpdate, { args: [{ sku: 'NOPE', quantity: 1 }] }),
    ).rejects.toMatchObject({ cause: { type: 'UnknownSku', message: 'no SKU NOPE in the price list' } });
    await expect(progressWhen(handle, (p) => p.itemCount > 0)).resolves.toMatchObject({ itemCount: 1 });
    await handle.terminate('test over');
  });

  test('queries never change state: a hundred of them leave status, progress and history as they were', async () => {
    const handle = await startOrder(server.env);
    const progress = await progressWhen(handle, (p) => p.itemCount === 1);
    const history = await eventKinds(handle);
    const answers = await Promise.all(Array.from({ length: 100 }, () => handle.query(orderProgressQuery)));
    expect(answers.every((answer) => JSON.stringify(answer) === JSON.stringify(progress))).toBe(true);
    expect(await eventKinds(handle)).toEqual(history);
    await handle.terminate('test over');
  });

  test('dynamic handlers keep custom attributes: signal sets, update sets and returns the previous, query reads', async () => {
    const handle = await startOrder(server.env);
    await handle.signal('attr:giftMessage', 'Happy birthday, Ada!');
    await expect(handle.query<string>('attr:giftMessage')).resolves.toBe('Happy birthday, Ada!');
    await expect(
      handle.executeUpdate<string | null, [string]>('attr:giftMessage', { args: ['Many happy returns'] }),
    ).resolves.toBe('Happy birthday, Ada!');
    await expect(
      handle.executeUpdate<string | null, [string]>('attr:deliveryNote', { args: ['Leave by the door'] }),
    ).resolves.toBeNull();
    await expect(handle.query<string>('attr:giftMessage')).resolves.toBe('Many happy returns');
    await expect(handle.executeUpdate('attr:deliveryNote', { args: [42] })).rejects.toMatchObject({
      cause: { type: 'InvalidAttribute' },
    });
    await expect(handle.query('attr:noSuchAttribute')).rejects.toThrow(/has no attribute named noSuchAttribute/);
    await handle.terminate('test over');
  });

  test('a misspelt message is no attribute: the signal is dropped, the update and the query fail', async () => {
    const handle = await startOrder(server.env);
    await handle.signal('approveOrdr', { approvedBy: 'bo' });
    await handle.signal('attr:approvedBy', 'bo');
    // The order still answers, unapproved, with the prefixed attribute set and nothing under the misspelt name.
    await expect(handle.query(orderProgressQuery)).resolves.toMatchObject({ status: 'awaiting-approval' });
    await expect(handle.query<string>('attr:approvedBy')).resolves.toBe('bo');
    await expect(handle.query('attr:approveOrdr')).rejects.toThrow(/has no attribute named approveOrdr/);
    await expect(handle.query('approveOrdr')).rejects.toThrow(/no query approveOrdr/);
    await expect(handle.executeUpdate('approveOrdr', { args: ['bo'] })).rejects.toMatchObject({
      cause: { type: 'UnknownUpdate' },
    });
    await handle.terminate('test over');
  });

  test('approval ends the wait; an item accepted before it is part of the order, later ones are refused', async () => {
    // A cool-off long enough that the order is still running when the late item arrives.
    const handle = await startOrder(server.env, { coolOffMs: 2000 });
    await progressWhen(handle, (p) => p.itemCount === 1);
    const accepted = await handle.startUpdate(addItemToOrderUpdate, {
      args: [{ sku: 'TEA-BLACK', quantity: 1 }],
      waitForStage: WorkflowUpdateStage.ACCEPTED,
    });
    await handle.signal(approveOrderSignal, { approvedBy: 'manager-bo' });
    await expect(accepted.result()).resolves.toBe(2);
    await expect(
      handle.executeUpdate(addItemToOrderUpdate, { args: [{ sku: 'KETTLE', quantity: 1 }] }),
    ).rejects.toMatchObject({ cause: { message: `order ${handle.workflowId} is approved; it takes no more items` } });
    await expect(handle.result()).resolves.toMatchObject({ status: 'fulfilled', itemCount: 2 });
  });
});

describe('OrderWorkflow with-start (state exists before the first message is handled)', () => {
  test('signal-with-start: the approval sent with the start is not lost', async () => {
    const input = orderInput();
    const handle = await server.env.client.workflow.signalWithStart(OrderWorkflow, {
      taskQueue: TASK_QUEUE,
      workflowId: input.orderId,
      args: [input],
      signal: approveOrderSignal,
      signalArgs: [{ approvedBy: 'manager-bo' }],
    });
    await expect(handle.result()).resolves.toMatchObject({ status: 'fulfilled', itemCount: 1 });
  });

  test('update-with-start: the first call starts the order, the second adds to the same one', async () => {
    const input = orderInput({ items: [] });
    const addWithStart = (sku: string) =>
      server.env.client.workflow.executeUpdateWithStart(addItemToOrderUpdate, {
        args: [{ sku, quantity: 1 }],
        startWorkflowOperation: new WithStartWorkflowOperation(OrderWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId: input.orderId,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
        }),
      });
    await expect(addWithStart('KETTLE')).resolves.toBe(1);
    await expect(addWithStart('MUG-BLUE')).resolves.toBe(2);
    const handle = server.env.client.workflow.getHandle(input.orderId);
    await expect(handle.query(orderProgressQuery)).resolves.toMatchObject({ itemCount: 2, totalCents: 4500 + 1800 });
    await handle.terminate('test over');
  });
});
