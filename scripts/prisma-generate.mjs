// Generates the Prisma client into bff/src/generated/prisma (git-ignored).
// Called by path: the aliased Prisma 6 CLI (used only for schema diffs) may own node_modules/.bin/prisma.
// `prisma generate` insists on locating a schema-engine binary that it never uses for generation and
// cannot download here, so point it at a stub (see shared PLATFORM-NOTES, "Prisma 7").
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stub = join(root, 'node_modules', '.cache', 'corner', 'schema-engine-stub');
if (!existsSync(stub)) {
  mkdirSync(dirname(stub), { recursive: true });
  writeFileSync(stub, '#!/bin/sh\necho "schema-engine is not available on this machine" >&2\nexit 1\n');
  chmodSync(stub, 0o755);
}
const result = spawnSync(process.execPath, [join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'generate'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
