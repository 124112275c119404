// A client for any OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI's v1 API,
// DeepSeek, Qwen, llama.cpp and Ollama servers): POST {baseUrl}/chat/completions with
// `stream: true`, read as server-sent events ("data: {chunk}" ... "data: [DONE]"). A server that
// answers with one JSON body instead of a stream is accepted too. Every failure becomes an
// AiProviderError whose kind the UI can explain.

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ProviderConfig {
  baseUrl: string;
  model: string;
  apiKey: string | null;
}

export type AiErrorKind = 'not_configured' | 'unauthorized' | 'rate_limited' | 'timeout' | 'malformed' | 'http' | 'network';

export class AiProviderError extends Error {
  constructor(
    readonly kind: AiErrorKind,
    message: string,
    readonly status: number | null = null,
    /** For rate_limited: how long the provider asked us to wait. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'AiProviderError';
  }
}

export interface ChatOptions {
  onDelta?: (delta: string) => void;
  /** No first byte or no next chunk within this time ends the request (default 30 s). */
  timeoutMs?: number;
  /** A 429 whose Retry-After is at most this long is waited out and retried once (default 5 s). */
  maxRetryWaitMs?: number;
  temperature?: number;
  signal?: AbortSignal;
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function endpoint(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

async function errorMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: { message?: string } | string; message?: string };
    const m = typeof body.error === 'string' ? body.error : (body.error?.message ?? body.message);
    if (m) return m;
  } catch {
    // not JSON: fall through
  }
  return text.slice(0, 200) || response.statusText;
}

/** Reads a stream chunk by chunk; each wait for the next chunk is bounded by `timeoutMs`. */
async function* chunksWithTimeout(body: ReadableStream<Uint8Array>, timeoutMs: number, abort: () => void): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          // Reject first: the abort below also fails the pending read, and the race must report the timeout.
          reject(new AiProviderError('timeout', `The AI provider stopped sending for ${Math.round(timeoutMs / 1000)} s.`));
          abort();
        }, timeoutMs);
      });
      const next = await Promise.race([reader.read(), timeout]).finally(() => clearTimeout(timer));
      if (next.done) return;
      yield next.value;
    }
  } finally {
    reader.releaseLock();
  }
}

interface ChunkShape {
  choices?: { delta?: { content?: string | null }; message?: { content?: string | null }; finish_reason?: string | null }[];
  error?: { message?: string };
}

function parseJson(data: string): ChunkShape {
  try {
    const parsed = JSON.parse(data) as unknown;
    if (!parsed || typeof parsed !== 'object') throw new Error('not an object');
    return parsed as ChunkShape;
  } catch {
    throw new AiProviderError('malformed', `The AI provider sent something that is not a chat-completions chunk: ${data.slice(0, 80)}`);
  }
}

async function once(config: ProviderConfig, messages: readonly ChatMessage[], options: ChatOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  const headerTimer = setTimeout(() => controller.abort(new AiProviderError('timeout', `The AI provider did not answer within ${Math.round(timeoutMs / 1000)} s.`)), timeoutMs);
  let response: Response;
  try {
    response = await fetch(endpoint(config.baseUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream, application/json',
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify({ model: config.model, messages, stream: true, temperature: options.temperature ?? 0.3 }),
      signal: controller.signal,
    });
  } catch (error) {
    const reason = controller.signal.reason;
    if (reason instanceof AiProviderError) throw reason;
    throw new AiProviderError('network', `The AI provider at ${config.baseUrl} cannot be reached: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`);
  } finally {
    clearTimeout(headerTimer);
    options.signal?.removeEventListener('abort', onAbort);
  }

  if (response.status === 401 || response.status === 403) {
    throw new AiProviderError('unauthorized', `The AI provider refused the API key (${response.status}): ${await errorMessage(response)}`, response.status);
  }
  if (response.status === 429) {
    const wait = parseRetryAfter(response.headers.get('retry-after'));
    throw new AiProviderError('rate_limited', `The AI provider is rate-limiting requests${wait !== null ? `; try again in ${Math.ceil(wait / 1000)} s` : ''}: ${await errorMessage(response)}`, 429, wait);
  }
  if (!response.ok) {
    throw new AiProviderError('http', `The AI provider answered ${response.status}: ${await errorMessage(response)}`, response.status);
  }
  if (!response.body) throw new AiProviderError('malformed', 'The AI provider sent an empty answer.');

  const type = response.headers.get('content-type') ?? '';
  const decoder = new TextDecoder();
  let text = '';
  if (!type.includes('text/event-stream')) {
    let raw = '';
    for await (const chunk of chunksWithTimeout(response.body, timeoutMs, () => controller.abort())) raw += decoder.decode(chunk, { stream: true });
    const content = parseJson(raw).choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new AiProviderError('malformed', 'The AI provider answered without a message.');
    options.onDelta?.(content);
    return content;
  }

  let buffer = '';
  let done = false;
  let finished = false;
  for await (const chunk of chunksWithTimeout(response.body, timeoutMs, () => controller.abort())) {
    buffer += decoder.decode(chunk, { stream: true }).replace(/\r\n/g, '\n');
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const data = event
        .split('\n')
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n');
      if (!data) continue; // comments and keep-alives
      if (data === '[DONE]') {
        done = true;
        break;
      }
      const parsed = parseJson(data);
      if (parsed.error) throw new AiProviderError('http', `The AI provider reported an error: ${parsed.error.message ?? 'unknown'}`);
      const choice = parsed.choices?.[0];
      if (!choice) throw new AiProviderError('malformed', 'The AI provider sent a chunk without choices.');
      const delta = choice.delta?.content ?? '';
      if (delta) {
        text += delta;
        options.onDelta?.(delta);
      }
      if (choice.finish_reason) finished = true;
    }
    if (done) break;
  }
  if (!done && !finished) throw new AiProviderError('malformed', 'The AI provider ended the stream before the answer was complete.');
  return text;
}

/** Streams one chat completion; returns the whole text. A short 429 is waited out once. */
export async function streamChat(config: ProviderConfig, messages: readonly ChatMessage[], options: ChatOptions = {}): Promise<string> {
  try {
    return await once(config, messages, options);
  } catch (error) {
    const maxWait = options.maxRetryWaitMs ?? 5_000;
    if (error instanceof AiProviderError && error.kind === 'rate_limited' && error.retryAfterMs !== null && error.retryAfterMs <= maxWait) {
      await new Promise((r) => setTimeout(r, error.retryAfterMs!));
      return once(config, messages, options);
    }
    throw error;
  }
}
