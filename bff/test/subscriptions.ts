import WebSocket from 'ws';
import { serverSentEvents, WS_PROTOCOL } from '../src/graphql/websocket.ts';
import type { GraphQLResponse } from './server.ts';

/** What a subscriber received, in order, as the tests and the bench read it. */
export interface Subscription<T = Record<string, any>> {
  /** The next result (data or errors); rejects after `timeoutMs`, or when the stream ended first. */
  next(timeoutMs?: number): Promise<GraphQLResponse<T>>;
  /** Resolves when the server ended the stream (or the connection closed). */
  ended: Promise<void>;
  /** Ends it from the client's side, as a closed page or a lost network does. */
  close(): void;
}

function inbox<T>(): { push(item: GraphQLResponse<T>): void; end(): void; subscription: Omit<Subscription<T>, 'close'> } {
  const items: Array<GraphQLResponse<T>> = [];
  let wake: (() => void) | null = null;
  let finished = false;
  let markEnded!: () => void;
  const ended = new Promise<void>((resolve) => (markEnded = resolve));
  return {
    push(item) {
      items.push(item);
      wake?.();
    },
    end() {
      finished = true;
      markEnded();
      wake?.();
    },
    subscription: {
      ended,
      async next(timeoutMs = 5_000) {
        const deadline = Date.now() + timeoutMs;
        while (!items.length) {
          if (finished) throw new Error('subscription ended');
          const left = deadline - Date.now();
          if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, left);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = null;
        }
        return items.shift()!;
      },
    },
  };
}

/** A subscription over SSE (graphql-yoga's own transport): POST with `Accept: text/event-stream`. */
export async function subscribeSse<T = Record<string, any>>(baseUrl: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Subscription<T>> {
  const controller = new AbortController();
  const box = inbox<T>();
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  void (async () => {
    try {
      for await (const event of serverSentEvents(response.body!, controller.signal)) if (event.event === 'next') box.push(JSON.parse(event.data));
    } catch {
      // aborted by close()
    }
    box.end();
  })();
  return { ...box.subscription, close: () => controller.abort() };
}

/** A subscription over WebSocket (graphql-transport-ws), as the mini-program opens it. */
export async function subscribeWs<T = Record<string, any>>(baseUrl: string, query: string, variables: Record<string, unknown>, accessToken: string | null): Promise<Subscription<T>> {
  const box = inbox<T>();
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, WS_PROTOCOL);
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
    if (message.type === 'connection_ack') ws.send(JSON.stringify({ type: 'subscribe', id: '1', payload: { query, variables } }));
    else if (message.type === 'next') box.push(message.payload as GraphQLResponse<T>);
    else if (message.type === 'error') box.push({ errors: message.payload as GraphQLResponse['errors'] });
    else if (message.type === 'complete') box.end();
  });
  ws.on('close', () => box.end());
  ws.on('error', () => box.end());
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.send(JSON.stringify({ type: 'connection_init', payload: accessToken ? { authorization: `Bearer ${accessToken}` } : {} }));
  return { ...box.subscription, close: () => ws.terminate() };
}
