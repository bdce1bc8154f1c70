import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Logger } from '../logger.ts';

/** The graphql-ws protocol (github.com/enisdenjo/graphql-ws, PROTOCOL.md), which clients other than ours also speak. */
export const WS_PROTOCOL = 'graphql-transport-ws';

/** Yoga's own request handler: each subscription runs through it exactly as an SSE request would. */
type GraphqlFetch = (url: string, init: RequestInit, serverContext: { req: { ip: string } }) => Promise<Response> | Response;

export interface WebSocketOptions {
  path: string;
  fetch: GraphqlFetch;
  logger: Logger;
  /** Largest message a client may send (the HTTP body limit). */
  maxPayload: number;
  /** Subscriptions one socket may hold at once. */
  maxSubscriptions?: number;
  initTimeoutMs?: number;
  /** A socket that does not answer a ping within this is dropped, and its subscriptions end. */
  heartbeatMs?: number;
}

type ClientMessage =
  | { type: 'connection_init'; payload?: { authorization?: unknown } | null }
  | { type: 'ping' | 'pong' }
  | { type: 'subscribe'; id: string; payload: Record<string, unknown> }
  | { type: 'complete'; id: string };

function parse(data: RawData): ClientMessage | null {
  try {
    const message = JSON.parse(String(data)) as ClientMessage;
    if (!message || typeof message !== 'object' || typeof message.type !== 'string') return null;
    if ((message.type === 'subscribe' || message.type === 'complete') && (typeof message.id !== 'string' || !message.id)) return null;
    if (message.type === 'subscribe' && (!message.payload || typeof message.payload !== 'object')) return null;
    return message;
  } catch {
    return null;
  }
}

/**
 * Server-sent events of a response body: `event: next` / `event: complete` with their `data`. An
 * abort cancels the body, which ends the subscription behind it.
 */
export async function* serverSentEvents(body: ReadableStream<Uint8Array>, signal?: AbortSignal): AsyncGenerator<{ event: string; data: string }> {
  const reader = body.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffered += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
        }
        // A block of comments only (":") is Yoga's keep-alive.
        if (data.length || event !== 'message') yield { event, data: data.join('\n') };
      }
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
    cancel();
  }
}

/**
 * GraphQL subscriptions over WebSocket, for the mini-program: WeChat's wx.request cannot read a
 * stream (SSE) in every base library, while wx.connectSocket (Taro.connectSocket, also in the H5
 * build) is everywhere. The socket is only a carrier: each `subscribe` message becomes an SSE
 * request to Yoga in-process, with the token the client sent in `connection_init` as its
 * Authorization header, so trusted documents, limits, authorization and error masking are those of
 * every other request, and the events Yoga streams go back as `next` messages.
 */
export function attachGraphqlWebSocket(server: Server, options: WebSocketOptions) {
  const { logger, maxSubscriptions = 5, initTimeoutMs = 10_000, heartbeatMs = 30_000 } = options;
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload,
    handleProtocols: (protocols) => (protocols.has(WS_PROTOCOL) ? WS_PROTOCOL : false),
  });

  server.on('upgrade', (req: IncomingMessage, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== options.path) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => serve(ws, req));
  });

  function serve(ws: WebSocket, req: IncomingMessage) {
    if (ws.protocol !== WS_PROTOCOL) {
      ws.close(4406, 'Subprotocol not acceptable');
      return;
    }
    const ip = req.socket.remoteAddress ?? 'unknown';
    const running = new Map<string, AbortController>();
    let authorization: string | null = null;
    let acknowledged = false;
    let alive = true;
    const send = (message: Record<string, unknown>) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
    const initTimer = setTimeout(() => ws.close(4408, 'Connection initialisation timeout'), initTimeoutMs);
    const heartbeat = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, heartbeatMs);
    ws.on('pong', () => (alive = true));

    ws.on('message', (data) => {
      const message = parse(data);
      if (!message) return ws.close(4400, 'Invalid message received');
      switch (message.type) {
        case 'connection_init': {
          if (acknowledged) return ws.close(4429, 'Too many initialisation requests');
          clearTimeout(initTimer);
          const token = message.payload?.authorization;
          authorization = typeof token === 'string' ? token : null;
          acknowledged = true;
          return send({ type: 'connection_ack' });
        }
        case 'ping':
          return send({ type: 'pong' });
        case 'pong':
          return;
        case 'subscribe':
          if (!acknowledged) return ws.close(4401, 'Unauthorized');
          if (running.has(message.id)) return ws.close(4409, `Subscriber for ${message.id} already exists`);
          if (running.size >= maxSubscriptions) {
            return send({ type: 'error', id: message.id, payload: [{ message: `每个连接最多${maxSubscriptions}个订阅`, extensions: { code: 'RATE_LIMITED', reason: 'TOO_MANY_SUBSCRIPTIONS' } }] });
          }
          return void run(message.id, message.payload);
        case 'complete':
          running.get(message.id)?.abort();
          return;
        default:
          return ws.close(4400, 'Invalid message received');
      }
    });

    ws.on('close', () => {
      clearTimeout(initTimer);
      clearInterval(heartbeat);
      for (const controller of running.values()) controller.abort();
      running.clear();
    });

    async function run(id: string, payload: Record<string, unknown>) {
      const controller = new AbortController();
      running.set(id, controller);
      try {
        const response = await options.fetch(
          `http://localhost${options.path}`,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'text/event-stream',
              'x-request-id': randomUUID(),
              ...(authorization ? { authorization } : {}),
            },
            body: JSON.stringify(payload),
            signal: controller.signal,
          },
          // Rate limits by IP are not applied to subscriptions, so the socket's peer address is enough.
          { req: { ip } },
        );
        if (!response.headers.get('content-type')?.includes('text/event-stream') || !response.body) {
          // Refused before execution (bad request, unknown persisted id): the protocol's `error`.
          const body = (await response.json().catch(() => null)) as { errors?: unknown[] } | null;
          send({ type: 'error', id, payload: body?.errors ?? [{ message: '订阅失败', extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
        for await (const event of serverSentEvents(response.body, controller.signal)) {
          if (event.event === 'next') send({ type: 'next', id, payload: JSON.parse(event.data) });
          if (event.event === 'complete') break;
        }
        if (!controller.signal.aborted) send({ type: 'complete', id });
      } catch (error) {
        if (controller.signal.aborted) return;
        logger.error({ err: error }, 'subscription over WebSocket failed');
        send({ type: 'error', id, payload: [{ message: '服务暂时不可用，请稍后再试', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      } finally {
        if (running.get(id) === controller) running.delete(id);
      }
    }
  }

  return {
    /** Ends every socket (the server is shutting down); clients reconnect to another instance. */
    close(): void {
      for (const ws of sockets.clients) ws.close(1001, 'Going away');
      sockets.close();
    },
  };
}
