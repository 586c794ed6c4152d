import { allHandlersFinished, condition, defineSignal, defineUpdate, setHandler, sleep } from '@temporalio/workflow';

/** Test-only: ends the workflow. */
export const finishSignal = defineSignal('finish');
/** Test-only: answers after a while of work (a timer standing for an activity), so it can outlive the workflow. */
export const slowUpdate = defineUpdate<string, [string]>('slowUpdate');

/**
 * Test-only: ends once told to, with or without first waiting for its handlers to finish
 * (`condition(allHandlersFinished)`, as every workflow of this repository does before it returns).
 */
export async function UnfinishedHandlerWorkflow(waitForHandlers: boolean): Promise<string> {
  let finished = false;
  setHandler(finishSignal, () => void (finished = true));
  setHandler(slowUpdate, async (work) => {
    await sleep('2 seconds');
    return `${work} done`;
  });
  await condition(() => finished);
  if (waitForHandlers) await condition(allHandlersFinished);
  return 'finished';
}
