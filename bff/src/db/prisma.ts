import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export type { PrismaClient };
export { Prisma } from '../generated/prisma/client.ts';

/** Prisma over our own pg pool, so raw SQL (distance search, conditional stock updates) shares it. */
export function createPrismaClient(pool: pg.Pool): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}
