import { spawn } from 'node:child_process';
import { inject } from 'vitest';
import { BFF_NODE_ARGS } from '../../scripts/build-bff.mjs';

export interface Exited {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/**
 * Runs the BFF as its own process exactly as `npm start` does: node on the production bundle (built
 * by the global setup), with nothing in between, so a signal sent to `child` (SIGKILL above all)
 * reaches the BFF itself.
 */
export function startBff(env: Record<string, string>) {
  const child = spawn(process.execPath, BFF_NODE_ARGS, {
    env: { PATH: process.env.PATH!, LOG_LEVEL: 'warn', H5_DIST_DIR: '', IMAGE_STORE_DIR: inject('testImageDir'), ...env },
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
