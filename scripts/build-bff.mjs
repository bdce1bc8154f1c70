// `npm run build:bff`: the BFF as one plain-JS file, bff/dist/main.js, which production (`npm start`,
// the bench) runs with plain `node`. Running the TypeScript through tsx compiled every module in the
// BFF process and kept the compiler there. Only our own sources are bundled (bff/src with the
// generated Prisma client, and the seed it runs on an empty database); packages stay imports that
// resolve from node_modules at run time.
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BFF_BUNDLE = join(root, 'bff/dist/main.js');
const SOURCES = ['bff/src', 'prisma/seed'].map((dir) => join(root, dir));
/**
 * `node` arguments that run the bundle in production. Left alone, V8 lets the old generation grow
 * far past the live data while requests allocate quickly: 300 concurrent checkouts took the BFF from
 * 129 to 428 MiB resident, nearly all of it garbage; with the old generation capped at 160 MiB it
 * peaked at 270 MiB with the same throughput (npm run bench). A deployment whose live data needs more
 * raises BFF_HEAP_LIMIT_MB; running out of it ends the process, so it must sit well above the live set.
 */
const heapLimitMb = Number(process.env.BFF_HEAP_LIMIT_MB ?? 160);
if (!Number.isInteger(heapLimitMb) || heapLimitMb < 64) {
  throw new Error(`BFF_HEAP_LIMIT_MB=${JSON.stringify(process.env.BFF_HEAP_LIMIT_MB)}: must be an integer of at least 64`);
}
export const BFF_NODE_ARGS = [`--max-old-space-size=${heapLimitMb}`, BFF_BUNDLE];

/**
 * Modules find files next to their source (the .graphql SDL, migrations, the repository root, fonts)
 * through import.meta.url. In one bundle that would be the bundle's URL, so each module gets the URL
 * of its own source file instead, relative to the bundle so that the checkout can move.
 */
const sourceImportMetaUrl = {
  name: 'source-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const fromBundle = relative(dirname(BFF_BUNDLE), path).split(sep).join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

async function newestMtime(dir) {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestMtime(path) : (await stat(path)).mtimeMs);
  }
  return newest;
}

/** Written under a temporary name and renamed, so a BFF starting meanwhile never reads half a file. */
export async function buildBff() {
  const { outputFiles } = await build({
    entryPoints: [join(root, 'bff/src/main.ts')],
    outfile: BFF_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [sourceImportMetaUrl],
    logLevel: 'warning',
    write: false,
  });
  const partial = `${BFF_BUNDLE}.${process.pid}.tmp`;
  await mkdir(dirname(BFF_BUNDLE), { recursive: true });
  await writeFile(partial, outputFiles[0].contents);
  await rename(partial, BFF_BUNDLE);
}

/** Builds when there is no bundle yet or a source changed since (a fresh clone, a pull, an edit). */
export async function ensureBffBuild() {
  const built = existsSync(BFF_BUNDLE) ? statSync(BFF_BUNDLE).mtimeMs : 0;
  const newest = Math.max(...(await Promise.all(SOURCES.map(newestMtime))));
  if (built >= newest) return;
  console.log('[build:bff] building bff/dist/main.js…');
  await buildBff();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildBff();
