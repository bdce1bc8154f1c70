import type { AppDeps } from './graphql/context.ts';
import { CatalogService } from './catalog/service.ts';
import { StoreService } from './stores/service.ts';

/** The composition root: every domain service, built once per process from the shared deps. */
export function createServices(deps: AppDeps) {
  const { prisma, pool } = deps.db;
  return {
    stores: new StoreService(prisma, pool),
    catalog: new CatalogService(prisma, pool),
  };
}

export type Services = ReturnType<typeof createServices>;
