import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SCHEMA_PATH = join(ROOT, 'prisma/schema.prisma');

/**
 * SQL that turns one Prisma schema into another, computed by Prisma 6.19's WebAssembly schema engine.
 * Prisma 7's `migrate diff` needs a native binary that these machines cannot download; 6.19 with
 * `engine: "js"` needs only a live PostgreSQL (reached through its adapter) and a schema copy whose
 * datasource carries a `url`, which Prisma 7 forbids in the real schema.
 */
export function diffSchemas(options: { from: string | 'empty'; to: string; databaseUrl: string }): string {
  const work = mkdtempSync(join(tmpdir(), 'schema-diff-'));
  try {
    const withUrl = (path: string, name: string) => {
      const text = readFileSync(path, 'utf8').replace(
        /datasource\s+db\s*\{([^}]*)\}/,
        (_match, body: string) => `datasource db {${body}  url = env("DATABASE_URL")\n}`,
      );
      const target = join(work, name);
      writeFileSync(target, text);
      return target;
    };
    const toPath = withUrl(options.to, 'to.prisma');
    const fromArgs = options.from === 'empty' ? ['--from-empty'] : ['--from-schema-datamodel', withUrl(options.from, 'from.prisma')];
    const configPath = join(work, 'prisma.config.mjs');
    writeFileSync(
      configPath,
      `import { PrismaPg } from ${JSON.stringify(join(ROOT, 'node_modules/prisma-v6-adapter-pg/dist/index.mjs'))};
export default {
  experimental: { adapter: true },
  engine: 'js',
  schema: ${JSON.stringify(toPath)},
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
};
`,
    );
    // The CLI looks for native engines it never uses on this path and would try to download them.
    const stub = join(work, 'engine-stub');
    writeFileSync(stub, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const cli = join(ROOT, 'node_modules/prisma-v6-diff/build/index.js');
    const result = spawnSync(
      process.execPath,
      [cli, 'migrate', 'diff', '--config', configPath, ...fromArgs, '--to-schema-datamodel', toPath, '--script'],
      {
        cwd: work,
        encoding: 'utf8',
        env: {
          ...process.env,
          DATABASE_URL: options.databaseUrl,
          PRISMA_QUERY_ENGINE_LIBRARY: stub,
          PRISMA_SCHEMA_ENGINE_BINARY: stub,
          PRISMA_HIDE_UPDATE_MESSAGE: '1',
          CHECKPOINT_DISABLE: '1',
        },
      },
    );
    if (result.status !== 0) {
      throw new Error(`prisma migrate diff failed (${result.status}): ${result.stderr || result.stdout}`);
    }
    return result.stdout;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
