import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.ts';
import { subscribeWs } from '../../test/subscriptions.ts';
import { WS_PROTOCOL } from './websocket.ts';

/** The WebSocket carrier of subscriptions (graphql-transport-ws) on a real server over loopback. */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server?.close());

function open(protocol: string | undefined, path = '/graphql') {
  const url = `${server.url.replace(/^http/, 'ws')}${path}`;
  const ws = protocol ? new WebSocket(url, protocol) : new WebSocket(url);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, opened, closed, send: (message: object) => ws.send(JSON.stringify(message)) };
}

describe('graphql-transport-ws on /graphql', () => {
  it('closes with the protocol’s codes when a client breaks it', async () => {
    // Another protocol (the legacy subscriptions-transport-ws) is not agreed to in the handshake…
    await expect(open('graphql-ws').opened).rejects.toThrow('Server sent no subprotocol');
    // …and a socket that named none is closed at once.
    const none = open(undefined);
    expect(await none.closed).toEqual({ code: 4406, reason: 'Subprotocol not acceptable' });

    const early = open(WS_PROTOCOL);
    await early.opened;
    early.send({ type: 'subscribe', id: '1', payload: { query: 'subscription { staffStoreEvents(storeId: "1") { type } }' } });
    expect(await early.closed).toEqual({ code: 4401, reason: 'Unauthorized' });

    const twice = open(WS_PROTOCOL);
    await twice.opened;
    twice.send({ type: 'connection_init' });
    twice.send({ type: 'connection_init' });
    expect(await twice.closed).toEqual({ code: 4429, reason: 'Too many initialisation requests' });

    const garbage = open(WS_PROTOCOL);
    await garbage.opened;
    garbage.ws.send('not json');
    expect(await garbage.closed).toEqual({ code: 4400, reason: 'Invalid message received' });
  });

  it('upgrades no other path', async () => {
    await expect(open(WS_PROTOCOL, '/healthz').opened).rejects.toThrow('404');
  });

  it('runs each subscription through the same limits as any request: a document over the token limit is QUERY_TOO_COMPLEX', async () => {
    const fields = 'type '.repeat(1_000);
    const refused = await subscribeWs(server.url, `subscription { staffStoreEvents(storeId: "1") { ${fields} } }`, {}, null);
    expect((await refused.next()).errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    refused.close();
  });
});
