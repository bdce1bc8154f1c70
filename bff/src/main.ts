import { loadConfigOrExit } from './config.ts';
import { createLogger } from './logger.ts';
import { startServer } from './server.ts';
import { seedIfEmpty } from './db/seed-if-empty.ts';
import { imageStoreFromConfig } from './images/store.ts';
import { fillMissingPinyinKeys } from './catalog/pinyin.ts';
import { provisionDemoIntegrations } from './integrations/demo.ts';

/** Entry point of the BFF process. Exits non-zero with a clear message on bad configuration or database. */
async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config.LOG_LEVEL);
  const server = await startServer({
    config,
    logger,
    beforeListen: async (db) => {
      if (config.SEED_WHEN_EMPTY) await seedIfEmpty(db.pool, imageStoreFromConfig(config), logger);
      const filled = await fillMissingPinyinKeys(db.pool);
      if (filled > 0) logger.info({ products: filled }, 'filled missing pinyin search keys');
    },
  }).catch((error: Error) => {
    logger.fatal({ err: error }, error.message);
    console.error(`BFF failed to start: ${error.message}`);
    process.exit(1);
  });
  if (config.DEMO_INTEGRATIONS_FILE) {
    // The demo's till stand-in is a convenience: the BFF serves without it.
    await provisionDemoIntegrations({
      pool: server.db.pool,
      integrations: server.services.integrations,
      file: config.DEMO_INTEGRATIONS_FILE,
      erpWebhookUrl: config.DEMO_ERP_WEBHOOK_URL ?? null,
      logger,
    }).catch((error: Error) => logger.error({ err: error }, 'demo integration clients not provisioned'));
  }
  logger.info({ url: server.url }, 'BFF listening');
  process.send?.({ type: 'listening', url: server.url });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void main();
