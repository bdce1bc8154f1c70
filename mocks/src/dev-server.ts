import type { AddressInfo } from 'node:net';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createServer } from '@mswjs/http-middleware';
import { createWechatHandlers, type WechatHandlers, type WechatMockOptions } from './wechat/index.ts';

export interface StartWechatMockOptions extends Partial<Omit<WechatMockOptions, 'baseUrl' | 'payBaseUrl'>> {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  quiet?: boolean;
}

export interface RunningWechatMock {
  url: string;
  port: number;
  handlers: WechatHandlers;
  close(): Promise<void>;
}

/** The one endpoint a browser calls directly: the H5 build's stand-in for paying in the WeChat client. */
const PAY_CONFIRM_PATH = '/__mock__/pay/confirm';

/**
 * CORS for PAY_CONFIRM_PATH only: the H5 page (served by the BFF on another port) posts JSON there.
 * Answers the preflight itself; true when the request is done.
 */
function payConfirmCors(req: IncomingMessage, res: ServerResponse): boolean {
  if (new URL(req.url ?? '/', 'http://mock').pathname !== PAY_CONFIRM_PATH) return false;
  res.setHeader('Access-Control-Allow-Origin', '*');
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204, { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '600' }).end();
  return true;
}

/**
 * Serves the WeChat mock over real HTTP so the BFF talks to it exactly as to api.weixin.qq.com,
 * with only the base URL changed.
 */
export async function startWechatMock(opts: StartWechatMockOptions = {}): Promise<RunningWechatMock> {
  const { port = 3001, host = '127.0.0.1', quiet = false, ...mockOptions } = opts;
  // `*` because the request origin depends on the Host header the caller used (localhost vs 127.0.0.1).
  const handlers = createWechatHandlers({ ...mockOptions, baseUrl: '*' });
  const app = createServer(...handlers);
  const server: Server = createHttpServer((req, res) => {
    if (!payConfirmCors(req, res)) app(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  const url = `http://${host}:${actualPort}`;
  if (!quiet) console.log(`[mocks] WeChat platform mock listening on ${url}`);
  return {
    url,
    port: actualPort,
    handlers,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.MOCK_WECHAT_PORT ?? 3001);
  const mock = await startWechatMock({ port });
  const stop = () => void mock.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
