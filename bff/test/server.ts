import { inject } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createLogger, type Logger } from '../src/logger.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import type { Database } from '../src/db/database.ts';
import type { Services } from '../src/services.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { RELAXED_RATE_LIMITS } from './rate-limits.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }>;
}

export interface TestServer {
  url: string;
  db: TestDatabase;
  services: Services;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  env?: Record<string, string>;
  now?: () => Date;
  /** Defaults to a silent one; the log-redaction test passes one writing to a buffer. */
  logger?: Logger;
}

function testConfig(db: TestDatabase, options: TestServerOptions) {
  return loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', H5_DIST_DIR: '', IMAGE_STORE_DIR: inject('testImageDir'), DATABASE_URL: db.url, ...RELAXED_RATE_LIMITS, ...options.env });
}

function testServer(server: RunningServer, db: TestDatabase, close: () => Promise<void>): TestServer {
  return {
    url: server.url,
    db,
    services: server.services,
    async gql(query, variables, headers) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    close,
  };
}

/** The real BFF on a loopback port over a fresh clone of the seeded template database. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const db = await createTestDatabase();
  const config = testConfig(db, options);
  const database: Database = { url: db.url, pool: db.pool, prisma: db.prisma, close: async () => undefined };
  const server = await startServer({ config, logger: options.logger ?? createLogger(config.LOG_LEVEL), db: database, now: options.now });
  return testServer(server, db, async () => {
    await server.close(1_000);
    await db.drop();
  });
}

/**
 * Another BFF instance over the same database, with its own connections, as a second replica behind
 * the load balancer. Close it before the first (which drops the database).
 */
export async function startPeerServer(first: TestServer, options: TestServerOptions = {}): Promise<TestServer> {
  const config = testConfig(first.db, options);
  const server = await startServer({ config, logger: options.logger ?? createLogger(config.LOG_LEVEL), now: options.now });
  return testServer(server, first.db, () => server.close(1_000));
}
