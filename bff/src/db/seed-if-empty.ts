import type pg from 'pg';
import type { Logger } from '../logger.ts';
import { seedDatabase } from '../../../prisma/seed/seed.ts';

/** Seeds the demo chain into a database that has no stores yet (first start). */
export async function seedIfEmpty(pool: pg.Pool, logger: Logger): Promise<void> {
  const { rows } = await pool.query<{ count: number }>('SELECT count(*)::int AS count FROM "Store"');
  if (rows[0]!.count > 0) return;
  logger.info('database is empty: seeding the demo chain');
  const summary = await seedDatabase(pool, { log: (message) => logger.info(message) });
  logger.info({ summary }, 'seeded');
}
