import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HEADERS, SIGNATURE_WINDOW_SECONDS, signatureMatches } from '../../../bff/src/integrations/signing.ts';
import { EVENT_ID_HEADER } from '../../../bff/src/integrations/outbox.ts';
import type { IntegrationCredential } from './client.ts';

export const ERP_WEBHOOK_PATH = '/erp/webhooks';
/** Event ids remembered for deduplication; the outbox retries within hours, far fewer events than this. */
const REMEMBERED_EVENTS = 200_000;

export interface ErpEvent {
  id: string;
  kind: string;
  createdAt: string;
  data: Record<string, unknown>;
}

export interface ErpReceiver {
  /** where the ERP client's webhookUrl should point */
  webhookUrl: string;
  /** each event id taken in, with how many times it arrived (a retry after a lost answer arrives again) */
  seen: Map<string, number>;
  /** events taken in, per kind (each id once) */
  kinds: Map<string, number>;
  refused: number;
  close(): Promise<void>;
}

/**
 * The ERP's webhook endpoint: checks each delivery as a real receiver must (the key is the ERP's,
 * the signature over method, path, timestamp, nonce and body matches, the timestamp is recent),
 * takes each event id once, and answers 2xx to repeats too so the sender stops retrying them.
 * `credential` is read per request: the stand-in learns the ERP's key after the BFF wrote it.
 */
export async function startErpReceiver(options: {
  credential: () => IntegrationCredential | null;
  port?: number;
  host?: string;
  now?: () => Date;
  log?: (event: ErpEvent, repeat: boolean) => void;
}): Promise<ErpReceiver> {
  const now = options.now ?? (() => new Date());
  const seen = new Map<string, number>();
  const kinds = new Map<string, number>();
  const receiver: Omit<ErpReceiver, 'webhookUrl' | 'close'> = { seen, kinds, refused: 0 };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const header = (name: string) => String(req.headers[name] ?? '');
    const credential = options.credential();
    const timestamp = Number(header(HEADERS.timestamp));
    const fresh = Math.abs(now().getTime() / 1000 - timestamp) <= SIGNATURE_WINDOW_SECONDS;
    const signed = { method: req.method ?? '', path: req.url ?? '', timestamp: header(HEADERS.timestamp), nonce: header(HEADERS.nonce), body };
    if (
      req.method !== 'POST' ||
      new URL(req.url ?? '/', 'http://erp').pathname !== ERP_WEBHOOK_PATH ||
      !credential ||
      header(HEADERS.key) !== credential.keyId ||
      !fresh ||
      !signatureMatches(credential.secret, signed, header(HEADERS.signature))
    ) {
      receiver.refused++;
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'BAD_SIGNATURE' }));
      return;
    }
    let event: ErpEvent;
    try {
      event = JSON.parse(body.toString('utf8')) as ErpEvent;
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (event.id !== header(EVENT_ID_HEADER)) {
      res.writeHead(400).end();
      return;
    }
    const times = (seen.get(event.id) ?? 0) + 1;
    if (times === 1 && seen.size >= REMEMBERED_EVENTS) seen.delete(seen.keys().next().value!);
    seen.set(event.id, times);
    if (times === 1) kinds.set(event.kind, (kinds.get(event.kind) ?? 0) + 1);
    options.log?.(event, times > 1);
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return Object.assign(receiver as ErpReceiver, {
    webhookUrl: `http://${options.host ?? '127.0.0.1'}:${address.port}${ERP_WEBHOOK_PATH}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  });
}
