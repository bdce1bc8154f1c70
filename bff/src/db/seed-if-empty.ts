import type pg from 'pg';
import type { Logger } from '../logger.ts';
import type { ImageStore } from '../images/store.ts';
import { seedDemoHistory } from '../../../prisma/seed/history.ts';
import { seedDatabase, SeedRefusedError } from '../../../prisma/seed/seed.ts';

/** Seeds the demo chain, and store 1's recent orders, into a database that has no stores yet (first start). */
export async function seedIfEmpty(pool: pg.Pool, images: ImageStore, logger: Logger): Promise<void> {
  const { rows } = await pool.query<{ count: number }>('SELECT count(*)::int AS count FROM "Store"');
  if (rows[0]!.count > 0) return;
  logger.info('database is empty: seeding the demo chain');
  try {
    const summary = await seedDatabase(pool, { images, log: (message: string) => logger.info(message) });
    logger.info({ stores: summary.counts.Store, elapsedMs: summary.elapsedMs }, 'seeded');
    // Today so far and the same weekday last week at store 1, so the manager's figures show a day.
    logger.info(await seedDemoHistory(pool, new Date()), 'seeded the demo store’s recent orders');
  } catch (error) {
    // Another instance starting at the same moment seeded first; its data is what we want.
    if (error instanceof SeedRefusedError) return;
    throw error;
  }
}
