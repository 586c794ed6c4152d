import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { offlineReply } from './offline-model';
import { PROMPTS } from './prompts';

const tools = ['calculate', 'searchKnowledgeBase'].map((name) => ({
  type: 'function' as const,
  function: { name, parameters: {} },
}));

function ask(request: Partial<ChatCompletionCreateParamsNonStreaming>) {
  const reply = offlineReply({ model: 'offline-scripted', messages: [], ...request });
  return { ...reply, json: reply.status === 200 ? (JSON.parse(reply.body) as ChatCompletion) : undefined };
}

test('the same request always gets the same answer', () => {
  const request = { messages: [{ role: 'user' as const, content: 'What is 2 + 3?' }], tools };
  expect(ask(request).body).toBe(ask(request).body);
});

test('as an agent it calls the tools the goal asks for, one per turn, in the order asked', () => {
  const goal = { role: 'user' as const, content: 'Search for timeouts, then compute 6 x 7' };
  const first = ask({ messages: [goal], tools }).json;
  const firstMessage = first!.choices[0]!.message;
  expect(firstMessage.tool_calls).toEqual([
    { id: 'call_0_0', type: 'function', function: { name: 'searchKnowledgeBase', arguments: '{"query":"timeouts"}' } },
  ]);
  const second = ask({
    messages: [goal, firstMessage, { role: 'tool', tool_call_id: 'call_0_0', content: '[]' }],
    tools,
  }).json;
  expect(second?.choices[0]?.message.tool_calls?.[0]).toMatchObject({
    function: {
      name: 'calculate',
      arguments: '{"a":6,"op":"*","b":7}',
    },
  });
  expect(second?.usage?.total_tokens).toBeGreaterThan(0);
});

test('it answers the research prompts with JSON in the asked shape', () => {
  const plan = ask({
    messages: [
      { role: 'system', content: PROMPTS.plan },
      { role: 'user', content: JSON.stringify({ question: 'Why queries?', maxSubtopics: 2 }) },
    ],
  }).json;
  const content = JSON.parse(plan?.choices[0]?.message.content ?? '') as { subtopics: unknown[] };
  expect(content.subtopics).toHaveLength(2);
});

test('scripted errors: !fail:429 once with retry-after, then the answer; !fail:malformed is broken JSON', () => {
  const request = { messages: [{ role: 'user' as const, content: 'hi !fail:429' }] };
  expect(ask(request)).toMatchObject({ status: 429, headers: { 'retry-after': '1' } });
  expect(ask(request).status).toBe(200);
  expect(ask({ messages: [{ role: 'user', content: '!fail:500x2' }] }).status).toBe(500);
  expect(() => JSON.parse(ask({ messages: [{ role: 'user', content: '!fail:malformed' }] }).body) as unknown).toThrow();
});
