import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../src/config.ts';

const TSX = join(REPO_ROOT, 'node_modules/tsx/dist');
const MAIN = join(REPO_ROOT, 'bff/src/main.ts');

export interface Exited {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/**
 * Runs the real BFF entry point as its own process, the way `npm start` does. tsx is loaded into
 * that process rather than run as its CLI, which would sit in between as a parent: a signal sent to
 * `child` (SIGKILL above all) must reach the BFF itself.
 */
export function startBff(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--require', join(TSX, 'preflight.cjs'), '--import', pathToFileURL(join(TSX, 'loader.mjs')).href, MAIN], {
    env: { PATH: process.env.PATH!, LOG_LEVEL: 'warn', H5_DIST_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<Exited>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, output })));
  const listening = new Promise<string>((resolve, reject) => {
    child.on('message', (message: { type?: string; url?: string }) => message.type === 'listening' && resolve(message.url!));
    child.on('exit', (code) => reject(new Error(`BFF exited with ${code} before listening:\n${output}`)));
  });
  // Tests that expect an early exit never await `listening`; its rejection is not an error for them.
  listening.catch(() => undefined);
  return { child, exited, listening };
}
