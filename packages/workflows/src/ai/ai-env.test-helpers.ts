import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type * as activities from '@reference/activities';
import { createTestWorker, startTestServer } from '@reference/testing';
import { startScriptedChatServer, type ScriptedChatServer } from './scripted-chat-server.test-helpers';

export type HistoryEvent = NonNullable<Awaited<ReturnType<WorkflowHandle['fetchHistory']>>['events']>[number];

/**
 * One dev server, one scripted chat server and one worker per test file; the worker runs the real activities
 * (`overrides` replace some). They read the provider from the environment, so pointing LLM_BASE_URL at the
 * scripted server is all it takes.
 */
export interface AiTestEnv {
  env: TestWorkflowEnvironment;
  chat: ScriptedChatServer;
  history(workflowId: string): Promise<HistoryEvent[]>;
  newId(prefix: string): string;
  teardown(): Promise<void>;
}

export async function setUpAiTestEnv(
  provider: 'scripted' | 'offline',
  overrides: Partial<typeof activities> = {},
): Promise<AiTestEnv> {
  const [env, chat] = await Promise.all([startTestServer(), startScriptedChatServer()]);
  if (provider === 'scripted') {
    Object.assign(process.env, { LLM_PROVIDER: 'openai', LLM_BASE_URL: chat.url, LLM_API_KEY: 'test-key' });
  } else {
    Object.assign(process.env, { LLM_PROVIDER: 'offline' });
  }
  const worker = await createTestWorker(env.nativeConnection, { activities: overrides });
  const running = worker.run();
  return {
    env,
    chat,
    async history(workflowId) {
      return (await env.client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
    },
    newId: (prefix) => `${prefix}-${randomUUID()}`,
    async teardown() {
      worker.shutdown();
      await running;
      await Promise.all([env.teardown(), chat.close()]);
    },
  };
}

/** The activity types scheduled, in history order. */
export function scheduledActivities(events: HistoryEvent[]): string[] {
  return events.flatMap((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? []);
}
