import { ApplicationFailure } from '@temporalio/activity';
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import { z } from 'zod';
import { LlmFailureType } from './classify-error';
import type { ChatMessage, LlmRequest, LlmResponse } from './types';

function toOpenAiMessage(message: ChatMessage): ChatCompletionMessageParam {
  switch (message.role) {
    case 'assistant':
      return {
        role: 'assistant',
        content: message.content,
        ...(message.toolCalls?.length
          ? {
              tool_calls: message.toolCalls.map((c) => ({
                id: c.id,
                type: 'function' as const,
                function: { name: c.name, arguments: c.arguments },
              })),
            }
          : {}),
      };
    case 'tool':
      return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
    default:
      return message;
  }
}

/** Our request in the chat-completions format that OpenAI and the compatible servers speak. */
export function toOpenAiRequest(model: string, request: LlmRequest): ChatCompletionCreateParamsNonStreaming {
  return {
    model,
    messages: request.messages.map(toOpenAiMessage),
    ...(request.tools?.length
      ? {
          tools: request.tools.map((t) => ({
            type: 'function' as const,
            function: { name: t.name, description: t.description, parameters: t.parameters },
          })),
        }
      : {}),
    ...(request.json ? { response_format: { type: 'json_object' as const } } : {}),
  };
}

// Only what we use is checked: compatible servers differ in the fields they add.
const CompletionSchema = z.object({
  model: z.string().default(''),
  choices: z
    .array(
      z.object({
        finish_reason: z.string().nullish(),
        message: z.object({
          content: z.string().nullish(),
          tool_calls: z
            .array(z.object({ id: z.string(), function: z.object({ name: z.string(), arguments: z.string() }) }))
            .nullish(),
        }),
      }),
    )
    .min(1),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number(), total_tokens: z.number() }).nullish(),
});

/** The provider's answer in our shape; one that lacks a choice is a typed, non-retryable failure. */
export function fromOpenAiResponse(body: unknown): LlmResponse {
  const parsed = CompletionSchema.safeParse(body);
  if (!parsed.success) {
    throw ApplicationFailure.nonRetryable(
      `the model's response is not a chat completion: ${z.prettifyError(parsed.error)}`,
      LlmFailureType.malformedResponse,
    );
  }
  const { model, choices, usage } = parsed.data;
  const choice = choices[0]!;
  const toolCalls = (choice.message.tool_calls ?? []).map((c) => ({
    id: c.id,
    name: c.function.name,
    arguments: c.function.arguments,
  }));
  return {
    message: { role: 'assistant', content: choice.message.content ?? null, ...(toolCalls.length ? { toolCalls } : {}) },
    finishReason: choice.finish_reason ?? 'stop',
    model,
    usage: {
      promptTokens: usage?.prompt_tokens ?? 0,
      completionTokens: usage?.completion_tokens ?? 0,
      totalTokens: usage?.total_tokens ?? 0,
    },
  };
}
