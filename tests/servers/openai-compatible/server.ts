// A local server that speaks the OpenAI chat-completions wire format: POST /v1/chat/completions
// (Bearer auth, JSON or `stream: true` server-sent events of chat.completion.chunk objects ending in
// `data: [DONE]`), GET /v1/models, and the documented error shapes
// ({"error": {"message", "type", "param", "code"}}). The model name picks a failure to act out.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const SCENARIOS = {
  ok: 'streams the reply in several chunks',
  'no-stream': 'answers with one JSON chat.completion even when asked to stream',
  'rate-limit-once': '429 with Retry-After: 1 on the first request, then ok',
  'rate-limit': '429 with Retry-After: 120 every time',
  'slow-headers': 'accepts the request and never answers',
  stall: 'sends the first chunk, then nothing more',
  'malformed-json': 'sends a chunk that is not JSON',
  truncated: 'closes the stream before finish_reason and [DONE]',
  'server-error': '500 with an error body',
} as const;
export type Scenario = keyof typeof SCENARIOS;

export interface RecordedRequest {
  model: string;
  stream: boolean;
  messages: { role: string; content: string }[];
  authorization: string | null;
}

export interface OpenAiTestServer {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface OpenAiTestServerOptions {
  /** The key clients must send; null accepts any request (like a local llama.cpp server). */
  apiKey?: string | null;
  /** The assistant's answer for a request (default: "Echo: " and the last user message's first line). */
  reply?: (request: RecordedRequest) => string;
  /** Pause between streamed chunks (default 2 ms), to watch a stream arrive. */
  chunkDelayMs?: number;
}

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const errorBody = (message: string, type: string, code: string | null) => ({ error: { message, type, param: null, code } });

function chunk(id: string, model: string, delta: Record<string, string>, finish: string | null) {
  return `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model, system_fingerprint: 'fp_test', choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
}

/** Splits a text into pieces of a few characters, the way models stream tokens. */
function pieces(text: string): string[] {
  return text.match(/[\s\S]{1,7}/g) ?? [];
}

export async function startOpenAiTestServer(options: OpenAiTestServerOptions = {}): Promise<OpenAiTestServer> {
  const apiKey = options.apiKey === undefined ? 'sk-test-key' : options.apiKey;
  const requests: RecordedRequest[] = [];
  const open = new Set<http.ServerResponse>();
  let rateLimitedOnce = false;
  let n = 0;

  const server = http.createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const url = new URL(req.url ?? '/', 'http://localhost');
    const authorization = req.headers.authorization ?? null;
    if (apiKey !== null && authorization !== `Bearer ${apiKey}`) {
      const shown = authorization?.replace(/^Bearer\s+/, '').slice(0, 6) ?? '';
      json(res, 401, errorBody(`Incorrect API key provided: ${shown}****. You can find your API key in your account settings.`, 'invalid_request_error', 'invalid_api_key'));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/v1/models') {
      json(res, 200, { object: 'list', data: Object.keys(SCENARIOS).map((id) => ({ id, object: 'model', created: 0, owned_by: 'test' })) });
      return;
    }
    if (req.method !== 'POST' || url.pathname !== '/v1/chat/completions') {
      json(res, 404, errorBody(`Unknown request URL: ${req.method} ${url.pathname}.`, 'invalid_request_error', 'unknown_url'));
      return;
    }
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (raw += d));
    req.on('end', () => {
      let body: { model?: unknown; messages?: unknown; stream?: unknown };
      try {
        body = JSON.parse(raw) as typeof body;
      } catch {
        json(res, 400, errorBody('We could not parse the JSON body of your request.', 'invalid_request_error', null));
        return;
      }
      if (typeof body.model !== 'string' || !Array.isArray(body.messages)) {
        json(res, 400, errorBody("'model' and 'messages' are required properties.", 'invalid_request_error', null));
        return;
      }
      const model = body.model;
      const request: RecordedRequest = { model, stream: body.stream === true, messages: body.messages as RecordedRequest['messages'], authorization };
      requests.push(request);
      const scenario = (body.model in SCENARIOS ? body.model : 'ok') as Scenario;
      const lastUser = [...request.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
      const text = options.reply?.(request) ?? `Echo: ${lastUser.split('\n')[0]}`;
      const id = `chatcmpl-test${++n}`;

      if (scenario === 'rate-limit' || (scenario === 'rate-limit-once' && !rateLimitedOnce)) {
        rateLimitedOnce = true;
        json(res, 429, errorBody('Rate limit reached for requests. Please try again later.', 'requests', 'rate_limit_exceeded'), {
          'retry-after': scenario === 'rate-limit' ? '120' : '1',
          'x-ratelimit-remaining-requests': '0',
        });
        return;
      }
      if (scenario === 'server-error') {
        json(res, 500, errorBody('The server had an error while processing your request.', 'server_error', null));
        return;
      }
      if (scenario === 'slow-headers') return; // holds the request open until the client gives up
      if (scenario === 'no-stream' || !request.stream) {
        json(res, 200, {
          id,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model,
          choices: [{ index: 0, message: { role: 'assistant', content: text }, logprobs: null, finish_reason: 'stop' }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        });
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(chunk(id, model, { role: 'assistant', content: '' }, null));
      if (scenario === 'malformed-json') {
        res.write('data: {"id": "broken", "choices": [\n\n');
        res.end();
        return;
      }
      const parts = pieces(text);
      if (scenario === 'stall') {
        res.write(chunk(id, model, { content: parts[0] ?? '' }, null));
        return; // never finishes
      }
      if (scenario === 'truncated') {
        for (const p of parts.slice(0, Math.max(1, parts.length - 2))) res.write(chunk(id, model, { content: p }, null));
        res.end();
        return;
      }
      let i = 0;
      const next = () => {
        if (res.destroyed) return;
        if (i < parts.length) {
          res.write(`: keep-alive comment\n\n${chunk(id, model, { content: parts[i++]! }, null)}`);
          setTimeout(next, options.chunkDelayMs ?? 2);
          return;
        }
        res.write(chunk(id, model, {}, 'stop'));
        res.write('data: [DONE]\n\n');
        res.end();
      };
      next();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    async close() {
      for (const res of open) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
