/**
 * One measured load run: autocannon over loopback, our own latency record (autocannon's summary has
 * no p95), the server's resident memory sampled every 100 ms, and the SQL statements the run cost,
 * counted by pg_stat_statements on the bench's own PostgreSQL.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { childPids, cpuMsOf, memoryOf } from './children.ts';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  connections: number;
  durationS: number;
  requests: number;
  non2xx: number;
  errors: number;
  throughputRps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  sqlPerOp: number | null;
  peakRssMiB: number;
  /**
   * CPU time per request served, in ms: the server under test, PostgreSQL (all its processes) and
   * this process (autocannon). All share the machine's cores, so this is where a ratio comes from.
   */
  cpuMsPerOp: { server: number; postgres: number; loadGenerator: number };
  /** The run's costliest statements in PostgreSQL: planning and execution ms per call, calls per request. */
  topStatements: Array<{ query: string; callsPerOp: number; planMs: number; execMs: number }>;
}

const perOp = (ms: number, ops: number) => (ops ? Number((ms / ops).toFixed(2)) : NaN);

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function topStatements(pool: pg.Pool, requests: number): Promise<LoadResult['topStatements']> {
  const { rows } = await pool.query<{ query: string; calls: string; plan: number; exec: number }>(
    `SELECT query, calls, total_plan_time AS plan, total_exec_time AS exec FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'
      ORDER BY total_plan_time + total_exec_time DESC LIMIT 8`,
  );
  return rows.map((row) => ({
    query: row.query.replace(/\s+/g, ' ').slice(0, 160),
    callsPerOp: perOp(Number(row.calls), requests),
    planMs: perOp(row.plan, Number(row.calls)),
    execMs: perOp(row.exec, Number(row.calls)),
  }));
}

async function postmasterPid(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const status = readFileSync(`/proc/${rows[0]!.pid}/status`, 'utf8');
  return Number(/^PPid:\s+(\d+)$/m.exec(status)![1]);
}

/** CPU ms so far of PostgreSQL's processes, by pid (a backend started mid-run counts from zero). */
function postgresCpu(postmaster: number): Map<number, number> {
  return new Map([postmaster, ...childPids(postmaster)].map((pid) => [pid, cpuMsOf(pid)]));
}

async function statementsSoFar(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ calls: number }>(
    `SELECT coalesce(sum(calls), 0)::int8 AS calls FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`,
  );
  return Number(rows[0]!.calls);
}

/**
 * `next` gives each request as it is sent, so every request can carry its own location, query or
 * idempotency key. Either `durationS` or `amount` (a fixed number of requests) bounds the run.
 */
export async function runLoad(options: {
  url: string;
  pid: number;
  connections: number;
  durationS?: number;
  amount?: number;
  next: () => LoadRequest;
  pool: pg.Pool;
}): Promise<LoadResult> {
  const { pool } = options;
  await pool.query('SELECT pg_stat_statements_reset()');
  const before = await statementsSoFar(pool);
  const postmaster = await postmasterPid(pool);
  const cpuBefore = { server: cpuMsOf(options.pid), postgres: postgresCpu(postmaster), loadGenerator: process.cpuUsage() };
  const latencies: number[] = [];
  let sent = 0;
  let peakRssMiB = memoryOf(options.pid).rssMiB;
  const sampler = setInterval(() => {
    peakRssMiB = Math.max(peakRssMiB, memoryOf(options.pid).rssMiB);
  }, 100);
  const started = process.hrtime.bigint();
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.durationS ?? 10 }),
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => {
              sent++;
              const next = options.next();
              return { ...request, method: next.method, path: next.path, body: next.body, headers: { 'content-type': 'application/json', ...next.headers } };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await finished;
  const elapsedS = Number(process.hrtime.bigint() - started) / 1e9;
  const loadGeneratorCpu = process.cpuUsage(cpuBefore.loadGenerator);
  const serverCpuMs = cpuMsOf(options.pid) - cpuBefore.server;
  let postgresCpuMs = 0;
  for (const [pid, ms] of postgresCpu(postmaster)) postgresCpuMs += ms - (cpuBefore.postgres.get(pid) ?? 0);
  clearInterval(sampler);
  peakRssMiB = Math.max(peakRssMiB, memoryOf(options.pid).rssMiB);
  const statements = (await statementsSoFar(pool)) - before;
  const costliest = await topStatements(pool, sent);
  const ok = result['2xx'];
  latencies.sort((a, b) => a - b);
  return {
    connections: options.connections,
    durationS: Number(elapsedS.toFixed(2)),
    requests: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    throughputRps: Math.round(ok / elapsedS),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    // Per request sent: a request still in flight when a timed run ends was served all the same.
    sqlPerOp: sent ? Number((statements / sent).toFixed(2)) : null,
    peakRssMiB: Math.round(peakRssMiB),
    cpuMsPerOp: {
      server: perOp(serverCpuMs, ok),
      postgres: perOp(postgresCpuMs, ok),
      loadGenerator: perOp((loadGeneratorCpu.user + loadGeneratorCpu.system) / 1000, ok),
    },
    topStatements: costliest,
  };
}
