import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const STREAMING = /text\/event-stream|\*\/\*/;

/**
 * A subscription is a stream: over SSE (`Accept: text/event-stream`, or any type) or over WebSocket
 * (graphql/websocket.ts, which asks Yoga for SSE in-process). Asked for as one JSON answer, Yoga could
 * only say 406 with an empty body; the client is told why instead, with a code, before anything
 * subscribes.
 */
export function subscriptionsPlugin(): Plugin<{ request: Request }> {
  return {
    onSubscribe({ args }) {
      const accept = args.contextValue.request.headers.get('accept');
      if (!accept || STREAMING.test(accept)) return;
      throw new GraphQLError('订阅需以 SSE（Accept: text/event-stream）或 WebSocket 连接', {
        extensions: { code: 'SUBSCRIPTION_NEEDS_STREAM', http: { status: 406 } },
      });
    },
  };
}
