import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the scripted server answers to one request: a status, headers and a JSON (or raw, for malformed) body. */
export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  raw?: string;
}

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string | null; tool_call_id?: string; tool_calls?: unknown[] }[];
  tools?: { function: { name: string } }[];
  response_format?: { type: string };
}

export type Responder = (request: ChatRequest, index: number) => ScriptedReply | Promise<ScriptedReply>;

export interface ScriptedChatServer {
  /** The OpenAI-compatible base URL, e.g. http://127.0.0.1:PORT/v1 */
  url: string;
  requests: { at: number; body: ChatRequest }[];
  respond(responder: Responder): void;
  close(): Promise<void>;
}

/** A chat completion with text or tool calls, as OpenAI sends it. */
export function completion(turn: { content?: string; toolCalls?: { name: string; arguments: unknown }[] }) {
  const toolCalls = turn.toolCalls?.map((c, i) => ({
    id: `call_${i}_${c.name}`,
    type: 'function',
    function: { name: c.name, arguments: JSON.stringify(c.arguments) },
  }));
  return {
    json: {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 0,
      model: 'scripted',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: turn.content ?? null,
            ...(toolCalls ? { tool_calls: toolCalls } : {}),
          },
          finish_reason: toolCalls ? 'tool_calls' : 'stop',
        },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    },
  };
}

/** An OpenAI-style error body with the given status. */
export function apiError(status: number, headers: Record<string, string> = {}): ScriptedReply {
  return { status, headers, json: { error: { message: `scripted ${status}`, type: 'scripted', code: null } } };
}

/** Replies in order, one per request; a request past the end is a 599 the test will notice. */
export function inOrder(...replies: ScriptedReply[]): Responder {
  return (_request, index) => replies[index] ?? apiError(599);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A local HTTP server on 127.0.0.1 (random port) that speaks OpenAI's chat completions with scripted answers. */
export async function startScriptedChatServer(): Promise<ScriptedChatServer> {
  let responder: Responder = inOrder();
  const requests: ScriptedChatServer['requests'] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const body = JSON.parse(await readBody(req)) as ChatRequest;
      const index = requests.push({ at: Date.now(), body }) - 1;
      const reply = await responder(body, index);
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.raw ?? JSON.stringify(reply.json));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    respond(next) {
      responder = next;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
