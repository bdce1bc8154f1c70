import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { openDatabase, type Database } from './db/database.ts';
import { createApp } from './app.ts';
import { createServices, type Services } from './services.ts';
import { attachGraphqlWebSocket } from './graphql/websocket.ts';
import { GRAPHQL_PATH } from './http-security.ts';
import { orderExpiryPass } from './orders/expiry.ts';
import { runPointsExpiry } from './members/expiry.ts';
import { startPeriodicJob } from './jobs.ts';
import { bucketRetentionSeconds, deleteBucketsBefore } from './db/rate-limit.ts';
import { PICKUP_ATTEMPTS } from './staff/service.ts';
import { Ledger } from './members/ledger.ts';
import { applyDuePrices } from './integrations/prices.ts';

/** How long a closing server keeps reading requests already on their way over kept-alive sockets. */
const DRAIN_MS = 500;

export interface RunningServer {
  url: string;
  db: Database;
  services: Services;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes the pool. */
  close(graceMs?: number): Promise<void>;
}

export async function listen(server: Server, host: string, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

export async function startServer(options: {
  config: Config;
  logger: Logger;
  db?: Database;
  now?: () => Date;
  beforeListen?: (db: Database) => Promise<void>;
}): Promise<RunningServer> {
  const { config, logger } = options;
  const db = options.db ?? (await openDatabase(config, logger));
  await options.beforeListen?.(db);
  const now = options.now ?? (() => new Date());
  const deps = { config, logger, db, now };
  const services = createServices(deps);
  const { app, yoga } = createApp(deps, services);
  const retentionMs = bucketRetentionSeconds(Math.max(config.RATE_LIMIT_WINDOW_SECONDS, PICKUP_ATTEMPTS.windowSeconds)) * 1000;
  const stopJobs = [
    startPeriodicJob('order expiry', () => orderExpiryPass(services), config.ORDER_EXPIRY_INTERVAL_SECONDS * 1000, logger),
    startPeriodicJob(
      'points expiry',
      () => runPointsExpiry({ pool: db.pool, ledger: new Ledger(db.pool, now), now, logger }),
      config.POINTS_EXPIRY_INTERVAL_SECONDS * 1000,
      logger,
    ),
    startPeriodicJob(
      'rate-limit cleanup',
      async () => {
        const deleted = await deleteBucketsBefore(db.pool, new Date(now().getTime() - retentionMs));
        if (deleted) logger.info({ deleted }, 'old rate-limit buckets deleted');
      },
      config.RATE_LIMIT_CLEANUP_INTERVAL_SECONDS * 1000,
      logger,
    ),
    startPeriodicJob(
      'integration cleanup',
      async () => {
        const deleted = await services.integrations.cleanup();
        if (deleted.nonces || deleted.requests) logger.info(deleted, 'old integration nonces and answers deleted');
      },
      config.RATE_LIMIT_CLEANUP_INTERVAL_SECONDS * 1000,
      logger,
    ),
    startPeriodicJob('webhook delivery', () => services.integrations.deliverWebhooks(), config.INTEGRATION_WEBHOOK_INTERVAL_SECONDS * 1000, logger),
    startPeriodicJob('scheduled prices', () => applyDuePrices({ pool: db.pool, now, logger }), config.PRICE_SCHEDULE_INTERVAL_SECONDS * 1000, logger),
  ];
  const server = createServer(app);
  server.keepAliveTimeout = 5_000;
  const sockets = attachGraphqlWebSocket(server, { path: GRAPHQL_PATH, fetch: yoga.fetch, logger, maxPayload: config.HTTP_BODY_LIMIT_BYTES });
  let closing = false;
  // While shutting down, every answer ends its connection, so keep-alive clients reconnect elsewhere.
  server.on('request', (_req, res) => {
    if (closing) res.setHeader('connection', 'close');
  });
  const url = await listen(server, config.HOST, config.PORT);
  return {
    url,
    db,
    services,
    async close(graceMs = 10_000) {
      for (const stop of stopJobs) stop();
      closing = true;
      // Subscriptions never finish by themselves: end them now, and their clients reconnect elsewhere.
      sockets.close();
      await services.storeEvents.close();
      // A request already written to a kept-alive socket but not yet read looks idle, and
      // server.close() closes idle sockets at once, dropping it ("other side closed" at the client).
      // So drain briefly first: whatever arrives now is still answered, with `connection: close`.
      await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      if (!options.db) await db.close();
    },
  };
}
