// `npm start`: the whole system on one machine. Starts the WeChat platform stand-in (msw over HTTP),
// builds the H5 mini-program when its sources are newer than the build or it was built for another
// mock URL, builds the BFF (plain JS, bff/dist) when its sources changed, and runs it; the BFF starts
// the embedded PostgreSQL (unless DATABASE_URL is set), migrates, seeds an empty database and serves
// the H5 build and /graphql from one origin. Once the BFF listens, the till and ERP stand-in replays
// days of till sales against it (MOCK_TILL_ENABLED=false turns it off).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { BFF_NODE_ARGS, ensureBffBuild } from './build-bff.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureGenerated() {
  if (existsSync(join(root, 'bff/src/generated/prisma/client.ts'))) return;
  run(process.execPath, [join(root, 'scripts/prisma-generate.mjs')]);
}

/**
 * The H5 page pays through the WeChat mock's confirm endpoint, which the mock dev server serves (with
 * CORS) on its own port; the URL is baked into the build. A stamp beside the build records what it
 * was built with, so another MOCK_WECHAT_PORT, or a build made elsewhere (npm run build:h5 for the
 * browser journeys: same-origin confirm), leads to a rebuild.
 */
function ensureH5Build(env) {
  const index = join(root, 'miniapp/dist/h5/index.html');
  const stamp = join(root, 'miniapp/dist/h5/.start-build-env.json');
  const wanted = JSON.stringify(env);
  const sources = [join(root, 'miniapp/src'), join(root, 'miniapp/config')];
  const current =
    existsSync(index) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === wanted &&
    statSync(stamp).mtimeMs >= statSync(index).mtimeMs &&
    statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime));
  if (current) return;
  console.log('[start] building the H5 mini-program (first start, changed sources or another mock URL)…');
  run('npm', ['run', 'build:h5', '--silent'], env);
  writeFileSync(stamp, wanted);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`[start] ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

const mockPort = process.env.MOCK_WECHAT_PORT ?? '3001';
const mockUrl = `http://127.0.0.1:${mockPort}`;
// The till and ERP stand-in (mocks/src/till): on unless MOCK_TILL_ENABLED=false, never in production.
const tillEnabled = process.env.NODE_ENV !== 'production' && !/^(false|0|no|off)$/i.test(process.env.MOCK_TILL_ENABLED ?? '');
const tillPort = process.env.MOCK_TILL_PORT ?? '3002';
const demoIntegrationsFile = join(root, '.data/demo-integrations.json');

ensureGenerated();
ensureH5Build({ TARO_APP_BFF_URL: '/graphql', TARO_APP_PAY_CONFIRM_URL: `${mockUrl}/__mock__/pay/confirm` });
await ensureBffBuild();
const children = [];
function startChild(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (shuttingDown) return;
    console.error(`[start] ${name} exited (${signal ?? code}); stopping`);
    shutdown(code ?? 1);
  });
  children.push(child);
  return child;
}

let shuttingDown = false;
function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const child of children) child.kill('SIGTERM');
  const timer = setTimeout(() => process.exit(code), 15_000);
  Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve))))).then(() => {
    clearTimeout(timer);
    process.exit(code);
  });
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

startChild('WeChat mock', [tsx, 'mocks/src/dev-server.ts'], { MOCK_WECHAT_PORT: mockPort });
// Outside production the BFF gets the mock's development-only credentials (WeChat Pay keys included)
// so the two trust each other; any variable set in the environment wins. The mock delivers payment
// notifications to the BFF's notify route over loopback.
const { devWechatEnv } = await tsImport('../mocks/src/wechat/dev-credentials.ts', import.meta.url);
const devEnv = devWechatEnv({ mockBaseUrl: mockUrl, notifyUrl: `http://127.0.0.1:${process.env.PORT ?? '3000'}/payments/wechat/notify` });
const bff = startChild('BFF', BFF_NODE_ARGS, {
  ...(process.env.NODE_ENV === 'production'
    ? { WECHAT_API_BASE_URL: process.env.WECHAT_API_BASE_URL ?? mockUrl, WECHAT_PAY_BASE_URL: process.env.WECHAT_PAY_BASE_URL ?? mockUrl }
    : Object.fromEntries(Object.entries(devEnv).filter(([name]) => process.env[name] === undefined))),
  // `npm start` is the local demo: offer the seeded accounts on 我的 unless told otherwise. The BFF
  // refuses the flag in production, so it is not set there.
  ...(process.env.NODE_ENV === 'production' ? {} : { DEMO_LOGIN_ENABLED: process.env.DEMO_LOGIN_ENABLED ?? 'true' }),
  // The H5 build posts the mock's pay confirm (its stand-in for paying in WeChat) to the mock itself.
  CSP_CONNECT_ORIGINS: process.env.CSP_CONNECT_ORIGINS ?? mockUrl,
  // The BFF creates the demo's ERP and till clients and writes their keys for the stand-in.
  ...(tillEnabled ? { DEMO_INTEGRATIONS_FILE: demoIntegrationsFile, DEMO_ERP_WEBHOOK_URL: `http://127.0.0.1:${tillPort}/erp/webhooks` } : {}),
});
let tillStarted = false;
bff.on('message', (message) => {
  if (message?.type === 'listening') {
    console.log(`\n  便利店 O2O is running: ${message.url}\n  GraphQL: ${message.url}/graphql\n`);
    if (tillEnabled && !tillStarted && !existsSync(demoIntegrationsFile)) {
      console.log('[start] no demo integration keys were written (a database without the demo chain?): the till and ERP stand-in is not started');
    } else if (tillEnabled && !tillStarted) {
      tillStarted = true;
      startChild('till and ERP stand-in', [tsx, 'mocks/src/till/dev-server.ts'], {
        BFF_URL: message.url,
        DEMO_INTEGRATIONS_FILE: demoIntegrationsFile,
        MOCK_TILL_PORT: tillPort,
      });
    }
  }
});
