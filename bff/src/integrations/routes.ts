import express from 'express';
import type { Logger } from '../logger.ts';
import { parseStoreId } from '../stores/service.ts';
import { DomainError } from '../graphql/errors.ts';
import { openApiDocument } from './openapi.ts';
import { priceBatch } from './prices.ts';
import type { ProductMasterService } from './products.ts';
import { IntegrationError, type BatchAnswer, type IntegrationCaller, type IntegrationService } from './service.ts';
import { HEADERS, sha256Hex } from './signing.ts';

export const INTEGRATIONS_PATH = '/integrations/v1';
/** 1,000 receipts of a few lines each fit with room to spare. */
const BODY_LIMIT = '8mb';

/** Checks what the caller may address (a store, the whole chain) before any work; its answer goes to the handler. */
type Scope<S> = (caller: IntegrationCaller, params: Record<string, string>) => S;
type Handler<S> = (client: import('pg').PoolClient, caller: IntegrationCaller, scope: S, body: unknown) => Promise<BatchAnswer>;

function sendIntegrationError(res: express.Response, error: unknown, logger: Logger): void {
  res.setHeader('cache-control', 'no-store');
  if (error instanceof IntegrationError) {
    res.status(error.status).json({ ...error.details, code: error.code, message: error.message });
  } else if (error instanceof DomainError) {
    res.status(error.code === 'NOT_FOUND' ? 404 : 400).json({ ...error.details, code: error.code, message: error.message });
  } else {
    logger.error({ err: error }, 'integration request failed');
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: '服务暂时不可用，请稍后再试' });
  }
}

/**
 * /integrations/v1: plain JSON for the chain's ERP and the stores' tills. Every call but the OpenAPI
 * document is signed (signing.ts); writes carry an Idempotency-Key.
 */
export function integrationsRouter(service: IntegrationService, logger: Logger, products: ProductMasterService, now: () => Date): express.Router {
  const router = express.Router();
  router.get(`${INTEGRATIONS_PATH}/openapi.json`, (_req, res) => {
    res.json(openApiDocument());
  });

  const raw = express.raw({ type: () => true, limit: BODY_LIMIT });
  const post = <S>(path: string, scope: Scope<S>, handle: Handler<S>) =>
    router.post(`${INTEGRATIONS_PATH}${path}`, raw, async (req, res) => {
      try {
        const body: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const caller = await service.verify(
          req.header(HEADERS.key),
          { method: req.method, path: req.originalUrl, body, timestamp: req.header(HEADERS.timestamp), nonce: req.header(HEADERS.nonce) },
          req.header(HEADERS.signature),
        );
        const scoped = scope(caller, req.params as Record<string, string>);
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          throw new IntegrationError(400, 'INVALID_JSON', '请求体不是合法的 JSON');
        }
        const answer = await service.once(caller, req.header(HEADERS.idempotencyKey), sha256Hex(`${req.method}\n${req.originalUrl}\n${sha256Hex(body)}`), (client) =>
          handle(client, caller, scoped, parsed),
        );
        res.setHeader('cache-control', 'no-store');
        if (answer.replayed) res.setHeader('idempotent-replayed', 'true');
        res.status(answer.status).json(answer.body);
      } catch (error) {
        sendIntegrationError(res, error, logger);
      }
    });

  const inStore: Scope<number> = (caller, params) => {
    const storeId = parseStoreId(String(params.storeId), 'storeId');
    service.checkStore(caller, storeId);
    return storeId;
  };
  const chainWide: Scope<null> = (caller) => {
    service.checkChainWide(caller);
    return null;
  };

  post('/stores/:storeId/receipts', inStore, (client, caller, storeId, body) => service.receipts(client, caller, storeId, body));
  post('/stores/:storeId/stock-counts', inStore, (client, caller, storeId, body) => service.stockCounts(client, caller, storeId, body));
  post('/products', chainWide, (client, _caller, _scope, body) => products.upsert(client, body));
  // Rows name their store; a till's rows for another store are refused row by row.
  post('/prices', () => null, (client, caller, _scope, body) => priceBatch(client, caller, body, now()));

  router.use(INTEGRATIONS_PATH, (error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    const status = (error as { status?: number }).status;
    if (status === 413) return sendIntegrationError(res, new IntegrationError(413, 'PAYLOAD_TOO_LARGE', `请求体超过${BODY_LIMIT}`), logger);
    next(error);
  });
  return router;
}
