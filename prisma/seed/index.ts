/**
 * CLI: tsx prisma/seed/index.ts [--stores N] [--products N] [--seed N]
 * Seeds the (migrated, empty) database at DATABASE_URL and prints a summary.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../../bff/src/config.ts';
import { imageStoreFromConfig } from '../../bff/src/images/store.ts';
import { DEFAULT_PRODUCTS, DEFAULT_SEED, DEFAULT_STORES, seedDatabase, SeedRefusedError } from './seed.ts';

/** Below this many store×product pairs the load takes a second or two; a bar would only flicker. */
const PROGRESS_FROM_PAIRS = 500_000;

function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new Error(`--${name} expects an integer, got "${value}"`);
  return Number(value);
}

function parseCommandLine() {
  return parseArgs({
    options: {
      stores: { type: 'string' },
      products: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
}

async function main(): Promise<number> {
  let values: ReturnType<typeof parseCommandLine>;
  let stores: number, products: number, seed: number;
  try {
    values = parseCommandLine();
    stores = intOption(values.stores, 'stores', DEFAULT_STORES);
    products = intOption(values.products, 'products', DEFAULT_PRODUCTS);
    seed = intOption(values.seed, 'seed', DEFAULT_SEED);
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: tsx prisma/seed/index.ts [--stores N] [--products N] [--seed N]`);
    return 2;
  }
  if (values.help) {
    console.log(`usage: tsx prisma/seed/index.ts [--stores N] [--products N] [--seed N]
  --stores    number of stores (default ${DEFAULT_STORES})
  --products  number of products (default ${DEFAULT_PRODUCTS})
  --seed      PRNG seed; the same options always produce the same data (default ${DEFAULT_SEED})
Connects to DATABASE_URL, which must point at a migrated database without stores.`);
    return 0;
  }
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error('DATABASE_URL is not set');
    return 2;
  }

  const pool = new pg.Pool({ connectionString, max: 2 });
  try {
    const summary = await seedDatabase(pool, {
      stores,
      products,
      seed,
      images: imageStoreFromConfig(loadConfig()),
      progress: stores * products >= PROGRESS_FROM_PAIRS && process.stderr.isTTY === true,
      log: (msg) => console.error(`[seed] ${msg}`),
    });
    const { rows } = await pool.query<{ size: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS size');
    console.log(`Seeded in ${(summary.elapsedMs / 1000).toFixed(1)} s (seed ${summary.seed}); database size ${rows[0]!.size}`);
    console.log('Rows:');
    for (const [table, count] of Object.entries(summary.counts)) console.log(`  ${table.padEnd(18)} ${count}`);
    console.log('Demo accounts (openid → user id):');
    for (const user of summary.demo.users) console.log(`  ${user.openid.padEnd(16)} ${user.id}`);
    console.log(`  member card ${summary.demo.memberCardNo} (member ${summary.demo.memberId}); staff at stores ${summary.demo.storeIds.join(', ')}`);
    console.log(`  coupon codes of demo-member: ${summary.demo.userCouponCodes.join(', ')}`);
    const scenes = summary.demo.qrScenes;
    console.log(`QR scenes: store ${scenes.store}, shelf ${scenes.product}, campaign ${scenes.campaign}`);
    return 0;
  } catch (error) {
    if (error instanceof SeedRefusedError || error instanceof RangeError) {
      console.error(`seed refused: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await pool.end();
  }
}

process.exitCode = await main();
