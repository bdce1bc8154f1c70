// `npm test`: everything CI checks, in order. Installs what the tests need that npm cannot
// (Debian's chromium for the browser journeys), checks generated code is current, builds the H5
// mini-program that the browser tests load and the weapp build (either fails on a webpack warning),
// checks the weapp build by WeChat's own code-quality rules, then runs every vitest project against
// real PostgreSQL.
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(label, command, args, env = {}) {
  console.log(`\n[test] ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`[test] ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

if (!process.env.CHROMIUM_PATH && !has('chromium')) {
  if (process.getuid?.() !== 0) {
    console.error('[test] chromium is missing: install Debian\'s "chromium" package or set CHROMIUM_PATH');
    process.exit(1);
  }
  run('installing chromium (Debian package)', 'sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null']);
}

run('generating the Prisma client', process.execPath, [join(root, 'scripts/prisma-generate.mjs')]);
run('checking shared-types are generated from the current schema', process.execPath, [join(root, 'shared-types/check-stale.mjs')]);
run('type-checking', 'npm', ['run', 'typecheck', '--silent']);
run('building the H5 mini-program for the browser tests', 'npm', ['run', 'build:h5', '--silent']);
run('building the weapp mini-program', 'npm', ['run', 'build:weapp', '--silent']);
run("checking the weapp build by WeChat's code-quality rules (miniprogram-ci)", process.execPath, [join(root, 'scripts/check-weapp.mjs')]);
run('running the test suites', process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)]);
