import DataLoader from 'dataloader';
import { createCatalogLoaders } from './catalog/loaders.ts';
import type { Services } from './services.ts';

/** Built per request (never shared across requests, so no stale cache and no data leaking between users). */
export function createLoaders(services: Services) {
  return {
    store: new DataLoader((ids: readonly number[]) => services.stores.storesByIds(ids)),
    ...createCatalogLoaders(services),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
