/**
 * The servers under test run as child processes, like in production, so autocannon (in this process)
 * and each server get their own event loop, and the BFF's memory can be read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, DATA_DIR } from './scale-db.ts';

const ROOT = join(BENCH_DIR, '..');

export interface Child {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs `node <args>`, logging to a file: the BFF's production bundle, or a TypeScript entry with
 * `--import tsx` (tsx's loader in-process, not its CLI, which forks again).
 */
export async function startChild(name: string, args: string[], env: Record<string, string>): Promise<Child> {
  const log = openSync(join(DATA_DIR, `${name}.log`), 'w');
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', log, log, 'ipc'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s; see ${join(DATA_DIR, `${name}.log`)}`)), 60_000);
    child.on('message', (message: { type?: string; url?: string }) => {
      if (message?.type === 'listening' && message.url) {
        clearTimeout(timer);
        resolve(message.url);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before listening; see ${join(DATA_DIR, `${name}.log`)}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident set size now and its high-water mark, in MiB, from /proc/<pid>/status. */
export function memoryOf(pid: number): { rssMiB: number; hwmMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMiB: kib('VmRSS') / 1024, hwmMiB: kib('VmHWM') / 1024 };
}

const CLOCK_TICKS_PER_S = 100;

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. */
export function cpuMsOf(pid: number): number {
  try {
    // The command name in parentheses may hold spaces: fields are counted after its closing parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return 0; // exited meanwhile
  }
}

/** The processes whose parent is `pid`: PostgreSQL's backends and workers under its postmaster. */
export function childPids(pid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (new RegExp(`^PPid:\\s+${pid}$`, 'm').test(readFileSync(`/proc/${entry}/status`, 'utf8'))) pids.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}
