import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import { getOperationAST } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { useGraphQlJit } from '@envelop/graphql-jit';
import type { AppDeps, RequestContext } from './graphql/context.ts';
import { maskError } from './graphql/errors.ts';
import { textInputPlugin } from './graphql/text-input.ts';
import { subscriptionsPlugin } from './graphql/subscriptions.ts';
import { buildSchema } from './graphql/schema.ts';
import { pendingMigrations, readMigrations } from './db/migrate.ts';
import { requestScope } from './request-context.ts';
import { createServices } from './services.ts';
import { wechatNotifyRouter } from './payments/routes.ts';
import { authenticate } from './auth/viewer.ts';
import { createLoaders } from './loaders.ts';
import { qrDownloadRouter } from './qr/routes.ts';
import { imagesRouter } from './images/routes.ts';
import { integrationsRouter } from './integrations/routes.ts';
import { h5StaticRouter } from './h5-static.ts';
import { limitPlugins } from './graphql/limits.ts';
import { loadTrustedDocuments, trustedDocumentPlugins } from './graphql/trusted-documents.ts';
import { GRAPHQL_PATH, corsPolicy, graphqlBody, httpErrors, notFound, securityHeaders } from './http-security.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The express app, and Yoga itself for the WebSocket carrier of subscriptions (graphql/websocket.ts). */
export function createApp(deps: AppDeps, services = createServices(deps)) {
  const { logger, config } = deps;
  const yoga = createYoga<{ req?: Pick<express.Request, 'ip'> }, RequestContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    logging: false,
    landingPage: false,
    graphiql: config.NODE_ENV !== 'production' && !config.TRUSTED_DOCUMENTS_ONLY,
    // CORS is express's (corsPolicy), for every route alike; multipart uploads are not used.
    cors: false,
    multipart: false,
    plugins: [
      ...trustedDocumentPlugins(loadTrustedDocuments(), config.TRUSTED_DOCUMENTS_ONLY),
      ...limitPlugins(config),
      subscriptionsPlugin(),
      textInputPlugin(),
      // Each document is compiled once, on first execution, and lives as long as Yoga's parse cache
      // keeps the document (an LRU); the limits above bound what one compilation can cost.
      // Subscriptions run on graphql-js: graphql-jit's subscribe loses arguments written inline
      // (`staffStoreEvents(storeId: "1")` arrived without storeId), and a subscription executes once
      // per connection anyway.
      useGraphQlJit({}, { enableIf: ({ document, operationName }) => getOperationAST(document, operationName)?.operation !== 'subscription' }),
    ],
    maskedErrors: { maskError: (error) => maskError(error, (original) => logger.error({ err: original }, 'unexpected error in resolver')) },
    context: async ({ request, req }) => ({
      deps,
      services,
      loaders: createLoaders(services),
      auth: await authenticate(request.headers.get('authorization'), services.tokens, deps.db.prisma),
      requestId: request.headers.get('x-request-id') ?? randomUUID(),
      // Yoga's node adapter passes the express request as server context; the WebSocket carrier, its peer.
      clientIp: req?.ip ?? 'unknown',
      logger,
    }),
  });

  const app = express();
  // Express reads process.env.NODE_ENV otherwise; the validated configuration is the one truth.
  app.set('env', config.NODE_ENV);
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders(config), corsPolicy(config));

  app.use((req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      requestScope.run({ requestId }, () =>
        logger.info(
          { method: req.method, path: req.path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
          'request',
        ),
      );
    });
    requestScope.run({ requestId }, next);
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // Read and hashed once: readiness is probed every few seconds.
  const migrations = readMigrations();
  app.get('/readyz', async (_req, res) => {
    try {
      const pending = await pendingMigrations(deps.db.pool, migrations);
      if (pending.length) {
        res.status(503).json({ status: 'not-ready', reason: 'migrations pending', pending });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'not-ready', reason: 'database unreachable', error: (error as Error).message });
    }
  });

  app.use(wechatNotifyRouter(services.payments, logger));
  app.use(qrDownloadRouter({ qr: services.qr, tokens: services.tokens, prisma: deps.db.prisma, logger }));
  app.use(integrationsRouter(services.integrations, logger, services.productMaster, deps.now));
  app.use(imagesRouter({ images: services.images, tokens: services.tokens, prisma: deps.db.prisma, logger }));

  app.use(yoga.graphqlEndpoint, graphqlBody(config), (req: express.Request, res: express.Response) => {
    void yoga(req, res);
  });

  if (config.H5_DIST_DIR && existsSync(join(config.H5_DIST_DIR, 'index.html'))) {
    app.use(h5StaticRouter(config.H5_DIST_DIR));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain; charset=utf-8').send('BFF is running; the H5 build is missing (npm run build:h5). GraphQL is at /graphql.');
    });
  }
  app.use(notFound, httpErrors(logger));
  return { app, yoga };
}
